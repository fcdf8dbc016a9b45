"""The main window: wires the session, models, views and panes together. No domain rules live here."""
from __future__ import annotations

import os
from dataclasses import replace

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Slot
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QSplitter, QVBoxLayout, QWidget

from inspector.ui import formatting as fmt
from inspector.ui.window import settings as window_settings
from inspector.ui.window.context_menus import ContextMenus
from inspector.ui.window.language_menu import LanguageMenu
from inspector.ui.table.columns import Column
from inspector.ui.table.cookie_model import CookieModel
from inspector.ui.table.cookie_selection import CookieSelection
from inspector.ui.table.cookie_view import CookieView
from inspector.ui.deletion.view_state import ViewStateKeeper
from inspector.ui.cleanup.window_part import CleanupPart
from inspector.ui.deletion.actions import DeletionActions
from inspector.ui.deletion.flow import DeletionFlow
from inspector.ui.policies.policy_actions import PolicyActions
from inspector.ui.consent.choice_panel import ChoicePanel
from inspector.ui.consent.consent_actions import ConsentActions
from inspector.ui.details.details_pane import DetailsPane
from inspector.ui.details.selection_details import SelectionDetails
from inspector.ui.window.export_actions import Exporter
from inspector.ui.window.filter_bar import FilterBar
from inspector.ui.table.filter_proxy import CookieFilter, CookieFilterProxy
from inspector.ui.icons import app_icon
from inspector.ui.window.notices import Notices
from inspector.ui.table.selection_keeper import SelectionKeeper
from inspector.ui.workspace.session import Session
from inspector.ui.sites.site_model import SiteColumn, SiteModel
from inspector.ui.sites.site_selection_keeper import SiteSelectionKeeper
from inspector.ui.sites.site_summary import SiteSummaryHeader
from inspector.ui.table.sort_menu import sort_menu
from inspector.ui.sites.site_view import SiteView
from inspector.ui.status_bar import StatusBar
from inspector.ui.window.store_model import StoreModel
from inspector.ui.window.stores_dialog import StoresDialog
from inspector.ui.window.window_actions import build_menus, build_toolbar, create_actions

APP_TITLE = "Consent Inspector"
_CLOCK_MS = 60_000


class MainWindow(QMainWindow):
    def __init__(self, session: Session, runner, settings=None, parent=None):
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self._stores_dialog: StoresDialog | None = None
        self.setWindowTitle(APP_TITLE)
        self.setWindowIcon(app_icon())

        self.cookie_model = CookieModel(self)
        self.proxy = CookieFilterProxy(self)
        self.proxy.setSourceModel(self.cookie_model)
        self._site_probe = CookieFilterProxy(self)  # the filters without the site choice, for the site list
        self._site_probe.setSourceModel(self.cookie_model)
        self._site_names: tuple = (None, [])  # (table, site per site id)
        self._narrowing = False
        self.cleanup = None  # CleanupPart, once the commands are in
        self.site_model = SiteModel(self)
        self.store_model = StoreModel(self)
        self._build(runner)
        self.actions = create_actions(self)
        self.selection_details = SelectionDetails(self.details, self.actions.details, session, self.selection,
                                                  self.cookie_model, self)
        self._connect()
        self._add_commands(runner)
        if session.loading:  # started before this window existed (app.main does so)
            self._load_started("load")
        self._show_empty_state()
        self._fit_to_screen()
        # Columns fit the window until the user sizes one, unless the settings bring saved ones.
        restored = settings is not None and window_settings.restore_window(self, settings)
        self.cookie_view.set_auto_fit(not restored)
        self._size_panes_on_show = not restored
        self._clock = QTimer(self, interval=_CLOCK_MS, timeout=self._tick)
        self._clock.start()

    # --- layout -----------------------------------------------------------------------

    def _fit_to_screen(self) -> None:
        """A first-run size that shows every column where the screen allows (settings win later)."""
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1600, 960
        if screen is not None:
            width, height = min(width, int(screen.width() * 0.92)), min(height, int(screen.height() * 0.9))
        self.resize(width, height)

    def _build(self, runner) -> None:
        self.filter_bar = FilterBar()
        self.site_summary = SiteSummaryHeader()
        self.choice_panel = ChoicePanel()
        self.choice_panel.hide()
        self.site_view = SiteView()
        self.site_view.setModel(self.site_model)
        self.site_keeper = SiteSelectionKeeper(self.site_view, self.site_model)
        self.cookie_view = CookieView()
        self.cookie_view.setModel(self.proxy)
        self.keeper = SelectionKeeper(self.cookie_view, self.proxy)
        self.selection = CookieSelection(self.cookie_view, self.proxy)
        self.details = DetailsPane(runner)
        self.notices = Notices(self)
        self.demo_banner, self.error_banner = self.notices.demo_banner, self.notices.error_banner

        self.content_splitter = QSplitter(Qt.Orientation.Vertical)
        self.content_splitter.setObjectName("contentSplitter")
        self.content_splitter.addWidget(self.cookie_view)
        self.content_splitter.addWidget(self.details)
        self.content_splitter.setStretchFactor(0, 3)
        self.content_splitter.setStretchFactor(1, 1)
        self.content_splitter.setSizes([480, 300])
        self.content_splitter.setChildrenCollapsible(False)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(6)
        right_layout.addWidget(self.filter_bar)
        right_layout.addWidget(self.site_summary)
        right_layout.addWidget(self.choice_panel)
        right_layout.addWidget(self.content_splitter, 1)

        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.site_view)
        self.main_splitter.addWidget(right)
        self.main_splitter.setStretchFactor(1, 1)  # the site list keeps its size hint's width
        self.main_splitter.setChildrenCollapsible(False)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.setSpacing(6)
        layout.addWidget(self.demo_banner)
        layout.addWidget(self.error_banner)
        layout.addWidget(self.main_splitter, 1)
        self.setCentralWidget(central)
        self.status = StatusBar()
        self.setStatusBar(self.status)

        self.setTabOrder(self.filter_bar.search, self.filter_bar.category)
        self.setTabOrder(self.filter_bar.category, self.filter_bar.store)
        self.setTabOrder(self.filter_bar.store, self.filter_bar.status)
        self.setTabOrder(self.filter_bar.status, self.filter_bar.findings_only)
        self.setTabOrder(self.filter_bar.findings_only, self.filter_bar.clear_button)
        self.setTabOrder(self.filter_bar.clear_button, self.site_view)
        self.setTabOrder(self.site_view, self.cookie_view)
        self.setTabOrder(self.cookie_view, self.details.value.reveal_button)

    def _add_commands(self, runner) -> None:
        """Deletion and the exports, each given what it works on; then every menu, the toolbar and
        the context menus, which place the window's actions and theirs."""
        session, selection = self.session, self.selection
        flow = DeletionFlow(session, selection, self.status, runner, self,
                            view_state=ViewStateKeeper(self.site_view, self.cookie_view, session))
        self.deletion = DeletionActions(flow, session, selection, self.site_view, self)
        self.exporter = Exporter(session, selection, self.status, runner, self.actions.export_report,
                                 self.actions.export_cookies, self)
        self.policies = PolicyActions(session, runner, self)
        self.site_summary.add_policy_requested.connect(self.policies.add_policy_for)
        help_menu = build_menus(self, self.actions, self.deletion, self.cookie_view.columns_menu,
                                lambda: sort_menu(self.cookie_view, self.tr("Sort Cookies By"), Column),
                                lambda: sort_menu(self.site_view, self.tr("Sort Sites By"), SiteColumn),
                                [self.policies.add_policy, self.policies.show_policies],
                                LanguageMenu(self.settings, self.statusBar(), self))
        self.consent = ConsentActions(runner, self.choice_panel, self.site_view, self.site_model, self.keeper,
                                      self.cookie_view, self, cookie_model=self.cookie_model)
        self.consent.add_menu(self.menuBar(), before=help_menu.menuAction())
        self.choice_panel.delete_against_requested.connect(self.deletion.delete_keys)
        build_toolbar(self, self.actions, self.deletion)
        self.context_menus = ContextMenus(self.cookie_view, self.site_view, self.actions.clear_filters,
                                          self.deletion, self, self.policies)
        layout = self.centralWidget().layout()
        for banner in (flow.done_banner, flow.failed_banner):  # below the notices, above the content
            layout.insertWidget(layout.indexOf(self.main_splitter), banner)
        flow.refresh_undoable()  # whether an earlier run left a deletion to undo
        self.cleanup = CleanupPart(self, runner)  # Clean up…, the keep list, its pins and Kept filter

    def _connect(self) -> None:
        a = self.actions
        a.open_policy.triggered.connect(self.choose_policy)
        a.quit.triggered.connect(self.close)
        a.find.triggered.connect(self.filter_bar.focus_search)
        a.clear_filters.triggered.connect(self.clear_filters)
        a.refresh.triggered.connect(self.session.refresh)
        a.stores.triggered.connect(self.show_stores)
        a.go_sites.triggered.connect(lambda: self.site_view.setFocus(Qt.FocusReason.ShortcutFocusReason))
        a.go_cookies.triggered.connect(lambda: self.cookie_view.setFocus(Qt.FocusReason.ShortcutFocusReason))
        a.go_details.triggered.connect(self.selection_details.focus)
        a.reveal.triggered.connect(self.selection_details.reveal)
        a.about.triggered.connect(self._about)
        a.about_qt.triggered.connect(lambda: QMessageBox.aboutQt(self))

        self.filter_bar.changed.connect(self._apply_filter)
        self.filter_bar.results_requested.connect(self._focus_results)
        self.filter_bar.clear_requested.connect(self.clear_filters)
        self.site_view.selectionModel().selectionChanged.connect(self._apply_filter)
        self.cookie_view.selectionModel().selectionChanged.connect(self.selection_details.show_selection)
        self.cookie_view.selectionModel().currentChanged.connect(self.selection_details.show_selection)
        self.keeper.restored.connect(self._after_refilter)
        # Counting the shown rows waits for a pause in typing: keystrokes refilter at once.
        self._counts_timer = QTimer(self, singleShot=True, interval=0, timeout=self._update_counts)
        self.cookie_view.empty_state.link_activated.connect(self._empty_state_link)
        self.notices.stores_requested.connect(self.show_stores)
        self.cookie_view.horizontalHeader().sortIndicatorChanged.connect(self._sort_changed)
        self._sort_changed(self.proxy.sortColumn(), self.proxy.sortOrder())

        s = self.session
        s.load_started.connect(self._load_started)
        s.load_progressed.connect(self.status.show_progress)
        s.loaded.connect(self._on_loaded)
        s.cookies_removed.connect(self._on_cookies_removed)
        s.warmed.connect(self._on_warmed)
        s.load_failed.connect(self._on_load_failed)
        s.policy_failed.connect(self._on_policy_failed)

    # --- loading ----------------------------------------------------------------------

    @Slot(str)
    def _load_started(self, reason: str) -> None:
        self.status.show_load_started(reason)
        self.actions.refresh.setEnabled(False)

    @Slot(object)
    def _on_loaded(self, loaded) -> None:
        table = loaded.table
        reports = table.result.reports
        self.cookie_model.set_table(table)
        self.site_model.set_table(table)
        self.consent.set_table(table)
        self._narrow_sites()
        self.store_model.set_reports(reports)
        self._fill_categories()
        self.filter_bar.set_stores([(r.store.path, fmt.store_label(r.store.browser, r.store.profile), r.store.path)
                                    for r in reports if r.error is None])
        self._update_title()
        self.status.show_policy(fmt.policy_title(loaded.policy), loaded.policy.path)
        self.notices.show_demo(loaded.demo)
        self.notices.show_store_errors(reports)
        self.status.hide_progress()
        self.actions.refresh.setEnabled(True)
        keys = self.selection.take_keys_after_load()
        if keys:
            self.keeper.select_keys(keys)
        self._after_refilter()
        self._update_counts()

    @Slot(str)
    def _on_load_failed(self, message: str) -> None:
        self.selection.take_keys_after_load()  # this load shows nothing to select them in
        self.status.hide_progress()
        self.actions.refresh.setEnabled(True)
        self.notices.show_load_failure(message)

    def _update_title(self) -> None:
        loaded = self.session.current
        if loaded is None:
            self.setWindowTitle(APP_TITLE)
            return
        parts = [fmt.policy_title(loaded.policy)]
        if loaded.demo:
            parts.insert(0, self.tr("Demo data"))
        self.setWindowTitle(f"{APP_TITLE} — {' · '.join(parts)}")

    # --- policy -----------------------------------------------------------------------

    @Slot()
    def choose_policy(self) -> None:
        start = os.path.dirname(self.session.policy_path)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open Policy"), start,
                                              self.tr("Cookie policies (*.yaml *.yml);;All files (*)"))
        if path:
            self.session.open_policy(path)

    @Slot(str)
    def _on_policy_failed(self, message: str) -> None:
        self.status.hide_progress()
        self.actions.refresh.setEnabled(True)
        self.notices.show_policy_error(message, self.session.policy)

    @property
    def policy_message(self) -> str:
        return self.notices.policy_message

    # --- filtering --------------------------------------------------------------------

    def apply_filters(self) -> None:
        """Filter again from every control (the Kept filter lives outside the filter bar)."""
        self._apply_filter()

    @Slot()
    def _apply_filter(self) -> None:
        values = self.filter_bar.values()
        f = CookieFilter(text=values["text"], sites=self.site_view.selected_sites(),
                         category=values["category"], store=values["store"], status=values["status"],
                         source=values["source"], findings_only=values["findings_only"],
                         kept_only=self.cleanup is not None and self.cleanup.kept_only)
        self.proxy.set_filter(f)
        if not self._narrowing:  # narrowing the list may move the site selection, which comes back here
            self._narrow_sites()

    def _narrow_sites(self) -> None:
        """The site list keeps the sites with a cookie that every filter but the site choice shows,
        and the chosen sites."""
        self._narrowing = True
        try:
            self.site_model.set_shown_sites(self._shown_sites())
        finally:
            self._narrowing = False

    def _shown_sites(self) -> frozenset | None:
        table = self.cookie_model.table
        f = self.proxy.filter
        rest = replace(f, sites=frozenset())
        if self._site_names[0] is not table:  # never keep a replaced table (and its rows) alive
            self._site_names = (None, [])
        if table is None or not rest.is_active():
            self._site_probe.set_filter(CookieFilter())
            return None
        if f.sites:  # the table shows the chosen sites only: ask a second proxy, without them
            self._site_probe.set_filter(rest)
            rows = self._site_probe.source_rows()
        else:
            self._site_probe.set_filter(CookieFilter())
            rows = self.proxy.source_rows()
        if self._site_names[0] is None:
            self._site_names = (table, list(dict.fromkeys(table.site_of)))  # site_id_of's numbering
        names = self._site_names[1]
        # The chosen sites stay listed even without a match: a filter never drops the user's choice
        # (the table then says that nothing matches, and the site summary says so of the site).
        return frozenset(map(names.__getitem__, set(map(table.site_id_of.__getitem__, rows)))) | f.sites

    @Slot()
    def _focus_results(self) -> None:
        """Down or Enter in the filter box: the table takes the focus, its first shown cookie chosen."""
        view = self.cookie_view
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.proxy.rowCount() > 0:
            first = self.proxy.index(0, 0)
            flags = QItemSelectionModel.SelectionFlag
            view.selectionModel().setCurrentIndex(first, flags.ClearAndSelect | flags.Rows)
            view.scrollTo(first)

    @Slot()
    def clear_filters(self) -> None:
        blocked = self.site_view.selectionModel().blockSignals(True)
        self.site_view.select_sites([])
        self.site_view.selectionModel().blockSignals(blocked)
        self.site_view.viewport().update()
        self.filter_bar.clear()  # emits changed once: one refilter for everything

    @Slot(int, Qt.SortOrder)
    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        self.session.sort_hint = (column, order == Qt.SortOrder.DescendingOrder)

    def restore_site_selection(self, sites: list[str]) -> None:
        """Called by the settings before the first load: applied when the sites are known."""
        self.site_keeper.restore_later(sites)

    @Slot(object)
    def _on_warmed(self, table) -> None:
        """Findings arrive after the table is shown: fill their column, the summary and the details."""
        if self.session.table is not table:
            return
        self.cookie_model.findings_changed()
        self._fill_categories()
        self._after_refilter()

    def _fill_categories(self) -> None:
        """The policy's categories and the catalogs', counted once the table is warm (on the worker)."""
        loaded = self.session.current
        table = loaded.table
        counts = table.category_counts if table.warm_done else None
        self.filter_bar.set_categories(fmt.category_choices(loaded.policy, table.lang, counts))

    @Slot()
    def _after_refilter(self) -> None:
        self._counts_timer.start()
        self._show_empty_state()
        self.selection_details.show_selection()
        f = self.proxy.filter
        self.site_summary.show_site(self.cookie_model.table, f.sites, self.proxy.source_rows(), f.store)

    def _update_counts(self) -> None:
        table = self.session.table
        if table is not None:
            self.status.show_table(table, self.proxy.summary(), self.proxy.filter.is_active())

    def _show_empty_state(self) -> None:
        empty = self.cookie_view.empty_state
        if self.proxy.rowCount() > 0:
            empty.hide()
        else:
            empty.show_message(self.notices.empty_table_text(self.session.current, self.proxy.filter))

    @Slot(str)
    def _empty_state_link(self, link: str) -> None:
        if link == "stores":
            self.show_stores()
        else:
            self.clear_filters()

    @Slot(list, object)
    def _on_cookies_removed(self, rows: list[int], table) -> None:
        """Deleted cookies leave without a reload: `table` is the previous one minus `rows`."""
        self.cookie_model.remove_cookies(rows, table)
        self.site_model.set_table(table)  # counts change and emptied sites go; the selection is kept
        self._narrow_sites()
        self.store_model.set_reports(table.result.reports)
        self._after_refilter()

    # --- details (settings.py saves and restores whether the pane shows) ------------------

    def details_visible(self) -> bool:
        return self.selection_details.is_visible()

    def set_details_visible(self, visible: bool) -> None:
        self.selection_details.set_visible(visible)

    # --- the rest ---------------------------------------------------------------------

    @Slot()
    def show_stores(self) -> None:
        if self._stores_dialog is None:
            self._stores_dialog = StoresDialog(self.store_model, self)
        self._stores_dialog.show()
        self._stores_dialog.raise_()
        self._stores_dialog.activateWindow()

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Consent Inspector"), self.tr(
            "<h3>Consent Inspector</h3><p>Shows which cookies your browsers hold and what each site's "
            "published cookie policy says they are for.</p><p>Cookie values stay hidden unless you reveal one.</p>"))

    @Slot()
    def _tick(self) -> None:
        self.cookie_model.set_now(self.session.clock.now_us())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._size_panes_on_show:
            self._size_panes_on_show = False
            self._panes_follow_window = True
            self.main_splitter.splitterMoved.connect(self._panes_sized_by_hand)
            self.main_splitter.installEventFilter(self)
            # The stores load after the window shows: their sites and columns decide the shares again.
            self.cookie_view.columns_measured.connect(self._panes_follow_contents)
            QTimer.singleShot(0, self._size_panes)  # once the layout has given the splitter its width

    def eventFilter(self, watched, event) -> bool:
        # Until the user drags the splitter, a narrower window takes its room from the site
        # list first (down to its minimum), as the first sizing did; sized as the splitter is.
        if (watched is self.main_splitter and event.type() == QEvent.Type.Resize
                and getattr(self, "_panes_follow_window", False)):
            self._size_panes()
        return super().eventFilter(watched, event)

    def _panes_sized_by_hand(self, *_args) -> None:
        self._panes_follow_window = False

    def _panes_follow_contents(self) -> None:
        if self._panes_follow_window:
            self._size_panes()

    def _size_panes(self) -> None:
        """The site list gets its own width and the cookies the rest; QSplitter alone would
        shrink both in proportion to their size hints."""
        total = self.main_splitter.width()
        # On a laptop screen the list gives way first, down to typical domains whole (longer names
        # are cut in the middle, keeping the TLD); then the table's sites and hosts (cut at the left,
        # keeping the site's end); then, so that every column's title, chips and statuses stay whole,
        # the list again, down to its minimum.
        total -= self.main_splitter.handleWidth()
        sites = self.site_view
        site = min(sites.sizeHint().width(), max(total - self.cookie_view.needed_width(), sites.readable_width()))
        site = max(sites.minimumSizeHint().width(), min(site, total - self.cookie_view.needed_width(floors=False)))
        self.main_splitter.setSizes([site, max(total - site, 1)])

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.cookie_model.refresh_palette()
            self.site_model.refresh_palette()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:
        if self.settings is not None:
            window_settings.save_window(self, self.settings)
        super().closeEvent(event)
