"""TC strings (euconsent-v2) and addtl_consent decode as the IAB reference decoder does, and never crash."""
from __future__ import annotations

import base64
import json
import random
import re
from pathlib import Path
from urllib.parse import quote

import pytest

from inspector.domain.consent.tcf import (
    PURPOSE_CATEGORY,
    PURPOSES,
    SPECIAL_FEATURES,
    TCStringError,
    VendorSet,
    decode_addtl_consent,
    decode_tc_string,
    rule_violations,
)

DATA = Path(__file__).resolve().parent / "data" / "tcf"
VECTORS = json.loads((DATA / "vectors.json").read_text(encoding="utf-8"))
BY_ID = {v["id"]: v for v in VECTORS["vectors"] + VECTORS["rejected"]}


def string_of(vector_id: str) -> str:
    return BY_ID[vector_id]["tcString"]


# ------------------------------------------------------------- a tiny encoder for crafted strings

_B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def bits_int(value: int, width: int) -> str:
    return format(value, f"0{width}b")


def bits_ids(ids, width: int) -> str:
    return "".join("1" if i in ids else "0" for i in range(1, width + 1))


def bitfield_section(ids) -> str:
    top = max(ids, default=0)
    return bits_int(top, 16) + "0" + bits_ids(set(ids), top)


def range_entries(pairs) -> str:
    out = bits_int(len(pairs), 12)
    for start, end in pairs:
        out += ("1" + bits_int(start, 16) + bits_int(end, 16)) if start != end else ("0" + bits_int(start, 16))
    return out


def range_section(pairs, max_id: int | None = None) -> str:
    top = max_id if max_id is not None else max((end for _, end in pairs), default=0)
    return bits_int(top, 16) + "1" + range_entries(pairs)


def to_segment(bits: str) -> str:
    bits += "0" * (-len(bits) % 24)  # padded to 24 bits, as @iabtcf/core does
    return "".join(_B64URL[int(bits[i:i + 6], 2)] for i in range(0, len(bits), 6))


DAY_DS = 17488224000  # 2025-06-02T00:00:00Z in deciseconds


def core_bits(*, version=2, created=DAY_DS, updated=DAY_DS, cmp_version=1, policy=5, service_specific=True,
              consents=(1, 2, 7), li=(2, 7, 8), vendors=None, li_vendors=None, restrictions=None) -> str:
    return (bits_int(version, 6) + bits_int(created, 36) + bits_int(updated, 36) + bits_int(300, 12)
            + bits_int(cmp_version, 12) + bits_int(1, 6) + "000101" + "010001"  # consent language FR
            + bits_int(110, 12) + bits_int(policy, 6) + ("1" if service_specific else "0") + "0"
            + bits_ids({1}, 12) + bits_ids(set(consents), 24) + bits_ids(set(li), 24) + "0"
            + "000101" + "010001"  # publisher country FR
            + (vendors if vendors is not None else bitfield_section({1, 2, 3}))
            + (li_vendors if li_vendors is not None else bitfield_section(set()))
            + (restrictions if restrictions is not None else bits_int(0, 12)))


def crafted(**fields) -> str:
    return to_segment(core_bits(**fields)) + "." + to_segment("001" + bitfield_section({1, 2, 3}))


# ------------------------------------------------------------------------- the reference decoder

def test_vectors_come_from_the_pinned_reference():
    pinned = json.loads((DATA / "package.json").read_text(encoding="utf-8"))["dependencies"]["@iabtcf/core"]
    assert VECTORS["reference"]["@iabtcf/core"] == pinned


@pytest.mark.parametrize("vector", VECTORS["vectors"], ids=lambda v: v["id"])
def test_decodes_as_the_reference_decoder(vector):
    assert decode_tc_string(vector["tcString"]).to_json() == vector["reference"]


@pytest.mark.parametrize("vector", VECTORS["rejected"], ids=lambda v: v["id"])
def test_refuses_what_the_reference_decoder_refuses(vector):
    with pytest.raises(TCStringError) as caught:
        decode_tc_string(vector["tcString"])
    assert caught.value.code in {"truncated", "not-base64", "bad-range"}


def test_the_vectors_cover_both_encodings_and_every_segment():
    decoded = [decode_tc_string(v["tcString"]) for v in VECTORS["vectors"]]
    assert {"bitfield", "range"} <= {tc.vendor_consents_encoding for tc in decoded}
    assert "range" in {tc.vendor_li_encoding for tc in decoded}
    assert {0, 1, 2} <= {r.restriction_type for tc in decoded for r in tc.publisher_restrictions}
    assert any(tc.vendors_disclosed and tc.vendors_disclosed.ranges for tc in decoded)
    assert any(tc.vendors_allowed for tc in decoded)
    assert any(tc.publisher_tc and tc.publisher_tc.num_custom_purposes for tc in decoded)
    assert any({1000, 30000, 65535} <= set(tc.vendor_consents) for tc in decoded)
    assert any(tc.purpose_one_treatment for tc in decoded)
    assert any(tc.special_feature_optins == {1, 2} for tc in decoded)


# ---------------------------------------------------------------- the real consent fixture stores

def _reference_ids(value):
    # consent_truth.json keeps @iabtcf/core's vectors as {maxId, bitLength, ids}.
    return value["ids"] if isinstance(value, dict) and "ids" in value else value


def _tc_cookies(truth):
    for site in truth["sites"]:
        for cookie in site["consent_cookies"]:
            if cookie["format"] == "tcf":
                yield site, cookie


def test_fixture_tc_strings_decode_as_the_truth_says(consent_stores):
    truth = consent_stores.read_json("consent_truth.json")
    checked = 0
    for site, cookie in _tc_cookies(truth):
        for store, stored in cookie["stores"].items():
            if not stored.get("present"):
                continue
            tc = decode_tc_string(stored["value"])
            decoded = cookie["decoded"][stored["value"]]
            ours = tc.to_json()
            for field, value in decoded["@iabtcf/core"].items():
                assert ours[field] == _reference_ids(value), (site["site"], store, field)
            normalised = decoded["normalised"]
            assert tc.vendor_consents_encoding == normalised["vendor_consents_encoding"]
            assert tc.vendor_li_encoding == normalised["vendor_li_encoding"]
            assert [(r.purpose_id, r.restriction_type, r.vendors.ids()) for r in tc.publisher_restrictions] == [
                (r["purpose"], r["type"], r["vendors"]) for r in normalised["publisher_restrictions"]]
            # The user's view: which purposes were accepted, which vendors refused.
            for category in site["choice"]["normalised"]["categories"]:
                match = re.fullmatch(r"tcf-(purpose|special-feature)-(\d+)", category["id"])
                if match:
                    chosen = tc.purpose_consents if match[1] == "purpose" else tc.special_feature_optins
                    assert (int(match[2]) in chosen) == (category["state"] == "accepted"), category["id"]
            refused = sorted(set(tc.vendors_disclosed) - set(tc.vendor_consents))
            assert refused == site["choice"]["tcf"]["vendor_consents_refused"]
            assert rule_violations(tc) == ()  # the fixtures follow TCF 2.2 / 2.3
            checked += 1
    assert checked == 4  # two sites, two browsers


def test_fixture_addtl_consent_reads_as_running_sums(consent_stores):
    truth = consent_stores.read_json("consent_truth.json")
    cookies = [c for s in truth["sites"] for c in s["consent_cookies"] if c["name"] == "addtl_consent"]
    assert cookies
    for cookie in cookies:
        for value, decoded in cookie["decoded"].items():
            plain = decode_addtl_consent(value)
            assert plain.version == decoded["version"] == 1
            assert list(plain.consented) == decoded["numbers_as_written"]
            assert list(decode_addtl_consent(value, deltas=True).consented) == decoded["atp_ids"]


def test_fixture_values_of_other_platforms_are_not_tc_strings(consent_stores):
    truth = consent_stores.read_json("consent_truth.json")
    formats = set()
    for site in truth["sites"]:
        for cookie in site["consent_cookies"]:
            if cookie["format"] == "tcf":
                continue
            for stored in cookie["stores"].values():
                if stored.get("present"):
                    formats.add(cookie["format"])
                    with pytest.raises(TCStringError):
                        decode_tc_string(stored["value"])
    assert {"didomi_token", "onetrust", "cookiebot", "axeptio", "tarteaucitron"} <= formats


# --------------------------------------------------------------------------------- crafted edges

def test_padded_unpadded_and_standard_base64_decode_alike():
    text = string_of("fixture-gazette-des-alpes")
    assert "-" in text and "_" in text
    expected = decode_tc_string(text).to_json()
    padded = ".".join(s + "==" for s in text.split("."))
    standard = text.replace("-", "+").replace("_", "/")
    for variant in (padded, standard, standard + "=", f'"{text}"', f"  {text}\n"):
        assert decode_tc_string(variant).to_json() == expected


def test_url_encoded_values_decode():
    text = string_of("fixture-immo-littoral")
    expected = decode_tc_string(text).to_json()
    standard = text.replace("-", "+").replace("_", "/") + "="
    assert "%2B" in quote(standard, safe="") or "%2F" in quote(standard, safe="")
    for variant in (quote(standard, safe=""), "".join(f"%{ord(c):02X}" for c in text)):
        assert decode_tc_string(variant).to_json() == expected


def test_an_unknown_segment_type_is_a_note_not_an_error():
    core = string_of("core-only")
    tc = decode_tc_string(core + "." + to_segment("101" + "1" * 40))
    assert tc.notes == ("unknown segment 5",)
    assert tc.to_json() == decode_tc_string(core).to_json()
    # (@iabtcf/core 1.5.6 throws a TypeError on such a string: it knows segment types 0-3 only.)


def test_a_repeated_segment_is_refused():
    core, disclosed = string_of("fixture-gazette-des-alpes").split(".")
    for text in (f"{core}.{disclosed}.{disclosed}", f"{core}.{core}"):
        with pytest.raises(TCStringError) as caught:
            decode_tc_string(text)
        assert caught.value.code == "bad-segment"


def test_a_range_claiming_every_vendor_id_stays_compact():
    whole = crafted(vendors=range_section([(1, 65535)]))
    tc = decode_tc_string(whole)
    assert len(tc.vendor_consents) == 65535 and 65535 in tc.vendor_consents and 0 not in tc.vendor_consents
    assert tc.vendor_consents.ranges == ((1, 65535),) and tc.vendor_consents_encoding == "range"
    # 4000 entries each claiming all ids, and 300 restrictions doing the same, stay ranges (how fast
    # that is, is benchmarks/bench_consent.py's business).
    many = range_entries([(1, 65535)] * 4000)
    restrictions = bits_int(300, 12) + "".join(bits_int(p % 63 + 1, 6) + "00" + range_entries([(1, 65535)])
                                               for p in range(300))
    tc = decode_tc_string(crafted(vendors=bits_int(65535, 16) + "1" + many, restrictions=restrictions))
    assert len(tc.vendor_consents) == 65535 and len(tc.publisher_restrictions) == 63
    assert all(len(r.vendors) == 65535 for r in tc.publisher_restrictions)


def test_a_range_above_max_vendor_id_is_kept_with_a_note():
    tc = decode_tc_string(crafted(vendors=range_section([(5, 9)], max_id=6)))
    assert tc.vendor_consents.ids() == [5, 6, 7, 8, 9]
    assert tc.notes == ("vendor consents range reaches 9, above its MaxVendorId 6",)


def test_descending_ranges_and_vendor_zero_are_refused():
    # @iabtcf/core silently sets nothing for a descending vendor range; we say the string is broken.
    for section in (range_section([(30, 20)], max_id=30), range_section([(0, 4)])):
        with pytest.raises(TCStringError) as caught:
            decode_tc_string(crafted(vendors=section))
        assert caught.value.code == "bad-range"
    restriction = bits_int(1, 12) + bits_int(2, 6) + "01" + range_entries([(9, 3)])
    with pytest.raises(TCStringError) as caught:
        decode_tc_string(crafted(restrictions=restriction))
    assert caught.value.code == "bad-range"


def test_undefined_restriction_type_and_bad_letters_are_refused():
    restriction = bits_int(1, 12) + bits_int(2, 6) + "11" + range_entries([(3, 3)])
    with pytest.raises(TCStringError) as caught:
        decode_tc_string(crafted(restrictions=restriction))
    assert caught.value.code == "bad-restriction"
    bits = core_bits()
    bad_language = bits[:108] + bits_int(40, 6) + bits[114:]  # consent language's first letter: 40 is no letter
    with pytest.raises(TCStringError) as caught:
        decode_tc_string(to_segment(bad_language))
    assert caught.value.code == "bad-letter"


def test_truncation_is_detected_not_zero_filled():
    full = core_bits()
    for cut in (6, 50, 150, len(full) - 12, len(full) - 1):
        text = "".join(_B64URL[int(full[i:i + 6].ljust(6, "0"), 2)] for i in range(0, cut - cut % 6, 6))
        with pytest.raises(TCStringError) as caught:
            decode_tc_string(text)
        assert caught.value.code == "truncated"
    exact = "".join(_B64URL[int(full[i:i + 6].ljust(6, "0"), 2)] for i in range(0, len(full), 6))
    assert decode_tc_string(exact).vendor_consents.ids() == [1, 2, 3]  # padding to a character is enough


def test_tcf_v1_and_unknown_versions_are_unsupported():
    # A TCF v1.1 consent string: Version field 1 (@iabtcf/core refuses it too, for its DefaultConsent=1).
    with pytest.raises(TCStringError) as caught:
        decode_tc_string("BOEFEAyOEFEAyAHABDENAI4AAAB9vABAASA")
    assert caught.value.code == "unsupported-version" and "v1" in caught.value.detail
    with pytest.raises(TCStringError) as caught:
        decode_tc_string(crafted(version=3))
    assert caught.value.code == "unsupported-version"


def test_datetimes_are_utc_and_keep_deciseconds():
    tc = decode_tc_string(string_of("ref-precise-timestamps"))
    assert tc.created.isoformat() == "2020-03-04T05:06:07.800000+00:00"
    assert tc.to_json()["lastUpdated"] == "2024-11-30T23:59:59.900Z"
    assert tc.use_non_standard_texts


@pytest.mark.parametrize(("vector_id", "codes"), [
    ("fixture-gazette-des-alpes", ()),
    ("ref-li-purposes-3-6-policy-5", ("li-for-purpose-3-6",)),
    ("py-policy-3-li-purposes-3-6", ("li-for-purpose-3-6", "policy-version-below-4")),
    ("ref-not-service-specific-policy-2",
     ("policy-version-below-4", "not-service-specific", "no-disclosed-vendors")),
    ("ref-li-purpose-1", ("li-for-purpose-1",)),
    ("core-only", ("no-disclosed-vendors",)),
    ("py-precise-timestamps", ("timestamps-not-day-level",)),
])
def test_tcf_2_2_rule_violations_are_codes(vector_id, codes):
    assert rule_violations(decode_tc_string(string_of(vector_id))) == codes


def test_crafted_rule_violations():
    assert rule_violations(decode_tc_string(crafted(li=(2, 3, 4, 5, 6)))) == ("li-for-purpose-3-6",)
    assert rule_violations(decode_tc_string(crafted(policy=3))) == ("policy-version-below-4",)
    assert rule_violations(decode_tc_string(crafted(service_specific=False))) == ("not-service-specific",)


OTHER_PLATFORMS = {
    "didomi_token": base64.b64encode(json.dumps(
        {"user_id": "1a232c17-2cbf-66b5-a382-8710130f2210", "created": "2026-12-01T17:57:48.493Z",
         "vendors": {"enabled": ["google"]}, "version": 2}, separators=(",", ":")).encode()).decode(),
    "onetrust": "isGpcEnabled=0&datestamp=Tue+Dec+01+2026+18%3A57%3A54+GMT%2B0100&version=202510.1.0"
                "&groups=C0001%3A1%2CC0002%3A0&intType=3",
    "onetrust-alert-box-closed": "2026-12-01T17:57:54.501Z",
    "cookiebot": "{stamp:%27q/Vk2Teyo3fdZIuS5SGyc1EDLujq1muTQNHtWVlG7mThjn1GGDOOmw==%27%2Cnecessary:true"
                 "%2Cpreferences:true%2Cstatistics:false%2Cmarketing:false%2Cmethod:%27explicit%27%2Cver:1}",
    "axeptio": "{%22$$token%22:%22ru2sok3c27rxejii5kxb7c%22%2C%22hotjar%22:true%2C%22$$completed%22:true}",
    "axeptio-list": "%2Chotjar%2Cyoutube%2C",
    "tarteaucitron": "!youtube=true",
    "tarteaucitron-many": "!matomo=true!gtag=false!facebookpixel=false",
    "addtl_consent": "1~39.4.3.9",
    "google-analytics": "GA1.1.1234567890.1796147874",
    "empty": "",
    "blank": "   ",
    "word": "true",
}


@pytest.mark.parametrize("value", OTHER_PLATFORMS.values(), ids=OTHER_PLATFORMS.keys())
def test_values_of_other_platforms_are_never_taken_for_tc_strings(value):
    with pytest.raises(TCStringError):
        decode_tc_string(value)


def test_non_text_is_refused_with_a_code():
    for value in (None, b"CQujIwAQ", 42):
        with pytest.raises(TCStringError) as caught:
            decode_tc_string(value)
        assert caught.value.code == "not-text"


def test_random_bytes_only_ever_raise_tc_string_error():
    rng = random.Random(20261201)
    decoded = 0
    for i in range(2000):
        raw = bytearray(rng.randbytes(rng.randrange(0, 400)))
        if raw and i % 2:
            raw[0] = 0b00001000 | (raw[0] & 0b11)  # version 2, so the decoder gets past the first field
        text = base64.urlsafe_b64encode(bytes(raw)).decode()
        if i % 3 == 0:
            text = text.rstrip("=")
        if i % 5 == 0 and len(text) > 8:
            cut = rng.randrange(1, len(text) - 1)
            text = text[:cut] + "." + text[cut:]
        try:
            decode_tc_string(text)
            decoded += 1
        except TCStringError as error:
            assert error.code and isinstance(error.detail, str)
    assert decoded < 2000


def test_random_text_only_ever_raises_tc_string_error():
    rng = random.Random(7)
    alphabet = _B64URL + "+/=.%~!\"' \u00e9\ud800"
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 80)))
        try:
            decode_tc_string(text)
        except TCStringError:
            pass


def test_decoding_is_cached_per_value():
    texts = [to_segment(core_bits(cmp_version=i, vendors=bitfield_section(range(1, 1300, 2)),
                                  li_vendors=bitfield_section(range(1, 1250, 9))))
             + "." + to_segment("001" + bitfield_section(range(1, 1300))) for i in range(3)]
    first = [decode_tc_string(text) for text in texts]
    assert [tc.cmp_version for tc in first] == [0, 1, 2]
    assert decode_tc_string(texts[0]) is decode_tc_string(texts[0])


# ----------------------------------------------------------------------------- addtl_consent

def test_addtl_consent_versions_1_and_2():
    v1 = decode_addtl_consent("1~1.35.41.101")
    assert (v1.version, v1.consented, v1.disclosed) == (1, (1, 35, 41, 101), ())
    v2 = decode_addtl_consent("2~1.35.41.101~dv.9.21.81")
    assert (v2.version, v2.consented, v2.disclosed) == (2, (1, 35, 41, 101), (9, 21, 81))
    assert decode_addtl_consent("1~").consented == ()
    assert decode_addtl_consent("2~~dv.") == decode_addtl_consent("2~~dv.")
    assert decode_addtl_consent("2~~dv.").disclosed == ()
    assert decode_addtl_consent("1%7E1.35").consented == (1, 35)
    assert decode_addtl_consent("1~39.4.3", deltas=True).consented == (39, 43, 46)
    assert decode_addtl_consent("2~5.2~dv.3.1", deltas=True).disclosed == (3, 4)


@pytest.mark.parametrize(("value", "code"), [
    ("", "empty"),
    ("1", "bad-format"),
    ("~1.2", "bad-format"),
    ("x~1.2", "bad-format"),
    ("1~1.2~dv.3", "bad-format"),
    ("2~1.2", "bad-format"),
    ("2~1~3", "bad-format"),
    ("3~1.2", "unsupported-version"),
    ("99999999999999999999~1", "unsupported-version"),
    ("1~1..2", "bad-id"),
    ("1~a.b", "bad-id"),
    ("1~0", "bad-id"),
    ("1~-1", "bad-id"),
    ("1~1.2.", "bad-id"),
    ("1~" + "9" * 5000, "bad-id"),
    ("2~1~dv.x", "bad-id"),
    (string_of("fixture-gazette-des-alpes"), "bad-format"),
])
def test_malformed_addtl_consent_raises_with_a_code(value, code):
    with pytest.raises(TCStringError) as caught:
        decode_addtl_consent(value)
    assert caught.value.code == code


# ------------------------------------------------------------------------------------- tables

def test_purpose_tables_hold_short_codes_for_every_purpose():
    assert set(PURPOSES) == set(PURPOSE_CATEGORY) == set(range(1, 12))
    assert set(SPECIAL_FEATURES) == {1, 2}
    for code in [*PURPOSES.values(), *SPECIAL_FEATURES.values()]:
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", code) and len(code) <= 24
    assert len(set(PURPOSES.values())) == 11
    assert set(PURPOSE_CATEGORY.values()) <= {"necessary", "preferences", "statistics", "marketing"}
    assert PURPOSE_CATEGORY[1] == "necessary" and PURPOSE_CATEGORY[8] == PURPOSE_CATEGORY[9] == "statistics"


def test_vendor_sets_behave_like_sets():
    vendors = VendorSet.of([(10, 12), (1, 1), (11, 20), (22, 22), (21, 21)])
    assert vendors.ranges == ((1, 1), (10, 22))
    assert vendors.ids() == [1, *range(10, 23)] and len(vendors) == 14
    assert 15 in vendors and 5 not in vendors and 23 not in vendors and "15" not in vendors
    assert not VendorSet() and VendorSet.of([]) == VendorSet()
