"""French text fits at 1366 × 768: column titles, category chips, statuses, site names, filters, toolbar and
menus are not cut, in any font."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyleOptionViewItem, QToolBar, QToolButton

from inspector.domain.codes import CATEGORIES, STATUSES
from inspector.domain.stores.discovery import stores_from_path
from inspector.ui import formatting as fmt
from inspector.ui import language
from inspector.ui.sites.site_model import SiteColumn
from inspector.ui.table.columns import Column
from ui_support import cut_titles, make_window, painted_text


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
    metrics = view.fontMetrics()
    assert view.horizontalScrollBar().maximum() == 0 or not view.horizontalScrollBar().isVisible()
    # Twelve columns in 1366 pixels, and not one title cut (« Chemin », « Attributs »), the sorted
    # one clear of its arrow; the site list's too.
    assert cut_titles(header) == []
    assert cut_titles(window.site_view.header()) == []
    widest_chip = max(metrics.horizontalAdvance(fmt.category_word(c)) for c in CATEGORIES)
    assert header.sectionSize(Column.CATEGORY) >= widest_chip + 2 * 7 + 2 * 4  # the chip's padding and margin
    bold = view.font()
    bold.setBold(True)
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


def _settle(qtbot, window) -> None:
    qtbot.wait(20)  # the columns fit again once the event loop runs (after a sort, after a load)


def test_a_title_stays_whole_when_its_column_is_sorted(window, qtbot):
    """The sort arrow needs room beside the title: the column sorted by gets it, in both lists."""
    header, sites = window.cookie_view.horizontalHeader(), window.site_view.header()
    for column in (Column.PATH, Column.FLAGS, Column.EXPIRES):
        window.cookie_view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        _settle(qtbot, window)
        assert header.sortIndicatorSection() == column
        assert cut_titles(header) == [], column.name
    window.site_view.sortByColumn(SiteColumn.COOKIES, Qt.SortOrder.DescendingOrder)
    _settle(qtbot, window)
    assert cut_titles(sites) == []


def _site_names(window) -> dict:
    """{site: the text its row paints} for every site the list shows."""
    view = window.site_view
    model = view.model()
    return {model.index(r, 0).data(): painted_text(view, model.index(r, 0)) for r in range(1, model.rowCount())}


def test_the_site_list_shows_typical_domains_whole(window):
    names = _site_names(window)
    assert {"lillemetropole.fr", "doubleclick.net"} <= set(names)
    assert {site: shown for site, shown in names.items() if shown != site} == {}
    assert window.site_view.width() >= window.site_view.minimumSizeHint().width()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_real_stores_fit_at_1366_in_both_languages(qtbot, qapp, tmp_path, real_stores, lang):
    """The stores real browsers wrote: longer findings, a profile named 'Your Chromium'."""
    language.install(qapp, lang)
    try:
        stores = (stores_from_path("chromium", real_stores.chromium_user_data())
                  + stores_from_path("firefox", real_stores.firefox_root()))
        window = make_window(qtbot, tmp_path, stores=stores)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        _settle(qtbot, window)
        assert not window.cookie_view.horizontalScrollBar().isVisible()
        assert cut_titles(window.cookie_view.horizontalHeader()) == []
        assert cut_titles(window.site_view.header()) == []
        names = _site_names(window)
        assert "lillemetropole.fr" in names
        assert {site: shown for site, shown in names.items() if shown != site} == {}
        # and the store still names its browser ("Chromium · Your Chro…" is the most it gives way)
        view = window.cookie_view
        for row in range(window.proxy.rowCount()):
            cell = window.proxy.index(row, Column.WHERE)
            assert painted_text(view, cell).startswith(cell.data().split(" · ")[0] + " · ")
    finally:
        language.install(qapp, "en")


def test_a_name_too_long_for_the_list_keeps_both_ends(window):
    """Middle elision: the TLD and the start of the name both stay."""
    view = window.site_view
    model = view.model()
    view.parentWidget().setSizes([view.minimumSizeHint().width(), 2000])  # as narrow as a user may drag it
    index = next(model.index(r, 0) for r in range(model.rowCount()) if model.index(r, 0).data() == "lillemetropole.fr")
    shown = painted_text(view, index)
    assert shown != "lillemetropole.fr" and "…" in shown
    assert shown.startswith("lil") and shown.endswith(".fr")


@pytest.mark.parametrize("points", [10, 11])
def test_category_chips_fit_their_word_in_a_larger_font(qtbot, qapp, tmp_path, points):
    """A desktop theme's font (GTK's Adwaita gives 10 or 11 points) makes every text wider:
    the chips still hold their whole word, in French, at 1366 × 768."""
    before = qapp.font()
    font = QFont(before)
    font.setPointSize(points)
    qapp.setFont(font)
    language.install(qapp, "fr")
    try:
        window = make_window(qtbot, tmp_path)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        _settle(qtbot, window)
        view = window.cookie_view
        assert QFontMetrics(view.font()).height() > QFontMetrics(before).height()  # the font did change
        cells = [window.proxy.index(r, Column.CATEGORY) for r in range(window.proxy.rowCount())]
        cells = [c for c in cells if c.data()]
        assert {c.data() for c in cells} >= {"Marketing", "Statistiques", "Nécessaires"}
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        delegate = view.itemDelegateForColumn(Column.CATEGORY)
        for cell in cells:
            # The chip's own size hint: its word, its padding and its margin.
            assert view.columnWidth(Column.CATEGORY) >= delegate.sizeHint(option, cell).width(), cell.data()
    finally:
        qapp.setFont(before)
        language.install(qapp, "en")
