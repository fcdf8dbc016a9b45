"""The main window as a user meets it: title, banners, details, policy changes, reloads, keyboard."""
from __future__ import annotations

import sqlite3
import textwrap
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from inspector.domain.stores.demo import demo_stores
from inspector.domain.policy.model import default_policy_path
from inspector.ui.table.columns import Column
from inspector.ui.workspace.sources import DemoStores
from inspector.ui.tasks import ThreadPoolRunner
from ui_support import drag_column_edge, make_window, select_cookie, shown_names


def _status_of(window, name: str) -> set[str]:
    proxy = window.proxy
    return {proxy.index(r, Column.STATUS).data() for r in range(proxy.rowCount())
            if proxy.index(r, Column.NAME).data() == name}


def test_title_names_the_policy_and_demo_mode(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, source=DemoStores(directory=str(tmp_path / "demo")))
    assert window.windowTitle() == "Consent Inspector — Demo data · opendata.lillemetropole.fr cookie policy"
    assert window.demo_banner.isVisibleTo(window)
    assert "demo cookies" in window.demo_banner.text
    assert not window.error_banner.isVisibleTo(window)
    assert window.status.policy.text() == "Policy: opendata.lillemetropole.fr cookie policy"

    plain = make_window(qtbot, tmp_path / "b")
    assert plain.windowTitle() == "Consent Inspector — opendata.lillemetropole.fr cookie policy"
    assert not plain.demo_banner.isVisibleTo(plain)


def test_window_appears_before_the_stores_are_read(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, start=False)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "Consent Inspector"
    assert "Reading" in window.cookie_view.empty_state.text
    window.session.start()
    assert window.proxy.rowCount() == 32


def test_loading_runs_on_a_worker_and_reports_progress(qtbot, tmp_path):
    runner = ThreadPoolRunner()
    window = make_window(qtbot, tmp_path, runner=runner, start=False)
    progress = []
    window.session.load_progressed.connect(lambda done, total, what: progress.append((done, total, what)))
    with qtbot.waitSignal(window.session.loaded, timeout=20000):
        window.session.start()
        assert window.status.progress.isVisibleTo(window)  # the GUI thread is free while it loads
    assert window.proxy.rowCount() == 32
    assert progress[0] == (0, 2, "Chrome · Demo") and progress[-1] == (2, 2, "")
    assert not window.status.progress.isVisibleTo(window)


def test_details_show_every_fact_and_the_policy_text(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    select_cookie(window, "csrftoken", "chrome")
    pane = window.details
    assert pane.title.text() == "csrftoken"
    assert pane.status_chip.text() == "Declared"
    facts, policy = pane.cookie_facts.fields, pane.policy_facts.fields
    assert facts["host"].text().startswith("opendata.lillemetropole.fr — this host only")
    assert "UTC" in facts["expires"].text() and facts["expires"].text().startswith("in 12 months")
    assert facts["flags"].text().startswith("Secure: sent over HTTPS only")
    assert policy["provider"].text() == "Opendatasoft"
    assert policy["function"].text() == "API (CSRF) (front et back office)"
    assert policy["purpose"].text() == "To retrieve data via API calls"
    assert "Necessary" in policy["category"].text()
    assert 'href="https://opendata.lillemetropole.fr/"' in policy["source"].text()
    assert pane.value.reveal_button.isVisibleTo(pane) and not pane.value.is_revealed

    select_cookie(window, "_ga", "firefox")
    assert pane.status_chip.text() == "Undeclared"
    assert facts["host"].text().startswith(".lillemetropole.fr — a domain cookie")
    assert policy["status"].text() == "The site has a cookie policy, but it does not declare this cookie"
    assert not pane.policy_facts.form.isRowVisible(policy["purpose"])

    window.cookie_view.selectAll()
    assert pane.cookie is None and pane.placeholder.text() == "32 cookies selected."


def test_reveal_shows_the_value_and_hides_it_when_the_selection_moves(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    select_cookie(window, "cart_id", "firefox")
    reveal = window.details.value
    with qtbot.waitSignal(reveal.revealed):
        qtbot.mouseClick(reveal.reveal_button, Qt.MouseButton.LeftButton)
    assert reveal.is_revealed and reveal.value.toPlainText() == "a8009fonowfo"  # demo data, not a secret
    window.filter_bar.search.setText("cart")  # the same cookie stays selected: the value stays
    assert reveal.is_revealed
    select_cookie(window, "cart_id", "chrome")
    assert not reveal.is_revealed and reveal.value.toPlainText() == ""
    assert reveal.reveal_button.isVisibleTo(window.details)


def test_invalid_policy_keeps_the_previous_one_and_says_why(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\nname: Broken\ncategories: [oops\n", encoding="utf-8")
    window.session.open_policy(str(bad))
    assert window.policy_message.startswith(f"{bad}:")
    assert "opendata.lillemetropole.fr cookie policy" in window.policy_message  # what stays in force
    assert window.windowTitle().endswith("opendata.lillemetropole.fr cookie policy")
    assert _status_of(window, "csrftoken") == {"Declared"}


def _policy_declaring(path: Path, name: str, cookies: list[str]) -> None:
    original = default_policy_path().read_text(encoding="utf-8")
    head = original.replace("name: opendata.lillemetropole.fr cookie policy", f"name: {name}")
    extra = "".join(textwrap.dedent(f"""
          - name: {cookie}
            provider: opendatasoft
            category: statistics
            function: {{en: Audience measurement}}
            purpose: {{en: To count visits}}
    """).replace("\n  ", "\n      ", 0) for cookie in cookies)
    path.write_text(head.rstrip("\n") + "\n" + textwrap.indent(extra.strip("\n"), "      ") + "\n",
                    encoding="utf-8")


def test_open_policy_reclassifies_and_renames_the_window(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    assert _status_of(window, "_pk_id.1.abcd") == {"Undeclared"}
    other = tmp_path / "other.yaml"
    _policy_declaring(other, "Extended policy", ["_pk_id.1.abcd"])
    window.session.open_policy(str(other))
    assert window.windowTitle() == "Consent Inspector — Extended policy"
    assert _status_of(window, "_pk_id.1.abcd") == {"Declared"}
    labels = [window.filter_bar.category.itemText(i) for i in range(window.filter_bar.category.count())]
    assert any(label.startswith("Statistics") for label in labels)


def test_policy_changed_on_disk_is_reloaded(qtbot, tmp_path):
    policy = tmp_path / "policy.yaml"
    _policy_declaring(policy, "Edited policy", [])
    window = make_window(qtbot, tmp_path, policy=str(policy), watch=True)
    select_cookie(window, "_gid", "chrome")
    window.filter_bar.search.setText("_g")
    _policy_declaring(policy, "Edited policy", ["_gid"])
    qtbot.waitUntil(lambda: _status_of(window, "_gid") == {"Declared"}, timeout=10000)
    assert window.filter_bar.text() == "_g"
    assert window.details.cookie.record.name == "_gid" and window.details.cookie.status == "declared"
    # A broken save does not take the cookies' policy away.
    policy.write_text("version: 1\nname: [\n", encoding="utf-8")
    qtbot.waitUntil(lambda: bool(window.policy_message), timeout=10000)
    assert _status_of(window, "_gid") == {"Declared"}


def test_a_changed_store_reloads_keeping_selection_and_filters(qtbot, tmp_path):
    stores = demo_stores(str(tmp_path / "demo"))
    window = make_window(qtbot, tmp_path, stores=stores, watch=True)
    window.filter_bar.search.setText("example")
    window.site_view.select_sites(["example.org"])
    select_cookie(window, "prefs", "chrome")
    chrome = next(s for s in stores if s.family == "chromium")
    con = sqlite3.connect(chrome.path)
    with con:
        con.execute("INSERT INTO cookies SELECT creation_utc + 1, host_key, top_frame_site_key, 'example_new', value, "
                    "encrypted_value, path, expires_utc, is_secure, is_httponly, last_access_utc, has_expires, "
                    "is_persistent, priority, samesite, source_scheme, source_port, last_update_utc, source_type, "
                    "has_cross_site_ancestor FROM cookies WHERE name = 'prefs'")
    con.close()
    qtbot.waitUntil(lambda: ("chrome", "example_new") in shown_names(window), timeout=15000)
    assert window.filter_bar.text() == "example"
    assert window.site_view.selected_sites() == frozenset({"example.org"})
    assert window.details.cookie.record.name == "prefs" and window.details.cookie.record.browser == "chrome"
    assert window.proxy.index(window.cookie_view.currentIndex().row(), 0).data() == "prefs"


def test_f5_refreshes(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    loads = []
    window.session.loaded.connect(lambda loaded: loads.append(loaded.reason))
    assert QKeySequence(Qt.Key.Key_F5) in window.actions.refresh.shortcuts()
    window.actions.refresh.trigger()
    assert loads == ["refresh"] and window.proxy.rowCount() == 32


def test_every_action_has_a_shortcut_or_menu_and_widgets_have_names(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    a = window.actions
    for action in (a.open_policy, a.find, a.refresh, a.stores, a.quit, a.clear_filters, a.details):
        assert not action.shortcut().isEmpty(), action.text()
    for widget in (window.filter_bar.search, window.filter_bar.category, window.filter_bar.store,
                   window.filter_bar.status, window.filter_bar.findings_only, window.site_view, window.cookie_view,
                   window.details):
        assert widget.accessibleName(), widget
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    a.find.trigger()
    qtbot.waitUntil(window.filter_bar.search.hasFocus)
    chain, widget = [], window.filter_bar.search
    for _ in range(7):
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or not widget.isVisibleTo(window):
            widget = widget.nextInFocusChain()
        chain.append(widget)
    assert chain.index(window.site_view) < chain.index(window.cookie_view)
    assert chain.index(window.filter_bar.findings_only) < chain.index(window.site_view)


def test_columns_hide_move_and_reset(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    view = window.cookie_view
    header = view.horizontalHeader()
    menu = view.columns_menu()
    path_action = next(a for a in menu.actions() if a.text() == "Path")
    path_action.toggle()
    assert header.isSectionHidden(Column.PATH)
    header.moveSection(header.visualIndex(Column.STATUS), 0)
    assert view.visible_columns()[0] == Column.STATUS
    view.reset_columns()
    assert not header.isSectionHidden(Column.PATH) and view.visible_columns()[0] == Column.NAME


def test_every_column_stays_in_view_on_a_laptop_screen_until_the_user_sizes_one(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    window.show()
    qtbot.waitExposed(window)
    view, header = window.cookie_view, window.cookie_view.horizontalHeader()
    window.resize(1256, 690)  # a 1366 x 768 laptop, less the window frame
    # The site list gives way first, then the columns fit: the layout settles in two steps.
    qtbot.waitUntil(lambda: header.length() <= view.viewport().width() and not view.horizontalScrollBar().isVisible())
    assert all(header.sectionSize(c) >= 40 for c in Column)  # narrowed, not squeezed away
    window.resize(1900, 1000)  # a wide screen: Purpose, the column people read, takes the room
    qtbot.waitUntil(lambda: header.length() >= view.viewport().width() - 2)
    assert header.sectionSize(Column.PURPOSE) == max(header.sectionSize(c) for c in Column)
    dragged = drag_column_edge(header, Column.NAME, 120)  # the user's width wins from now on
    assert dragged > 150
    window.resize(1256, 690)
    qtbot.wait(50)
    assert header.sectionSize(Column.NAME) == dragged



def test_copy_gives_the_rows_as_text_without_values(qtbot, tmp_path, qapp):
    window = make_window(qtbot, tmp_path)
    select_cookie(window, "cart_id", "chrome")
    window.cookie_view.copy_action.trigger()
    text = qapp.clipboard().text()
    assert text.splitlines()[0].startswith("Name\tSite\tProvider\tPurpose")
    assert "cart_id" in text and "/shop" in text and "a8009fonowfo" not in text


def test_sorting_and_revealing_work_from_the_menus(qtbot, tmp_path):
    from inspector.ui.sites.site_model import SiteColumn
    from inspector.ui.table.sort_menu import sort_menu

    window = make_window(qtbot, tmp_path)
    menu = sort_menu(window.cookie_view, "Sort", Column)
    next(a for a in menu.actions() if a.text() == "Expires").trigger()
    assert window.proxy.sortColumn() == Column.EXPIRES
    assert window.cookie_view.horizontalHeader().sortIndicatorSection() == Column.EXPIRES
    next(a for a in menu.actions() if a.text() == "&Descending").trigger()
    assert window.proxy.sortOrder() == Qt.SortOrder.DescendingOrder
    sites = sort_menu(window.site_view, "Sort", SiteColumn)
    next(a for a in sites.actions() if a.text() == "Cookies").trigger()
    next(a for a in sort_menu(window.site_view, "Sort", SiteColumn).actions() if a.text() == "&Descending").trigger()
    assert window.site_model.index(1, 0).data() == "lillemetropole.fr"  # the most cookies, under 'All sites'

    select_cookie(window, "cart_id", "chrome")
    with qtbot.waitSignal(window.details.value.revealed):
        window.actions.reveal.trigger()
    assert window.details.value.is_revealed
