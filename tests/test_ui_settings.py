"""Window geometry, splitters, columns and filters come back on the next run (QSettings in an ini file)."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from inspector.domain.stores.demo import demo_stores
from inspector.ui.table.columns import Column
from inspector.ui.table.filter_proxy import NO_CATEGORY
from ui_support import drag_column_edge, make_window, shown_names


def _ini(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "consent-inspector.ini"), QSettings.Format.IniFormat)


def test_settings_round_trip(qtbot, tmp_path):
    stores = demo_stores(str(tmp_path / "demo"))
    firefox = next(s for s in stores if s.family == "firefox")
    first = make_window(qtbot, tmp_path, stores=stores, settings=_ini(tmp_path))
    first.show()
    qtbot.waitExposed(first)
    # The offscreen screen is 800x600 and restoreGeometry() keeps windows on screen: stay inside it.
    first.resize(first.minimumSizeHint().width(), 560)
    size = first.size()
    first.main_splitter.setSizes([250, 490])
    header = first.cookie_view.horizontalHeader()
    header.setSectionHidden(Column.PATH, True)
    header.moveSection(header.visualIndex(Column.STATUS), 1)
    before = header.sectionSize(Column.NAME)
    name_width = drag_column_edge(header, Column.NAME, 60)
    assert name_width >= before + 50
    header.setSortIndicator(Column.EXPIRES, Qt.SortOrder.DescendingOrder)
    first.site_view.select_sites(["lillemetropole.fr"])
    bar = first.filter_bar
    bar.store.setCurrentIndex(bar.store.findData(firefox.path))
    bar.status.setCurrentIndex(bar.status.findData("undeclared"))
    bar.search.setText("_g")
    first.set_details_visible(False)
    expected_rows = shown_names(first)
    assert expected_rows == [("firefox", "_ga"), ("firefox", "_gid")]
    splitter = first.main_splitter.sizes()
    first.close()  # saves

    second = make_window(qtbot, tmp_path / "again", stores=stores, settings=_ini(tmp_path))
    second.show()
    qtbot.waitExposed(second)
    assert second.size() == size
    assert second.main_splitter.sizes() == splitter
    header = second.cookie_view.horizontalHeader()
    assert header.isSectionHidden(Column.PATH)
    assert header.logicalIndex(1) == Column.STATUS
    assert header.sectionSize(Column.NAME) == name_width
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (Column.EXPIRES,
                                                                            Qt.SortOrder.DescendingOrder)
    assert second.filter_bar.text() == "_g"
    assert second.filter_bar.store.currentData() == firefox.path
    assert second.filter_bar.store.currentText() == "Firefox · Demo"  # the real entry, once the stores are read
    assert second.filter_bar.status.currentData() == "undeclared"
    assert second.site_view.selected_sites() == frozenset({"lillemetropole.fr"})
    assert not second.details_visible() and not second.details.isVisibleTo(second)
    assert shown_names(second) == expected_rows
    assert second.proxy.sortColumn() == Column.EXPIRES


def test_the_empty_category_choice_survives_a_restart(qtbot, tmp_path):
    first = make_window(qtbot, tmp_path, settings=_ini(tmp_path))
    bar = first.filter_bar
    bar.category.setCurrentIndex(bar.category.findData(NO_CATEGORY))
    count = first.proxy.rowCount()
    first.close()
    second = make_window(qtbot, tmp_path / "again", settings=_ini(tmp_path))
    assert second.filter_bar.category.currentData() == NO_CATEGORY
    assert second.proxy.rowCount() == count == 8  # example.org's three and github.com's logged_in, twice


def test_first_run_has_sensible_defaults(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, settings=_ini(tmp_path))
    header = window.cookie_view.horizontalHeader()
    assert [header.logicalIndex(v) for v in range(header.count())] == list(Column)
    assert not any(header.isSectionHidden(c) for c in Column)
    assert header.sortIndicatorSection() == Column.HOST
    assert window.details_visible()
    assert window.filter_bar.text() == "" and window.proxy.rowCount() == 32
