"""A non-editable install from the wheel carries policy.yaml and resources/ and runs outside the source tree."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    pytest.importorskip("hatchling", reason="building the wheel needs hatchling (the test extra installs it)")
    out = tmp_path_factory.mktemp("dist")
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                           "-w", str(out), str(ROOT)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    [whl] = out.glob("consent_inspector-*.whl")
    return whl


def test_wheel_holds_the_policy_the_resources_and_both_entry_points(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "inspector/_data/policy.yaml" in names
    assert any(n.startswith("inspector/_data/resources/") for n in names)
    # The Open Cookie Database's facts travel with their licence and attribution.
    for name in ("open-cookie-database.json", "OPEN-COOKIE-DATABASE-LICENSE.txt", "NOTICE.md"):
        assert f"inspector/_data/resources/catalog/{name}" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "consent-inspector = inspector.launch:main" in text
    assert "[gui_scripts]" in text and "consent-inspector-gui = inspector.app:main" in text


def test_installed_wheel_scans_demo_stores_with_its_bundled_policy(wheel, tmp_path):
    site = tmp_path / "site"
    proc = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site),
                           str(wheel)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    # Run from an empty directory with the installed copy first on the path: the source
    # checkout must play no part.
    env = {**os.environ, "PYTHONPATH": str(site), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    where = subprocess.run([sys.executable, "-c", "import inspector; print(inspector.__file__)"],
                           capture_output=True, text=True, cwd=tmp_path, env=env, timeout=60)
    assert Path(where.stdout.strip()).is_relative_to(site)
    run = subprocess.run([sys.executable, "-m", "inspector.cli.main", "scan", "--demo", "--format", "json"],
                         capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120)
    assert run.returncode == 0, run.stderr[-3000:]
    cookies = json.loads(run.stdout)["cookies"]
    declared = {c["name"] for c in cookies if c["status"] == "declared"}
    assert {"sessionid", "django_language", "csrftoken", "cookies_preferences"} <= declared


def test_wheel_carries_the_compiled_french_translation_and_its_source(wheel):
    # hatch_build.py compiles each consent_inspector_<lang>.ts with pyside6-lrelease; no .qm is committed.
    names = zipfile.ZipFile(wheel).namelist()
    qm = "inspector/_data/resources/translations/consent_inspector_fr.qm"
    assert qm in names and "inspector/_data/resources/translations/consent_inspector_fr.ts" in names
    assert zipfile.ZipFile(wheel).read(qm)[:16] == bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")  # Qt's .qm magic
    assert not list((ROOT / "resources" / "translations").glob("*.qm"))
