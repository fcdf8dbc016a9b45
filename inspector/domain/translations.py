"""The catalogue in the user's language without Qt: the .ts translations read in pure Python, for the CLI and the reports."""
from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path
from typing import Mapping, Optional

from inspector.domain import wording
from inspector.resources import resource_dir

# The window loads the compiled .qm with Qt's QTranslator; the CLI and the HTML report may
# not import Qt (import-linter), so they read the same .ts source here. One file, two
# readers: a French report says exactly what the French window says. The window falls back
# to this reader too when no .qm was built (a source checkout), so no step can leave it stale.

LANGUAGES = ("en", "fr")  # English is the source; each other has resources/translations/consent_inspector_<lang>.ts
LANGUAGE_NAMES = {"en": "English", "fr": "Français"}  # each in its own language, as language menus show them
SYSTEM = "system"

# Which plural form %n takes, per language, as Qt's numerus rules number them.
_PLURAL_FORM = {
    "fr": lambda n: 0 if n < 2 else 1,  # 0 et 1 au singulier
    "en": lambda n: 0 if n == 1 else 1,
}


def ts_path(lang: str) -> Path:
    return resource_dir() / "translations" / f"consent_inspector_{lang}.ts"


def system_language(env: Mapping[str, str] = os.environ) -> str:
    """The language of the user's locale among LANGUAGES, as gettext reads it; English otherwise."""
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(key)
        if not value:
            continue
        for part in value.split(":"):  # LANGUAGE is a list: fr:en
            code = part.split(".")[0].split("_")[0].split("-")[0].lower()
            if code in LANGUAGES:
                return code
            if code in ("c", "posix"):
                return "en"
        return "en"
    return "en"


def choose(requested: Optional[str], env: Mapping[str, str] = os.environ) -> str:
    """`--lang` or the saved choice when it names a language, else the system's."""
    if requested and requested != SYSTEM:
        code = requested.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return system_language(env)


@lru_cache(maxsize=None)
def messages(lang: str) -> dict:
    """{(context, source): forms} of a .ts file: finished translations only (an unfinished one stays English)."""
    path = ts_path(lang)
    if lang == "en" or not path.is_file():
        return {}
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            if any(forms):
                out[(name, message.findtext("source") or "")] = tuple(forms)
    return out


class Speaker:
    """A `say` of the catalogue (wording.Say) in one language; the window's fallback translator uses `lookup`."""

    def __init__(self, lang: str):
        self.lang = lang
        self._messages = messages(lang)
        self._form = _PLURAL_FORM.get(lang, _PLURAL_FORM["en"])

    def lookup(self, context: str, text: str, n: int = -1) -> Optional[str]:
        """The translation with %n filled in, or None when there is none."""
        forms = self._messages.get((context, text))
        if forms is None:
            return None
        chosen = forms[min(self._form(n), len(forms) - 1)] if n >= 0 else forms[0]
        return chosen.replace("%n", str(n)) if n >= 0 else chosen

    def __call__(self, phrase, n: int = -1) -> str:
        found = self.lookup(phrase.context, phrase.text, n)
        return found if found is not None else wording.english(phrase, n)


@lru_cache(maxsize=None)
def speaker(lang: str) -> Speaker:
    return Speaker(lang)


def say_in(lang: Optional[str]):
    """The catalogue's `say` for a language code ("fr", "en"); English for None or one we lack."""
    return speaker(lang if lang in LANGUAGES else "en")
