"""Consent values: only consent cookies are read; keyring-protected ones wait for the user, as 'not readable'."""
from __future__ import annotations

import sqlite3

import pytest

from inspector.cli.options import named_stores
from inspector.domain.catalog.catalog import default_catalog
from inspector.domain.clock import FixedClock
from inspector.domain.consent.analysis import AGAINST_CHOICE, NO_CHOICE, against_choice, analyse
from inspector.domain.consent.reading import NeedsKeyring, read_consent_values
from inspector.domain.consent.vendors import VENDORS, vendor_of
from inspector.domain.policy import default_policy_path, load_policy
from inspector.domain.scan import scan


def scan_consent(stores, chromium=True, firefox=True):
    pairs = ([("chromium", str(stores.chromium_db()))] if chromium else []) + (
        [("firefox", str(stores.firefox_root()))] if firefox else [])
    return scan(named_stores(pairs), load_policy(default_policy_path()), clock=FixedClock(stores.made_at_us))


def test_only_consent_cookies_values_are_read(consent_stores):
    result = scan_consent(consent_stores)
    ga = next(c.record for c in result.cookies if c.record.name == "_ga")
    with pytest.raises(ValueError):
        read_consent_values([ga])


def test_chromium_v10_values_decrypt_without_a_keyring(consent_stores, monkeypatch):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    result = scan_consent(consent_stores, firefox=False)
    consent = [c.record for c in result.cookies if c.record.name == "CookieConsent"]
    values = read_consent_values(consent)
    assert values[consent[0]].value.startswith("{stamp:")


def _protect(db, name: str) -> None:
    # What a keyring-encrypted Chromium value looks like: "v11" and ciphertext the built-in key cannot open.
    con = sqlite3.connect(db)
    con.execute("UPDATE cookies SET value = '', encrypted_value = ? WHERE name = ?", (b"v11" + b"\x00" * 32, name))
    con.commit()
    con.close()


def test_a_keyring_value_leaves_the_choice_not_readable_never_no_choice(consent_stores):
    _protect(consent_stores.chromium_db(), "CookieConsent")
    result = scan_consent(consent_stores, firefox=False)
    record = next(c.record for c in result.cookies if c.record.name == "CookieConsent")
    assert isinstance(read_consent_values([record])[record], NeedsKeyring)
    analysis = analyse(result)
    velo = analysis.sites["velo-atelier-lyon.fr"]
    assert [r.readable for r in velo.records] == [False]
    assert not [f for f in velo.findings if f.code in (AGAINST_CHOICE, NO_CHOICE)]
    assert analysis.needs_keyring
    # Other sites are judged as ever.
    assert analysis.sites["mutuelle-horizon.fr"].against


def test_against_choice_lists_each_cookie_once(consent_stores):
    result = scan_consent(consent_stores)
    cookies = against_choice(result)
    names = sorted((c.browser, c.name) for c in cookies if "velo" in c.host)
    assert ("chromium", "_pk_id.3.9f1c") in names and ("firefox", "_pk_id.3.9f1c") in names
    assert len(cookies) == len({id(c) for c in cookies})
    assert not any(c.name in ("PHPSESSID", "CookieConsent") for c in cookies)


def test_every_vendor_names_a_catalog_provider():
    names = {e.provider.name for e in default_catalog().entries}
    missing = [v.provider for v in VENDORS if v.provider not in names]
    assert not missing
    assert vendor_of("Criteo").tcf == 91 and vendor_of("Google Ads / DoubleClick").tcf == 755
    assert vendor_of("Xandr (AppNexus)").tcf == 32 and vendor_of("Amazon Ads").tcf == 793


def _set_firefox_value(stores, name: str, value: str) -> None:
    profile = stores.firefox_profile()
    con = sqlite3.connect(profile / "cookies.sqlite")
    con.execute("UPDATE moz_cookies SET value = ? WHERE name = ?", (value, name))
    con.commit()
    con.close()


def test_a_tc_string_breaking_tcf_22_is_an_invalid_consent_finding(consent_stores):
    from tests.test_consent_tcf import crafted

    _set_firefox_value(consent_stores, "euconsent-v2", crafted(li=(3, 4), policy=2))
    analysis = analyse(scan_consent(consent_stores, chromium=False))
    gazette = analysis.sites["gazette-des-alpes.fr"]
    invalid = [f for f in gazette.findings if f.code == "invalid-consent-string"]
    assert len(invalid) == 1 and invalid[0].cookie.name == "euconsent-v2"
    assert {"li-for-purpose-3-6", "policy-version-below-4"} <= set(invalid[0].params["violations"])


def test_an_undecodable_value_is_invalid_and_never_no_choice(consent_stores):
    _set_firefox_value(consent_stores, "CookieConsent", "-1")
    velo = analyse(scan_consent(consent_stores, chromium=False)).sites["velo-atelier-lyon.fr"]
    assert [f.code for f in velo.findings] == ["invalid-consent-string"]
    assert velo.findings[0].params["error"] == "cookiebot-not-an-object"
