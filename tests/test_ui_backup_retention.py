"""The window says how long a deletion can be undone, sets the backup retention, and deletes the backups now."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from deletion_support import write_policy
from inspector.domain.deletion import retention
from inspector.domain.deletion.undo import history
from inspector.domain.stores.demo import demo_stores
from test_ui_deletion import _delete_confirmed, named, select, stored
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
    win.show()
    qtbot.waitExposed(win)
    return win


def test_the_confirmation_says_how_long_the_undo_lasts(window, data_dir):
    retention.set_retention_days(14)
    select(window, named("_octo"))
    window.deletion.delete.trigger()
    dialog = window.deletion.flow.confirm_dialog
    assert dialog.lasts.text() == "A backup is kept for 14 days: until then this deletion can be undone."
    assert dialog.lasts.isVisible()
    dialog.cancel_button.click()


def test_history_sets_the_retention_and_deletes_every_backup_now(qtbot, window, stores):
    select(window, named("_octo"))
    _delete_confirmed(qtbot, window, window.deletion.delete.trigger)
    flow = window.deletion.flow
    window.deletion.history.trigger()
    dialog = flow.history_dialog
    qtbot.waitUntil(lambda: len(dialog.ids()) == 1 and dialog.retention.value() == 30)

    dialog.retention.setValue(9)
    qtbot.waitUntil(lambda: retention.retention_days() == 9)

    dialog.delete_backups_button.click()
    box = dialog.delete_backups_box
    assert box.isVisible() and "can no longer be undone" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: dialog.ids() == [])
    assert history() == []
    assert not window.deletion.undo.isEnabled()
    assert (".github.com", "_octo") not in stored(stores[0])  # the deletion itself stands
