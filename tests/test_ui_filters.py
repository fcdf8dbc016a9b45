"""Every filter of the window, alone and combined, against a table of the rows a user should see.

The demo stores hold the same 16 cookies in Chrome and in Firefox (see domain/demo.py):
lillemetropole.fr's four declared Opendatasoft cookies, its undeclared Matomo and Google
Analytics ones, trackers on doubleclick.net and youtube.com, example.org's cookies
(one expired) and github.com's (in Firefox's 'Work' container).
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from inspector.ui.sites.site_model import SiteColumn
from inspector.ui.table.filter_proxy import NO_CATEGORY
from ui_support import make_window, shown_names, status_text

BOTH = ("chrome", "firefox")
DECLARED = ("sessionid", "django_language", "csrftoken", "cookies_preferences")
UNDECLARED = ("_pk_id.1.abcd", "_pk_ses.1.abcd", "_ga", "_gid")
LILLE = DECLARED + UNDECLARED + ("has_js",)
EXAMPLE = ("prefs", "flash_msg", "cart_id")
GITHUB = ("_octo", "logged_in")
TRACKERS = ("IDE", "VISITOR_INFO1_LIVE")
ALL = LILLE + EXAMPLE + GITHUB + TRACKERS


def rows(names, browsers=BOTH):
    return sorted((b, n) for b in browsers for n in names)


# text, sites, category, store (browser of the demo store), status -> what the table shows
CASES = [
    pytest.param("", (), None, None, None, rows(ALL), id="nothing"),
    pytest.param("csrf", (), None, None, None, rows(["csrftoken"]), id="name"),
    pytest.param("CSRF", (), None, None, None, rows(["csrftoken"]), id="name-any-case"),
    pytest.param("  csrf ", (), None, None, None, rows(["csrftoken"]), id="name-spaces-trimmed"),
    pytest.param("opendatasoft", (), None, None, None, rows(DECLARED), id="provider"),
    pytest.param("visitor's language", (), None, None, None, rows(["django_language"]), id="purpose"),
    pytest.param("remember", (), None, None, None,
                 rows(["sessionid", "django_language", "cookies_preferences"]), id="purpose-word"),
    pytest.param("lillemetropole", (), None, None, None, rows(LILLE), id="site"),
    pytest.param("www.lillemetropole", (), None, None, None, rows(["has_js"]), id="host"),
    # The domain's site filter: a request to this host also carries the .lillemetropole.fr cookies.
    pytest.param("opendata.lillemetropole.fr", (), None, None, None,
                 rows(DECLARED + UNDECLARED), id="host-receives-domain-cookies"),
    pytest.param("", ("example.org",), None, None, None, rows(EXAMPLE), id="one-site"),
    pytest.param("", ("example.org", "github.com"), None, None, None, rows(EXAMPLE + GITHUB), id="two-sites"),
    # Categories are the effective ones: the policy's, else a catalog's (has_js: Drupal, necessary).
    pytest.param("", (), "necessary", None, None, rows(DECLARED + ("has_js",)), id="category"),
    pytest.param("", (), "statistics", None, None, rows(UNDECLARED + ("_octo",)), id="category-per-catalog"),
    pytest.param("", (), "marketing", None, None, rows(TRACKERS), id="category-of-trackers"),
    pytest.param("", (), NO_CATEGORY, None, None, rows(EXAMPLE + ("logged_in",)), id="not-categorised"),
    pytest.param("", (), "preferences", None, None, [], id="category-without-cookies"),
    # Search finds cookies by what the catalogs say too.
    pytest.param("google analytics", (), None, None, None, rows(["_ga", "_gid"]), id="catalog-provider"),
    pytest.param("", (), None, None, "declared", rows(DECLARED), id="declared"),
    pytest.param("", (), None, None, "undeclared", rows(UNDECLARED), id="undeclared"),
    pytest.param("", (), None, None, "no-policy", rows(("has_js",) + EXAMPLE + GITHUB + TRACKERS), id="no-policy"),
    pytest.param("", (), None, "firefox", None, rows(ALL, ["firefox"]), id="store"),
    pytest.param("_g", (), None, "firefox", "undeclared", rows(["_ga", "_gid"], ["firefox"]),
                 id="text+store+status"),
    pytest.param("session", ("lillemetropole.fr",), "necessary", None, None, rows(["sessionid"]),
                 id="text+site+category"),
    pytest.param("", ("lillemetropole.fr",), None, "chrome", "undeclared", rows(UNDECLARED, ["chrome"]),
                 id="site+store+status"),
    pytest.param("work", ("github.com",), None, None, None, [], id="container-is-not-searched"),
    pytest.param("", ("doubleclick.net",), None, None, "declared", [], id="site+status-none"),
    pytest.param("xyz", (), None, None, None, [], id="no-match"),
]


@pytest.mark.parametrize("text,sites,category,store,status,expected", CASES)
def test_filters_combine(qtbot, tmp_path, text, sites, category, store, status, expected):
    window = make_window(qtbot, tmp_path)
    bar = window.filter_bar
    if sites:
        window.site_view.select_sites(sites)
    if category is not None:
        bar.category.setCurrentIndex(bar.category.findData(category))
        assert bar.category.currentData() == category
    if store is not None:
        index = next(i for i in range(bar.store.count()) if store in bar.store.itemText(i).lower())
        bar.store.setCurrentIndex(index)
    if status is not None:
        bar.status.setCurrentIndex(bar.status.findData(status))
    bar.search.setText(text)
    assert shown_names(window) == expected
    summary = status_text(window)
    if expected and (text.strip() or sites or category is not None or store or status):
        assert summary.startswith(f"Showing {len(expected)} cookie")
    empty = window.cookie_view.empty_state
    assert empty.isVisibleTo(window) == (not expected)
    if not expected and text.strip():
        assert f"No cookies match ‘{text.strip()}’" in empty.text


def test_clear_filters_link_shows_everything_again(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    window.site_view.select_sites(["example.org"])
    window.filter_bar.status.setCurrentIndex(window.filter_bar.status.findData("declared"))
    window.filter_bar.search.setText("xyz")
    assert window.proxy.rowCount() == 0
    assert "Clear filters" in window.cookie_view.empty_state.text
    window.cookie_view.empty_state.link_activated.emit("clear")
    assert window.proxy.rowCount() == 32
    assert window.filter_bar.text() == "" and window.filter_bar.status.currentIndex() == 0
    assert window.site_view.selected_sites() == frozenset()
    assert not window.cookie_view.empty_state.isVisibleTo(window)
    assert status_text(window) == "Showing all cookies"


def test_filtering_keeps_the_selected_cookie(qtbot, tmp_path):
    from ui_support import select_cookie

    window = make_window(qtbot, tmp_path)
    select_cookie(window, "csrftoken", "firefox")
    assert window.details.cookie.record.name == "csrftoken"
    window.filter_bar.search.setText("opendatasoft")
    current = window.cookie_view.currentIndex()
    assert window.proxy.index(current.row(), 0).data() == "csrftoken"
    assert window.details.cookie.record.browser == "firefox"
    window.filter_bar.search.setText("_ga")  # filtered out: the details pane says so
    assert window.details.cookie is None
    assert window.details.currentIndex() == 0


def test_status_bar_counts(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    assert window.status.totals.text() == "32 cookies · 5 sites · 8 undeclared · 2 stores"
    window.filter_bar.search.setText("lillemetropole")
    assert status_text(window) == "Showing 18 cookies of 32 · 1 site · 8 undeclared"


@pytest.mark.parametrize("source,expected", [
    pytest.param("policy", rows(DECLARED), id="policy"),
    pytest.param("catalog", rows(UNDECLARED + ("has_js",) + TRACKERS), id="catalog"),
    pytest.param("ocd", rows(["_octo"]), id="open-cookie-database"),
    pytest.param("", rows(EXAMPLE + ("logged_in",)), id="unknown"),
])
def test_the_source_filter_shows_whose_word_explains_each_cookie(qtbot, tmp_path, source, expected):
    window = make_window(qtbot, tmp_path)
    bar = window.filter_bar
    bar.source.setCurrentIndex(bar.source.findData(source))
    assert bar.source.currentData() == source
    assert shown_names(window) == expected
    assert bar.clear_button.isEnabled()
    bar.clear_button.click()
    assert window.proxy.rowCount() == 32


def test_counts_say_how_much_is_explained(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    window.cookie_model.table.warm(-1, False)
    window.status.show_table(window.cookie_model.table, window.proxy.summary(), False)
    # 24 of the 32 demo cookies are explained: 8 by the policy, 16 by a catalog.
    assert window.status.totals.text() == "32 cookies · 24 explained (75 %) · 5 sites · 8 undeclared · 2 stores"
    sites = window.site_model
    row = next(r for r in range(sites.rowCount()) if sites.index(r, 0).data() == "example.org")
    assert sites.index(row, SiteColumn.COOKIES).data(Qt.ItemDataRole.ToolTipRole) == "0 of 6 explained"
    window._fill_categories()
    categories = [window.filter_bar.category.itemText(i) for i in range(window.filter_bar.category.count())]
    assert "Marketing (4 per catalog)" in categories and "Necessary (8 declared, 2 per catalog)" in categories

