"""The importer on recorded real pages of every shape: entries found against entries present, and what goes to review."""
from __future__ import annotations

from pathlib import Path

import pytest

from inspector.domain import codes as C
from inspector.domain.policy.importer import REVIEW, check_yaml, import_document, import_policy_file

PAGES = Path(__file__).parent / "data" / "policy_pages"


# (file, entries present on the page, entries found) -- the README gives each page's origin.
FIGURES = [
    ("aramco_onetrust_cookie_list.html", 44, 44),  # 49 names, 5 of them repeated in another group
    ("sg_web_cookies_table.html", 28, 28),
    ("replystack_politique_cookies.html", 5, 5),
    ("bosa_belgium_hermes_cookies.txt", 8, 8),
    ("vidamaxmc_cookies.txt", 4, 4),
    ("stana_no_cookies.txt", 7, 7),
    ("lillemetropole_table.txt", 4, 4),
    ("onetrust_domaindata_constructed.json", 9, 9),
    ("cookiebot_cc_constructed.js", 5, 5),
]


@pytest.mark.parametrize("name, present, found", FIGURES)
def test_entries_found_against_entries_present(name, present, found):
    result = import_policy_file(PAGES / name, "example.org")
    assert len(result.cookies) == found == present
    check_yaml(result.to_yaml())  # every page gives a file the loader takes


def test_onetrust_cookie_list_sections_cells_and_lifetimes():
    result = import_policy_file(PAGES / "aramco_onetrust_cookie_list.html", "www.aramco.com")
    by_name = {c.name: c for c in result.cookies}
    # Several names and lifetimes in one cell pair up in order.
    assert (by_name["ARRAffinity"].lifetime, by_name["SC_ANALYTICS_GLOBAL_COOKIE"].lifetime) == ("session", "3650 days")
    assert (by_name["_ga"].category, by_name["_ga"].section) == ("statistics", "Performance Cookies")
    assert by_name["_fbp"].category == "marketing" and by_name["vuid"].category == "preferences"
    assert by_name["OptanonConsent"].provider == "europe.aramco.com"  # the subgroup host stands for the provider
    codes = [i.code for i in result.issues]
    assert codes.count(C.REVIEW_DUPLICATE) == 5
    assert {"name": "_gat_UA-", "text": "A few seconds"} in [i.params for i in result.issues
                                                             if i.code == C.REVIEW_LIFETIME]
    assert any(i.code == C.REVIEW_NO_NAME and "www.facebook.com" in i.params["row"] for i in result.issues)


def test_onetrust_placeholder_names_are_read_as_patterns_that_match_the_real_cookies():
    from inspector.domain.name_rules import NameRules
    result = import_policy_file(PAGES / "aramco_onetrust_cookie_list.html", "www.aramco.com")
    patterns = {c.name for c in result.cookies if c.is_pattern}
    # OneTrust writes "_gclxxxx" for _gcl_au and its kin, "_gd#############" for a numbered cookie.
    assert {"_gcl*", "_gd*", "NSC_*", "_gat_gtag_*"} <= patterns
    assert not any("xxxx" in c.name or "###" in c.name for c in result.cookies)
    gcl = next(c for c in result.cookies if c.name == "_gcl*")
    assert [(h.code, h.params) for h in gcl.hints if h.code == C.REVIEW_PATTERN] == [
        (C.REVIEW_PATTERN, {"text": "_gclxxxx", "pattern": "_gcl*"})]
    rules = NameRules([gcl])
    assert rules.best("_gcl_au") is gcl and rules.best("_ga") is None


def test_names_a_space_apart_patterns_and_no_category_for_review():
    result = import_policy_file(PAGES / "sg_web_cookies_table.html", "example.org")
    names = [(c.name, c.is_pattern) for c in result.cookies]
    assert names[:5] == [("SAPISID", False), ("APISID", False), ("SSID", False), ("HSID", False), ("SID", False)]
    assert ("mp_*_mixpanel", True) in names and ("intercom-session-*", True) in names
    # The page names no categories: each entry waits for a person's choice, none is guessed.
    assert {c.category for c in result.cookies} == {REVIEW}
    assert sum(1 for i in result.issues if i.code == C.REVIEW_NO_CATEGORY) == 28


def test_french_sections_and_a_table_of_services_that_is_not_a_cookie_list():
    result = import_policy_file(PAGES / "replystack_politique_cookies.html", "replystack.example")
    assert [(c.name, c.category, c.lifetime) for c in result.cookies] == [
        ("session", "necessary", "session"), ("XSRF-TOKEN", "necessary", "session"),
        ("remember_token", "necessary", "30 days"), ("locale", "preferences", "1 year"),
        ("theme", "preferences", "1 year")]
    assert [i.code for i in result.issues] == [C.REVIEW_NO_NAME_COLUMN]


def test_copied_cells_one_a_line_in_french():
    result = import_policy_file(PAGES / "bosa_belgium_hermes_cookies.txt", "bosa.belgium.be")
    first = result.cookies[0]
    assert (first.name, first.lifetime, first.purpose, first.category) == (
        "AWSALBCORS", "1 week", "Load balancing", "necessary")
    assert result.cookies[-1].lifetime == "28 days" and result.issues == []


def test_a_page_cut_short_says_so():
    result = import_policy_file(PAGES / "vidamaxmc_cookies.txt", "vidamaxmc.net")
    assert "the last row has 2 of 5 cells (the page is cut short?)" in result.reviews
    assert result.cookies[0].purpose == "Cookie to validate other cookies, so they can’t be spoofed."
    assert result.cookies[0].provider == "Site"


def test_label_value_blocks_under_their_headings():
    result = import_policy_file(PAGES / "stana_no_cookies.txt", "stana.no")
    got = [(c.name, c.is_pattern, c.category, c.lifetime) for c in result.cookies]
    assert got[0] == ("exp_csrf_token", False, "necessary", "2 hours")
    assert got[-1] == ("_ga_*", True, "statistics", "1 minute")  # '_ga_"property_id"' is a variable part


def test_onetrust_and_cookiebot_declarations():
    ot = import_document((PAGES / "onetrust_domaindata_constructed.json").read_text(encoding="utf-8"), "aramco.com",
                         kind="json")
    by_name = {c.name: c for c in ot.cookies}
    assert (by_name["JSESSIONID"].provider, by_name["JSESSIONID"].lifetime) == ("nr-data.net", "session")
    assert by_name["JSESSIONID"].purpose == "Session of the monitoring service."  # the HTML of the text is dropped
    assert (by_name["bcookie"].category, by_name["bcookie"].lifetime) == ("marketing", "89 days")
    cb = import_document((PAGES / "cookiebot_cc_constructed.js").read_text(encoding="utf-8"), "replystack.example",
                         kind="js")
    assert [(c.name, c.category) for c in cb.cookies] == [
        ("session", "necessary"), ("XSRF-TOKEN", "necessary"), ("locale", "preferences"), ("theme", "preferences"),
        ("remember_token", REVIEW)]


def test_a_page_that_embeds_a_declaration_offers_it():
    result = import_policy_file(PAGES / "page_with_banner_scripts.html", "example.org")
    assert result.cookies == [] and [i.code for i in result.issues] == [C.REVIEW_NO_TABLE]
    assert [(d.platform, d.url) for d in result.declarations] == [
        ("onetrust", "https://cdn.cookielaw.org/consent/0f5e2b84-1c1b-4c4e-9a59-2f0a8f0c1d2e/"
                     "0f5e2b84-1c1b-4c4e-9a59-2f0a8f0c1d2e.json"),
        ("cookiebot", "https://consent.cookiebot.com/6c8a6a7e-3d1f-4b2a-8f55-0b2f0e4a7c11/cc.js")]


def test_definition_lists_both_ways():
    html = ("<h2>Cookies de mesure d'audience</h2><dl><dt>Nom du cookie</dt><dd>_pk_id</dd><dt>Durée</dt>"
            "<dd>13 mois</dd><dt>Nom du cookie</dt><dd>_pk_ses</dd><dt>Durée</dt><dd>30 minutes</dd></dl>"
            "<h2>Cookies nécessaires</h2><dl><dt>sessionid</dt><dd>Garde la session</dd></dl>")
    result = import_document(html, "example.fr", kind="html")
    assert [(c.name, c.category, c.lifetime) for c in result.cookies] == [
        ("_pk_id", "statistics", "13 months"), ("_pk_ses", "statistics", "30 minutes"),
        ("sessionid", "necessary", None)]


def test_a_div_grid_reads_as_labels_and_values():
    # OneTrust's preference centre and many themes lay a cookie out as label and value <div>s.
    html = ("<h3>Targeting Cookies</h3><div class='ot-host-info'><div>Name</div><div>_fbp</div>"
            "<div>Host</div><div>aramco.com</div><div>Duration</div><div>90 Days</div></div>"
            "<div class='ot-host-info'><div>Name</div><div>IDE</div><div>Host</div><div>doubleclick.net</div>"
            "<div>Duration</div><div>390 Days</div></div>")
    result = import_document(html, "aramco.com", kind="html")
    assert [(c.name, c.provider, c.lifetime, c.category) for c in result.cookies] == [
        ("_fbp", "aramco.com", "90 days", "marketing"), ("IDE", "doubleclick.net", "390 days", "marketing")]


def test_markdown_pipe_rows_and_prose_where_a_name_should_be():
    text = ("## Cookies publicitaires\n\n| Nom du cookie | Émetteur | Finalité | Durée de conservation |\n"
            "|---|---|---|---|\n| _fbp | Meta | Publicité | 3 mois |\n"
            "| Ce cookie permet de suivre vos visites | Meta | Publicité | 3 mois |\n")
    result = import_document(text, "example.fr", kind=None)
    assert [(c.name, c.provider, c.lifetime, c.category) for c in result.cookies] == [
        ("_fbp", "Meta", "3 months", "marketing")]
    assert [i.code for i in result.issues] == [C.REVIEW_PROSE_NAME]
