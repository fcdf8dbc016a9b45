"""The window's policy library: import a site's policy from a loopback URL, review it, save it, see the cookies
turn declared without a restart, and remove it again; the Policies view and the folder watcher."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from inspector.domain.policy.library import library_folder
from inspector.ui.policies.import_dialog import URL_TAB
from inspector.ui.policies.review_model import ReviewColumn
from inspector.ui.table.columns import Column

from loopback_server import LoopbackServer
from policy_library_support import write
from ui_support import make_window

PAGE = """<html><body><h1>Cookie policy of example.org</h1>
<h2>Strictly necessary cookies</h2>
<table><tr><th>Cookie name</th><th>Provider</th><th>Purpose</th><th>Lifetime</th></tr>
<tr><td>cart_id</td><td>Example</td><td>Keeps your basket</td><td>30 days</td></tr>
<tr><td>prefs</td><td>Example</td><td>Remembers your display choices</td><td>1 year</td></tr>
<tr><td>ad_tracker</td><td>AdCo</td><td>Not really used here</td><td>13 mois</td></tr>
</table></body></html>"""


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    return library_folder()


def _status_of(window, name: str) -> set[str]:
    proxy = window.proxy
    return {proxy.index(r, Column.STATUS).data() for r in range(proxy.rowCount())
            if proxy.index(r, Column.NAME).data() == name}


def test_import_review_save_then_remove_from_the_window(qtbot, tmp_path, folder, qtmodeltester):
    window = make_window(qtbot, tmp_path)
    assert _status_of(window, "cart_id") == {"No policy"}
    with LoopbackServer() as server:
        server.routes["/cookies"] = (200, {"Content-Type": "text/html; charset=utf-8"}, PAGE.encode())
        # From the File menu's action, as a user would.
        window.policies.add_policy.trigger()
        dialog = window.policies.import_dialog
        assert dialog.isVisible() and dialog.pages.currentIndex() == 0
        dialog.site.setText("example.org")
        dialog.tabs.setCurrentIndex(URL_TAB)
        dialog.url.setText(server.url + "/cookies")
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert server.requests and server.requests[-1][0].startswith("GET /cookies ")
    # The review step: every entry, what it says, and what needs a decision.
    assert dialog.pages.currentIndex() == 1
    qtmodeltester.check(dialog.model)
    rows = [[dialog.model.index(r, c).data() for c in ReviewColumn] for r in range(dialog.model.rowCount())]
    assert rows == [["cart_id", "Example", "Necessary", "30 days", "Keeps your basket"],
                    ["prefs", "Example", "Necessary", "1 year", "Remembers your display choices"],
                    ["ad_tracker", "AdCo", "Necessary", "13 months", "Not really used here"]]
    assert dialog.hosts.text() == "example.org, *.example.org"  # the host, and its registrable domain
    # Fix a category, drop a row, widen the hosts.
    assert dialog.model.setData(dialog.model.index(1, ReviewColumn.CATEGORY), "preferences")
    dialog.table.selectRow(2)
    dialog.drop_selected()
    dialog.hosts.setText("example.org")
    dialog.save()
    saved = folder / "example.yaml"
    assert saved.is_file() and not dialog.isVisible()
    text = saved.read_text(encoding="utf-8")
    assert "ad_tracker" not in text and "from: url" in text and f"source: \"{server.url}/cookies\"" in text
    # Re-matched at once, no restart: declared and undeclared for the site's cookies.
    assert _status_of(window, "cart_id") == {"Declared"} and _status_of(window, "prefs") == {"Declared"}
    assert _status_of(window, "flash_msg") == {"Undeclared"}
    # The Policies view lists it with what it covers, then removes it.
    view = window.policies.open_policies()
    assert view.select_file(str(saved))
    cells = [view.table.item(view.table.currentRow(), c).text() for c in range(view.table.columnCount())]
    assert cells[0] == "example.org" and cells[1] == "example.org"
    assert cells[2] == f"Web page · {server.url}/cookies" and cells[4:6] == ["2", "6"]
    assert view.remove.isEnabled() and view.reimport.isEnabled()
    view.remove_selected(confirm=False)
    assert not saved.exists()
    assert _status_of(window, "cart_id") == {"No policy"} and _status_of(window, "flash_msg") == {"No policy"}
    assert not view.select_file(str(saved))


def test_a_fetch_that_fails_says_why_and_stays_on_the_source_step(qtbot, tmp_path, folder):
    window = make_window(qtbot, tmp_path)
    dialog = window.policies.add_policy_for("example.org")
    with LoopbackServer() as server:
        dialog.url.setText(server.url + "/missing")
        dialog.start_import()
    assert dialog.pages.currentIndex() == 0 and dialog.import_button.isEnabled()
    assert dialog.message.text() == f"{server.url}/missing: the server answered HTTP 404"


def test_saving_never_replaces_a_policy_unasked(qtbot, tmp_path, folder, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window = make_window(qtbot, tmp_path)
    existing = write(folder / "example.yaml", "Mine", ["example.org"], ["kept"])
    before = existing.read_bytes()
    dialog = window.policies.add_policy_for("example.org")
    dialog.tabs.setCurrentIndex(2)
    dialog.text.setPlainText("Cookie name\tPurpose\tLifetime\nprefs\tDisplay\t1 year\n")
    dialog.start_import()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No)
    dialog.save()
    assert asked and existing.read_bytes() == before and dialog.isVisible()


def test_adding_a_file_to_the_folder_rematches_without_restart(qtbot, tmp_path, folder):
    window = make_window(qtbot, tmp_path, watch=True)
    assert _status_of(window, "prefs") == {"No policy"}
    write(folder / "example.yaml", "Example", ["example.org"], ["prefs"], "2026-01-01T00:00:00Z")
    qtbot.waitUntil(lambda: _status_of(window, "prefs") == {"Declared"}, timeout=10000)
    (folder / "example.yaml").unlink()
    qtbot.waitUntil(lambda: _status_of(window, "prefs") == {"No policy"}, timeout=10000)


def test_the_site_list_and_the_summary_bar_offer_to_add_a_policy(qtbot, tmp_path, folder):
    window = make_window(qtbot, tmp_path)
    window.site_view.select_sites(["example.org"])
    bar = window.site_summary
    assert bar.add_policy.isVisibleTo(window)
    bar.add_policy.click()
    assert window.policies.import_dialog.site.text() == "example.org"
    window.site_view.select_sites(["lillemetropole.fr"])
    assert not bar.add_policy.isVisibleTo(window)  # the bundled policy covers it


def test_a_broken_file_in_the_folder_is_named_and_the_others_stay(qtbot, tmp_path, folder, capfd):
    write(folder / "example.yaml", "Example", ["example.org"], ["prefs"])
    (folder / "broken.yaml").write_text("version: 1\nname: [\n", encoding="utf-8")
    window = make_window(qtbot, tmp_path)
    assert window.policy_message.startswith(f"{folder / 'broken.yaml'}:3:1: invalid YAML")
    assert f"policy error: {folder / 'broken.yaml'}:3:1:" in capfd.readouterr().err
    assert _status_of(window, "prefs") == {"Declared"}
    view = window.policies.open_policies()
    assert str(folder / "broken.yaml") in view.errors.text()


def test_reimport_shows_what_changed_since(qtbot, tmp_path, folder):
    window = make_window(qtbot, tmp_path)
    with LoopbackServer() as server:
        server.routes["/cookies"] = (200, {"Content-Type": "text/html; charset=utf-8"}, PAGE.encode())
        dialog = window.policies.add_policy_for("example.org", server.url + "/cookies")
        dialog.start_import()
        dialog.save()
        changed = PAGE.replace("<td>30 days</td>", "<td>90 days</td>").replace(
            "<tr><td>ad_tracker</td><td>AdCo</td><td>Not really used here</td><td>13 mois</td></tr>",
            "<tr><td>new_one</td><td>Example</td><td>Something new</td><td>1 day</td></tr>")
        server.routes["/cookies"] = (200, {"Content-Type": "text/html; charset=utf-8"}, changed.encode())
        view = window.policies.open_policies()
        assert view.select_file(str(folder / "example.yaml"))
        view.reimport.click()
        again = window.policies.import_dialog
        assert again.url.text() == server.url + "/cookies"
        again.start_import()
    assert again.pages.currentIndex() == 1
    assert again.diff.text().splitlines() == ["New on the page: new_one", "Gone from the page: ad_tracker",
                                              "cart_id: lifetime “30 days” → “90 days”"]


def test_a_slow_fetch_can_be_cancelled(qtbot, tmp_path, folder):
    from inspector.ui.tasks import ThreadPoolRunner

    from loopback_server import slow_body
    runner = ThreadPoolRunner()
    window = make_window(qtbot, tmp_path)
    with LoopbackServer() as server:
        server.routes["/slow"] = slow_body()
        dialog = window.policies.add_policy_for("example.org", server.url + "/slow")
        dialog._runner = runner
        dialog.start_import()
        assert dialog.progress.isVisible() and not dialog.import_button.isEnabled()
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10000)
    assert dialog.message.text() == f"{server.url}/slow: cancelled" and dialog.isVisible()
    runner.wait()


def test_page_text_in_the_review_is_never_markup(qtbot, tmp_path, folder):
    window = make_window(qtbot, tmp_path)
    dialog = window.policies.add_policy_for("example.org")
    dialog.tabs.setCurrentIndex(2)
    dialog.text.setPlainText("Cookie name\tPurpose\tLifetime\nprefs\tDisplay\t<b style='color:red'>forever</b>\n")
    dialog.start_import()
    tip = dialog.model.index(0, ReviewColumn.NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b style=&#x27;color:red&#x27;&gt;forever&lt;/b&gt;" in tip and "<b " not in tip
    assert dialog.summary.textFormat() == Qt.TextFormat.PlainText


def test_the_review_explains_each_entry_in_french(qtbot, tmp_path, folder, qapp):
    from pathlib import Path
    from inspector.ui import language
    page = (Path(__file__).with_name("data") / "policy_pages" / "aramco_onetrust_cookie_list.html").read_bytes()
    language.install(qapp, "fr")
    try:
        window = make_window(qtbot, tmp_path)
        with LoopbackServer() as server:
            server.routes["/cookies"] = (200, {"Content-Type": "text/html; charset=utf-8"}, page)
            window.policies.add_policy.trigger()
            dialog = window.policies.import_dialog
            dialog.site.setText("aramco.com")
            dialog.tabs.setCurrentIndex(URL_TAB)
            dialog.url.setText(server.url + "/cookies")
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert dialog.pages.currentIndex() == 1
        model = dialog.model
        row = next(r for r in range(model.rowCount()) if model.index(r, ReviewColumn.NAME).data() == "_gcl*")
        tip = model.index(row, ReviewColumn.NAME).data(Qt.ItemDataRole.ToolTipRole)
        assert "«\u00a0_gclxxxx\u00a0» est lu comme le motif _gcl*" in tip
        tips = [model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole) or "" for r in range(model.rowCount())]
        assert not any("read as" in t or "lifetime on the page" in t or "no purpose" in t for t in tips), tips
    finally:
        language.install(qapp, "en")
