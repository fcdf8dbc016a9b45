"""The deletion confirmation: what will go, per browser and profile, from which stores; Cancel is the default."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton,
                               QWidget)

from inspector.domain import wording
from inspector.domain.codes import LINE_STORE
from inspector.ui import formatting as fmt
from inspector.ui.icons import icon
from inspector.ui.deletion.warning_layout import lay_out_warning
from inspector.ui.plain_text import plain_tip

_LISTED = 6  # cookies named in the dialog; the rest are counted
_SIGN_IN_BUTTONS = 3  # "Keep my sign-ins" for the first sites; more would crowd the dialog


def _label(text: str = "", *, bold: bool = False, muted: bool = False, selectable: bool = False,
           wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    if muted:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ConfirmDeletionDialog(QDialog):
    """Window-modal and opened with open(), so nothing blocks and tests can press its buttons.

    `plan` is a domain deletion.Plan; `notes` the plan's notes (codes), fetched off the GUI thread.
    """

    keep_sign_ins_requested = Signal(str)  # a site whose sign-in cookies the user keeps

    def __init__(self, plan, notes: list, parent=None, signed_out: dict | None = None):
        """`signed_out`: {site: sign-in cookie names} of the cookies asked about: a warning, and a
        "Keep my sign-ins on this site" button per site (the first few)."""
        super().__init__(parent)
        signed_out = signed_out or {}
        count = plan.count
        self.setWindowTitle(self.tr("Delete Cookies"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        # Unwrapped: a word-wrapped label reserves a second line in a dialog sized by its layout.
        self.headline = _label(fmt.plural(self.tr("Delete %n cookie(s)?", "", count), count), bold=True, wrap=False)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.headline.setFont(font)
        self.intro = _label(self.tr("They are removed from the browsers' cookie stores. A backup is kept: "
                                    "Edit → Undo or View → Deletion History brings them back."))
        # How long the undo lasts: the backup, with the cookies' values, is deleted after that.
        self.lasts = _label(fmt.say(wording.UNDO_LASTS, plan.keep_days))
        self.profiles = self._profiles(plan)
        self.examples = _label(self._examples(plan), muted=True)
        self.notes = _label("\n".join(f"• {wording.note(n, fmt.say)}" for n in notes), wrap=True,
                            selectable=True)
        self.notes.setVisible(bool(notes))
        self.signed_out = _label(fmt.say(wording.SIGNED_OUT, len(signed_out)) + ": " + ", ".join(sorted(signed_out))
                                 if signed_out else "", bold=True)
        self.signed_out.setVisible(bool(signed_out))
        self.sign_in_buttons: dict[str, QPushButton] = {}
        sign_row = QHBoxLayout()
        for site in sorted(signed_out)[:_SIGN_IN_BUTTONS]:
            button = QPushButton(icon("pin"), fmt.say(wording.KEEP_SIGN_INS) + f" — {site}")
            button.setToolTip(self.tr("Keep {names} on {site}, and delete the others").format(
                names=", ".join(signed_out[site]), site=site))
            button.setAutoDefault(True)
            button.clicked.connect(lambda _=False, s=site: self.keep_sign_ins_requested.emit(s))
            self.sign_in_buttons[site] = button
            sign_row.addWidget(button)
        sign_row.addStretch(1)
        self.sign_in_row = QWidget()
        self.sign_in_row.setLayout(sign_row)
        sign_row.setContentsMargins(0, 0, 0, 0)
        self.sign_in_row.setVisible(bool(signed_out))

        buttons = QDialogButtonBox()
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.delete_button = QPushButton(icon("delete"), fmt.plural(self.tr("Delete %n Cookie(s)", "", count),
                                                                    count))
        self.delete_button.setAccessibleName(self.delete_button.text())
        self.delete_button.setAccessibleDescription(self.tr("Deletes the cookies listed in this dialog"))
        destructive(self.delete_button)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        # Enter presses the focused button, as everywhere; Cancel is the default and has the focus,
        # so Enter deletes only once the user has moved to Delete.
        self.delete_button.setAutoDefault(True)
        self.cancel_button.setAutoDefault(True)
        self.cancel_button.setDefault(True)
        self.delete_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)

        lay_out_warning(self, (self.headline, self.intro, self.lasts, self.profiles, self.examples, self.notes, self.signed_out,
                               self.sign_in_row), buttons,
                        gap_before_buttons=6, min_width=560)
        # Wrapped labels get their height for their own width: give them the dialog's, so no gap opens.
        for label in (self.intro, self.lasts, self.examples, self.notes):
            label.setMinimumWidth(480)
        self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _profiles(self, plan) -> QWidget:
        """One line per browser profile with its count, and under it the files that change."""
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setAccessibleName(self.tr("Cookies to delete per browser profile"))
        grid = QGridLayout(box)
        grid.setContentsMargins(10, 8, 10, 8)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        self.profile_rows: dict[tuple[str, str], tuple[str, list[str]]] = {}
        counts = plan.counts()
        row = 0
        for (browser, profile), n in counts.items():
            files = self._files(plan, browser, profile)
            count_text = fmt.plural(self.tr("%n cookie(s)", "", n), n)
            self.profile_rows[(browser, profile)] = (count_text, files)
            name = _label(fmt.store_label(browser, profile), bold=True, wrap=False)
            amount = _label(count_text, wrap=False)
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if row:
                grid.setRowMinimumHeight(row, 6)
                row += 1
            grid.addWidget(name, row, 0)
            grid.addWidget(amount, row, 1)
            row += 1
            for line in files:
                path = _label(line, muted=True, selectable=True)
                path.setToolTip(plain_tip(line))
                grid.addWidget(path, row, 0, 1, 2)
                row += 1
        grid.setColumnStretch(0, 1)
        return box

    @staticmethod
    def _files(plan, browser: str, profile: str) -> list[str]:
        return [part for line in plan.lines() if line.code == LINE_STORE
                and (line.params["browser"], line.params["profile"]) == (browser, profile)
                for part in wording.store_parts(line, fmt.say, explained=True)]

    def _examples(self, plan) -> str:
        # The same cookie in several profiles is named once: the box above counts per profile.
        distinct = list(dict.fromkeys(f"{r.name} ({r.host})" for r in plan.records))
        names = ", ".join(distinct[:_LISTED])
        more = len(distinct) - _LISTED
        if more > 0:
            names += " " + fmt.plural(self.tr("and %n more", "", more), more)
        return names

    @property
    def profile_text(self) -> str:
        """The profiles box as plain text (for tests and screen readers' descriptions)."""
        return "\n".join(f"{fmt.store_label(b, p)}: {count}\n" + "\n".join(files)
                         for (b, p), (count, files) in self.profile_rows.items())


def destructive(button: QPushButton) -> None:
    """Red text on the usual button: destructive at a glance, native everywhere else."""
    palette = button.palette()
    dark = palette.color(QPalette.ColorRole.Button).lightnessF() < 0.5
    palette.setColor(QPalette.ColorRole.ButtonText, QColor("#f28b82") if dark else QColor("#c5221f"))
    button.setPalette(palette)
