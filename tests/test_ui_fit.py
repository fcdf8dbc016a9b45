"""French text fits at 1366 × 768: column titles, category chips, statuses, filters, toolbar and menus are not cut."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar, QToolButton

from inspector.domain.codes import CATEGORIES, STATUSES
from inspector.ui import formatting as fmt
from inspector.ui import language
from inspector.ui.table.columns import Column
from ui_support import make_window


@pytest.fixture(params=["fr", "en"])
def window(request, qtbot, qapp, tmp_path):
    language.install(qapp, request.param)
    try:
        w = make_window(qtbot, tmp_path)
        w.resize(1366, 768)
        w.show()
        qtbot.waitExposed(w)
        qapp.processEvents()
        w.cookie_view.fit_columns()
        yield w
    finally:
        language.install(qapp, "en")


def test_column_titles_chips_and_statuses_are_whole(window):
    view = window.cookie_view
    header = view.horizontalHeader()
    metrics, header_metrics = view.fontMetrics(), header.fontMetrics()
    assert view.horizontalScrollBar().maximum() == 0 or not view.horizontalScrollBar().isVisible()
    cut = [title for column in Column
           if header.sectionSize(column) < header_metrics.horizontalAdvance(
               title := window.proxy.headerData(column, Qt.Orientation.Horizontal)) + 8]
    # Twelve columns in 1366 pixels: titles are the first to give way, two at most, never these.
    assert len(cut) <= 2, cut
    for column in (Column.NAME, Column.CATEGORY, Column.STATUS, Column.FINDINGS, Column.HOST, Column.EXPIRES):
        assert window.proxy.headerData(column, Qt.Orientation.Horizontal) not in cut
    widest_chip = max(metrics.horizontalAdvance(fmt.category_word(c)) for c in CATEGORIES)
    assert header.sectionSize(Column.CATEGORY) >= widest_chip + 2 * 7 + 2 * 4  # the chip's padding and margin
    bold = view.font()
    bold.setBold(True)
    from PySide6.QtGui import QFontMetrics
    widest_status = max(QFontMetrics(bold).horizontalAdvance(fmt.status(s)) for s in STATUSES)
    assert header.sectionSize(Column.STATUS) >= widest_status + 16


def test_filters_toolbar_and_menus_are_whole(window):
    bar = window.filter_bar
    for combo in (bar.category, bar.store, bar.status, bar.source):
        assert combo.width() >= combo.fontMetrics().horizontalAdvance(combo.itemText(0)) + 24, combo.itemText(0)
    for button in [bar.findings_only, *window.findChild(QToolBar).findChildren(QToolButton)]:
        if button.isVisible() and button.text():
            assert button.width() >= button.sizeHint().width(), button.text()
    menu_bar = window.menuBar()
    assert menu_bar.sizeHint().width() <= menu_bar.width()
    assert window.site_view.width() >= window.site_view.minimumSizeHint().width()  # the site list keeps its room
