"""The architecture holds: the import-linter contracts, no Qt below the window at run time, no private imports."""
from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_are_kept():
    # The contracts live in pyproject.toml; lint-imports sits beside the interpreter in a venv.
    lint = Path(sys.executable).with_name("lint-imports" + (".exe" if os.name == "nt" else ""))
    if not lint.is_file():
        pytest.skip("import-linter is not installed (it comes with the test extra: pip install '.[test]')")
    run = subprocess.run([str(lint), "--no-cache"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert "0 broken" in run.stdout


def test_domain_and_cli_never_import_qt():
    # Every module of the domain and the command line, imported for real: no Qt may come along.
    code = (
        "import sys, pkgutil, importlib, inspector.domain as d, inspector.cli as c\n"
        "for pkg in (d, c):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        if not m.name.endswith('__main__'):\n"
        "            importlib.import_module(m.name)\n"
        "print(sorted(n for n in sys.modules if n.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def _modules() -> dict[str, Path]:
    found = {}
    for path in (ROOT / "inspector").rglob("*.py"):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _imports(path: Path, modules: dict) -> list[tuple[str, str]]:
    """(module, name) of every `from inspector... import name` in the file, at any depth."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("inspector"):
            out += [(node.module, a.name) for a in node.names]
        elif isinstance(node, ast.Import):
            out += [(a.name, "") for a in node.names if a.name.startswith("inspector")]
    return out


def test_no_module_imports_another_modules_private_names():
    modules = _modules()
    private = [f"{path.relative_to(ROOT)}: {module}.{name}" for path in modules.values()
               for module, name in _imports(path, modules) if name.startswith("_") and not name.startswith("__")]
    assert private == []


def test_codes_are_cheap_enough_for_the_window_to_import_before_its_first_paint():
    code = ("import sys; before = set(sys.modules); import inspector.domain.codes\n"
            "print(sorted(n for n in set(sys.modules) - before if '.' not in n or n.startswith('inspector.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.returncode == 0, out.stderr
    loaded = eval(out.stdout)
    assert [n for n in loaded if n.startswith("inspector")] == ["inspector", "inspector.domain", "inspector.domain.codes"]
    assert not {"yaml", "psutil", "PySide6", "orjson"} & set(loaded)


def test_the_window_paints_before_yaml_the_policies_and_the_public_suffix_list_load():
    # Those come through ui/deferred.py after the first paint; a module-level import in the window
    # would add their ~50 ms to every start before anything shows.
    code = ("import sys, os; os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')\n"
            "import inspector.app, inspector.ui.window.main_window\n"
            "print(sorted(n for n in ('yaml', 'publicsuffixlist', 'lxml', 'inspector.domain.policy',\n"
            "                         'inspector.domain.catalog', 'inspector.domain.consent') if n in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
