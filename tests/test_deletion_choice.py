"""Which cookies each window deletion command covers: a site, a category on a site, the undeclared ones."""
from __future__ import annotations

import pytest

from inspector.domain.deletion import choice
from inspector.domain.descriptions import Describer
from inspector.domain.stores.demo import demo_stores
from inspector.domain.policy.loader import load_policy
from inspector.domain.scan import scan
from deletion_support import write_policy


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    policy = load_policy(str(write_policy(tmp_path_factory.mktemp("policy"))))
    return scan(demo_stores(str(tmp_path_factory.mktemp("demo"))), policy)


def _names(cookies) -> list[tuple[str, str]]:
    return sorted((c.record.browser, c.record.name) for c in cookies)


def test_site_covers_every_cookie_grouped_under_it_and_nothing_else(result):
    chosen = choice.cookies_of_sites(result.cookies, ["example.org"])
    assert _names(chosen) == sorted((b, n) for b in ("chrome", "firefox") for n in ("cart_id", "flash_msg", "prefs"))
    both = choice.cookies_of_sites(result.cookies, {"example.org", "github.com"})
    assert len(both) == len(chosen) + 4
    assert choice.cookies_of_sites(result.cookies, []) == []


def test_categories_present_on_a_site_are_listed_once_with_whose_word(result):
    describe = Describer().describe
    found = choice.categories_on_site(result.cookies, "lillemetropole.fr", describe)
    assert list(found) == ["necessary", "statistics"]
    declared_necessary, guessed_necessary = found["necessary"]
    # has_js (Drupal) and cookies_preferences (the portal's consent cookie), per the catalog, in both browsers
    assert declared_necessary == 6 and guessed_necessary == 4
    assert found["statistics"][1] > 0  # _ga and _gid, undeclared but filed there by the catalog
    assert list(choice.categories_on_site(result.cookies, "doubleclick.net", describe)) == ["marketing"]
    # the test policy declares example.org's prefs; its other cookies no source knows, so they count nowhere
    assert choice.categories_on_site(result.cookies, "example.org", describe) == {"necessary": (2, 0)}


@pytest.mark.parametrize("category, names", [
    ("statistics", {"_pk_id.1.abcd", "_pk_ses.1.abcd", "_ga", "_gid"}),
    ("necessary", {"sessionid", "csrftoken", "django_language", "has_js", "cookies_preferences"}),
])
def test_category_picks_every_cookie_of_that_effective_category(result, category, names):
    describer = Describer()
    chosen = choice.of_category(result.cookies, "lillemetropole.fr", category, describer.describe)
    assert {c.record.name for c in chosen} == names
    assert len(chosen) == 2 * len(names)  # both browsers hold them
    assert all(describer.describe(c).category == category and c.site == "lillemetropole.fr" for c in chosen)
    # the policy's declarations among them keep their category
    assert all(c.rule.category.id == category for c in chosen if c.rule is not None)


def test_an_ad_network_offers_its_trackers_for_deletion(result):
    chosen = choice.of_category(result.cookies, "doubleclick.net", "marketing", Describer().describe)
    assert _names(chosen) == [("chrome", "IDE"), ("firefox", "IDE")]


def test_undeclared_picks_the_sites_undeclared_cookies_only(result):
    chosen = choice.undeclared_of(result.cookies, "lillemetropole.fr")
    assert {c.record.name for c in chosen} == {"cookies_preferences", "_ga", "_gid", "has_js"}
    assert len(chosen) == 8
    assert all(c.status == "undeclared" for c in chosen)
    assert choice.undeclared_of(result.cookies, "github.com") == []  # no policy speaks for it


def test_scan_without_drops_exactly_the_keys_and_recounts(result):
    gone = choice.cookies_of_sites(result.cookies, ["github.com"])[:1] + \
        choice.undeclared_of(result.cookies, "lillemetropole.fr")
    after = choice.scan_without(result, [c.record.key for c in gone])
    assert len(after.cookies) == len(result.cookies) - len(gone)
    assert [c for c in result.cookies if c not in gone] == after.cookies  # order kept
    assert after.site_counts["github.com"] == result.site_counts["github.com"] - 1
    assert after.site_counts["lillemetropole.fr"] == result.site_counts["lillemetropole.fr"] - 8
    assert sum(r.count for r in after.reports) == len(after.cookies)
    assert sum(r.count for r in result.reports) == len(result.cookies)  # the old scan is untouched
    everything = choice.scan_without(result, [c.record.key for c in result.cookies if c.site == "example.org"])
    assert "example.org" not in everything.site_counts
