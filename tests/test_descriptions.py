"""Every cookie gets one description, from the most authoritative source that knows it, and says which."""
from __future__ import annotations

import pytest

from findings_support import record
from inspector.domain.catalog.catalog import default_catalog
from inspector.domain.catalog.ocd import default_ocd
from inspector.domain.descriptions import CATALOG, OCD, POLICY, Describer
from inspector.domain.scan import inspect, scan
from inspector.domain.stores.discovery import stores_from_path


@pytest.fixture(scope="module")
def describer():
    return Describer()


def _scan(real_stores, bundled_policy):
    stores = (stores_from_path("chromium", real_stores.chromium_user_data())
              + stores_from_path("firefox", real_stores.firefox_root()))
    return scan(stores, bundled_policy)


@pytest.mark.parametrize("host, name, source, provider, category", [
    # the policy declares it: its words, not the catalog's
    ("opendata.lillemetropole.fr", "sessionid", POLICY, "Opendatasoft", "necessary"),
    # undeclared on a covered site, or on no policy's site: the guesses, ours first
    (".doubleclick.net", "IDE", CATALOG, "Google Ads / DoubleClick", "marketing"),
    (".lillemetropole.fr", "_ga", CATALOG, "Google Analytics", "statistics"),
    ("www.example.org", "_hjSessionUser_123", CATALOG, "Hotjar", "statistics"),  # a pattern of ours
    # only the Open Cookie Database knows it
    ("www.velo.example", "wp-wpml_current_language", OCD, "WPML", "preferences"),
])
def test_the_most_authoritative_source_wins(describer, bundled_policy, host, name, source, provider, category):
    [cookie] = inspect([_record(host, name)], bundled_policy)
    found = describer.describe(cookie)
    assert (found.source, found.provider, found.category) == (source, provider, category)
    assert found.is_guess == (source != POLICY)
    assert found.purpose and found.entry
    assert found.link or found.source == OCD  # the database gives no privacy page for some vendors


def test_a_declared_cookie_keeps_its_status_and_a_guess_never_declares(describer, bundled_policy):
    declared, guessed = inspect([_record("opendata.lillemetropole.fr", "sessionid"),
                                 _record(".lillemetropole.fr", "_ga")], bundled_policy)
    assert declared.status == "declared" and describer.describe(declared).source == POLICY
    # _ga is undeclared by the policy that covers lillemetropole.fr: the catalog explains it,
    # and the status stays undeclared.
    assert guessed.status == "undeclared" and describer.describe(guessed).source == CATALOG


def test_functional_in_the_open_cookie_database_is_never_a_sure_no_consent(describer):
    found = describer.guess("www.shop.example", "wp-wpml_current_language")
    assert found.source == OCD and found.source_label == "Functional"
    assert found.uncertain and found.needs_consent is not False


def test_the_domain_tells_apart_names_that_several_vendors_use(describer):
    # `sessionid` is Instagram's on instagram.com and Django's elsewhere (our catalog's domain hints).
    assert "Instagram" in describer.guess(".instagram.com", "sessionid").provider
    assert "Django" in describer.guess("app.example.com", "sessionid").provider


def test_unknown_cookies_have_no_description(describer):
    assert describer.guess("www.example.org", "cdr_nl_zz") is None


@pytest.mark.fixtures
def test_every_fixture_cookie_either_source_knows_is_described(real_stores, bundled_policy, describer):
    result = _scan(real_stores, bundled_policy)
    catalog, ocd = default_catalog(), default_ocd()
    described = 0
    for c in result.cookies:
        found = describer.describe(c)
        r = c.record
        knows = c.rule is not None or catalog.lookup(r.host, r.name) or ocd.lookup(r.host, r.name)
        assert bool(found) == bool(knows), (r.host, r.name)
        if found:
            described += 1
            assert found.provider and found.category and found.source in (POLICY, CATALOG, OCD)
    # A real profile: most of its cookies are known to one source or another.
    assert described / len(result.cookies) > 0.5


def _record(host: str, name: str):
    return record(host, name, expires_days=30)


def test_a_french_describer_gives_the_catalogs_purposes_in_french_and_english_stays():
    catalog, ocd = default_catalog(), default_ocd()
    french, english = Describer(lang="fr"), Describer()
    for host, name in ((".example.org", "_gid"), (".example.org", "_ga"), ("www.velo.example", "_ga"),
                       ("www.velo.example", "wp-wpml_current_language")):
        fr, en = french.guess(host, name), english.guess(host, name)
        entry = catalog.lookup(host, name) or ocd.lookup(host, name)
        assert fr.purpose == entry.purpose_in("fr") != entry.purpose == en.purpose, name
        assert (fr.provider, fr.category, fr.entry) == (en.provider, en.category, en.entry)
    assert french.guess(".example.org", "_gid").purpose.startswith("Second identifiant client")
    assert french.guess("a.example", "wp-wpml_current_language").purpose.startswith("Fait fonctionner")
    # A French Canadian reader gets French, a language we lack gets English.
    assert Describer(lang="fr-CA").guess("x.org", "_gid").purpose == french.guess("y.org", "_gid").purpose
    assert Describer(lang="de").guess("x.org", "_gid").purpose == english.guess("x.org", "_gid").purpose
