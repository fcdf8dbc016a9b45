"""The window's search narrows the site list, Down/Enter go to the results, and the details pane
names whose word explains the cookie before its technical facts (the demo stores, see test_ui_filters)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from inspector.ui.sites.site_model import SiteColumn
from ui_support import make_window, select_cookie


def listed_sites(window) -> list[str]:
    model = window.site_view.model()
    return [model.index(r, SiteColumn.SITE).data() for r in range(model.rowCount())]


def shown_active(qtbot, window) -> None:
    """Keys reach the focused widget and its shortcuts only in the active window."""
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)


def focus_search(qtbot, window) -> None:
    window.filter_bar.focus_search()
    qtbot.waitUntil(window.filter_bar.search.hasFocus)


def type_filter(qtbot, window, text: str) -> None:
    window.filter_bar.search.clear()
    qtbot.keyClicks(window.filter_bar.search, text)


def test_search_narrows_the_site_list_and_clearing_lists_every_site(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    shown_active(qtbot, window)
    focus_search(qtbot, window)
    every = listed_sites(window)
    assert "doubleclick.net" in every and len(every) > 3
    type_filter(qtbot, window, "doubleclick")
    assert listed_sites(window) == ["All sites", "doubleclick.net"]
    # Counts stay the site's totals: what deleting the site would remove.
    model = window.site_view.model()
    assert model.index(1, SiteColumn.COOKIES).data() == str(window.session.table.result.site_counts["doubleclick.net"])
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_Escape)
    assert listed_sites(window) == every


def test_other_filters_narrow_the_site_list_too(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    window.filter_bar.findings_only.setChecked(True)
    shown = {window.proxy.table.site_of[r] for r in window.proxy.source_rows()}
    assert listed_sites(window) == ["All sites"] + sorted(shown)
    window.clear_filters()
    assert len(listed_sites(window)) == len(window.session.table.result.site_counts) + 1


def test_the_chosen_site_survives_while_it_is_listed(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    window.site_view.select_sites(["lillemetropole.fr"])
    type_filter(qtbot, window, "csrf")
    assert listed_sites(window) == ["All sites", "lillemetropole.fr"]
    assert window.site_view.selected_sites() == frozenset({"lillemetropole.fr"})
    assert {c.record.name for c in (window.session.table.cookies[r] for r in window.proxy.source_rows())} == {
        "csrftoken"}
    # A text matching other sites lists them although one site is chosen: the list is of matches.
    type_filter(qtbot, window, "_")
    assert "github.com" in listed_sites(window) and "lillemetropole.fr" in listed_sites(window)
    assert window.site_view.selected_sites() == frozenset({"lillemetropole.fr"})
    # A text its site does not match: the chosen site stays listed and chosen, and nothing shows.
    type_filter(qtbot, window, "doubleclick")
    assert listed_sites(window) == ["All sites", "doubleclick.net", "lillemetropole.fr"]
    assert window.site_view.selected_sites() == frozenset({"lillemetropole.fr"})
    assert window.proxy.rowCount() == 0
    window.filter_bar.search.clear()
    assert len(listed_sites(window)) == len(window.session.table.result.site_counts) + 1
    assert window.site_view.selected_sites() == frozenset({"lillemetropole.fr"})


def test_down_and_enter_in_the_search_box_go_to_the_first_result(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    shown_active(qtbot, window)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
        window.cookie_view.clearSelection()
        focus_search(qtbot, window)
        type_filter(qtbot, window, "csrf")
        qtbot.keyClick(window.filter_bar.search, key)
        QApplication.processEvents()
        qtbot.waitUntil(window.cookie_view.hasFocus)
        assert window.cookie_view.currentIndex().row() == 0
        assert [i.row() for i in window.cookie_view.selectionModel().selectedRows()] == [0]
        assert window.details.title.text() == "csrftoken"
    # Esc still empties the box.
    focus_search(qtbot, window)
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_Escape)
    assert window.filter_bar.text() == ""


def test_down_with_no_result_only_moves_the_focus(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    shown_active(qtbot, window)
    focus_search(qtbot, window)
    type_filter(qtbot, window, "no such cookie anywhere")
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_Down)
    qtbot.waitUntil(window.cookie_view.hasFocus)
    assert window.cookie_view.selectionModel().selectedRows() == []


def test_details_name_the_source_first(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    window.show()
    select_cookie(window, "IDE")
    pane = window.details
    first = pane.explanation
    assert first.isVisible()
    assert "catalog" in first.text().lower()
    assert "doubleclick" in first.text().lower() or "google" in first.text().lower()
    # The explanation comes before the findings, and those before the cookie's facts.
    ys = [w.mapTo(pane, w.rect().topLeft()).y() for w in (pane.explanation, pane.catalog, pane.findings,
                                                           pane.cookie_facts)]
    assert ys == sorted(ys)
    assert pane.catalog.isVisible()
    select_cookie(window, "csrftoken")
    assert "policy" in pane.explanation.text().lower()


def test_the_details_pane_collapses_and_the_choice_is_saved(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    shown_active(qtbot, window)
    select_cookie(window, "IDE")
    qtbot.mouseClick(window.details.collapse_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert not window.details.isVisible()
    assert not window.actions.details.isChecked()
    assert window.content_splitter.sizes()[1] == 0 or not window.details.isVisible()
    window.close()
    again = make_window(qtbot, tmp_path, settings=window.settings)
    again.show()
    assert not again.details.isVisible()
    again.actions.details.trigger()
    assert again.details.isVisible()


def test_a_reload_keeps_the_site_list_narrowed(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    window.filter_bar.search.setText("doubleclick")
    assert listed_sites(window) == ["All sites", "doubleclick.net"]
    old = window.session.table
    window.session.refresh()
    qtbot.waitUntil(lambda: window.session.table is not old and not window.session.loading)
    assert listed_sites(window) == ["All sites", "doubleclick.net"]
    window.filter_bar.search.clear()
    assert len(listed_sites(window)) == len(window.session.table.result.site_counts) + 1
