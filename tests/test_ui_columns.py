"""The cookie table's columns as a user sees them: the Site column, widths that fit, elision, full text on hover."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from inspector.domain.stores.demo import demo_stores
from inspector.ui.table.columns import Column
from inspector.ui.roles import COOKIE_ROLE
from ui_support import make_window, select_cookie

TIP = Qt.ItemDataRole.ToolTipRole


def _ini(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "consent-inspector.ini"), QSettings.Format.IniFormat)


def _cells(window, column):
    proxy = window.proxy
    return [proxy.index(r, column) for r in range(proxy.rowCount())]


def test_the_site_column_shows_each_cookies_site_and_sorting_by_it_groups_them(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    view, proxy = window.cookie_view, window.proxy
    assert proxy.headerData(Column.SITE, Qt.Orientation.Horizontal) == "Site"
    assert view.visible_columns()[:2] == [Column.NAME, Column.SITE]
    for cell in _cells(window, Column.SITE):
        assert cell.data() == proxy.index(cell.row(), 0).data(COOKIE_ROLE).site
    assert "lillemetropole.fr" in {c.data() for c in _cells(window, Column.SITE)}
    view.sortByColumn(Column.SITE, Qt.SortOrder.AscendingOrder)
    sites = [c.data() for c in _cells(window, Column.SITE)]
    assert sites == sorted(sites)
    # grouped: each site's cookies in one run
    runs = [s for i, s in enumerate(sites) if i == 0 or sites[i - 1] != s]
    assert len(runs) == len(set(sites))


def test_any_column_hides_from_the_header_menu_and_stays_hidden_after_a_restart(qtbot, tmp_path):
    stores = demo_stores(str(tmp_path / "demo"))
    first = make_window(qtbot, tmp_path, stores=stores, settings=_ini(tmp_path))
    first.show()
    qtbot.waitExposed(first)
    view = first.cookie_view
    menu = view.columns_menu()
    titles = [a.text() for a in menu.actions() if a.isCheckable()]
    assert titles == [first.proxy.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert all(a.isChecked() for a in menu.actions() if a.isCheckable())
    next(a for a in menu.actions() if a.text() == "Site").toggle()
    assert view.horizontalHeader().isSectionHidden(Column.SITE)
    assert Column.SITE not in view.visible_columns()
    assert not next(a for a in view.columns_menu().actions() if a.text() == "Site").isChecked()
    first.close()  # saves

    second = make_window(qtbot, tmp_path / "again", stores=stores, settings=_ini(tmp_path))
    second.show()
    qtbot.waitExposed(second)
    header = second.cookie_view.horizontalHeader()
    assert header.isSectionHidden(Column.SITE)
    assert not header.isSectionHidden(Column.HOST)
    menu = second.cookie_view.columns_menu()
    next(a for a in menu.actions() if a.text() == "Site").toggle()  # and back
    assert not header.isSectionHidden(Column.SITE) and header.sectionSize(Column.SITE) > 0


def _shown_text(view, index) -> str:
    """The text a cell paints, elided the way its delegate elides it."""
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    option.textElideMode = view.textElideMode()  # the view's, unless the column's delegate has its own
    delegate = view.itemDelegateForIndex(index)
    delegate.initStyleOption(option, index)
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    room = view.columnWidth(index.column()) - 2 * margin
    return option.fontMetrics.elidedText(option.text, option.textElideMode, room)


def test_a_long_host_is_cut_at_the_left_and_keeps_its_site(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    view = window.cookie_view
    host = next(c for c in _cells(window, Column.HOST) if c.data() == "opendata.lillemetropole.fr")
    view.setColumnWidth(Column.HOST, view.fontMetrics().horizontalAdvance("…ta.lillemetropole.fr") + 12)
    shown = _shown_text(view, host)
    assert shown.startswith("…") and shown.endswith("lillemetropole.fr")
    # by default, too, the column is wide enough for "…" and the site
    view.reset_columns()
    qtbot.wait(20)
    assert _shown_text(view, host).endswith("lillemetropole.fr")


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
def test_the_store_column_shows_browser_and_profile_on_a_laptop_screen(qtbot, tmp_path, size):
    window = make_window(qtbot, tmp_path)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(20)
    view = window.cookie_view
    for cell in _cells(window, Column.WHERE):
        browser, profile = cell.data().split(" · ")[:2]
        assert _shown_text(view, cell).startswith(f"{browser} · {profile}"), _shown_text(view, cell)


@pytest.mark.parametrize("size,lang", [((1280, 720), "en"), ((1366, 768), "en"), ((1366, 768), "fr")])
def test_status_and_findings_are_never_cut_on_a_laptop_screen(qtbot, qapp, tmp_path, size, lang):
    from inspector.ui import language
    language.install(qapp, lang)
    try:
        _status_and_findings_whole(qtbot, tmp_path, size)
    finally:
        language.install(qapp, "en")


def _status_and_findings_whole(qtbot, tmp_path, size):
    window = make_window(qtbot, tmp_path)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    view = window.cookie_view
    qtbot.waitUntil(lambda: window.cookie_model.table is not None and window.cookie_model.table.findings_ready)
    qtbot.wait(50)
    assert not view.horizontalScrollBar().isVisible()
    icon = view.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, view)
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    for column in (Column.STATUS, Column.FINDINGS):
        width = view.columnWidth(column)
        cells = [c for c in _cells(window, column) if c.data()]
        assert cells
        for cell in cells:
            font = cell.data(Qt.ItemDataRole.FontRole) or view.font()  # Undeclared is bold
            # text, icon and the gap after it, and the cell's margins
            needed = QFontMetrics(QFont(font)).horizontalAdvance(cell.data()) + icon + 4 + margin
            assert needed <= width, (column.name, cell.data(), needed, width)


def test_every_cut_cell_shows_its_full_text_on_hover(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    qtbot.waitUntil(lambda: window.cookie_model.table is not None and window.cookie_model.table.findings_ready)
    proxy = window.proxy
    plain = (Column.NAME, Column.SITE, Column.HOST, Column.PROVIDER, Column.PURPOSE, Column.CATEGORY,
             Column.WHERE, Column.STATUS)
    for row in range(proxy.rowCount()):
        for column in plain:
            cell = proxy.index(row, column)
            text = cell.data()
            if text and text != "—":
                assert cell.data(TIP).startswith(text), (column.name, text, cell.data(TIP))
        findings = proxy.index(row, Column.FINDINGS)
        if findings.data():
            assert findings.data(TIP).startswith(f"<p>{findings.data()}</p>")
    row = select_cookie(window, "cart_id", "chrome")
    where = proxy.index(row, Column.WHERE)
    cookie = proxy.index(row, 0).data(COOKIE_ROLE)
    assert where.data(TIP).splitlines() == [where.data(), cookie.record.store]
    # the sources' information stays after the full text
    purpose = next(c for c in _cells(window, Column.PURPOSE) if c.data() != "—")
    assert "\n\n" in purpose.data(TIP)
