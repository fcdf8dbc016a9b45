"""The deletion flow as a keyboard user meets it: Enter on the focused button, what is selected and
focused after a deletion, the site list after a site's deletion, and what an undo puts back on screen."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from deletion_support import write_policy
from inspector.domain.stores.demo import demo_stores
from inspector.ui.roles import COOKIE_ROLE
from test_ui_deletion import every_store, named, select, shown
from ui_support import make_window


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    path = tmp_path / "data"
    monkeypatch.setenv("CONSENT_INSPECTOR_DATA_DIR", str(path))
    return path


@pytest.fixture
def stores(tmp_path):
    return demo_stores(str(tmp_path / "demo"))


@pytest.fixture
def window(qtbot, tmp_path, stores):
    win = make_window(qtbot, tmp_path, stores=stores, policy=str(write_policy(tmp_path)))
    win.resize(1000, 420)  # short enough for the 32 demo rows to scroll
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def _open_confirmation(window, *names):
    select(window, named(*names))
    window.cookie_view.setFocus()
    window.deletion.delete.trigger()
    dialog = window.deletion.flow.confirm_dialog
    assert dialog.isVisible()
    return dialog


def _focus_by_tab(qtbot, dialog, target) -> None:
    for _ in range(6):
        if dialog.focusWidget() is target:
            return
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is target


def test_enter_presses_the_focused_button_and_cancel_stays_the_default(qtbot, window, stores):
    before = every_store(stores)
    dialog = _open_confirmation(window, "_ga")
    assert dialog.cancel_button.isDefault() and dialog.focusWidget() is dialog.cancel_button
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # Enter straight away: cancels
    assert not dialog.isVisible() and every_store(stores) == before

    dialog = _open_confirmation(window, "_ga")
    _focus_by_tab(qtbot, dialog, dialog.delete_button)
    with qtbot.waitSignal(window.deletion.flow.deletion_finished) as blocker:
        qtbot.keyClick(dialog.delete_button, Qt.Key.Key_Return)
    assert {r.name for r in blocker.args[0].deleted} == {"_ga"}
    assert every_store(stores) != before


def test_after_a_deletion_nothing_is_selected_and_the_focus_is_on_the_row_where_they_were(qtbot, window):
    dialog = _open_confirmation(window, "csrftoken", "_ga")
    rows = [i.row() for i in window.cookie_view.selectionModel().selectedRows()]
    with qtbot.waitSignal(window.deletion.flow.deletion_finished):
        dialog.delete_button.click()
    view = window.cookie_view
    assert not view.selectionModel().hasSelection()
    assert not window.deletion.delete.isEnabled()  # Delete is armed on nothing
    assert view.currentIndex().row() == min(rows)
    assert view.currentIndex().data(COOKIE_ROLE).record.name not in ("csrftoken", "_ga")
    assert window.focusWidget() is view


def test_deleting_a_whole_site_chooses_the_next_site_not_all_sites(qtbot, window):
    window.site_view.select_sites(["example.org"])
    listed = [window.site_model.index(r, 0).data() for r in range(window.site_model.rowCount())]
    following = listed[listed.index("example.org") + 1]
    window.deletion.delete_sites.trigger()
    with qtbot.waitSignal(window.deletion.flow.deletion_finished):
        window.deletion.flow.confirm_dialog.delete_button.click()
    assert window.site_view.selected_sites() == frozenset({following})
    assert {h for _, h, _ in shown(window)} <= {following, "." + following} | {
        c.record.host for c in window.session.table.cookies if c.site == following}


def test_undo_brings_back_the_site_choice_and_the_scroll_position(qtbot, window):
    window.site_view.select_sites(["example.org"])
    window.cookie_view.setFocus()
    window.deletion.delete_sites.trigger()
    with qtbot.waitSignal(window.deletion.flow.deletion_finished):
        window.deletion.flow.confirm_dialog.delete_button.click()
    assert window.site_view.selected_sites() != frozenset({"example.org"})
    with qtbot.waitSignal(window.deletion.flow.undo_finished):
        window.deletion.undo.trigger()
    assert window.site_view.selected_sites() == frozenset({"example.org"})
    assert {n for _, _, n in shown(window)} == {"prefs", "flash_msg", "cart_id"}


def test_undo_puts_the_table_back_at_the_same_scroll_position(qtbot, window):
    view = window.cookie_view
    bar = view.verticalScrollBar()
    assert bar.maximum() > 4
    bar.setValue(bar.maximum() // 2)
    scrolled = bar.value()
    top = view.indexAt(view.viewport().rect().topLeft()).data(COOKIE_ROLE).record.key
    dialog = _open_confirmation(window, "_octo")  # near the top: out of view once scrolled
    with qtbot.waitSignal(window.deletion.flow.deletion_finished):
        dialog.delete_button.click()
    bar.setValue(0)  # the user scrolls away before undoing
    with qtbot.waitSignal(window.deletion.flow.undo_finished):
        window.deletion.undo.trigger()
    qtbot.waitUntil(lambda: bar.value() == scrolled)
    assert view.indexAt(view.viewport().rect().topLeft()).data(COOKIE_ROLE).record.key == top


def test_moving_into_the_table_with_tab_selects_the_current_row(qtbot, window):
    view = window.cookie_view
    view.selectionModel().clearSelection()
    window.site_view.setFocus(Qt.FocusReason.OtherFocusReason)
    assert not view.selectionModel().hasSelection()
    qtbot.keyClick(window.site_view, Qt.Key.Key_Tab)
    assert window.focusWidget() is view
    assert len(view.selectionModel().selectedRows()) == 1
    assert view.selectionModel().selectedRows()[0].row() == max(view.currentIndex().row(), 0)
    assert window.deletion.delete.isEnabled()
