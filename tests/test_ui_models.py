"""The models behind the window: Qt's model tester on each, typed roles, raw sorting, counts."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelection, Qt

from inspector.domain.stores.demo import demo_stores
from inspector.domain.scan import scan
from inspector.ui import formatting as fmt
from inspector.ui.table.cookie_model import CookieModel
from inspector.ui.table.columns import Column
from inspector.ui.table.cookie_table import CookieTable
from inspector.ui.table.filter_proxy import CookieFilter, CookieFilterProxy
from inspector.ui.roles import COOKIE_ROLE, RECORD_ROLE, SORT_ROLE, STATUS_ROLE
from inspector.ui.sites.site_model import SiteColumn, SiteModel
from inspector.ui.window.store_model import StoreModel

DAY_US = 86_400 * 1_000_000


@pytest.fixture
def demo_result(tmp_path, bundled_policy):
    return scan(demo_stores(str(tmp_path / "demo")), bundled_policy)


@pytest.fixture
def models(qapp, demo_result):
    model = CookieModel()
    proxy = CookieFilterProxy()
    proxy.setSourceModel(model)
    model.set_table(CookieTable(demo_result))
    return model, proxy


def test_cookie_model_passes_the_model_tester_through_reloads(qtmodeltester, qapp, demo_result):
    model = CookieModel()
    qtmodeltester.check(model)
    model.set_table(CookieTable(demo_result))
    qtmodeltester.check(model)
    assert model.rowCount() == 32 and model.columnCount() == len(Column)


def test_proxy_passes_the_model_tester_while_filtering_and_sorting(qtmodeltester, models):
    _model, proxy = models
    qtmodeltester.check(proxy)
    proxy.set_filter(CookieFilter(text="lille"))
    qtmodeltester.check(proxy)
    proxy.sort(Column.EXPIRES, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)
    proxy.set_filter(CookieFilter(text="nothing matches this"))
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 0


def test_site_and_store_models_pass_the_model_tester(qtmodeltester, qapp, demo_result):
    sites = SiteModel()
    qtmodeltester.check(sites)
    sites.set_table(CookieTable(demo_result))
    sites.sort(SiteColumn.COOKIES, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(sites)
    stores = StoreModel()
    stores.set_reports(demo_result.reports)
    qtmodeltester.check(stores)
    assert stores.rowCount() == 2


def test_roles_give_the_domain_objects_and_raw_sort_values(models, demo_result):
    model, _proxy = models
    index = model.index(0, Column.EXPIRES)
    cookie = demo_result.cookies[0]
    assert index.data(RECORD_ROLE) is cookie.record
    assert index.data(COOKIE_ROLE) is cookie
    assert index.data(STATUS_ROLE) == cookie.match.status
    # Session cookies sort before every dated one; dated ones by their µs, not their text.
    expected = -1 if cookie.record.expires_us is None else cookie.record.expires_us
    assert index.data(SORT_ROLE) == expected
    assert model.index(0, Column.NAME).data(Qt.ItemDataRole.UserRole + 99) is None


def test_expires_sorts_by_time_not_by_its_words(models):
    _model, proxy = models
    proxy.sort(Column.EXPIRES, Qt.SortOrder.AscendingOrder)
    records = [proxy.index(r, 0).data(RECORD_ROLE) for r in range(proxy.rowCount())]
    sessions = [r for r in records if r.expires_us is None]
    dated = [r.expires_us for r in records if r.expires_us is not None]
    assert records[: len(sessions)] == sessions  # "session" first
    assert dated == sorted(dated)
    texts = [proxy.index(r, Column.EXPIRES).data() for r in range(proxy.rowCount())]
    assert texts != sorted(texts)  # "in 1 day" comes before "in 12 months" only by time
    proxy.sort(Column.EXPIRES, Qt.SortOrder.DescendingOrder)
    first = proxy.index(0, 0).data(RECORD_ROLE)
    assert first.expires_us == max(dated)


@pytest.mark.parametrize("column", list(Column))
def test_every_column_sorts_both_ways(models, column):
    _model, proxy = models
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        proxy.sort(column, order)
        keys = [proxy.index(r, column).data(SORT_ROLE) for r in range(proxy.rowCount())]
        assert keys == sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder)


def test_undeclared_rows_stand_out(models):
    model, _proxy = models
    statuses = {model.index(r, 0).data(STATUS_ROLE): r for r in range(model.rowCount())}
    undeclared, declared = statuses["undeclared"], statuses["declared"]
    bg = Qt.ItemDataRole.BackgroundRole
    assert model.index(undeclared, Column.NAME).data(bg) is not None
    assert model.index(declared, Column.NAME).data(bg) is None
    assert model.index(undeclared, Column.STATUS).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(undeclared, Column.STATUS).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(undeclared, Column.STATUS).data() == "Undeclared"


def test_selected_proxy_rows_map_to_the_right_records(models):
    """The path deletion will take: selected proxy rows -> mapToSource -> records."""
    model, proxy = models
    proxy.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    proxy.set_filter(CookieFilter(status="undeclared"))
    selection = QItemSelection(proxy.index(1, 0), proxy.index(3, len(Column) - 1))
    source = proxy.mapSelectionToSource(selection)
    from_source = [model.index(i.row(), 0).data(RECORD_ROLE) for i in source.indexes() if i.column() == 0]
    shown = [proxy.index(r, 0).data(RECORD_ROLE) for r in (1, 2, 3)]
    assert from_source == shown
    assert [model.index(r, 0).data(RECORD_ROLE) for r in proxy.selected_source_rows(selection)] == shown
    assert all(proxy.mapFromSource(proxy.mapToSource(proxy.index(r, 2))).row() == r for r in range(4))


def test_site_model_counts_and_pins_all_sites_on_top(qapp, demo_result):
    sites = SiteModel()
    sites.set_table(CookieTable(demo_result))
    rows = {sites.index(r, 0).data(): (sites.index(r, 1).data(), sites.index(r, 2).data())
            for r in range(sites.rowCount())}
    assert rows["All sites"] == ("32", "8")
    assert rows["lillemetropole.fr"] == ("18", "8")
    assert rows["example.org"] == ("6", "")  # no undeclared count shown where there is none
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        sites.sort(SiteColumn.COOKIES, order)
        assert sites.index(0, 0).data() == "All sites"
        counts = [int(sites.index(r, 1).data()) for r in range(1, sites.rowCount())]
        assert counts == sorted(counts, reverse=order == Qt.SortOrder.DescendingOrder)
    sites.sort(SiteColumn.SITE, Qt.SortOrder.AscendingOrder)
    names = [sites.index(r, 0).data() for r in range(1, sites.rowCount())]
    assert names == sorted(names)


@pytest.mark.parametrize("delta_us,expected", [
    (None, "session"),
    (-60 * 1_000_000, "expired"),
    (30 * 1_000_000, "in less than a minute"),
    (30 * 60 * 1_000_000, "in 30 minutes"),
    (60 * 60 * 1_000_000, "in 1 hour"),
    (DAY_US, "in 1 day"),
    (7 * DAY_US, "in 7 days"),
    (182 * DAY_US, "in 6 months"),
    (335 * DAY_US, "in 11 months"),
    (400 * DAY_US, "in 13 months"),
    (3 * 365 * DAY_US, "in 3 years"),
])
def test_relative_expiry_reads_naturally(qapp, delta_us, expected):
    now = 1_800_000_000 * 1_000_000
    expires = None if delta_us is None else now + delta_us
    expired = expires is not None and expires <= now
    assert fmt.relative_expiry(expires, now, expired) == expected


def test_exact_expiry_is_utc(qapp):
    assert fmt.exact_time(1_800_000_000 * 1_000_000) == "2027-01-15 08:00:00 UTC"


def test_selected_rows_give_the_cookies_and_their_store_keys(qtbot, tmp_path):
    from ui_support import make_window

    window = make_window(qtbot, tmp_path)
    window.filter_bar.search.setText("_g")
    window.cookie_view.selectAll()
    chosen = window.selection.cookies()
    assert sorted((c.record.browser, c.record.name) for c in chosen) == sorted(
        (b, n) for b in ("chrome", "firefox") for n in ("_ga", "_gid"))
    keys = {c.record.key for c in chosen}
    stores = {r.store.path for r in window.store_model.reports}
    assert len(keys) == 4  # one full unique key per row: what deletion needs to address it
    assert all(k.store in stores and k.columns and len(k.columns) == len(k.values) for k in keys)


def test_the_window_and_the_html_report_colour_a_category_alike(qapp):
    from inspector.domain.exports.report_html import category_chart
    from inspector.ui.category_colors import category_color

    for category in ("necessary", "statistics", "marketing", "unknown", "some-policy-own-id"):
        chart = category_chart([{"category": category, "source": "policy", "cookies": 3}])
        assert f'fill="{category_color(category).name()}"' in chart
