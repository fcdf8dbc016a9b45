"""Deleting from the window: the confirmation, the refusal with Retry, rows leaving without a reload, undo, history."""
from __future__ import annotations

import os
import re
import socket
import sqlite3

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence

from deletion_support import start_sleeper, stop, write_policy
from inspector.domain.stores.demo import demo_stores
from inspector.ui.roles import COOKIE_ROLE
from ui_support import make_window, status_text


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """Backups go to the test's own folder (backup.ENV_DATA_DIR), never the user's."""
    path = tmp_path / "data"
    monkeypatch.setenv("CONSENT_INSPECTOR_DATA_DIR", str(path))
    return path


@pytest.fixture
def stores(tmp_path):
    return demo_stores(str(tmp_path / "demo"))


@pytest.fixture
def window(qtbot, tmp_path, stores):
    win = make_window(qtbot, tmp_path, stores=stores, policy=str(write_policy(tmp_path)))
    win.show()
    qtbot.waitExposed(win)
    return win


def stored(store) -> set[tuple[str, str]]:
    """(host, name) of every row of a store's database, read straight from SQLite."""
    table, host = ("cookies", "host_key") if store.family == "chromium" else ("moz_cookies", "host")
    con = sqlite3.connect(f"file:{store.path}?mode=ro", uri=True)
    try:
        return set(con.execute(f"SELECT {host}, name FROM {table}"))
    finally:
        con.close()


def every_store(stores) -> dict:
    return {s.browser: stored(s) for s in stores}


def select(window, predicate) -> list:
    """Select every shown row whose cookie passes `predicate`; returns those cookies."""
    proxy, chosen, selection = window.proxy, [], QItemSelection()
    for row in range(proxy.rowCount()):
        cookie = proxy.index(row, 0).data(COOKIE_ROLE)
        if predicate(cookie):
            chosen.append(cookie)
            selection.select(proxy.index(row, 0), proxy.index(row, proxy.columnCount() - 1))
    flags = QItemSelectionModel.SelectionFlag
    window.cookie_view.selectionModel().select(selection, flags.ClearAndSelect | flags.Rows)
    return chosen


def shown(window) -> list[tuple[str, str, str]]:
    proxy = window.proxy
    return sorted((c.record.browser, c.record.host, c.record.name)
                  for c in (proxy.index(r, 0).data(COOKIE_ROLE) for r in range(proxy.rowCount())))


def selected(window) -> list[tuple[str, str, str]]:
    rows = window.cookie_view.selectionModel().selectedRows()
    return sorted((c.record.browser, c.record.host, c.record.name) for c in (i.data(COOKIE_ROLE) for i in rows))


def named(*names):
    return lambda c: c.record.name in names


def test_confirmation_counts_per_profile_names_the_stores_and_cancel_deletes_nothing(window, stores):
    before = every_store(stores)
    select(window, named("csrftoken", "_ga"))
    window.deletion.delete.trigger()
    dialog = window.deletion.flow.confirm_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.headline.text() == "Delete 4 cookies?"
    assert dialog.delete_button.text() == "Delete 4 Cookies"
    assert dialog.cancel_button.isDefault() and dialog.focusWidget() is dialog.cancel_button
    rows = dialog.profile_rows
    assert set(rows) == {("chrome", "Demo"), ("firefox", "Demo")}
    assert rows[("chrome", "Demo")][0] == "2 cookies" and rows[("firefox", "Demo")][0] == "2 cookies"
    chrome, firefox = stores
    assert any(chrome.path in line for line in rows[("chrome", "Demo")][1])
    assert any(firefox.path in line for line in rows[("firefox", "Demo")][1])
    assert "Chrome · Demo: 2 cookies" in dialog.profile_text

    dialog.cancel_button.click()
    assert not dialog.isVisible()
    assert every_store(stores) == before
    assert len(shown(window)) == 32


def test_confirming_removes_exactly_those_rows_from_the_stores_and_the_table_without_a_reload(
        qtbot, window, stores, data_dir):
    before, table_before = every_store(stores), shown(window)
    resets, loads = [], []
    window.cookie_model.modelReset.connect(lambda: resets.append(1))
    window.session.loaded.connect(loads.append)
    scrolled = window.cookie_view.verticalScrollBar().value()
    chosen = select(window, named("csrftoken", "_ga"))

    window.deletion.delete.trigger()
    with qtbot.waitSignal(window.deletion.flow.deletion_finished):
        window.deletion.flow.confirm_dialog.delete_button.click()

    gone = {(c.record.browser, c.record.host, c.record.name) for c in chosen}
    after = every_store(stores)
    for browser in ("chrome", "firefox"):
        assert after[browser] == before[browser] - {(h, n) for b, h, n in gone if b == browser}
    assert shown(window) == sorted(set(table_before) - gone)
    assert resets == [] and loads == []  # the rows left; nothing was read again
    assert window.cookie_view.verticalScrollBar().value() == scrolled
    status_text(window)  # the counts wait for a pause in the event queue
    assert window.status.totals.text().startswith("28 cookies · 5 sites · 10 undeclared")
    lille = window.site_model.row_of_site("lillemetropole.fr")
    assert window.site_model.index(lille, 1).data() == "14"
    assert window.deletion.flow.done_banner.isVisible()
    assert "Deleted 4 cookies" in window.deletion.flow.done_banner.text
    assert not window.cookie_view.selectionModel().hasSelection()  # nothing the user did not choose
    assert any(name.endswith(".sqlite") for name in os.listdir(data_dir / "backups"))
    assert window.deletion.undo.isEnabled()


def test_an_open_browser_is_refused_with_its_name_and_retry_proceeds_once_closed(qtbot, window, stores):
    chrome = stores[0]
    sleeper = start_sleeper()
    lock = os.path.join(chrome.lock_dir, "SingletonLock")
    try:
        os.symlink(f"{socket.gethostname()}-{sleeper.pid}", lock)
        before = every_store(stores)
        select(window, named("_gid"))
        window.deletion.delete.trigger()
        flow = window.deletion.flow
        refusal = flow.refusal_dialog
        assert refusal is not None and refusal.isVisible()
        assert flow.confirm_dialog is None
        assert "Close Chrome · Demo first" == refusal.headline.text()
        assert "Chrome · Demo" in refusal.profiles.text()
        assert every_store(stores) == before

        refusal.retry_button.click()  # still open: still refused, nothing asked
        assert refusal.isVisible() and flow.confirm_dialog is None and refusal.retry_button.isEnabled()

        os.unlink(lock)
        refusal.retry_button.click()
        assert not refusal.isVisible()
        assert flow.confirm_dialog.isVisible()
        with qtbot.waitSignal(flow.deletion_finished):
            flow.confirm_dialog.delete_button.click()
        assert ("chrome", ".lillemetropole.fr", "_gid") not in shown(window)
        assert (".lillemetropole.fr", "_gid") not in stored(chrome)
    finally:
        if os.path.islink(lock):
            os.unlink(lock)
        stop(sleeper)


def _delete_confirmed(qtbot, window, trigger) -> object:
    trigger()
    flow = window.deletion.flow
    with qtbot.waitSignal(flow.deletion_finished) as blocker:
        flow.confirm_dialog.delete_button.click()
    return blocker.args[0]


def test_ctrl_z_brings_the_rows_back_in_the_stores_and_the_table(qtbot, window, stores):
    before, table_before = every_store(stores), shown(window)
    select(window, named("IDE", "prefs"))
    _delete_confirmed(qtbot, window, window.deletion.delete.trigger)
    assert every_store(stores) != before and len(shown(window)) == 28
    window.site_view.select_sites(["example.org"])  # a filter that must survive the undo
    filtered = shown(window)

    window.cookie_view.setFocus()
    assert QKeySequence(QKeySequence.StandardKey.Undo) in window.deletion.undo.shortcuts()
    with qtbot.waitSignal(window.deletion.flow.undo_finished):
        qtbot.keyClick(window.cookie_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert every_store(stores) == before
    assert shown(window) == sorted(filtered + [(b, "example.org", "prefs") for b in ("chrome", "firefox")])
    assert window.site_view.selected_sites() == frozenset({"example.org"})
    # What came back is selected, as far as the filter shows it (IDE is on another site).
    assert selected(window) == [("chrome", "example.org", "prefs"), ("firefox", "example.org", "prefs")]
    assert window.cookie_view.currentIndex().data(COOKIE_ROLE).record.name == "prefs"
    window.site_view.select_sites([])
    assert shown(window) == table_before
    assert "Restored 4 cookies" in window.deletion.flow.done_banner.text
    assert not window.deletion.undo.isEnabled()  # nothing left to undo


def test_the_undo_button_of_the_notice_restores(qtbot, window, stores):
    before = every_store(stores)
    select(window, named("logged_in"))
    _delete_confirmed(qtbot, window, window.deletion.delete.trigger)
    banner = window.deletion.flow.done_banner
    from PySide6.QtWidgets import QPushButton

    undo = [b for b in banner.findChildren(QPushButton) if b.text() == "Undo"]
    with qtbot.waitSignal(window.deletion.flow.undo_finished):
        undo[-1].click()
    assert every_store(stores) == before


def test_history_lists_the_deletion_and_restores_it(qtbot, window, stores):
    before = every_store(stores)
    select(window, named("_octo"))
    first = _delete_confirmed(qtbot, window, window.deletion.delete.trigger)
    select(window, named("cart_id"))
    second = _delete_confirmed(qtbot, window, window.deletion.delete.trigger)

    window.deletion.history.trigger()
    dialog = window.deletion.flow.history_dialog
    assert dialog.isVisible()
    # Newest first, but both fall in the same second, where the domain's ids do not order.
    assert sorted(dialog.ids()) == sorted([second.undo_id, first.undo_id])
    when, action, sites, total, status = dialog.row_texts(first.undo_id)
    assert action == "Selected cookies" and sites == "github.com" and total == "2"
    assert status == "Deleted · can be restored"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \S+", when)  # local time, with its zone

    dialog.select(first.undo_id)
    assert dialog.restore_button.isEnabled()
    with qtbot.waitSignal(window.deletion.flow.undo_finished):
        dialog.restore_button.click()
    assert (".github.com", "_octo") in stored(stores[0])
    assert ("example.org", "cart_id") not in stored(stores[0])  # the other deletion stays
    assert dialog.row_texts(first.undo_id)[4].startswith("Restored")
    dialog.select(first.undo_id)
    assert not dialog.restore_button.isEnabled()
    assert ("chrome", ".github.com", "_octo") in shown(window)
    assert every_store(stores) != before


@pytest.mark.parametrize("command, expected", [
    # the effective category: the policy's two declared Matomo cookies, and _ga/_gid per the catalog
    (lambda a: a.delete_category_of("lillemetropole.fr", "statistics"), {"_pk_id.1.abcd", "_pk_ses.1.abcd",
                                                                        "_ga", "_gid"}),
    (lambda a: a.delete_category_of("doubleclick.net", "marketing"), {"IDE"}),  # an ad network, no policy
    (lambda a: a.delete_undeclared_of("lillemetropole.fr"), {"cookies_preferences", "_ga", "_gid", "has_js"}),
    (lambda a: a.delete_sites_cookies(["example.org"]), {"prefs", "flash_msg", "cart_id"}),
])
def test_category_undeclared_and_site_commands_pick_exactly_their_cookies(qtbot, window, stores, command,
                                                                            expected):
    before, table_before = every_store(stores), shown(window)
    command(window.deletion)
    dialog = window.deletion.flow.confirm_dialog
    assert dialog.headline.text() == f"Delete {2 * len(expected)} cookies?"
    with qtbot.waitSignal(window.deletion.flow.deletion_finished) as blocker:
        dialog.delete_button.click()
    assert {r.name for r in blocker.args[0].deleted} == expected
    assert sorted(set(table_before) - set(shown(window))) == sorted(
        (b, h, n) for b, h, n in table_before if n in expected)
    after = every_store(stores)
    for browser in ("chrome", "firefox"):
        assert {n for _, n in before[browser] - after[browser]} <= expected
        assert before[browser] - after[browser] == {(h, n) for h, n in before[browser] if n in expected}


def test_the_category_menu_lists_the_categories_on_the_site(window):
    window.site_view.select_sites(["lillemetropole.fr"])
    menu = window.deletion.category_menu
    menu.aboutToShow.emit()
    texts = [a.text() for a in menu.actions()]
    assert texts == ["Necessary (6 declared, 4 per catalog)…", "Statistics (4 declared, 4 per catalog)…"]
    assert window.deletion.delete_undeclared.text() == "Delete Undeclared Cookies of lillemetropole.fr…"


def test_a_store_that_changed_since_the_plan_is_reported_inline_and_nothing_is_lost(qtbot, window, stores):
    chrome = stores[0]
    select(window, named("prefs", "_octo"))
    window.deletion.delete.trigger()
    con = sqlite3.connect(chrome.path)  # the browser's doing, between the plan and the confirmation
    con.execute("DELETE FROM cookies WHERE name = 'prefs'")
    con.commit()
    con.close()
    before = every_store(stores)
    window.deletion.flow.confirm_dialog.delete_button.click()
    banner = window.deletion.flow.failed_banner
    assert banner.isVisible() and "no longer in the store" in banner.text
    assert every_store(stores) == before
    assert ("chrome", ".github.com", "_octo") in shown(window)


def test_delete_key_deletes_from_the_table_but_edits_the_search_box(qtbot, window):
    window.filter_bar.search.setFocus()
    window.filter_bar.search.setText("abc")
    window.filter_bar.search.setCursorPosition(0)
    select(window, named("prefs"))
    window.filter_bar.search.setFocus()
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_Delete)
    assert window.filter_bar.search.text() == "bc"
    assert window.deletion.flow.confirm_dialog is None
    window.filter_bar.search.clear()
    select(window, named("prefs"))
    window.cookie_view.setFocus()
    qtbot.keyClick(window.cookie_view, Qt.Key.Key_Delete)
    assert window.deletion.flow.confirm_dialog.isVisible()
    assert window.deletion.flow.confirm_dialog.headline.text() == "Delete 2 cookies?"
    window.deletion.flow.confirm_dialog.cancel_button.click()


@pytest.mark.fixtures
def test_preparing_a_deletion_scans_each_profile_once(real_stores, monkeypatch):
    from deletion_support import chromium_store, firefox_store, records
    from inspector.domain.deletion import locks
    from inspector.domain.api import prepare_deletion

    chromium, firefox = chromium_store(real_stores), firefox_store(real_stores)
    scans = []
    scan_processes = locks._browser_process
    monkeypatch.setattr(locks, "_browser_process", lambda store: scans.append(store.profile) or scan_processes(store))
    chosen = [r for s in (chromium, firefox) for r in records(s) if r.name == "_ga"]
    plan, blockers, notes = prepare_deletion(chosen, [chromium, firefox])
    assert plan.count == len(chosen) and blockers == [] and notes == []
    assert sorted(scans) == sorted([chromium.profile, firefox.profile])  # the refusal and the notes: one scan
