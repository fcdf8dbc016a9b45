"""The French translation is complete and typeset, the CLI and the report speak it without Qt, and `--lang` chooses."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from findings_support import crafted_policy, crafted_result, record
from inspector.domain import translations as T
from inspector.domain import wording as W
from inspector.domain.exports.report import build_report
from inspector.domain.exports.report_html import render_html

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
NBSP, NNBSP = "\u00a0", "\u202f"


def _messages(path: Path) -> dict:
    """{(context, source): (numerus, unfinished, forms)} of a .ts file."""
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            tr = m.find("translation")
            forms = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
            out[(name, m.findtext("source"))] = (m.get("numerus") == "yes", tr.get("type") == "unfinished", forms)
    return out


def _source_messages(tmp_path) -> dict:
    """Every string of the source as lupdate finds it now (the template if lupdate is missing)."""
    lupdate = shutil.which("pyside6-lupdate", path=os.pathsep.join([os.path.dirname(sys.executable),
                                                                     os.environ.get("PATH", "")]))
    if lupdate is None:
        return _messages(FOLDER / "consent_inspector.ts")
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, "-extensions", "py", str(ROOT / "inspector"), "-ts", str(fresh), "-locations", "none",
                    "-no-obsolete"], check=True, capture_output=True, timeout=120)
    return _messages(fresh)


@pytest.fixture(scope="module")
def french():
    return _messages(FOLDER / "consent_inspector_fr.ts")


def test_every_string_of_the_source_has_a_finished_french_translation(french, tmp_path):
    source = _source_messages(tmp_path)
    missing = sorted(key for key in source if key not in french)
    unfinished = sorted(key for key, (_, undone, forms) in french.items()
                        if key in source and (undone or not all(f.strip() for f in forms)))
    wrong_kind = sorted(key for key in source if key in french and source[key][0] != french[key][0])
    listing = "\n".join(f"  [{ctx or '(global)'}] {text!r}" for ctx, text in missing + unfinished + wrong_kind)
    assert not (missing or unfinished or wrong_kind), (
        f"{len(missing)} string(s) without a French translation, {len(unfinished)} unfinished, "
        f"{len(wrong_kind)} plural/plain mismatches; run the update command of resources/translations/README.md "
        f"and translate:\n{listing}")


def test_french_translations_keep_placeholders_plurals_and_markup(french):
    for (ctx, text), (numerus, _, forms) in french.items():
        for form in forms:
            assert sorted(re.findall(r"\{[^}]*\}", form)) == sorted(re.findall(r"\{[^}]*\}", text)), (ctx, text, form)
            assert sorted(re.findall(r"</?\w+", form)) == sorted(re.findall(r"</?\w+", text)), (ctx, text, form)
            assert ("%n" in form) == ("%n" in text), (ctx, text, form)
        if numerus:
            assert len(forms) == 2, (ctx, text)  # French: one form for 0 and 1, one for more


def test_french_typography(french):
    """Espace insécable before the double signs, « guillemets », no English quotes or apostrophes."""
    for (ctx, text), (_, _, forms) in french.items():
        for form in forms:
            plain = re.sub(r"<code>.*?</code>|\{[^}]*\}|<[^>]*>|\*\.\w+|;;|https?://\S+|\w+=\w+", "", form)
            for sign in ":;?!":
                for at in (i for i, ch in enumerate(plain) if ch == sign):
                    before = plain[at - 1] if at else ""
                    assert before in (NBSP, NNBSP), f"[{ctx}] {form!r}: '{sign}' needs a no-break space before it"
            assert "'" not in plain and '"' not in plain and "“" not in plain, f"[{ctx}] {form!r}: use ’ and « »"
            for quote in re.finditer("«", plain):
                assert plain[quote.end():quote.end() + 1] == NBSP, f"[{ctx}] {form!r}"
            for quote in re.finditer("»", plain):
                assert plain[quote.start() - 1] == NBSP, f"[{ctx}] {form!r}"
            assert not re.search(r"\bvous\b", form) or not re.search(r"\btu\b|\bton\b|\bta\b", form)


def test_french_plurals_follow_the_french_rule():
    fr = T.say_in("fr")
    assert fr(W.TALLY_WORDS["undeclared"], 0) == "0 non déclaré"  # 0 takes the singular in French
    assert fr(W.TALLY_WORDS["undeclared"], 1) == "1 non déclaré"
    assert fr(W.TALLY_WORDS["undeclared"], 2) == "2 non déclarés"
    en = T.say_in("en")
    assert en(W.TALLY_WORDS["undeclared"], 2) == "2 undeclared"


@pytest.mark.parametrize("env, expected", [
    ({"LANG": "fr_FR.UTF-8"}, "fr"), ({"LANG": "fr_CA.UTF-8"}, "fr"), ({"LANG": "de_DE.UTF-8"}, "en"),
    ({"LANGUAGE": "fr:en", "LANG": "en_US.UTF-8"}, "fr"), ({"LC_ALL": "C", "LANG": "fr_FR.UTF-8"}, "en"),
    ({"LC_MESSAGES": "fr_BE.UTF-8"}, "fr"), ({}, "en"),
])
def test_the_system_locale_picks_the_language(env, expected):
    assert T.system_language(env) == expected
    assert T.choose(None, env) == expected
    assert T.choose("en", env) == "en" and T.choose("fr", env) == "fr"


def test_an_unfinished_translation_stays_english(tmp_path, monkeypatch):
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "consent_inspector_fr.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="fr"><context><name>Status</name>'
        '<message><source>Declared</source><translation type="unfinished">Déclaré</translation></message>'
        '<message><source>Undeclared</source><translation>Non déclaré</translation></message></context></TS>',
        encoding="utf-8")
    monkeypatch.setattr(T, "resource_dir", lambda: tmp_path)
    T.messages.cache_clear()
    try:
        speaker = T.Speaker("fr")
        assert speaker(W.STATUS_NAMES["declared"]) == "Declared"
        assert speaker(W.STATUS_NAMES["undeclared"]) == "Non déclaré"
    finally:
        T.messages.cache_clear()


# --- the report and the CLI, in French, without Qt -----------------------------------------

def test_the_html_report_renders_in_french(tmp_path):
    policy = crafted_policy(tmp_path)
    records = [record("shop.example", "cart", 7), record("other.org", "_ga", 400), record("other.org", "zz", 7),
               record("shop.example", "ods_odd", 1)]
    result = crafted_result(policy, records)
    english = render_html(build_report(result, lang="en"))
    french = render_html(build_report(result, lang="fr"))
    assert '<html lang="fr">' in french and '<html lang="en">' in english
    for words in ("Rapport de consentement", "Synthèse", "Cookies par catégorie", "Ce que détiennent les navigateurs",
                  "Bases lues", "Statistiques", "selon le catalogue", "observés\u00a0: "):
        assert words in french, words
    # Every English phrase of the page and of the catalogue it uses is gone from the French page.
    from inspector.domain.exports import report_words as RW
    french_text = re.sub(r"<[^>]+>", "\n", french.split("</style>")[1])
    for name, phrase in vars(RW).items():
        if isinstance(phrase, W.Phrase) and not phrase.counted:
            english_words = phrase.text.split("{")[0].strip()
            translated = T.say_in("fr")(phrase).split("{")[0].strip()
            if len(english_words) > 3 and english_words != translated:
                assert english_words not in french_text, name
    for english_finding in ("Stored for about", "does not declare this cookie", "neither catalog knows"):
        assert english_finding not in french, english_finding


def test_the_cli_report_follows_lang_and_the_locale(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "fr_FR.UTF-8", "HOME": str(tmp_path)}
    env.pop("LANGUAGE", None), env.pop("LC_ALL", None), env.pop("LC_MESSAGES", None)
    def run(*extra):
        proc = subprocess.run([sys.executable, "-m", "inspector.launch", "report", "--demo", "--format", "html",
                               *extra], env=env, capture_output=True, text=True, timeout=120, cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr[-2000:]
        return proc.stdout
    by_locale, english = run(), run("--lang", "en")
    assert "Rapport de consentement" in by_locale and "Se souvenir" in by_locale  # the policy's French texts too
    assert "Consent report" in english and "Rapport de consentement" not in english
    assert "To remember" in english
    # Qt is never imported to word it (import-linter forbids it; this proves it at run time).
    probe = subprocess.run([sys.executable, "-c", "import sys, inspector.cli.main as m; "
                            "from inspector.domain.translations import say_in; say_in('fr'); "
                            "print(any(k.startswith('PySide6') for k in sys.modules))"],
                           env=env, capture_output=True, text=True, timeout=60)
    assert probe.stdout.strip() == "False", probe.stderr


def test_no_translated_string_hides_inside_an_f_string():
    # pyside6-lupdate does not look inside f-strings: a tr() there is never offered for translation,
    # and the window shows it in English whatever the language.
    import ast
    hidden = []
    for path in sorted((ROOT / "inspector").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Call) and getattr(inner.func, "attr", getattr(inner.func, "id", "")) in (
                            "tr", "translate", "QT_TRANSLATE_NOOP"):
                        hidden.append(f"{path.relative_to(ROOT)}:{inner.lineno}")
    assert not hidden, hidden
