"""Text a website or a profile chose is shown by the window as text, never rendered as rich text:
every label that ends up holding it is plain text, or escapes it."""
from __future__ import annotations

import json
import os
import socket
import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui_Qt
from PySide6.QtWidgets import QApplication, QLabel

from deletion_support import start_sleeper, stop
from inspector.domain.stores.demo import demo_stores
from inspector.domain.stores.discovery import stores_from_path
from ui_support import make_window, select_cookie

MARKUP = "<b style='color:red;font-size:40px'>PAYPAL LOGIN EXPIRED</b><a href='http://evil.example'>x</a>"


def hostile_stores(tmp_path):
    stores = demo_stores(str(tmp_path / "demo"))
    chrome = stores[0]
    con = sqlite3.connect(chrome.path)
    cols = [r[1] for r in con.execute("PRAGMA table_info(cookies)")]
    sel = ", ".join("?" if c in ("name", "path") else c for c in cols)
    params = [MARKUP if c == "name" else "/<i>p</i>" for c in cols if c in ("name", "path")]
    con.execute(f"INSERT INTO cookies ({', '.join(cols)}) SELECT {sel} FROM cookies LIMIT 1", params)
    con.commit()
    con.close()
    local_state = os.path.join(chrome.lock_dir, "Local State")
    with open(local_state, encoding="utf-8") as fh:
        state = json.load(fh)
    for entry in state["profile"]["info_cache"].values():
        entry["name"] = "<h1>Prof</h1>"
    with open(local_state, "w", encoding="utf-8") as fh:
        json.dump(state, fh)
    return stores_from_path("chrome", chrome.lock_dir) + stores[1:]


def rendered_markup(widgets) -> list[str]:
    """Labels that would render the website's markup as rich text."""
    bad = []
    for w in widgets:
        if not isinstance(w, QLabel):
            continue
        text = w.text()
        if not any(tag in text for tag in ("<b style", "<i>p</i>", "<h1>")):
            continue
        fmt = w.textFormat()
        if fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and QtGui_Qt.mightBeRichText(text)):
            bad.append(f"{w.objectName() or type(w.parent()).__name__}: {text[:60]!r}")
    return bad


def test_every_label_showing_a_hostile_cookie_is_plain_text(qtbot, tmp_path):
    stores = hostile_stores(tmp_path)
    window = make_window(qtbot, tmp_path, stores=stores)
    window.show()
    qtbot.waitExposed(window)
    select_cookie(window, MARKUP)
    QApplication.processEvents()
    details = window.details
    assert MARKUP in details.title.text()
    assert details.title.textFormat() == Qt.TextFormat.PlainText
    assert details.subtitle.textFormat() == Qt.TextFormat.PlainText
    assert not rendered_markup(QApplication.allWidgets())


def test_the_browser_open_dialog_shows_a_profile_name_as_text(qtbot, tmp_path):
    stores = hostile_stores(tmp_path)
    window = make_window(qtbot, tmp_path, stores=stores)
    window.show()
    qtbot.waitExposed(window)
    chrome = stores[0]
    sleeper = start_sleeper()
    lock = os.path.join(chrome.lock_dir, "SingletonLock")
    try:
        os.symlink(f"{socket.gethostname()}-{sleeper.pid}", lock)
        select_cookie(window, MARKUP)
        window.deletion.delete.trigger()
        refusal = window.deletion.flow.refusal_dialog
        assert refusal is not None and refusal.isVisible()
        assert "<h1>Prof</h1>" in refusal.headline.text() + refusal.profiles.text()
        assert refusal.headline.textFormat() == Qt.TextFormat.PlainText
        assert refusal.profiles.textFormat() == Qt.TextFormat.PlainText
        assert not rendered_markup(QApplication.allWidgets())
    finally:
        if os.path.islink(lock):
            os.unlink(lock)
        stop(sleeper)


def test_tooltips_show_a_hostile_cookie_as_text(qtbot, tmp_path):
    from inspector.ui.roles import COOKIE_ROLE

    window = make_window(qtbot, tmp_path, stores=hostile_stores(tmp_path))
    proxy = window.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(COOKIE_ROLE).record.name == MARKUP)
    tips = [proxy.index(row, c).data(Qt.ItemDataRole.ToolTipRole) for c in range(proxy.columnCount())]
    tips = [t for t in tips if t and ("PAYPAL" in t or "<i>p" in t or "&lt;i&gt;p" in t)]
    assert tips
    for tip in tips:
        assert "<b style" not in tip and "<i>p</i>" not in tip  # escaped, so Qt shows the markup as text
