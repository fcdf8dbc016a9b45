"""The window's policy commands: "Add a Site's Policy…" (File menu, site list, site summary) and "Policies…"."""
from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction

from inspector.ui.policies.import_dialog import ImportPolicyDialog
from inspector.ui.policies.policies_dialog import PoliciesDialog


class PolicyActions(QObject):
    """Given the session and a runner; after a save or a removal the library is read again, so the
    site's cookies turn declared or undeclared without a restart (the folder watcher would too)."""

    def __init__(self, session, runner, window):
        super().__init__(window)
        self._session = session
        self._runner = runner
        self._window = window
        self.import_dialog: ImportPolicyDialog | None = None
        self.policies_dialog: PoliciesDialog | None = None
        self.add_policy = QAction(self.tr("&Add a Site's Policy…"), window)
        self.add_policy.setStatusTip(self.tr("Import a site's published cookie policy into your policy library"))
        self.add_policy.triggered.connect(lambda: self.add_policy_for(""))
        self.show_policies = QAction(self.tr("&Policies…"), window)
        self.show_policies.setStatusTip(self.tr("The policies in force, where they came from, what they cover"))
        self.show_policies.triggered.connect(self.open_policies)
        window.addAction(self.add_policy)
        window.addAction(self.show_policies)

    @Slot(str)
    def add_policy_for(self, site: str = "", url: str = "", previous=None) -> ImportPolicyDialog:
        if self.import_dialog is not None:
            self.import_dialog.close()
            self.import_dialog.deleteLater()
        dialog = ImportPolicyDialog(self._session, self._runner, self._window, site=site, url=url, previous=previous)
        dialog.saved.connect(self._changed)
        self.import_dialog = dialog
        dialog.show()
        return dialog

    @Slot()
    def open_policies(self) -> PoliciesDialog:
        if self.policies_dialog is None:
            self.policies_dialog = PoliciesDialog(self._session, self._window)
            self.policies_dialog.removed.connect(self._changed)
            self.policies_dialog.reimport_requested.connect(self._reimport)
        self.policies_dialog.refresh()
        self.policies_dialog.show()
        self.policies_dialog.raise_()
        return self.policies_dialog

    def _reimport(self, entry) -> None:
        host = entry.policy.sites[0].hosts[0].removeprefix("*.") if entry.policy.sites else ""
        self.add_policy_for(host, entry.origin.source or "", previous=entry)

    @Slot(str)
    def _changed(self, _path: str) -> None:
        self._session.reload_policies()

    def add_to_site_menu(self, menu, site: str) -> None:
        menu.addSeparator()
        action = menu.addAction(self.tr("Add a Site's Policy for {site}…").format(site=site))
        action.triggered.connect(lambda: self.add_policy_for(site))
