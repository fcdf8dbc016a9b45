"""What went wrong reads French in the French window: store, deletion, undo and backup problems worded from their codes."""
from __future__ import annotations

import os
import sqlite3

import pytest

from deletion_support import write_policy
from inspector.domain.records import StoreRef
from inspector.domain.stores.demo import demo_stores
from inspector.ui.roles import COOKIE_ROLE
from ui_support import make_window


@pytest.fixture(autouse=True)
def data_dir(data_folder):
    return data_folder


def _window(qtbot, tmp_path, stores):
    win = make_window(qtbot, tmp_path, stores=stores, policy=str(write_policy(tmp_path)))
    win.show()
    qtbot.waitExposed(win)
    return win


def _select(window, *names):
    from PySide6.QtCore import QItemSelection, QItemSelectionModel
    proxy, selection = window.proxy, QItemSelection()
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data(COOKIE_ROLE).record.name in names:
            selection.select(proxy.index(row, 0), proxy.index(row, proxy.columnCount() - 1))
    flags = QItemSelectionModel.SelectionFlag
    window.cookie_view.selectionModel().select(selection, flags.ClearAndSelect | flags.Rows)


def test_a_store_that_is_a_folder_is_explained_in_french_beside_the_good_ones(qtbot, tmp_path, in_french):
    stores = demo_stores(str(tmp_path / "demo"))
    folder = tmp_path / "profile" / "Cookies"
    folder.mkdir(parents=True)
    bad = StoreRef("chromium", "chromium", "Default", str(folder))
    window = _window(qtbot, tmp_path, [*stores, bad])
    banner = window.notices.error_banner
    assert banner.isVisible()
    assert "c’est un dossier, pas une base de cookies" in banner.text
    assert "this is a folder" not in banner.text
    assert window.proxy.rowCount() > 0  # the demo stores are read all the same


def test_a_store_changed_since_the_plan_is_reported_in_french_and_nothing_is_lost(qtbot, tmp_path, in_french):
    stores = demo_stores(str(tmp_path / "demo"))
    window = _window(qtbot, tmp_path, stores)
    chrome = stores[0]
    _select(window, "prefs", "_octo")
    window.deletion.delete.trigger()
    con = sqlite3.connect(chrome.path)  # the browser's doing, between the plan and the confirmation
    con.execute("DELETE FROM cookies WHERE name = 'prefs'")
    con.commit()
    con.close()
    window.deletion.flow.confirm_dialog.delete_button.click()
    banner = window.deletion.flow.failed_banner
    assert banner.isVisible()
    assert "1 des 2 cookies prévus n’est plus dans le magasin" in banner.text, banner.text
    assert "rien n’a été modifié" in banner.text and "no longer in the store" not in banner.text


def test_a_damaged_backup_is_explained_in_french_in_the_history(qtbot, tmp_path, data_dir, in_french):
    stores = demo_stores(str(tmp_path / "demo"))
    window = _window(qtbot, tmp_path, stores)
    backups = data_dir / "backups"
    backups.mkdir(parents=True, mode=0o700)
    os.chmod(data_dir, 0o700)
    (backups / "20261201T000000000Z-abc123.json").write_text("{not json", encoding="utf-8")
    (backups / "20261130T000000000Z-def456.sqlite").write_bytes(b"")  # its manifest was never written
    window.deletion.history.trigger()
    dialog = window.deletion.flow.history_dialog
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    tips = [dialog.model.item(row, 4).toolTip() for row in range(2)]
    assert any("le manifeste de sauvegarde" in t and "est endommagé" in t for t in tips), tips
    assert any("interrompue avant que rien ne soit supprimé" in t for t in tips), tips
    assert not any("corrupt" in t or "interrupted" in t for t in tips), tips
