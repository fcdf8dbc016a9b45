"""DeletionFlow and Exporter need nothing but a session, the cookie selection, a status bar and a parent widget."""
from __future__ import annotations

import sqlite3
from types import SimpleNamespace

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from inspector.domain.stores.demo import demo_stores
from inspector.ui.deletion.flow import DeletionFlow
from inspector.ui.roles import COOKIE_ROLE
from inspector.ui.table.cookie_model import CookieModel
from inspector.ui.table.cookie_selection import CookieSelection
from inspector.ui.table.cookie_view import CookieView
from inspector.ui.table.filter_proxy import CookieFilter, CookieFilterProxy
from inspector.ui.tasks import InlineRunner
from inspector.ui.window.export_actions import Exporter
from inspector.ui.status_bar import StatusBar
from inspector.ui.workspace.session import Session
from inspector.ui.workspace.sources import FixedStores


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """Backups go to the test's own folder (backup.ENV_DATA_DIR), never the user's."""
    monkeypatch.setenv("CONSENT_INSPECTOR_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def parts(qtbot, tmp_path):
    """A loaded session and a table over it, wired as a window would wire them, and no window."""
    stores = demo_stores(str(tmp_path / "demo"))
    runner = InlineRunner()
    session = Session(FixedStores(stores), None, runner, lang="en", watch=False)
    model = CookieModel()
    proxy = CookieFilterProxy()
    proxy.setSourceModel(model)
    view = CookieView()
    view.setModel(proxy)
    parent, status = QWidget(), StatusBar()
    for widget in (view, parent, status):
        qtbot.addWidget(widget)
    session.loaded.connect(lambda loaded: model.set_table(loaded.table))
    session.cookies_removed.connect(model.remove_cookies)
    session.start()
    return SimpleNamespace(stores=stores, runner=runner, session=session, proxy=proxy, view=view,
                           selection=CookieSelection(view, proxy), status=status, parent=parent)


def chrome_rows(store) -> set[tuple[str, str]]:
    """(host, name) of every row of a Chromium store's database, read straight from SQLite."""
    con = sqlite3.connect(f"file:{store.path}?mode=ro", uri=True)
    try:
        return set(con.execute("SELECT host_key, name FROM cookies"))
    finally:
        con.close()


def select(parts, browser: str, name: str):
    for row in range(parts.proxy.rowCount()):
        cookie = parts.proxy.index(row, 0).data(COOKIE_ROLE)
        if (cookie.record.browser, cookie.record.name) == (browser, name):
            parts.view.selectRow(row)
            return cookie
    raise LookupError(name)


def test_a_deletion_flow_deletes_the_selected_cookie_from_its_store_without_a_window(qtbot, parts):
    chrome = next(s for s in parts.stores if s.browser == "chrome")
    before, count = chrome_rows(chrome), parts.proxy.rowCount()
    flow = DeletionFlow(parts.session, parts.selection, parts.status, parts.runner, parts.parent)
    cookie = select(parts, "chrome", "_octo")

    flow.delete(parts.selection.cookies())
    assert flow.confirm_dialog.headline.text() == "Delete 1 cookie?"
    with qtbot.waitSignal(flow.deletion_finished) as finished:
        flow.confirm_dialog.delete_button.click()

    assert [(r.browser, r.name) for r in finished.args[0].deleted] == [("chrome", "_octo")]
    assert chrome_rows(chrome) == before - {(cookie.record.host, "_octo")}
    table = parts.session.current.table
    assert len(table) == count - 1 and cookie.record.key not in {c.record.key for c in table.cookies}
    assert parts.proxy.rowCount() == count - 1  # the row left the table the selection reads
    assert not parts.selection.has_selection()  # nothing the user did not choose is selected
    assert parts.status.currentMessage() == "Deleted 1 cookie"
    assert flow.undoable


def test_an_exporter_writes_the_shown_rows_without_a_window(qtbot, parts, tmp_path):
    report, cookies = QAction("Export Report", parts.parent), QAction("Export Cookies", parts.parent)
    exporter = Exporter(parts.session, parts.selection, parts.status, parts.runner, report, cookies, parts.parent)
    parts.proxy.set_filter(CookieFilter(text="_octo"))
    target = tmp_path / "report.csv"
    exporter.choose_file = lambda *args: (str(target), "")

    with qtbot.waitSignal(exporter.report_exported) as done:
        report.trigger()

    assert done.args == [str(target)]
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 + 2 and all("_octo" in line for line in lines[1:])  # a header, Chrome's and Firefox's
    assert "holds no cookie values" in parts.status.currentMessage()
    exporter.message.close()
