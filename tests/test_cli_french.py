"""The command line in French (`--lang fr`): its own headers, prompts and sentences, with no English phrase left."""
from __future__ import annotations

import io
import json
import re
import sys

import pytest

from cli_support import run
from deletion_support import write_policy
from inspector.cli import words as W
from inspector.cli.common import shown
from inspector.domain import wording
from inspector.domain.translations import say_in

NBSP, NNBSP = "\u00a0", "\u202f"
FR = say_in("fr")


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    """Demo stores, keep list, policy folder and backups in a fresh home; English unless told otherwise."""
    for name, folder in (("XDG_CACHE_HOME", "cache"), ("XDG_CONFIG_HOME", "config"),
                         ("CONSENT_INSPECTOR_DATA_DIR", "data"), ("CONSENT_INSPECTOR_CONFIG_DIR", "config/ci")):
        monkeypatch.setenv(name, str(tmp_path / folder))
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # no terminal unless a test gives one
    return tmp_path


class Terminal(io.StringIO):
    """A standard input that is a terminal, with the user's answer typed in advance."""

    def isatty(self) -> bool:
        return True


def header(out: str) -> list[str]:
    return re.split(r"\s{2,}", out.splitlines()[0].strip())


def test_the_scan_table_has_french_headers_cells_and_summary(capsys):
    code, out, err = run(capsys, "scan", "--demo", "--lang", "fr")
    assert code == 0, err
    assert header(out) == ["SITE", "NOM", "CATÉGORIE", "ÉMETTEUR", "STATUT", "CONSTATS", "HÔTE", "EXPIRATION",
                           "NAVIGATEUR · PROFIL", "CHEMIN"]
    assert "non déclaré" in out and "sans politique" in out and "≈ statistiques" in out
    assert "consentement requis" in out and "> 13 mois" in out
    assert "undeclared" not in out and "no-policy" not in out and "needs consent" not in out
    assert out.splitlines()[-1] == (f"32 cookies · 24 expliqués (75{NBSP}%) · 5 sites · 8 non déclarés · "
                                    "2 magasins")


def test_french_words_longer_than_english_are_not_cut(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    code, out, _ = run(capsys, "scan", "--demo", "--lang", "fr")
    assert code == 0
    assert "sans politique" in out and "≈ statistiques" in out  # whole, where "no-policy" fits in English


def test_the_english_table_is_as_it_was(capsys):
    code, out, _ = run(capsys, "scan", "--demo", "--lang", "en")
    assert code == 0
    assert header(out) == ["SITE", "NAME", "CATEGORY", "PROVIDER", "STATUS", "FINDINGS", "HOST", "EXPIRES",
                           "BROWSER · PROFILE", "PATH"]
    assert out.splitlines()[-1] == "32 cookies · 24 explained (75 %) · 5 sites · 8 undeclared · 2 stores"
    assert re.search(r"^lillemetropole\.fr\s+_ga\s+≈ statistics\s+≈ Google Analytics\s+undeclared\s+> 13 months ",
                     out, re.M)
    _, default, _ = run(capsys, "scan", "--demo")  # the C locale: English
    assert default == out


@pytest.mark.fixtures
def test_a_dry_run_plan_is_said_in_french(capsys, real_stores, tmp_path):
    stores = ["--store", f"chromium:{real_stores.chromium_user_data()}", "--store",
              f"firefox:{real_stores.firefox_root()}"]
    code, out, err = run(capsys, "delete", "--policy", write_policy(tmp_path), *stores, "--site", "example.org",
                         "--dry-run", "--lang", "fr")
    assert code == 0, err
    first = out.splitlines()[0]
    assert re.fullmatch(rf"Supprimer \d+ cookies{NBSP}:", first), first
    assert re.search(rf"^  chromium · .+{NBSP}: \d+ de .+Cookies", out, re.M)
    assert header(out.split("\n", 3)[3])[:4] == ["NOM", "HÔTE", "ÉMETTEUR", "CATÉGORIE"]
    assert out.rstrip().endswith(f"(simulation{NBSP}: rien n’a été supprimé)")
    assert "Delete" not in out and "dry run" not in out


def test_a_refusal_and_the_confirmation_are_french(capsys, monkeypatch):
    code, _, err = run(capsys, "delete", "--demo", "--site", "github.com", "--lang", "fr")
    assert code == 2
    assert (f"consent-inspector: suppression refusée sans confirmation{NBSP}: l’entrée standard n’est pas un "
            "terminal (ajoutez --yes pour confirmer, ou --dry-run pour seulement regarder)") in err

    monkeypatch.setattr(sys, "stdin", Terminal("non\n"))
    code, out, err = run(capsys, "delete", "--demo", "--site", "github.com", "--lang", "fr")
    assert code == 1 and out == ""
    assert f"Supprimer ces 4 cookies{NNBSP}? Une sauvegarde est gardée pour pouvoir annuler. [o/N] " in err
    assert "Une sauvegarde est conservée 30 jours" in err  # the catalogue's own sentence, in French too
    assert err.rstrip().endswith("consent-inspector: rien n’a été supprimé")

    monkeypatch.setattr(sys, "stdin", Terminal("oui\n"))
    code, out, err = run(capsys, "delete", "--demo", "--site", "github.com", "--lang", "fr")
    assert code == 0, err
    assert re.search(rf"^4 cookies supprimés\. Pour annuler{NBSP}: consent-inspector undo \S+$", out, re.M)


@pytest.mark.parametrize("answer, deleted", [("o", True), ("Oui", True), ("y", True), ("yes", True), ("n", False),
                                             ("", False), ("ouais", False)])
def test_french_accepts_o_and_oui_as_well_as_y_and_yes(capsys, monkeypatch, answer, deleted):
    monkeypatch.setattr(sys, "stdin", Terminal(answer + "\n"))
    code, out, _ = run(capsys, "delete", "--demo", "--site", "youtube.com", "--lang", "fr")
    assert (code == 0 and "supprimés" in out) is deleted


def test_english_still_asks_y_n_and_takes_no_french_answer(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", Terminal("oui\n"))
    code, out, err = run(capsys, "delete", "--demo", "--site", "youtube.com", "--lang", "en")
    assert code == 1 and "Delete these 2 cookies? A backup is kept for undo. [y/N] " in err
    assert err.rstrip().endswith("consent-inspector: nothing was deleted")


def test_consent_policies_keep_list_and_undo_list_in_french(capsys):
    code, out, _ = run(capsys, "consent", "--demo", "--lang", "fr")
    assert code == 0
    assert f"nécessaires{NBSP}: accepté, statistiques{NBSP}: refusé" in out
    assert out.splitlines()[-1] == "2 sites · 12 cookies contraires au choix"

    code, out, _ = run(capsys, "policies", "--demo", "--lang", "fr")
    assert code == 0
    assert header(out) == ["SITE", "HÔTES", "SOURCE", "IMPORTÉE", "DÉCLARÉS", "COUVERTS"]
    assert "intégrée" in out and "bundled" not in out

    _, out, _ = run(capsys, "keep", "list", "--lang", "fr")
    assert out.startswith("La liste de conservation est vide (")
    _, out, _ = run(capsys, "keep", "add", "--site", "example.org", "--lang", "fr")
    assert out.startswith(f"Conservé{NBSP}: chaque cookie de example.org (")
    _, out, _ = run(capsys, "--lang", "fr", "keep", "list")  # --lang before the command counts too
    assert header(out) == ["SITE", "CONSERVE", "POURQUOI", "LIGNE"]
    assert "manuel" in out and out.splitlines()[-1].startswith("1 entrée dans ")

    _, out, _ = run(capsys, "undo", "--list", "--lang", "fr")
    assert out == "Aucune suppression pour l’instant.\n"
    run(capsys, "delete", "--demo", "--site", "github.com", "--yes")
    _, out, _ = run(capsys, "undo", "--list", "--lang", "fr")
    assert header(out) == ["ANNULATION", "DATE", "STATUT", "COOKIES", "OÙ"]
    assert re.search(rf"effectuée\s+4  chrome · Demo{NBSP}: 2, firefox · Demo{NBSP}: 2$", out, re.M)
    _, out, _ = run(capsys, "undo", "--lang", "fr")
    assert out.splitlines()[-1].endswith(f"annulée{NBSP}: 4 cookies restaurés.")
    _, out, _ = run(capsys, "backups", "--lang", "fr")
    assert out == f"Les sauvegardes sont gardées 30 jours{NNBSP}; 0 suppression peut être annulée.\n"


def test_the_keep_list_counts_its_entries_in_english_as_before(capsys):
    run(capsys, "keep", "add", "--site", "example.org")
    _, out, _ = run(capsys, "keep", "list")
    assert out.splitlines()[-1].startswith("1 entry in ")
    run(capsys, "keep", "add", "--site", "github.com")
    _, out, _ = run(capsys, "keep", "list")
    assert out.splitlines()[-1].startswith("2 entries in ")


def test_machine_outputs_stay_english_codes(capsys):
    _, fr, _ = run(capsys, "scan", "--demo", "--format", "json", "--lang", "fr")
    _, en, _ = run(capsys, "scan", "--demo", "--format", "json", "--lang", "en")
    assert {(c["name"], c["status"], c["category"]) for c in json.loads(fr)["cookies"]} == \
        {(c["name"], c["status"], c["category"]) for c in json.loads(en)["cookies"]}
    _, csv_fr, _ = run(capsys, "scan", "--demo", "--format", "csv", "--lang", "fr")
    assert csv_fr.splitlines()[0].startswith('"browser","profile","container","store","site"')
    _, out, _ = run(capsys, "keep", "list", "--format", "json", "--lang", "fr")
    assert set(json.loads(out)) == {"path", "count", "entries"}


def test_what_websites_control_is_escaped_in_french_and_the_no_break_spaces_are_kept(capsys):
    code, _, err = run(capsys, "keep", "remove", "--site", "example.org", "--name", "evil\x1b]0;pwned\x07\u202e",
                       "--lang", "fr")
    assert code == 1
    assert f"la liste de conservation n’a pas cette entrée{NBSP}: " in err
    assert "\x1b" not in err and "\x07" not in err and "\u202e" not in err and "\\x1b]0;pwned\\x07\\u202e" in err
    assert shown(f"a\x1b[2J{NBSP}:{NNBSP}?\u2066") == f"a\\x1b[2J{NBSP}:{NNBSP}?\\u2066"


def _catalogue_phrases() -> list:
    """Every phrase of the CLI's words and of the catalogue."""
    def flat(value):
        if isinstance(value, dict):
            for v in value.values():
                yield from flat(v)
        elif isinstance(value, wording.Phrase):
            yield value

    return [p for module in (W, wording) for name, value in vars(module).items() if name.isupper()
            for p in flat(value)]


def _english_fragments(phrase) -> list[str]:
    """The runs of words of a phrase's English that its French does not share (two words or more)."""
    english = wording.english(phrase, 2) if phrase.counted else phrase.text
    french = FR(phrase, 2) if phrase.counted else FR(phrase)
    parts = re.split(r"\{[^}]*\}|\b2\b|`[^`]*`|--[\w-]+", english)
    return [p.strip(" .,:;()") for p in parts
            if len(p.strip(" .,:;()").split()) >= 2 and p.strip(" .,:;()") not in french]


def test_no_english_phrase_of_the_catalogue_reaches_a_french_screen(capsys, monkeypatch):
    commands = [("scan", "--demo"), ("scan", "--demo", "--columns", "nope"), ("consent", "--demo"),
                ("policies", "--demo"), ("keep", "list"), ("keep", "add", "--site", "example.org"),
                ("keep", "add", "--site", "example.org"), ("keep", "add", "--site", "www.example.org"),
                ("keep", "list"),
                ("keep", "remove", "--site", "nothere.org"), ("undo", "--list"), ("backups",),
                ("backups", "--delete-now"), ("report", "--demo"), ("export-cookies", "--demo", "-o", "x.txt"),
                ("delete", "--demo", "--site", ""), ("delete", "--demo", "--site", "zzzz.invalid"),
                ("delete", "--demo", "--site", "example.org"), ("clean", "--demo"),
                ("clean", "--demo", "--category", "marketing", "--dry-run"),
                ("delete", "--demo", "--site", "github.com", "--dry-run"),
                ("delete", "--demo", "--site", "github.com"), ("delete", "--demo", "--site", "github.com", "--yes"),
                ("undo", "--list"), ("backups",), ("undo",), ("clean", "--demo", "--status", "undeclared", "--yes"),
                ("import-policy", "/nonexistent/page.html", "--site", "a.example")]
    screens = []
    for argv in commands:
        code, out, err = run(capsys, *argv, "--lang", "fr")
        assert "Traceback" not in err, argv
        screens.append(out + err)
    french = "\n".join(screens)
    assert "Supprimer 4 cookies" in french and "4 cookies supprimés" in french  # the walk did delete
    fragments = {f for p in _catalogue_phrases() for f in _english_fragments(p)}
    assert len(fragments) > 150
    leaked = sorted(f for f in fragments if f in french)
    assert not leaked, leaked


def test_a_store_that_cannot_be_read_is_explained_in_french(capsys, tmp_path):
    import os
    pipe = tmp_path / "Cookies"
    os.mkfifo(pipe)  # a planted FIFO where the store should be
    code, out, err = run(capsys, "--lang", "fr", "scan", "--store", f"chromium:{pipe}",
                         "--store", f"firefox:{tmp_path / 'nowhere'}")
    assert code == 1
    assert "c’est un tube nommé, pas un fichier de base de cookies" in err
    assert "aucun fichier ni dossier de ce nom" in err
    assert "named pipe" not in err and "no such file" not in err
