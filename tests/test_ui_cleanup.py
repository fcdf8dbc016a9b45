"""The keep list and Clean up… in the window: Keep toggles with pins and the Kept filter, bulk deletions that
leave kept cookies, the clean-up dialog's preview and confirmation, and undoing part of a past deletion."""
from __future__ import annotations

import os
import socket

import pytest
from PySide6.QtCore import Qt

from deletion_support import TEST_POLICY, start_sleeper, stop, write_policy
from inspector.domain.keep.keep_file import load_keep_list
from inspector.domain.stores.demo import demo_stores
from inspector.ui.roles import COOKIE_ROLE
from inspector.ui.sites.site_model import SiteColumn
from inspector.ui.table.columns import Column
from test_ui_deletion import every_store, named, select, shown
from ui_support import make_window


@pytest.fixture(autouse=True)
def dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("CONSENT_INSPECTOR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CONSENT_INSPECTOR_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture
def stores(tmp_path):
    return demo_stores(str(tmp_path / "demo"))


def _window(qtbot, tmp_path, stores, policy):
    win = make_window(qtbot, tmp_path, stores=stores, policy=str(policy))
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(qtbot, tmp_path, stores):
    return _window(qtbot, tmp_path, stores, write_policy(tmp_path))


def pinned_rows(window) -> set:
    proxy, out = window.proxy, set()
    for row in range(proxy.rowCount()):
        if proxy.index(row, Column.NAME).data(Qt.ItemDataRole.DecorationRole) is not None:
            c = proxy.index(row, 0).data(COOKIE_ROLE)
            out.add((c.record.browser, c.record.name))
    return out


def pinned_sites(window) -> set:
    model = window.site_model
    pin = window.cleanup.keep_actions.keep_cookies.icon().cacheKey()
    return {model.index(r, 0).data() for r in range(1, model.rowCount())
            if model.index(r, SiteColumn.SITE).data(Qt.ItemDataRole.DecorationRole).cacheKey() == pin}


def test_the_keep_toggle_pins_rows_and_sites_and_the_kept_filter_shows_them(qtbot, window):
    keep = window.cleanup.keep_actions
    assert pinned_rows(window) == set() and not keep.keep_cookies.isEnabled()
    select(window, lambda c: c.record.name == "_octo" and c.record.browser == "chrome")
    assert keep.keep_cookies.isEnabled() and not keep.keep_cookies.isChecked()
    keep.keep_cookies.trigger()
    # Kept by name on its site: the same cookie in every browser, and after the site sets it again.
    assert [(e.site, e.name) for e in load_keep_list().entries] == [("github.com", "_octo")]
    assert pinned_rows(window) == {("chrome", "_octo"), ("firefox", "_octo")}
    assert keep.keep_cookies.isChecked() and keep.keep_cookies.text().startswith("Stop")

    window.site_view.select_sites(["example.org"])
    keep.keep_sites.trigger()
    assert pinned_sites(window) == {"example.org"}
    window.site_view.select_sites([])
    keep.kept_only.setChecked(True)
    assert {n for _, _, n in shown(window)} == {"_octo", "prefs", "flash_msg", "cart_id"}
    keep.kept_only.setChecked(False)
    assert len(shown(window)) == 32

    select(window, named("_octo"))
    keep.keep_cookies.trigger()  # stop keeping
    assert pinned_rows(window) == {(b, n) for b in ("chrome", "firefox") for n in ("prefs", "flash_msg", "cart_id")}
    assert [e.site for e in load_keep_list().entries] == ["example.org"]


def test_bulk_deletions_leave_kept_cookies_and_a_selection_asks_first(qtbot, window, stores):
    window.cleanup.keep.keep_sites(["github.com"])
    window.cleanup.keep.keep_cookies([c for c in window.session.table.cookies if c.record.name == "_ga"][:1])
    deletion = window.deletion
    deletion.delete_sites_cookies(["github.com"])
    assert deletion.flow.confirm_dialog is None  # every cookie of it is kept: nothing to ask about
    deletion.delete_category_of("lillemetropole.fr", "statistics")
    dialog = deletion.flow.confirm_dialog
    assert dialog.headline.text() == "Delete 6 cookies?"  # _pk_id, _pk_ses, _gid; _ga stays
    assert "_ga (" not in dialog.examples.text()
    dialog.cancel_button.click()

    asked = []
    deletion.keep_asked = lambda kept, total: asked.append((kept, total)) or False  # "Leave them"
    select(window, named("logged_in", "prefs"))
    with qtbot.waitSignal(deletion.flow.deletion_finished) as done:
        deletion.delete.trigger()
        deletion.flow.confirm_dialog.delete_button.click()
    assert asked == [(2, 4)]
    assert {r.name for r in done.args[0].deleted} == {"prefs"}


def test_the_clean_up_dialog_previews_per_site_and_category_and_one_undo_restores_it(qtbot, window, stores):
    window.cleanup.keep.keep_sites(["github.com"])
    before = every_store(stores)
    assert window.cleanup.clean_up.isEnabled()
    window.cleanup.clean_up.trigger()
    dialog = window.cleanup.flow.dialog
    assert dialog.isVisible() and dialog.cancel_button.isDefault()
    assert dialog.headline.text() == "Delete 12 cookies · on 3 sites"
    sites = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert sites == ["doubleclick.net (2)", "lillemetropole.fr (8)", "youtube.com (2)"]
    lille = dialog.tree.topLevelItem(1)
    assert sorted(lille.child(i).text(0) for i in range(lille.childCount())) == ["Statistics (8)"]
    rows = dialog.cookie_rows()
    ga = next(r for r in rows if r[0].startswith("_ga "))
    assert "Google Analytics" in ga[1] and ga[2] and ga[3] in ("Chrome · Demo", "Firefox · Demo")
    pk = next(r for r in rows if r[0].startswith("_pk_id"))
    assert pk[1] == "Matomo — Audience" and "policy" in pk[2].lower()
    chrome, firefox = stores
    assert chrome.path in dialog.stores.text() and firefox.path in dialog.stores.text()
    assert dialog.kept.text() == "2 cookies kept by your keep list: kept: every cookie of github.com (2)"
    assert not dialog.skipped.isVisible()

    dialog.expired.setChecked(True)  # one more choice: one more kind of cookie
    assert dialog.headline.text() == "Delete 14 cookies · on 4 sites"
    with qtbot.waitSignal(window.deletion.flow.deletion_finished) as done:
        dialog.delete_button.click()
    report = done.args[0]
    assert len(report.deleted) == 14
    after = every_store(stores)
    assert ("example.org", "flash_msg") not in after["chrome"] and (".github.com", "_octo") in after["chrome"]
    assert "Deleted 14 cookies" in window.deletion.flow.done_banner.text
    with qtbot.waitSignal(window.deletion.flow.undo_finished):
        window.deletion.undo.trigger()
    assert every_store(stores) == before


def test_the_clean_up_skips_an_open_profile_and_deletes_from_the_closed_one(qtbot, window, stores):
    chrome, firefox = stores
    before = every_store(stores)
    sleeper = start_sleeper()
    lock = os.path.join(chrome.lock_dir, "SingletonLock")
    try:
        os.symlink(f"{socket.gethostname()}-{sleeper.pid}", lock)
        window.cleanup.clean_up.trigger()
        dialog = window.cleanup.flow.dialog
        assert dialog.skipped.isVisible() and "Chrome · Demo is open: 7 cookies left for later" in dialog.skipped.text()
        assert dialog.closed_only.isVisible() and dialog.closed_only.isChecked()
        assert dialog.delete_button.text() == "Delete 7 Cookies"
        dialog.closed_only.setChecked(False)
        assert not dialog.delete_button.isEnabled()
        dialog.closed_only.setChecked(True)
        with qtbot.waitSignal(window.deletion.flow.deletion_finished) as done:
            dialog.delete_button.click()
    finally:
        os.unlink(lock)
        stop(sleeper)
    assert {r.browser for r in done.args[0].deleted} == {"firefox"}
    assert every_store(stores)["chrome"] == before["chrome"]


def test_the_clean_up_warns_of_sign_outs_and_keeps_the_sign_ins_of_a_site(qtbot, tmp_path, stores):
    # The site's policy leaves its sign-in cookie out: cleaning up the undeclared cookies would take it.
    policy = tmp_path / "no-session.yaml"
    policy.write_text("\n".join(line for line in TEST_POLICY.splitlines() if "name: sessionid" not in line),
                      encoding="utf-8")
    window = _window(qtbot, tmp_path, stores, policy)
    window.cleanup.clean_up.trigger()
    dialog = window.cleanup.flow.dialog
    for box in dialog.category_boxes.values():
        box.setChecked(False)
    dialog.undeclared.setChecked(True)
    assert dialog.signed_out.isVisible()
    assert dialog.signed_out.text() == "You will be signed out of 1 site: lillemetropole.fr"
    assert dialog.keep_sign_ins.isEnabled()
    dialog.keep_sign_ins.click()
    assert [(e.name, e.reason) for e in load_keep_list().entries] == [("sessionid", "sign-in")]
    assert not dialog.signed_out.isVisible()
    assert "kept (your sign-in): sessionid on lillemetropole.fr (2)" in dialog.kept.text()
    dialog.cancel_button.click()


def _history_with_cleanup(qtbot, window):
    window.cleanup.clean_up.trigger()
    dialog = window.cleanup.flow.dialog
    with qtbot.waitSignal(window.deletion.flow.deletion_finished) as done:
        dialog.delete_button.click()
    window.deletion.history.trigger()
    return window.deletion.flow.history_dialog, done.args[0]


def test_history_names_the_clean_up_and_its_sites_and_restores_one_site_then_one_cookie(qtbot, window, stores):
    before = every_store(stores)
    history, report = _history_with_cleanup(qtbot, window)
    when, action, sites, total, status = history.row_texts(report.undo_id)
    assert action == "Clean-up: categories" and total == "14"
    assert sites == "doubleclick.net, github.com, lillemetropole.fr and 1 more"
    history.view.expand(history.model.index(0, 0))
    assert history.select_part(report.undo_id, "site", "youtube.com")
    assert history.restore_button.text() == "&Restore This Site"
    with qtbot.waitSignal(window.deletion.flow.undo_finished):
        history.restore_button.click()
    after = every_store(stores)
    assert (".youtube.com", "VISITOR_INFO1_LIVE") in after["chrome"] and (".youtube.com", "VISITOR_INFO1_LIVE") in \
        after["firefox"]
    assert (".doubleclick.net", "IDE") not in after["chrome"]  # the rest stays deleted
    assert history.row_texts(report.undo_id)[4] == "Deleted · can be restored · 2 put back"

    history.view.expand(history.model.index(0, 0))
    assert history.select_part(report.undo_id, "cookie", "IDE")
    with qtbot.waitSignal(window.deletion.flow.undo_finished):
        history.restore_button.click()
    assert (".doubleclick.net", "IDE") in every_store(stores)["chrome"]
    assert ("chrome", ".doubleclick.net", "IDE") in shown(window)
    # The whole entry still restores what is left, exactly.
    history.select(report.undo_id)
    with qtbot.waitSignal(window.deletion.flow.undo_finished):
        history.restore_button.click()
    assert every_store(stores) == before


def test_a_deletion_of_sign_in_cookies_warns_and_keeps_the_sign_ins_of_a_site(qtbot, window, stores):
    select(window, named("sessionid", "csrftoken"))
    window.deletion.delete.trigger()
    dialog = window.deletion.flow.confirm_dialog
    assert dialog.signed_out.isVisible()
    assert dialog.signed_out.text() == "You will be signed out of 1 site: lillemetropole.fr"
    button = dialog.sign_in_buttons["lillemetropole.fr"]
    button.click()
    assert [(e.site, e.name, e.reason) for e in load_keep_list().entries] == [("lillemetropole.fr", "sessionid",
                                                                               "sign-in")]
    again = window.deletion.flow.confirm_dialog
    assert again is not dialog and again.headline.text() == "Delete 2 cookies?"  # the two csrftoken
    assert not again.signed_out.isVisible()
    with qtbot.waitSignal(window.deletion.flow.deletion_finished) as done:
        again.delete_button.click()
    assert {r.name for r in done.args[0].deleted} == {"csrftoken"}


def test_the_keep_list_file_is_watched_and_a_broken_one_stops_bulk_deletions(qtbot, window, tmp_path):
    path = tmp_path / "config" / "keep.yaml"
    window.cleanup.keep.keep  # loaded after the first load, watched from then on
    path.write_text("keep:\n  - {site: github.com}\n", encoding="utf-8")
    qtbot.waitUntil(lambda: pinned_sites(window) == {"github.com"}, timeout=5000)
    path.write_text("keep:\n  - {site: github.com, nme: x}\n", encoding="utf-8")
    qtbot.waitUntil(lambda: window.cleanup.keep.broken is not None, timeout=5000)
    assert f"{path}:2:" in window.deletion.flow.failed_banner.text
    window.deletion.delete_sites_cookies(["example.org"])
    assert window.deletion.flow.confirm_dialog is None  # nothing is deleted while the list is broken
    window.cleanup.clean_up.trigger()
    assert window.cleanup.flow.dialog is None


def test_the_keep_list_view_lists_the_entries_and_removes_one(qtbot, window):
    window.cleanup.keep.keep_sites(["github.com", "example.org"])
    window.cleanup.keep_actions.keep_list.trigger()
    view = window.cleanup.keep_actions.dialog
    assert view.isVisible()
    assert [view.table.item(r, 1).text() for r in range(view.table.rowCount())] == [
        "every cookie of github.com", "every cookie of example.org"]
    assert "2 items on the keep list" in view.summary.text()
    view.table.selectRow(0)
    view.remove_button.click()
    assert [e.site for e in load_keep_list().entries] == ["example.org"]
    assert [view.table.item(r, 0).text() for r in range(view.table.rowCount())] == ["example.org"]
    assert pinned_sites(window) == {"example.org"}


def test_against_your_choice_uses_the_windows_consent_analysis(qtbot, window, stores, monkeypatch):
    # The window analysed the banner choices after the load: the clean-up's preview counts the
    # same cookies without a second analysis of every site.
    from inspector.domain.cleanup import findings as cleanup_findings
    from collections import Counter
    against = Counter(f.cookie.name for s in window.consent.state.analysis.sites.values() for f in s.against)
    assert against
    runs = []
    monkeypatch.setattr(cleanup_findings, "analyse", lambda *a, **k: runs.append(a) or None)
    window.cleanup.clean_up.trigger()
    dialog = window.cleanup.flow.dialog
    for box in dialog.category_boxes.values():
        box.setChecked(False)
    for box in (dialog.undeclared, dialog.expired, dialog.beyond_13):
        box.setChecked(False)
    dialog.against_choice.setChecked(True)
    chosen = Counter(row[0].split(" ")[0] for row in dialog.cookie_rows())
    assert chosen == against and runs == []
    dialog.cancel_button.click()
