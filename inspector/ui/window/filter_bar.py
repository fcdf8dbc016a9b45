"""The filter bar: a text box (Ctrl+F), the category, browser/profile and status filters, and "findings only"."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLineEdit, QStyle, QStyleOptionComboBox, QToolButton,
                               QWidget)

from inspector.domain.codes import CATALOG, DECLARED, NO_POLICY, OCD, POLICY, UNDECLARED
from inspector.ui import formatting as fmt
from inspector.ui.category_colors import category_icon
from inspector.ui.table.filter_proxy import NO_CATEGORY, NO_SOURCE
from inspector.ui.icons import icon

_ANY = None
_TO_RESULTS = (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class FilterBar(QWidget):
    """Emits `changed` on every keystroke and choice; the proxy does the filtering."""

    changed = Signal()
    clear_requested = Signal()
    results_requested = Signal()  # Down or Enter in the text box: go to the first shown cookie

    def __init__(self, parent=None):
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by site, host, name, provider or purpose  (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Filter cookies"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(200)
        self.search.textChanged.connect(self.changed)
        # Esc empties the box, as in browsers' find bars.
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search, self._escape,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.search.installEventFilter(self)

        self.category = self._combo(self.tr("Category filter"), self.tr("Show cookies of one policy category"))
        self.store = self._combo(self.tr("Browser and profile filter"),
                                 self.tr("Show the cookies of one browser profile"))
        self.status = self._combo(self.tr("Status filter"),
                                  self.tr("Show cookies by what the site's cookie policy says of them"))
        self.source = self._combo(self.tr("Source filter"),
                                  self.tr("Show cookies by whose word explains them: the site's policy, a catalog, "
                                          "or nobody"))
        self._fill_status()
        self._fill_sources()
        self.set_categories([])
        self.set_stores([])

        self.findings_only = QToolButton()
        self.findings_only.setCheckable(True)
        self.findings_only.setIcon(icon("findings-only"))
        self.findings_only.setText(self.tr("Show findings only"))
        self.findings_only.setToolTip(self.tr("Show only the cookies with a consent finding: undeclared, "
                                              "kept too long, miscategorised or unknown"))
        self.findings_only.setAccessibleName(self.tr("Show findings only"))
        self.findings_only.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.findings_only.setAutoRaise(True)
        self.findings_only.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it; Space toggles it
        self.findings_only.toggled.connect(self.changed)

        self.clear_button = QToolButton()
        self.clear_button.setIcon(icon("clear-filters"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setToolTip(self.tr("Clear every filter and show all cookies"))
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        # Its icon alone (the tooltip and the accessible name say it): the filters need the room in
        # every language, and Edit → Clear Filters names it in full.
        self.clear_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(self.clear_requested)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.search, 3)
        layout.addWidget(self.category, 1)
        layout.addWidget(self.store, 1)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.source, 1)
        layout.addWidget(self.findings_only)
        layout.addWidget(self.clear_button)
        self.changed.connect(self._update_clear_button)
        self._update_clear_button()

    def _combo(self, name: str, tip: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setToolTip(tip)
        # As wide as its "All …" choice (fit_combo), not its longest one: "Nécessaires (8 déclarés,
        # 2 selon le catalogue)" would squeeze every other filter; the list opens as wide as it needs.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        combo.currentIndexChanged.connect(self._combo_changed)
        return combo

    def showEvent(self, event) -> None:
        for combo in (self.category, self.store, self.status, self.source):
            fit_combo(combo)
        super().showEvent(event)

    def _combo_changed(self, _index: int) -> None:
        if not self.signalsBlocked():
            self.changed.emit()

    def eventFilter(self, watched, event) -> bool:
        if (watched is self.search and event.type() == QEvent.Type.KeyPress
                and event.key() in _TO_RESULTS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            self.results_requested.emit()
            return True
        return super().eventFilter(watched, event)

    def _escape(self) -> None:
        self.search.clear()

    # --- choices ------------------------------------------------------------------

    def _fill_status(self) -> None:
        self.status.addItem(self.tr("All statuses"), _ANY)
        self.status.addItem(icon("policy"), fmt.status(DECLARED), DECLARED)
        self.status.addItem(icon("warning"), fmt.status(UNDECLARED), UNDECLARED)
        self.status.addItem(icon("site"), fmt.status(NO_POLICY), NO_POLICY)

    def _fill_sources(self) -> None:
        self.source.addItem(self.tr("All sources"), _ANY)
        self.source.addItem(icon("policy"), self.tr("Policy"), POLICY)
        self.source.addItem(icon("info"), self.tr("Catalog"), CATALOG)
        self.source.addItem(icon("info"), self.tr("Open Cookie Database"), OCD)
        self.source.addItem(icon("site"), self.tr("Unknown"), NO_SOURCE)

    def set_categories(self, categories: list[tuple[str, str]]) -> None:
        """(id, label) pairs from the policy; the current choice survives if it still exists."""
        items = [(None, self.tr("All categories"), None)]
        items += [(category_icon(cid), label, cid) for cid, label in categories]
        items.append((category_icon(None), self.tr("Not categorised"), NO_CATEGORY))
        self._refill(self.category, items)

    def set_stores(self, stores: list[tuple[str, str, str]]) -> None:
        """(path, label, tooltip) per store."""
        items = [(None, self.tr("All browsers"), None)] + [(None, label, path) for path, label, _tip in stores]
        self._refill(self.store, items)
        for i, (_path, _label, tip) in enumerate(stores, start=1):
            self.store.setItemData(i, tip, Qt.ItemDataRole.ToolTipRole)

    def _refill(self, combo: QComboBox, items) -> None:
        keep = combo.currentData()
        blocked = self.blockSignals(True)
        combo.clear()
        for item_icon, label, data in items:
            if item_icon is None:
                combo.addItem(label, data)
            else:
                combo.addItem(item_icon, label, data)
        found = combo.findData(keep) if keep is not None else 0
        combo.setCurrentIndex(max(found, 0))
        fit_combo(combo)
        self.blockSignals(blocked)
        if keep is not None and found < 0:
            self.changed.emit()  # the chosen category or store is gone: show what is left

    # --- values ---------------------------------------------------------------------

    def text(self) -> str:
        return self.search.text()

    def values(self) -> dict:
        return {"text": self.search.text(), "category": self.category.currentData(),
                "store": self.store.currentData(), "status": self.status.currentData(),
                "source": self.source.currentData(), "findings_only": self.findings_only.isChecked()}

    def set_values(self, values: dict) -> None:
        """Restore saved choices; a category or store not (yet) offered is kept for later."""
        blocked = self.blockSignals(True)
        self.search.setText(values.get("text") or "")
        for combo, key in ((self.category, "category"), (self.store, "store"), (self.status, "status"),
                           (self.source, "source")):
            value = values.get(key)
            if value is None:
                combo.setCurrentIndex(0)
                continue
            index = combo.findData(value)
            if index < 0:  # offered once the stores are read: keep the wish as a hidden choice
                combo.addItem(str(value), value)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
        self.findings_only.setChecked(bool(values.get("findings_only")))
        self.blockSignals(blocked)
        self.changed.emit()

    def clear(self) -> None:
        blocked = self.blockSignals(True)
        self.search.clear()
        for combo in (self.category, self.store, self.status, self.source):
            combo.setCurrentIndex(0)
        self.findings_only.setChecked(False)
        self.blockSignals(blocked)
        self.changed.emit()

    def is_active(self) -> bool:
        return bool(self.search.text().strip()) or self.findings_only.isChecked() or any(
            c.currentIndex() > 0 for c in (self.category, self.store, self.status, self.source))

    def _update_clear_button(self) -> None:
        self.clear_button.setEnabled(self.is_active())

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()


def fit_combo(combo: QComboBox) -> None:
    """The combo shows its first choice ("All categories", « Toutes catégories ») whole, in any
    language, and asks for no more; its popup list is as wide as its widest choice."""
    metrics = combo.fontMetrics()
    first = combo.itemText(0) if combo.count() else ""
    with_icon = combo.count() and not combo.itemIcon(0).isNull()
    text = metrics.horizontalAdvance(first) + (combo.iconSize().width() + 4 if with_icon else 0) + 4
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    size = combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option,
                                          QSize(text, metrics.height()), combo)
    combo.setMinimumContentsLength(1)
    combo.setMinimumWidth(size.width())
    widest = max((metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0)
    combo.view().setMinimumWidth(widest + combo.iconSize().width() + 40)
