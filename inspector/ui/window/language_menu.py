"""The Language menu: System, English, Français; the choice is saved and applies on the next start, as the menu says."""
from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from inspector.domain import translations
from inspector.ui import language


class LanguageMenu(QMenu):
    """Each language named in itself (a user lost in a foreign interface still finds theirs).

    Switching at once would need every widget, model and open dialog to re-word itself;
    a restart is the reliable way, so the choice is saved and a note says when it applies.
    """

    def __init__(self, settings, status, parent=None):
        super().__init__(self.tr("&Language"), parent)
        self._settings, self._status = settings, status
        self.group = QActionGroup(self)
        saved = language.saved_choice(settings)
        for code, text in ((translations.SYSTEM, self.tr("System")),
                           *((c, translations.LANGUAGE_NAMES[c]) for c in translations.LANGUAGES)):
            action = QAction(text, self.group, checkable=True)
            action.setData(code)
            action.setChecked(code == saved)
            action.triggered.connect(lambda _=False, c=code: self.choose(c))
            self.addAction(action)
        self.addSeparator()
        self.note = self.addAction(self.tr("Applies when you restart Consent Inspector"))
        self.note.setEnabled(False)

    def choose(self, code: str) -> str:
        """Save the choice; say when it applies. Returns the note shown."""
        if self._settings is not None:
            self._settings.setValue(language.SETTING, code)
            self._settings.sync()
        note = language.restart_note(code)
        if self._status is not None:
            self._status.showMessage(note, 15000)
        return note
