"""The domain stays free of Qt, so the CLI and tests run without a display and rules never hide in widgets."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_domain_and_cli_never_import_qt():
    code = (
        "import sys, pkgutil, importlib, inspector.domain as d, inspector.domain.stores as s\n"
        "for pkg in (d, s):\n"
        "    for m in pkgutil.iter_modules(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(m.name)\n"
        "import inspector.cli.main, inspector.cli.output\n"
        "print(sorted(n for n in sys.modules if n.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
