"""Starting the app: options as for `scan`, demo mode on an empty home, and a real window under Xvfb."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from inspector import app
from inspector.ui.tasks import InlineRunner

ROOT = Path(__file__).resolve().parents[1]


def _empty_home(monkeypatch, tmp_path) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    return home


def test_options_are_the_ones_scan_takes(tmp_path):
    args = app.parse_args(["--policy", "p.yaml", "--store", "firefox:/x", "--store", "chrome:/y", "--demo"])
    assert args.policy == ["p.yaml"] and args.store == [("firefox", "/x"), ("chrome", "/y")] and args.demo


def test_a_missing_store_path_exits_with_the_cli_message(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        app.store_source(app.parse_args(["--store", f"chrome:{tmp_path / 'nope'}"]))
    assert exc.value.code == 2
    assert "no such file or directory" in capsys.readouterr().err


def test_demo_mode_opens_when_home_holds_no_browser(qtbot, tmp_path, monkeypatch):
    home = _empty_home(monkeypatch, tmp_path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    gui = app.build([], runner=InlineRunner(), settings=settings, watch=False)
    qtbot.addWidget(gui.window)
    gui.session.start()
    window = gui.window
    assert window.proxy.rowCount() == 32
    assert window.demo_banner.isVisibleTo(window)
    assert "no browser cookie store was found" in window.demo_banner.text
    assert "Demo data" in window.windowTitle()
    # The demo stores went where the user's cache is, here inside the empty home.
    assert all(str(r.store.path).startswith(str(home)) for r in window.store_model.reports)


def test_demo_flag_and_policy_option(qtbot, tmp_path, monkeypatch):
    _empty_home(monkeypatch, tmp_path)
    policy = tmp_path / "policy.yaml"
    policy.write_text((ROOT / "policy.yaml").read_text(encoding="utf-8").replace(
        "name: opendata.lillemetropole.fr cookie policy", "name: My test policy"), encoding="utf-8")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    gui = app.build(["--demo", "--policy", str(policy)], runner=InlineRunner(), settings=settings, watch=False)
    qtbot.addWidget(gui.window)
    gui.session.start()
    assert gui.window.windowTitle() == "Consent Inspector — Demo data · My test policy"
    assert "--demo" in gui.window.demo_banner.text


def test_an_invalid_policy_at_start_falls_back_and_says_why(qtbot, tmp_path, monkeypatch):
    _empty_home(monkeypatch, tmp_path)
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\nname: x\nsites: 3\n", encoding="utf-8")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    gui = app.build(["--demo", "--policy", str(bad)], runner=InlineRunner(), settings=settings, watch=False)
    qtbot.addWidget(gui.window)
    gui.session.start()
    assert gui.window.policy_message.startswith(f"{bad}:")
    assert gui.window.windowTitle().endswith("opendata.lillemetropole.fr cookie policy")  # the bundled one


# --- a real window, in a separate process, under Xvfb -------------------------------------


def _free_display() -> int:
    for n in range(90, 600):
        if not os.path.exists(f"/tmp/.X11-unix/X{n}") and not os.path.exists(f"/tmp/.X{n}-lock"):
            return n
    pytest.skip("no free X display number")


def _window_names(display: str) -> str:
    if shutil.which("xwininfo"):
        cmd = ["xwininfo", "-root", "-tree", "-display", display]
    else:
        cmd = ["xdotool", "search", "--name", "Consent Inspector", "getwindowname", "%@"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=10, env={**os.environ, "DISPLAY": display})
    return done.stdout


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


def test_the_installed_gui_opens_a_window_under_xvfb(tmp_path):
    if not shutil.which("Xvfb"):
        pytest.skip("Xvfb is not installed (Debian: apt install xvfb)")
    if not (shutil.which("xwininfo") or shutil.which("xdotool")):
        pytest.skip("neither xwininfo (x11-utils) nor xdotool is installed to look for the window")
    number = _free_display()
    display = f":{number}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    gui = None
    try:
        deadline = time.monotonic() + 15
        while not os.path.exists(f"/tmp/.X11-unix/X{number}"):
            assert xvfb.poll() is None, "Xvfb exited at start"
            assert time.monotonic() < deadline, "Xvfb did not start"
            time.sleep(0.1)
        # The installed entry point: beside this interpreter (a venv not on PATH), else on PATH.
        beside = Path(sys.executable).with_name("consent-inspector-gui")
        entry = str(beside) if beside.is_file() else shutil.which("consent-inspector-gui")
        command = [entry] if entry else [sys.executable, "-m", "inspector.app"]
        home = tmp_path / "home"
        home.mkdir()
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "HOME": str(home),
               "XDG_CONFIG_HOME": str(home / ".config"), "XDG_CACHE_HOME": str(home / ".cache"),
               "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)}
        gui = subprocess.Popen([*command, "--demo"], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
        deadline = time.monotonic() + 30
        names = ""
        while "Consent Inspector" not in names:
            if gui.poll() is not None:
                pytest.fail(f"the app exited with {gui.returncode}:\n{gui.stdout.read()[-3000:]}")
            assert time.monotonic() < deadline, f"no 'Consent Inspector' window appeared:\n{names[-2000:]}"
            time.sleep(0.3)
            names = _window_names(display)
        # Once the demo stores are in, the title names the policy and the demo marker.
        deadline = time.monotonic() + 30
        while "Demo data" not in names:
            assert time.monotonic() < deadline, f"the window never showed the demo data:\n{names[-2000:]}"
            time.sleep(0.3)
            names = _window_names(display)
        assert '"Consent Inspector — Demo data · opendata.lillemetropole.fr cookie policy"' in names
    finally:
        if gui is not None:
            _stop(gui)
        _stop(xvfb)


def test_a_translation_for_the_users_language_is_loaded(qapp, tmp_path, monkeypatch):
    # The tool sits beside the interpreter in a venv, which need not be on PATH.
    lrelease = shutil.which("pyside6-lrelease", path=os.pathsep.join([os.path.dirname(sys.executable),
                                                                       os.environ.get("PATH", "")]))
    if lrelease is None:
        pytest.skip("pyside6-lrelease is neither beside the interpreter nor on PATH")
    from PySide6.QtCore import QCoreApplication, QLocale

    from inspector import resources

    folder = tmp_path / "resources" / "translations"
    folder.mkdir(parents=True)
    (folder / "consent_inspector_fr.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr"><context>'
        "<name>StatusBar</name><message><source>Showing all cookies</source>"
        "<translation>Tous les cookies sont affichés</translation></message></context></TS>", encoding="utf-8")
    subprocess.run([lrelease, str(folder / "consent_inspector_fr.ts")], check=True, capture_output=True)
    monkeypatch.setattr(resources, "resource_dir", lambda: tmp_path / "resources")
    before = QLocale()
    QLocale.setDefault(QLocale("fr_FR"))
    try:
        app.install_translators(qapp)
        assert QCoreApplication.translate("StatusBar", "Showing all cookies") == "Tous les cookies sont affichés"
    finally:
        from inspector.ui import language
        language.install(qapp, "en")  # removes the translators and puts the catalogue's language back
        QLocale.setDefault(before)


def test_without_a_display_the_window_says_so_and_exits_2(tmp_path):
    # As over SSH: no DISPLAY, no Wayland, no platform chosen. Qt alone would abort (134)
    # with a misleading message about xcb libraries.
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    run = subprocess.run([sys.executable, "-m", "inspector.launch", "--demo"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 2, run.stderr[-2000:]
    assert run.stderr.strip() == ("consent-inspector: no display: run the window on a desktop session, "
                                  "or use `consent-inspector scan` in a terminal")
    # The terminal commands need no display at all.
    scan = subprocess.run([sys.executable, "-m", "inspector.launch", "scan", "--demo", "--format", "json"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=60)
    assert scan.returncode == 0, scan.stderr[-2000:]
