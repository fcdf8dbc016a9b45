"""The refusal while a browser profile is open: which profile to close, then Retry. Never closes a browser."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

from inspector.domain import wording
from inspector.ui import formatting as fmt
from inspector.ui.deletion.warning_layout import lay_out_warning


class BrowserOpenDialog(QDialog):
    """Window-modal, opened with open(). `retry_requested` asks the owner to check again; the
    dialog stays up (with its list updated by show_blockers) until the profiles are closed."""

    retry_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close the Browser First"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        # Both name a profile as Local State or profiles.ini spells it: text, never rich text.
        self.headline = QLabel()
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        font = self.headline.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.headline.setFont(font)
        self.headline.setWordWrap(True)
        self.explain = QLabel(self.tr(
            "Browsers keep their cookies in memory and write them back, so cookies can only be deleted or "
            "restored while the browser profile that owns them is closed. Nothing was changed."))
        self.explain.setWordWrap(True)
        self.profiles = QLabel()
        self.profiles.setTextFormat(Qt.TextFormat.PlainText)
        self.profiles.setWordWrap(True)
        self.profiles.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel(self.tr("Close it, then choose Retry."))
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        buttons = QDialogButtonBox()
        self.retry_button = buttons.addButton(QDialogButtonBox.StandardButton.Retry)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.retry_button.setDefault(True)
        self.retry_button.clicked.connect(self.retry_requested.emit)
        self.cancel_button.clicked.connect(self.reject)

        lay_out_warning(self, (self.headline, self.profiles, self.explain, self.hint), buttons)

    def show_blockers(self, blockers) -> None:
        """`blockers`: the domain's LockStatus of each open profile."""
        names = [fmt.store_label(b.store.browser, b.store.profile) for b in blockers]
        self.headline.setText(fmt.plural(self.tr("Close %n browser profile(s) first", "", len(names)),
                                         len(names)) if len(names) != 1
                              else self.tr("Close {profile} first").format(profile=names[0]))
        self.profiles.setText("\n".join(f"• {name} — {wording.lock_reason(b, fmt.say)}"
                                        for name, b in zip(names, blockers)))
        self.setAccessibleDescription(self.headline.text() + "\n" + self.profiles.text())
        self.retry_button.setEnabled(True)

    def checking(self) -> None:
        """While the owner checks again: Retry cannot be pressed twice."""
        self.retry_button.setEnabled(False)
