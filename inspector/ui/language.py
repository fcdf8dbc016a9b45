"""The window's language: the choice (--lang, the Language menu, the system locale) and the translators that speak it."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from inspector import resources
from inspector.domain import translations
from inspector.ui import formatting

SETTING = "language"  # "system", "en" or "fr": what the Language menu saved


class TsTranslator(QTranslator):
    """Our .ts read in Python (domain/translations.py), for a source checkout with no .qm built.

    Reading the committed source means the window never shows a stale compiled file, and
    needs no build step; the wheel ships the .qm that lrelease compiled, which Qt reads faster.
    """

    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self._speaker = translations.speaker(lang)
        self._lang = lang

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: N802 (Qt's name)
        # None is a null QString, which Qt reads as "not here" and tries the next translator or
        # the source text; an empty string would be a translation into nothing.
        return self._speaker.lookup(context, source_text, n)

    def isEmpty(self) -> bool:  # noqa: N802
        return False

    def language(self) -> str:
        return self._lang


def saved_choice(settings: QSettings | None) -> str:
    value = str(settings.value(SETTING, translations.SYSTEM)) if settings is not None else translations.SYSTEM
    return value if value in (translations.SYSTEM, *translations.LANGUAGES) else translations.SYSTEM


def choose(requested: str | None, settings: QSettings | None) -> str:
    """--lang wins, then the Language menu's saved choice, then the system locale (Qt's reading of it)."""
    for wanted in (requested, saved_choice(settings)):
        if wanted and wanted != translations.SYSTEM:
            return translations.choose(wanted)
    system = QLocale().name().split("_")[0]  # the system locale, unless a caller set a default
    return system if system in translations.LANGUAGES else "en"


def install(app, lang: str) -> list:
    """Load Qt's own strings and ours for `lang`; the default QLocale follows (dates, numbers)."""
    for old in getattr(app, "_translators", []):
        app.removeTranslator(old)
    app._translators = []  # QTranslator objects must outlive the app's use of them
    QLocale.setDefault(QLocale(lang))
    formatting.say.lang = lang
    if lang == "en":
        return app._translators
    qt = QTranslator(app)
    if qt.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app._translators.append(qt)
    ours = QTranslator(app)
    directory = str(resources.resource_dir() / "translations")
    if not ours.load(f"consent_inspector_{lang}", directory):  # the wheel's compiled .qm
        ours = TsTranslator(lang, app) if translations.ts_path(lang).is_file() else None
    if ours is not None:
        app._translators.append(ours)
    for translator in app._translators:
        app.installTranslator(translator)
    return app._translators


def current() -> str:
    return getattr(formatting.say, "lang", "en")


def restart_note(chosen: str) -> str:
    """What the menu says after a choice: it applies on the next start (every open widget keeps its words)."""
    name = (QCoreApplication.translate("Language", "the system's language") if chosen == translations.SYSTEM
            else translations.LANGUAGE_NAMES[chosen])
    return QCoreApplication.translate(
        "Language", "The interface will be in {language} the next time you start Consent Inspector.").format(
            language=name)
