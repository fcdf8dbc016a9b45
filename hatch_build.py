"""Hatch build hook: compile resources/translations/*_<lang>.ts to .qm with pyside6-lrelease, into the wheel only."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

# The .qm files are build products: never committed, compiled from the committed .ts each
# time a wheel is built, so a wheel can never ship a translation older than its sources.
# The window finds them in inspector/_data/resources/translations (inspector/ui/language.py).


def find_lrelease() -> str:
    here = os.path.dirname(sys.executable)  # a venv's tools sit beside its interpreter
    found = shutil.which("pyside6-lrelease", path=os.pathsep.join([here, os.environ.get("PATH", "")]))
    if found is None:
        raise RuntimeError("pyside6-lrelease not found: install PySide6 to build the wheel's translations")
    return found


class TranslationsBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version, build_data):
        if self.target_name != "wheel":
            return
        sources = sorted((Path(self.root) / "resources" / "translations").glob("consent_inspector_*.ts"))
        if not sources:
            return
        lrelease = find_lrelease()
        self._out = tempfile.mkdtemp(prefix="consent-inspector-qm-")
        for ts in sources:
            qm = Path(self._out) / (ts.stem + ".qm")
            subprocess.run([lrelease, str(ts), "-qm", str(qm)], check=True, capture_output=True)
            build_data["force_include"][str(qm)] = f"inspector/_data/resources/translations/{qm.name}"

    def finalize(self, version, build_data, artifact_path):
        out = getattr(self, "_out", None)
        if out:
            shutil.rmtree(out, ignore_errors=True)
