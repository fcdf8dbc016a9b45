"""A broken policy, keep list or rules file is told in the interface's language: the window's banner, its
Policies view, the keep list's state and view, the import dialog's save step, and the command line."""
from __future__ import annotations

import pytest

from cli_support import run
from inspector.domain.policy.library import library_folder
from inspector.ui import language
from ui_support import make_window

NB, NNB = "\u00a0", "\u202f"
BROKEN_POLICY = "version: 1\nnmae: Broken\nsites: []\n"


@pytest.fixture(autouse=True)
def dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("CONSENT_INSPECTOR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CONSENT_INSPECTOR_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))


@pytest.fixture
def french(qapp):
    language.install(qapp, "fr")
    yield
    language.install(qapp, "en")


def _broken_policy(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(BROKEN_POLICY, encoding="utf-8")
    return bad


def test_the_policy_banner_speaks_french(qtbot, tmp_path, french):
    window = make_window(qtbot, tmp_path)
    bad = _broken_policy(tmp_path)
    window.session.open_policy(str(bad))
    message = window.policy_message
    assert message.startswith(f"{bad}:2:1: politique{NB}: clé «{NB}nmae{NB}» inconnue "
                              f"(vouliez-vous dire «{NB}name{NB}»{NNB}?)"), message
    assert "unknown key" not in message and "did you mean" not in message


def test_the_policy_banner_in_english_is_unchanged(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    bad = _broken_policy(tmp_path)
    window.session.open_policy(str(bad))
    assert window.policy_message.startswith(f"{bad}:2:1: policy: unknown key 'nmae' (did you mean 'name'?)")


def test_a_broken_file_of_the_folder_is_french_in_the_banner_and_the_policies_view(qtbot, tmp_path, french):
    folder = library_folder()
    folder.mkdir(parents=True)
    (folder / "broken.yaml").write_text("version: 1\nname: [\n", encoding="utf-8")
    window = make_window(qtbot, tmp_path)
    assert window.policy_message.startswith(f"{folder / 'broken.yaml'}:3:1: YAML invalide{NB}: ")
    view = window.policies.open_policies()
    assert view.errors.text().startswith(f"{folder / 'broken.yaml'}:3:1: YAML invalide{NB}: ")


def test_a_broken_keep_list_is_french_in_the_banner_and_the_keep_list_view(qtbot, tmp_path, french):
    path = tmp_path / "config" / "keep.yaml"
    path.parent.mkdir(parents=True)
    path.write_text("keep:\n  - {site: github.com, nme: x}\n", encoding="utf-8")
    window = make_window(qtbot, tmp_path)
    window.cleanup.keep.load()
    said = (f"{path}:2:24: entrée n°1 de la liste de conservation{NB}: clé «{NB}nme{NB}» inconnue "
            f"(vouliez-vous dire «{NB}name{NB}»{NNB}?)")
    assert window.cleanup.keep.broken_text == said
    banner = window.deletion.flow.failed_banner.text
    assert "La liste de conservation est illisible" in banner and "nme" in banner and "unknown key" not in banner
    window.cleanup.keep_actions.keep_list.trigger()
    view = window.cleanup.keep_actions.dialog
    assert view.summary.text() == ("La liste de conservation est illisible, rien n’est donc supprimé tant qu’elle "
                                   f"n’est pas corrigée{NB}: {said}")


def test_the_import_dialog_says_a_refused_host_in_french(qtbot, tmp_path, french):
    window = make_window(qtbot, tmp_path)
    dialog = window.policies.add_policy_for("example.org")
    dialog.tabs.setCurrentIndex(2)
    dialog.text.setPlainText("Cookie name\tPurpose\tLifetime\nprefs\tDisplay\t1 year\n")
    dialog.start_import()
    dialog.hosts.setText("example.org/shop")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.save_message.text() == (
        f"site «{NB}example{NB}», hosts{NB}: «{NB}example.org/shop{NB}» est une URL{NNB}; écrivez le nom d’hôte "
        f"seul, par exemple «{NB}www.example.com{NB}»")


def _plain(text: str) -> str:
    # The terminal line may show a no-break space as itself or escaped (inspector/domain/escapes.py).
    for space in (NB, NNB, "\\xa0", "\\u202f"):
        text = text.replace(space, " ")
    return text


def test_the_command_line_says_a_broken_policy_and_rules_file_in_its_language(capsys, tmp_path):
    bad = _broken_policy(tmp_path)
    code, _, err = run(capsys, "scan", "--demo", "--lang", "fr", "--policy", bad)
    assert code == 2
    assert f"{bad}:2:1: politique : clé « nmae » inconnue (vouliez-vous dire « name » ?)" in _plain(err)
    code, _, err = run(capsys, "scan", "--demo", "--lang", "en", "--policy", bad)
    assert code == 2 and f"{bad}:2:1: policy: unknown key 'nmae' (did you mean 'name'?)" in err
    rules = tmp_path / "rules.yaml"
    rules.write_text("rules:\n  - {name: x}\n", encoding="utf-8")
    code, _, err = run(capsys, "clean", "--demo", "--lang", "fr", "--rules", rules)
    assert code == 2 and f"{rules}:2:5: règle n°1 (x) : ne choisit rien : donnez category" in _plain(err)
    code, _, err = run(capsys, "clean", "--demo", "--lang", "en", "--rules", rules)
    assert code == 2 and f"{rules}:2:5: rule 1 (x): chooses nothing: give a category" in err
