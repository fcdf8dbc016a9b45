"""Each consent platform's value decodes to one normalised ConsentRecord; odd and foreign values never crash or pass."""
from __future__ import annotations

import base64
import json
import re
from pathlib import Path
from urllib.parse import quote

import pytest

from inspector.domain.consent import axeptio, cookiebot, didomi, onetrust, opendatasoft, tarteaucitron, tcf_record
from inspector.domain.consent.mapping import CATEGORY_OF, category_of
from inspector.domain.consent.record import ACCEPTED, NOT_ASKED, REFUSED, RawConsent
from inspector.domain.consent.registry import CONSENT_NAMES, DECODERS
from tests.test_consent_tcf import crafted, range_section, to_segment

T = 1_796_147_879_291_000  # 2026-12-01T17:57:59.291Z in µs
STORE_T = T + 5_000_000


def raw(value: str, created=STORE_T, updated=STORE_T) -> RawConsent:
    return RawConsent(value, created, updated)


def cats(record) -> dict:
    return dict(record.categories)


DIDOMI_DOC = {"user_id": "1a232c17", "created": "2026-12-01T17:57:48.493Z", "updated": "2026-12-01T17:57:59.291Z",
              "vendors": {"enabled": ["google", "c:hotjar"], "disabled": ["amazon", "c:metaplatf-XCynbCIk"]},
              "purposes": {"enabled": ["mesureaud-FbRCJVa4"], "disabled": ["publicite-aGJcFQFq", "geolocation_data"]},
              "version": 2}
COOKIEBOT = ("{stamp:%27q/Vk2Teyo3fdZIuS5SGyc1EDLujq1muTQNHtWVlG7mThjn1GGDOOmw==%27%2Cnecessary:true%2Cpreferences:true"
             "%2Cstatistics:false%2Cmarketing:false%2Cmethod:%27explicit%27%2Cver:1%2Cutc:1796147879291%2Cregion:%27fr%27}")
ONETRUST = ("isGpcEnabled=0&datestamp=Tue+Dec+01+2026+18%3A57%3A54+GMT%2B0100+(heure+normale+d%E2%80%99Europe+centrale)"
            "&version=202510.1.0&interactionCount=1&groups=C0001%3A1%2CC0002%3A1%2CC0003%3A1%2CC0004%3A0%2CC0005%3A0"
            "&intType=3&geolocation=FR%3BARA")
AXEPTIO = quote(json.dumps({"$$token": "ru2sok", "$$date": "2026-12-01T17:57:59.291Z", "google_analytics": False,
                            "hotjar": True, "Google_Ads": False, "$$completed": True}, separators=(",", ":")),
                safe="{}:$")
TARTE = "!matomo=true!gtag=false!facebookpixel=false!youtube=true"


def b64(doc, urlsafe=False, pad=True) -> str:
    text = (base64.urlsafe_b64encode if urlsafe else base64.b64encode)(json.dumps(doc).encode()).decode()
    return text if pad else text.rstrip("=")


# ------------------------------------------------------------------------------------- each platform

@pytest.mark.parametrize("form", ["standard", "urlsafe-unpadded", "over-padded", "url-encoded", "quoted"])
def test_didomi_token_in_every_form(form):
    value = {"standard": b64(DIDOMI_DOC), "urlsafe-unpadded": b64(DIDOMI_DOC, True, False),
             "url-encoded": quote(b64(DIDOMI_DOC), safe=""), "over-padded": b64(DIDOMI_DOC, pad=False) + "====", "quoted": f'"{b64(DIDOMI_DOC)}"'}[form]
    r = didomi.decode({"didomi_token": raw(value)}, ())
    assert r.error is None and r.decided_at_us == T and r.time_source == "value"
    assert cats(r)["statistics"] == ACCEPTED and cats(r)["marketing"] == REFUSED
    assert r.vendors_accepted == {"didomi:google", "didomi:c:hotjar"}
    assert "didomi:amazon" in r.vendors_refused


@pytest.mark.parametrize("value", [b64(DIDOMI_DOC)[:-7], b64(DIDOMI_DOC)[:-1] + "*", b64({"a": 1}), "", "%%%",
                                   b64(["not", "an", "object"])])
def test_damaged_didomi_tokens_are_invalid_not_crashes(value):
    r = didomi.decode({"didomi_token": raw(value)}, ())
    assert r.error == "didomi-not-a-token" and r.decided_at_us == STORE_T


def test_onetrust_groups_and_the_alert_box_time():
    r = onetrust.decode({"OptanonConsent": raw(ONETRUST),
                         "OptanonAlertBoxClosed": raw("2026-12-01T17:57:54.501Z")}, ())
    assert cats(r) == {"necessary": ACCEPTED, "preferences": ACCEPTED, "statistics": ACCEPTED, "marketing": REFUSED}
    assert r.decided_at_us == 1_796_147_874_501_000 and r.region == "FR"
    # Without the alert-box cookie, the datestamp (local time with its offset) is the time.
    alone = onetrust.decode({"OptanonConsent": raw(ONETRUST)}, ())
    assert alone.decided_at_us == 1_796_147_874_000_000


def test_onetrust_landing_defaults_are_no_choice():
    landing = ONETRUST.replace("interactionCount=1", "interactionCount=0")
    r = onetrust.decode({"OptanonConsent": raw(landing)}, ())
    assert r.decided_at_us is None and set(cats(r).values()) == {NOT_ASKED}


@pytest.mark.parametrize("value", [COOKIEBOT, COOKIEBOT.replace("%27", "'").replace("%2C", ","), f'"{COOKIEBOT}"'])
def test_cookiebot_raw_and_encoded(value):
    r = cookiebot.decode({"CookieConsent": raw(value)}, ())
    assert cats(r) == {"necessary": ACCEPTED, "preferences": ACCEPTED, "statistics": REFUSED, "marketing": REFUSED}
    assert r.decided_at_us == T and r.region == "FR" and dict(r.details)["method"] == "explicit"


def test_cookiebot_outside_its_regions_writes_minus_one():
    assert cookiebot.decode({"CookieConsent": raw("-1")}, ()).error == "cookiebot-not-an-object"


def test_axeptio_json_and_lists():
    r = axeptio.decode({"axeptio_cookies": raw(AXEPTIO), "axeptio_authorized_vendors": raw("%2Chotjar%2Cyoutube%2C"),
                        "axeptio_all_vendors": raw("%2Cgoogle_analytics%2Chotjar%2CGoogle_Ads%2Cyoutube%2C")}, ())
    assert r.decided_at_us == T
    assert r.vendors_accepted == {"axeptio:hotjar", "axeptio:youtube"}
    assert r.vendors_refused == {"axeptio:google_analytics", "axeptio:Google_Ads"}
    # Refusing everything leaves ",," in the list: nothing accepted, and no crash.
    nothing = axeptio.decode({"axeptio_authorized_vendors": raw("%2C%2C"),
                              "axeptio_all_vendors": raw("%2Chotjar%2C")}, ())
    assert nothing.vendors_refused == {"axeptio:hotjar"} and not nothing.vendors_accepted


def test_tarteaucitron_last_answer_counts_and_time_is_the_stores():
    r = tarteaucitron.decode({"tarteaucitron": raw("!gtag=true!youtube=wait!gtag=false", updated=T)}, ())
    assert r.vendors_refused == {"tarteaucitron:gtag"} and not r.vendors_accepted
    assert r.decided_at_us == T and r.time_source == "store-update"
    assert dict(r.purposes)["youtube"] == NOT_ASKED


def test_opendatasoft_preferences():
    value = quote('{"necessary":true,"statistics":false,"marketing":false}')
    r = opendatasoft.decode({"cookies_preferences": raw(value)}, ())
    assert cats(r) == {"necessary": ACCEPTED, "preferences": NOT_ASKED, "statistics": REFUSED, "marketing": REFUSED}


# ------------------------------------------------------------------------------------- TCF as a record

def test_tcf_record_with_range_vendors_and_huge_ids():
    value = crafted(vendors=range_section([(1, 3), (65_000, 65_535)]))
    r = tcf_record.decode({"euconsent-v2": raw(value)}, ())
    assert r.error is None and "tcf:65535" in r.vendors_accepted and len(r.vendors_accepted) == 539
    assert dict(r.purposes)["purpose-1"] == ACCEPTED and dict(r.purposes)["purpose-3"] == REFUSED
    assert r.decided_at_us == STORE_T  # a TC string is day-level since TCF 2.2: the store's write is the time


@pytest.mark.parametrize("value", [crafted()[:12], crafted() + ".!!", "CQ" * 3, "1~39.4.3"])
def test_truncated_or_foreign_tc_strings_are_invalid(value):
    r = tcf_record.decode({"euconsent-v2": raw(value)}, ())
    assert r.error is not None and r.error.startswith("tcf-")


def test_tcf_unknown_segments_and_padding_are_tolerated():
    value = crafted() + "." + to_segment("111" + "0" * 21)  # segment type 7 does not exist (yet)
    assert tcf_record.decode({"euconsent-v2": raw(value)}, ()).error is None
    padded = crafted().replace(".", "==.") + "=="
    assert tcf_record.decode({"euconsent-v2": raw(padded)}, ()).error is None


def test_tcf_rule_breaks_are_violations_not_errors():
    value = crafted(li=(3, 4), policy=2, service_specific=False)
    r = tcf_record.decode({"euconsent-v2": raw(value)}, ())
    assert r.error is None
    assert {"li-for-purpose-3-6", "policy-version-below-4", "not-service-specific"} <= set(r.violations)


def test_refused_purpose_one_refuses_every_category():
    r = tcf_record.decode({"euconsent-v2": raw(crafted(consents=(2, 7, 8)))}, ())
    assert {cats(r)[c] for c in ("preferences", "statistics", "marketing")} == {REFUSED}


def test_addtl_consent_deltas_only_for_inmobi():
    tc_inmobi = crafted()  # CMP id 300 in the crafted strings: plain ids
    r = tcf_record.decode({"euconsent-v2": raw(tc_inmobi), "addtl_consent": raw("1~39.4.3")}, ())
    assert r.addtl_consent.consented == (39, 4, 3)


# ------------------------------------------------------------------------------ other platforms' values

VALUES = {"didomi": b64(DIDOMI_DOC), "onetrust": ONETRUST, "cookiebot": COOKIEBOT, "axeptio": AXEPTIO,
          "tarteaucitron": TARTE, "tcf": crafted(), "opendatasoft": '{"necessary":true,"marketing":false}'}
PRIMARY = {platform: module for platform, module in DECODERS}


@pytest.mark.parametrize("platform", sorted(PRIMARY))
@pytest.mark.parametrize("foreign", sorted(VALUES))
def test_no_platform_reads_another_platforms_value(platform, foreign):
    if platform == foreign:
        return
    module = PRIMARY[platform]
    r = module.decode({module.PRIMARY: raw(VALUES[foreign])}, ())
    assert r.error is not None, (platform, foreign)


def test_every_platform_reads_its_own_value():
    for platform, value in VALUES.items():
        module = PRIMARY[platform]
        assert module.decode({module.PRIMARY: raw(value)}, ()).error is None, platform


def test_consent_names_are_exactly_the_decoders_cookies():
    assert CONSENT_NAMES == {n for _, m in DECODERS for n in m.COOKIES}
    assert "_ga" not in CONSENT_NAMES


# ------------------------------------------------------------------------------------- the mapping table

def test_readme_states_the_same_mapping_table():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Consent choices onto categories", 1)[1].split("\n## ", 1)[0]
    rows = {}
    for line in section.splitlines():
        m = re.match(r"\|\s*(\w+)\s*\|\s*`([^`]+)`\s*\|\s*(\w+|—)\s*\|", line)
        if m:
            rows[(m[1], m[2])] = None if m[3] == "—" else m[3]
    expected = {(p, u): c for p, table in CATEGORY_OF.items() for u, c in table.items()}
    assert rows == expected


def test_didomi_custom_purposes_by_their_names():
    assert category_of("didomi", "mesureaud-FbRCJVa4") == "statistics"
    assert category_of("didomi", "publicite-aGJcFQFq") == "marketing"
    assert category_of("didomi", "zzz-123") is None
