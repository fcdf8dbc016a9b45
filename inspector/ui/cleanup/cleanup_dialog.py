"""Clean up…: the choices, and the preview of what goes per site and per category, what is kept and why,
the stores it changes and the profiles it skips; Cancel is the default."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QGridLayout, QGroupBox, QHBoxLayout,
                               QHeaderView, QInputDialog, QLabel, QPushButton, QSpinBox, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout)

from inspector.domain import wording
from inspector.domain.codes import LINE_STORE, MARKETING, STATISTICS, UNDECLARED
from inspector.ui import formatting as fmt
from inspector.ui.deletion.confirm_dialog import destructive
from inspector.ui.icons import icon

UNKNOWN = "unknown"  # cleanup.rules.UNKNOWN_CATEGORY: the domain's id, imported there after the first paint
_SITE_ROLE = Qt.ItemDataRole.UserRole + 1
_KEPT_LISTED = 8


class CleanupDialog(QDialog):
    """Window-modal, opened with open(). `rules_changed(rules)` asks the owner for a new preview
    (show_preview answers); `keep_sign_ins_requested(site)` and `save_rule_requested(name, rules)`
    ask it to change the keep list or the rules file; accepted() means: delete what the preview shows."""

    rules_changed = Signal(list)  # [Rule]
    keep_sign_ins_requested = Signal(str)
    save_rule_requested = Signal(str, list)

    def __init__(self, make_rule, categories: list[tuple[str, str]], parent=None):
        """`make_rule(name, **choices)` builds a domain Rule; `categories`: (id, title) to offer."""
        super().__init__(parent)
        self._make_rule = make_rule
        self.preview = None
        self.setWindowTitle(self.tr("Clean Up Cookies"))
        self.setWindowModality(Qt.WindowModality.WindowModal)

        choices = QGroupBox(self.tr("Delete, on every site and in every browser, the cookies that are:"))
        grid = QGridLayout(choices)
        self.category_boxes: dict[str, QCheckBox] = {}
        for i, (cid, title) in enumerate(categories):
            box = QCheckBox(title)
            box.setChecked(cid in (MARKETING, STATISTICS))
            self.category_boxes[cid] = box
            grid.addWidget(box, 0, i)
        self.undeclared = QCheckBox(self.tr("Undeclared by the site's policy"))
        self.beyond_13 = QCheckBox(self.tr("Kept beyond 13 months"))
        self.over_declared = QCheckBox(self.tr("Kept longer than declared"))
        self.expired = QCheckBox(self.tr("Expired"))
        self.unused = QCheckBox(self.tr("Not used for"))
        self.unused_days = QSpinBox()
        self.unused_days.setRange(1, 3650)
        self.unused_days.setValue(90)
        self.unused_days.setSuffix(self.tr(" days"))
        self.against_choice = QCheckBox(self.tr("Against the consent choice you made on the site"))
        self.third_party = QCheckBox(self.tr("Only third-party cookies (set for other sites' pages)"))
        unused_row = QHBoxLayout()
        unused_row.addWidget(self.unused)
        unused_row.addWidget(self.unused_days)
        unused_row.addStretch(1)
        grid.addWidget(self.undeclared, 1, 0, 1, 2)
        grid.addWidget(self.beyond_13, 1, 2, 1, 2)
        grid.addWidget(self.over_declared, 2, 0, 1, 2)
        grid.addWidget(self.expired, 2, 2)
        grid.addLayout(unused_row, 2, 3, 1, 2)
        grid.addWidget(self.against_choice, 3, 0, 1, 4)
        grid.addWidget(self.third_party, 4, 0, 1, 4)
        for box in [*self.category_boxes.values(), self.undeclared, self.beyond_13, self.over_declared,
                    self.against_choice,
                    self.expired, self.unused, self.third_party]:
            box.toggled.connect(self._choices_changed)
        self.unused_days.valueChanged.connect(self._choices_changed)

        self.headline = QLabel()
        font = self.headline.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.headline.setFont(font)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Cookies to delete per site and category"))
        self.tree.setHeaderLabels([self.tr("Site · category · cookie"), self.tr("What it is"), self.tr("Source"),
                                   self.tr("Browser · Profile")])
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 260)
        header.resizeSection(2, 150)
        header.resizeSection(3, 150)
        self.tree.itemExpanded.connect(self._fill_category)
        self.tree.currentItemChanged.connect(self._update_sign_in_button)
        self.stores = self._info_label()
        self.kept = self._info_label()
        self.skipped = self._info_label()
        self.signed_out = self._info_label()
        self.closed_only = QCheckBox(self.tr("Delete from the closed ones now; the open ones are left as they are"))
        self.closed_only.setChecked(True)
        self.closed_only.toggled.connect(self._update_buttons)
        self.keep_sign_ins = QPushButton(icon("pin"), fmt.say(wording.KEEP_SIGN_INS))
        self.keep_sign_ins.setToolTip(self.tr("Add the chosen site's sign-in cookies to your keep list"))
        self.keep_sign_ins.clicked.connect(self._keep_sign_ins)
        sign_row = QHBoxLayout()
        sign_row.addWidget(self.signed_out, 1)
        sign_row.addWidget(self.keep_sign_ins)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save as &Rule…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self._save_rule)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.delete_button = QPushButton(icon("delete"), self.tr("Delete"))
        destructive(self.delete_button)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        for button in (self.save_button, self.cancel_button, self.delete_button):
            button.setAutoDefault(True)  # Enter presses the focused button
        self.cancel_button.setDefault(True)
        self.delete_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(choices)
        layout.addWidget(self.headline)
        layout.addWidget(self.tree, 1)
        for widget in (self.stores, self.kept, self.skipped, self.closed_only):
            layout.addWidget(widget)
        layout.addLayout(sign_row)
        layout.addWidget(buttons)
        self.resize(1100, 680)
        self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_buttons()

    @staticmethod
    def _info_label() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # --- the choices ----------------------------------------------------------------------------

    def rules(self) -> list:
        """One rule per kind of choice (a cookie any of them chooses goes); third-party narrows each."""
        third = self.third_party.isChecked()
        make, rules = self._make_rule, []
        categories = tuple(c for c, box in self.category_boxes.items() if box.isChecked())
        if categories:
            rules.append(make(self.tr("categories"), categories=categories, third_party=third))
        if self.undeclared.isChecked():
            rules.append(make(self.tr("undeclared"), statuses=(UNDECLARED,), third_party=third))
        findings = tuple(f for f, box in (("beyond-13-months", self.beyond_13),
                                          ("over-declared-lifetime", self.over_declared),
                                          ("against-choice", self.against_choice)) if box.isChecked())
        if findings:
            rules.append(make(self.tr("findings"), findings=findings, third_party=third))
        if self.expired.isChecked():
            rules.append(make(self.tr("expired"), expired=True, third_party=third))
        if self.unused.isChecked():
            rules.append(make(self.tr("unused"), unused_days=self.unused_days.value(), third_party=third))
        if third and not rules:
            rules.append(make(self.tr("third-party"), third_party=True))
        return rules

    def _choices_changed(self, *_args) -> None:
        self.headline.setText(self.tr("Looking…"))
        self.delete_button.setEnabled(False)
        self.rules_changed.emit(self.rules())

    def request_preview(self) -> None:
        self._choices_changed()

    # --- the preview ----------------------------------------------------------------------------

    def show_preview(self, preview) -> None:
        """`preview`: the cleanup api's Preview for the current choices."""
        self.preview = preview
        plan = preview.plan
        count = plan.count
        sites = len(preview.groups)
        self.headline.setText(fmt.plural(self.tr("Delete %n cookie(s)", "", count), count) + " · " +
                              fmt.plural(self.tr("on %n site(s)", "", sites), sites))
        self.delete_button.setText(fmt.plural(self.tr("Delete %n Cookie(s)", "", count), count))
        self.delete_button.setAccessibleName(self.delete_button.text())
        self._fill_tree(preview)
        lines = [part for line in plan.deletion.lines() if line.code == LINE_STORE
                 for part in [f"{fmt.store_label(line.params['browser'], line.params['profile'])}: " +
                              "; ".join(wording.store_parts(line, fmt.say))]]
        self.stores.setText(self.tr("From: {stores}").format(stores="\n".join(lines)) if lines else "")
        self.stores.setVisible(bool(lines))
        self.kept.setText(self._kept_text(plan))
        self.kept.setVisible(bool(plan.kept))
        skipped = [wording.skipped(s.reason, {**s.params, "browser": fmt.browser_name(s.store.browser)}, fmt.say)
                   for s in plan.skipped]
        self.skipped.setText(self.tr("Left for later:") + "\n" + "\n".join(f"• {t}" for t in skipped)
                             if skipped else "")
        self.skipped.setVisible(bool(skipped))
        self.closed_only.setVisible(any(s.reason == "open" for s in plan.skipped))
        signed = plan.sign_in_sites
        self.signed_out.setText(fmt.say(wording.SIGNED_OUT, len(signed)) + ": " + ", ".join(signed) if signed else "")
        self.signed_out.setVisible(bool(signed))
        self.keep_sign_ins.setVisible(bool(signed))
        self._update_sign_in_button()
        self._update_buttons()

    def _kept_text(self, plan) -> str:
        if not plan.kept:
            return ""
        why: dict = {}
        for _cookie, entry in plan.kept:
            text = wording.kept_because(entry, fmt.say)
            why[text] = why.get(text, 0) + 1
        parts = [f"{text} ({n})" for text, n in sorted(why.items(), key=lambda kv: -kv[1])[:_KEPT_LISTED]]
        if len(why) > _KEPT_LISTED:
            parts.append(fmt.plural(self.tr("and %n more", "", len(why) - _KEPT_LISTED), len(why) - _KEPT_LISTED))
        return fmt.say(wording.KEPT_COUNT, len(plan.kept)) + ": " + "; ".join(parts)

    def _fill_tree(self, preview) -> None:
        self.tree.clear()
        signed = set(preview.plan.sign_in_sites)
        for site, categories in preview.groups.items():
            total = sum(len(v) for v in categories.values())
            site_item = QTreeWidgetItem([f"{site} ({total})"])
            site_item.setIcon(0, icon("site"))
            site_item.setData(0, _SITE_ROLE, site)
            if site in signed:
                names = ", ".join(preview.sign_ins.get(site, []))
                site_item.setText(1, self.tr("signs you out ({names})").format(names=names))
            for cid, members in categories.items():
                title = wording.category_name(cid, fmt.say) if cid != UNKNOWN else self.tr("Unknown")
                item = QTreeWidgetItem([f"{title or cid} ({len(members)})"])
                item.setData(0, _SITE_ROLE, site)
                item.setData(0, Qt.ItemDataRole.UserRole + 2, (site, cid))
                item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
                site_item.addChild(item)
            self.tree.addTopLevelItem(site_item)
        if self.tree.topLevelItemCount() <= 30:
            self.tree.expandAll()

    def _fill_category(self, item: QTreeWidgetItem) -> None:
        """A category's cookies are made when it opens: a clean-up of thousands stays quick to show."""
        key = item.data(0, Qt.ItemDataRole.UserRole + 2)
        if key is None or item.childCount() or self.preview is None:
            return
        site, cid = key
        for cookie, about in self.preview.groups[site][cid]:
            r = cookie.record
            what = f"{about.provider} — {about.purpose}" if about is not None else self.tr("No source describes it")
            source = wording.source_label(about.source, fmt.say) if about is not None else "—"
            child = QTreeWidgetItem([f"{r.name}  ({r.host})", what, source, fmt.store_label(r.browser, r.profile)])
            child.setData(0, _SITE_ROLE, site)
            child.setToolTip(1, what)
            item.addChild(child)

    def cookie_rows(self) -> list[tuple[str, str, str, str]]:
        """Every cookie row the preview lists (filled first), as its four texts: for tests and screen readers."""
        rows = []
        for i in range(self.tree.topLevelItemCount()):
            site_item = self.tree.topLevelItem(i)
            for k in range(site_item.childCount()):
                category = site_item.child(k)
                self._fill_category(category)
                for j in range(category.childCount()):
                    c = category.child(j)
                    rows.append(tuple(c.text(n) for n in range(4)))
        return rows

    # --- buttons --------------------------------------------------------------------------------

    def _update_buttons(self, *_args) -> None:
        plan = self.preview.plan if self.preview is not None else None
        ready = plan is not None and plan.count > 0
        if plan is not None and any(s.reason == "open" for s in plan.skipped):
            ready = ready and self.closed_only.isChecked()
        self.delete_button.setEnabled(ready)
        self.save_button.setEnabled(bool(self.rules()))

    def _current_site(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, _SITE_ROLE) if item is not None else None

    def _update_sign_in_button(self, *_args) -> None:
        site = self._current_site()
        signed = self.preview.plan.sign_in_sites if self.preview is not None else []
        if site is None and len(signed) == 1:
            site = signed[0]
        self.keep_sign_ins.setEnabled(site in signed)
        self.keep_sign_ins.setToolTip(self.tr("Add the sign-in cookies of {site} to your keep list").format(
            site=site) if site in signed else self.tr("Choose a site that would sign you out"))
        self._sign_in_site = site if site in signed else None

    def _keep_sign_ins(self) -> None:
        if getattr(self, "_sign_in_site", None):
            self.keep_sign_ins_requested.emit(self._sign_in_site)

    def _save_rule(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save as Rule"), self.tr("Name of the rule:"))
        if ok and name.strip():
            self.save_rule_requested.emit(name.strip(), self.rules())
