"""Consent findings in the window: the column, the site header, "Show findings only", the details, and exports.

The demo stores hold the same 16 cookies in Chrome and in Firefox (domain/demo.py). Their
findings: lillemetropole.fr's four Matomo/Analytics cookies are undeclared (and _ga lives
beyond 13 months); example.org's and github.com's are unknown to policy and catalog.
"""
from __future__ import annotations

import http.cookiejar
import io
import json
import os
import stat
from contextlib import redirect_stdout

import pytest

from inspector.domain.consent.analysis import CONSENT_KINDS
from PySide6.QtCore import Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from inspector.domain import wording
from inspector.cli import main as cli
from inspector.domain.findings import engine as F
from inspector.domain.stores.demo import _COOKIES as DEMO_COOKIES
from inspector.domain.exports.report import build_report, write_report
from inspector.domain.stores.discovery import stores_from_path
from inspector.ui.table import findings_column
from inspector.ui.table.columns import Column
from inspector.ui.window.export_actions import report_format
from inspector.ui.roles import COOKIE_ROLE, FINDINGS_ROLE, SORT_ROLE
from inspector.ui.tasks import ThreadPoolRunner
from ui_support import digest, make_window, select_cookie, shown_names, visible_rows

BOTH = ("chrome", "firefox")
UNDECLARED = ("_pk_id.1.abcd", "_pk_ses.1.abcd", "_ga", "_gid")
EXAMPLE = ("prefs", "flash_msg", "cart_id")
GITHUB = ("_octo", "logged_in")
TRACKERS = ("IDE", "VISITOR_INFO1_LIVE")  # no policy covers them; the catalog says they need consent
WITH_FINDINGS = UNDECLARED + EXAMPLE + GITHUB + TRACKERS
LILLE_HEADER = "lillemetropole.fr — policy: 4 declared · seen: 9 distinct (18 in all profiles) · 4 undeclared · 1 beyond 13 months"


def rows(names, browsers=BOTH):
    return sorted((b, n) for b in browsers for n in names)


def _assert_no_values(text: str, values) -> None:
    """Compared by digest, so a failure never prints a value; short values ('1', 'fr') are too common to test."""
    leaked = [digest(v) for v in values if len(v) >= 6 and v in text]
    assert not leaked, f"{len(leaked)} cookie values found in the export"


def _column_matches_domain(window, per_cookie) -> int:
    proxy = window.proxy
    index_of = {id(c): i for i, c in enumerate(window.cookie_model.table.result.cookies)}
    analysis = window.consent.state.analysis
    consent = analysis.findings_by_cookie() if analysis is not None else {}
    for row in range(proxy.rowCount()):
        cookie = proxy.index(row, 0).data(COOKIE_ROLE)
        # The policy's findings, then the consent ones of the sites whose banner choice was analysed.
        expected = tuple(per_cookie[index_of[id(cookie)]]) + tuple(consent.get(id(cookie.record), ()))
        cell = proxy.index(row, Column.FINDINGS)
        assert cell.data(FINDINGS_ROLE) == expected
        # "Undeclared" is the Status column's word: the Findings column does not say it twice.
        # The headline (a consent finding first, else the policy's worst) and how many more; "Undeclared"
        # is the Status column's word, and "Needs consent" goes without saying beside a consent finding.
        on_choice = [f for f in expected if f.code in CONSENT_KINDS]
        named = list(dict.fromkeys(findings_column._cell_label(f) for f in on_choice + [
            f for f in expected if f.code not in CONSENT_KINDS and f.code != "undeclared"
            and not (on_choice and f.code == "needs-consent")]))
        assert cell.data() == (named[0] + (f" +{len(named) - 1}" if len(named) > 1 else "") if named else "")
        tip = cell.data(Qt.ItemDataRole.ToolTipRole)
        assert (tip is None) == (not expected)
        for finding in expected:
            assert findings_column.explanation(finding).replace("'", "&#x27;") in tip
        icon = cell.data(Qt.ItemDataRole.DecorationRole)
        assert (icon is not None and not icon.isNull()) == bool(named)  # no lone icon beside an empty cell
    return proxy.rowCount()


# --- the column ---------------------------------------------------------------------------


def test_findings_column_matches_scan_findings_row_for_row_on_demo(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    result = window.cookie_model.table.result
    per_cookie = F.scan_findings(result, F.FindingsEngine())
    assert _column_matches_domain(window, per_cookie) == 32
    assert shown_names(window) == rows(("sessionid", "django_language", "csrftoken", "cookies_preferences",
                                        "has_js") + WITH_FINDINGS)
    cells = {(c.record.browser, c.record.name): window.proxy.index(r, Column.FINDINGS).data()
             for r in range(window.proxy.rowCount())
             for c in [window.proxy.index(r, 0).data(COOKIE_ROLE)]}
    # The portal's banner choice refused statistics: the column says so beside the policy's finding.
    assert cells[("chrome", "_ga")] == "Against choice +1"  # and beyond 13 months: the tooltip says both
    assert cells[("chrome", "_gid")] == "Against choice"  # and undeclared: the Status column says that
    # A known tracker never looks cleaner than an unknown: refused on the portal's banner, it is here.
    assert cells[("chrome", "IDE")] == "Against choice"
    assert cells[("firefox", "prefs")] == "Unknown"
    assert cells[("chrome", "csrftoken")] == ""
    header = window.proxy.headerData(Column.FINDINGS, Qt.Orientation.Horizontal)
    assert header == "Findings"


@pytest.mark.fixtures
def test_findings_column_matches_the_cli_json_on_real_stores(qtbot, tmp_path, real_stores):
    chromium, firefox = real_stores.chromium_user_data(), real_stores.firefox_root()
    out = io.StringIO()
    with redirect_stdout(out):
        cli.main(["scan", "--format", "json", "--store", f"chromium:{chromium}", "--store", f"firefox:{firefox}"])
    cli_rows = json.loads(out.getvalue())["cookies"]
    window = make_window(qtbot, tmp_path,
                         stores=stores_from_path("chromium", chromium) + stores_from_path("firefox", firefox))
    result = window.cookie_model.table.result
    assert _column_matches_domain(window, F.scan_findings(result, F.FindingsEngine())) == len(cli_rows) == 79

    def identity(browser, profile, host, name, path, partition, container):
        return (browser, profile, host, name, path, partition or "", container or "")

    # The window analyses the banner choice of the sites holding a consent cookie as soon as it
    # loads (others when asked): there its column says what the CLI says, consent findings included.
    from inspector.domain.consent.analysis import consent_site, consent_sites
    analysed = consent_sites(result)
    governed = {identity(c.record.browser, c.record.profile, c.record.host, c.record.name, c.record.path,
                         c.record.partition, c.record.container): consent_site(c) in analysed for c in result.cookies}
    expected = {}
    for r in cli_rows:
        key = identity(r["browser"], r["profile"], r["host"], r["name"], r["path"], r["partition"], r["container"])
        expected[key] = [f["code"] for f in r["findings"] if f["code"] not in CONSENT_KINDS or governed[key]]
    shown = {}
    for row in range(window.proxy.rowCount()):
        rec = window.proxy.index(row, 0).data(COOKIE_ROLE).record
        found = window.proxy.index(row, Column.FINDINGS).data(FINDINGS_ROLE)
        shown[identity(rec.browser, rec.profile, rec.host, rec.name, rec.path, rec.partition,
                       rec.container)] = [f.code for f in found]
    assert shown == expected
    assert any(shown.values())


def test_findings_column_sorts_by_severity_then_count_and_hides(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    view = window.cookie_view
    view.sortByColumn(Column.FINDINGS, Qt.SortOrder.DescendingOrder)
    proxy = window.proxy
    keys = [proxy.index(r, Column.FINDINGS).data(SORT_ROLE) for r in range(proxy.rowCount())]
    assert keys == sorted(keys, reverse=True)
    assert proxy.index(0, Column.NAME).data() == "_ga"  # two warnings: the worst on top
    assert keys[0] == (2, 2) and keys[-1] == (0, 0)
    menu = view.columns_menu()
    action = next(a for a in menu.actions() if a.text() == "Findings")
    action.toggle()
    assert view.horizontalHeader().isSectionHidden(Column.FINDINGS)


class _Translator(QTranslator):
    """A translation of a few catalogue phrases, as a .qm file would give them (None: not translated)."""

    def __init__(self, words: dict):
        super().__init__()
        self.words = words

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.words.get((context, source))

    def isEmpty(self):
        return False


def test_the_window_words_findings_through_the_catalogue_translated(qtbot, tmp_path):
    lifetime = wording.MESSAGES["lifetime"]["13-months"][False]
    translator = _Translator({
        (wording.FINDING_LABELS["unknown"].context, wording.FINDING_LABELS["unknown"].text): "Inconnu",
        (wording.MESSAGES["unknown"].context, wording.MESSAGES["unknown"].text): "Ni politique ni catalogue.",
        (lifetime.context, lifetime.text): "Conservé environ %n jours ({category}, selon le {source}).",
        (wording.SOURCE_NAMES["catalog"].context, wording.SOURCE_NAMES["catalog"].text): "catalogue",
    })
    QApplication.installTranslator(translator)
    try:
        window = make_window(qtbot, tmp_path)
        row = select_cookie(window, "prefs", "firefox")
        cell = window.proxy.index(row, Column.FINDINGS)
        assert cell.data() == "Inconnu"
        assert "Ni politique ni catalogue." in cell.data(Qt.ItemDataRole.ToolTipRole)
        assert "Ni politique ni catalogue." in window.details.findings.text
        select_cookie(window, "_ga", "firefox")
        # The count goes through Qt's %n, the parameters after it; untranslated phrases stay English.
        assert "Conservé environ 400 jours (Statistics, selon le catalogue)." in window.details.findings.text
        assert "Undeclared" in window.details.findings.text
    finally:
        QApplication.removeTranslator(translator)


# --- the site header ----------------------------------------------------------------------


def test_site_summary_header_for_lillemetropole_follows_the_filters(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    header = window.site_summary
    assert not header.isVisibleTo(window)
    window.site_view.select_sites(["lillemetropole.fr"])
    assert header.isVisibleTo(window)
    assert header.text == LILLE_HEADER
    table = window.cookie_model.table
    domain = F.site_summaries(table.result, table.findings)["lillemetropole.fr"]
    assert header.text == wording.site_summary(domain)
    bar = window.filter_bar
    bar.status.setCurrentIndex(bar.status.findData("undeclared"))
    assert header.text == "lillemetropole.fr — policy: 4 declared · seen: 4 distinct (8 in all profiles) · 4 undeclared · 1 beyond 13 months"
    bar.search.setText("_gid")
    assert header.text == "lillemetropole.fr — policy: 4 declared · seen: 1 distinct (2 in all profiles) · 1 undeclared"
    bar.search.setText("nothing like this")
    assert header.text == "lillemetropole.fr — no cookie matches the filters"
    window.clear_filters()
    assert not header.isVisibleTo(window)
    window.site_view.select_sites(["lillemetropole.fr", "example.org"])
    assert not header.isVisibleTo(window)  # one site at a time
    window.site_view.select_sites(["example.org"])
    assert header.text == "example.org — no policy · seen: 3 distinct (6 in all profiles) · 3 unknown"


@pytest.mark.fixtures
def test_site_summary_header_on_real_stores(qtbot, tmp_path, real_stores):
    stores = stores_from_path("chromium", real_stores.chromium_user_data()) + stores_from_path(
        "firefox", real_stores.firefox_root())
    window = make_window(qtbot, tmp_path, stores=stores)
    window.site_view.select_sites(["lillemetropole.fr"])
    table = window.cookie_model.table
    expected = F.site_summaries(table.result, F.scan_findings(table.result, F.FindingsEngine()))
    assert window.site_summary.text == wording.site_summary(expected["lillemetropole.fr"])
    assert window.site_summary.text.startswith("lillemetropole.fr — policy: 4 declared · seen: 16 distinct (48 in all profiles) · ")


# --- "Show findings only" ---------------------------------------------------------------------


# text, sites, store (browser), status -> what the table shows with "Show findings only" on
CASES = [
    pytest.param("", (), None, None, rows(WITH_FINDINGS), id="alone"),
    pytest.param("", ("lillemetropole.fr",), None, None, rows(UNDECLARED), id="+site"),
    pytest.param("", ("doubleclick.net",), None, None, rows(["IDE"]), id="+site-of-a-tracker"),
    pytest.param("", ("lillemetropole.fr",), None, "declared", [], id="+site-without-findings"),
    pytest.param("_g", (), None, None, rows(["_ga", "_gid"]), id="+text"),
    pytest.param("", (), "firefox", None, rows(WITH_FINDINGS, ["firefox"]), id="+store"),
    pytest.param("", (), None, "no-policy", rows(EXAMPLE + GITHUB + TRACKERS), id="+status"),
    pytest.param("", (), None, "declared", [], id="+declared"),
    pytest.param("_i", ("example.org", "github.com"), "chrome", None,
                 rows(["cart_id", "logged_in"], ["chrome"]), id="+text+sites+store"),
]


@pytest.mark.parametrize("text,sites,store,status,expected", CASES)
def test_show_findings_only_combines_with_the_other_filters(qtbot, tmp_path, text, sites, store, status,
                                                             expected):
    window = make_window(qtbot, tmp_path)
    bar = window.filter_bar
    if sites:
        window.site_view.select_sites(sites)
    if store is not None:
        bar.store.setCurrentIndex(next(i for i in range(bar.store.count()) if store in bar.store.itemText(i).lower()))
    if status is not None:
        bar.status.setCurrentIndex(bar.status.findData(status))
    bar.search.setText(text)
    bar.findings_only.click()
    assert window.proxy.filter.findings_only
    assert shown_names(window) == expected
    assert bar.clear_button.isEnabled()
    bar.findings_only.click()  # off again: the other filters alone
    assert not window.proxy.filter.findings_only


def test_show_findings_only_is_remembered(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    ini = str(tmp_path / "settings.ini")
    first = make_window(qtbot, tmp_path, settings=QSettings(ini, QSettings.Format.IniFormat))
    first.filter_bar.findings_only.setChecked(True)
    first.close()
    second = make_window(qtbot, tmp_path / "again", settings=QSettings(ini, QSettings.Format.IniFormat))
    assert second.filter_bar.findings_only.isChecked()
    assert shown_names(second) == rows(WITH_FINDINGS)
    second.clear_filters()
    assert not second.filter_bar.findings_only.isChecked() and second.proxy.rowCount() == 32


# --- the details pane -------------------------------------------------------------------


@pytest.mark.parametrize("name,provider,finding", [
    pytest.param("IDE", "Google Ads / DoubleClick", "Needs consent", id="no-policy-but-known"),
    pytest.param("_pk_id.1.abcd", "Matomo", "Undeclared", id="undeclared-policy-silent"),
])
def test_details_show_the_catalog_labelled_as_catalog(qtbot, tmp_path, name, provider, finding):
    window = make_window(qtbot, tmp_path)
    select_cookie(window, name, "chrome")
    details = window.details
    catalog = details.catalog
    assert catalog.isVisibleTo(details)
    assert "catalog" in catalog.title().lower() and "not a declaration" in catalog.title()
    assert catalog.fields["provider"].text() == provider
    about = F.describe(window.details.cookie)
    assert about.source == "catalog" and about.url
    assert about.url in catalog.fields["source"].text()
    assert catalog.fields["purpose"].text() == about.purpose
    # The policy side does not borrow the guess.
    assert not details.policy_facts.fields["provider"].text()
    assert finding in details.findings.text and "not a declaration" in details.findings.text


def test_details_list_each_finding_with_its_explanation(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    select_cookie(window, "_ga", "firefox")
    text = window.details.findings.text
    for f in window.details.findings.rows:
        assert f.isVisibleTo(window.details)
    assert "Undeclared" in text and "Beyond 13 months" in text and "13 months CNIL recommends" in text
    assert len(window.details.findings.rows) == 2
    select_cookie(window, "prefs", "firefox")
    assert "Unknown" in window.details.findings.text
    assert not window.details.catalog.isVisibleTo(window.details)  # the catalog does not know it
    select_cookie(window, "csrftoken", "firefox")
    assert window.details.findings.rows == []
    assert not window.details.catalog.isVisibleTo(window.details)  # declared: the policy speaks


# --- export report ---------------------------------------------------------------------


@pytest.mark.parametrize("chosen,fmt", [("report.json", "json"), ("report.csv", "csv"), ("report.html", "html"),
                                        ("report", "csv")])
def test_export_report_writes_what_build_report_gives_for_the_shown_rows(qtbot, tmp_path, chosen, fmt):
    window = make_window(qtbot, tmp_path, runner=ThreadPoolRunner(), start=False)
    with qtbot.waitSignal(window.session.loaded, timeout=20000):
        window.session.start()
    window.site_view.select_sites(["lillemetropole.fr"])
    window.filter_bar.findings_only.setChecked(True)
    target = tmp_path / "out" / chosen
    target.parent.mkdir()
    asked = []
    window.exporter.choose_file = lambda title, filters, start: (
        asked.append(filters) or (str(target), "CSV table (*.csv)"))
    with qtbot.waitSignal(window.exporter.report_exported, timeout=20000) as done:
        window.actions.export_report.trigger()
    path = done.args[0]
    assert path == str(target) + ("" if target.suffix else ".csv")
    assert "*.html" in asked[0] and "*.csv" in asked[0] and "*.json" in asked[0]
    written = open(path, encoding="utf-8").read()

    table = window.cookie_model.table
    result = table.result
    per_cookie = F.scan_findings(result, F.FindingsEngine())
    shown = [i for i, c in enumerate(result.cookies) if c.site == "lillemetropole.fr" and per_cookie[i]]
    assert sorted(window.proxy.source_rows()) == shown and len(shown) == 8
    expected = io.StringIO(newline="")
    write_report(build_report(result, indexes=shown), fmt, expected)
    assert written == expected.getvalue()
    _assert_no_values(written, [c[-1] for c in DEMO_COOKIES])
    qtbot.waitUntil(window.actions.export_report.isEnabled)  # again, once the task has finished
    assert "holds no cookie values" in window.exporter.message.text()
    window.exporter.message.close()


@pytest.mark.parametrize("path,chosen,expected", [
    ("a.HTML", "", ("html", "a.HTML")), ("a.json", "CSV table (*.csv)", ("json", "a.json")),
    ("a", "JSON data (*.json)", ("json", "a.json")), ("a", "", ("html", "a.html")),
])
def test_report_format_follows_the_extension_then_the_filter(path, chosen, expected):
    assert report_format(path, chosen) == expected


def test_cancelled_file_dialog_exports_nothing(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    window.exporter.choose_file = lambda *args: ("", "")
    window.actions.export_report.trigger()
    assert window.exporter.message is None


# --- export cookies.txt -----------------------------------------------------------------------


def test_export_cookies_asks_first_and_cancel_is_the_default(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    chosen = []
    window.exporter.choose_file = lambda *args: chosen.append(args) or (str(tmp_path / "cookies.txt"), "")
    seen = {}

    def answer():
        box = QApplication.activeModalWidget()
        seen["box"] = isinstance(box, QMessageBox)
        seen["text"] = box.text() + box.informativeText()
        seen["default"] = box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        box.defaultButton().click()  # what Enter would do

    QTimer.singleShot(0, answer)
    window.actions.export_cookies.trigger()
    assert seen["box"] and seen["default"]
    assert "values of 32 cookies" in seen["text"] and "secrets" in seen["text"]
    assert chosen == [] and not (tmp_path / "cookies.txt").exists()

    window.exporter.confirm_values = lambda count: False  # an injected "Cancel" too
    window.actions.export_cookies.trigger()
    assert chosen == [] and not list(tmp_path.glob("cookies.txt*"))


def test_export_cookies_writes_a_file_mozilla_cookie_jar_reads(qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)  # no keyring prompt in tests
    window = make_window(qtbot, tmp_path, runner=ThreadPoolRunner(), start=False)
    with qtbot.waitSignal(window.session.loaded, timeout=20000):
        window.session.start()
    window.site_view.select_sites(["example.org", "lillemetropole.fr"])
    target = tmp_path / "cookies.txt"
    asked = []
    window.exporter.confirm_values = lambda count: asked.append(count) or True
    window.exporter.choose_file = lambda *args: (str(target), "")
    with qtbot.waitSignal(window.exporter.cookies_exported, timeout=30000) as done:
        window.actions.export_cookies.trigger()
    path, result = done.args
    assert asked == [24] and path == str(target)
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600  # secrets: owner only
    assert result.written == 22  # flash_msg expired, in both browsers
    assert sorted(label for label, _reason in result.skipped) == ["example.org flash_msg"] * 2

    lines = [line for line in target.read_text(encoding="utf-8").splitlines()
             if line and (not line.startswith("#") or line.startswith("#HttpOnly_"))]
    assert len(lines) == 22
    jar = http.cookiejar.MozillaCookieJar(str(target))
    jar.load(ignore_discard=True, ignore_expires=True)
    # The jar keeps one cookie per (domain, path, name): Chrome's and Firefox's copies are one.
    loaded = sorted((c.domain, c.name, c.path, digest(c.value)) for c in jar)
    demo = {(host, name): value for host, name, _p, _life, *_rest, value in DEMO_COOKIES}
    expected = sorted({(c.record.host, c.record.name, c.record.path, digest(demo[(c.record.host, c.record.name)]))
                      for c in (window.proxy.index(r, 0).data(COOKIE_ROLE) for r in range(window.proxy.rowCount()))
                      if c.record.name != "flash_msg"})
    assert loaded == expected and len(loaded) == 11
    http_only = {c.name for c in jar if c.has_nonstandard_attr(http.cookiejar.HTTPONLY_ATTR)}
    assert "sessionid" in http_only and "csrftoken" not in http_only
    assert "skipped 2" in window.exporter.message.text()
    assert "expired" in window.exporter.message.detailedText()
    window.exporter.message.close()


def test_findings_fill_in_after_the_table_is_shown(qtbot, tmp_path):
    """The table appears before the findings are computed; they then fill their column by themselves."""
    window = make_window(qtbot, tmp_path, runner=ThreadPoolRunner(), start=False)
    with qtbot.waitSignal(window.session.warmed, timeout=30_000):
        window.session.start()
    table = window.cookie_model.table
    assert table.findings_ready
    rows = {(r["cookie"].record.browser, r["cookie"].record.name): r for r in visible_rows(window)}
    assert rows[("firefox", "prefs")][Column.FINDINGS] == "Unknown"
    ga = next(r for r in range(window.proxy.rowCount())
              if (lambda c: (c.record.browser, c.record.name))(window.proxy.index(r, 0).data(COOKIE_ROLE)) == ("chrome", "_ga"))
    assert "Beyond 13 months" in window.proxy.index(ga, Column.FINDINGS).data(Qt.ItemDataRole.ToolTipRole)
    assert rows[("chrome", "sessionid")][Column.FINDINGS] in ("", None)
    # The findings-only filter uses the same findings.
    expected = {i for i, f in enumerate(table.findings) if f}
    window.filter_bar.findings_only.setChecked(True)
    assert set(window.proxy.source_rows()) == expected
