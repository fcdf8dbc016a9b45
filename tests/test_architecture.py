"""The domain stays free of Qt (the CLI and tests run without a display, rules never hide in widgets) and of tangles."""
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
    import ast

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


def test_the_domain_has_no_import_cycles():
    # Imports inside functions count too: a lazy import is still a dependency both ways.
    modules = _modules()
    graph = {}
    for name, path in modules.items():
        if name.startswith(("inspector.domain", "inspector.files", "inspector.resources")):
            targets = {f"{m}.{n}" if f"{m}.{n}" in modules else m for m, n in _imports(path, modules)}
            graph[name] = {t for t in targets if t != name}
    done, cycles = set(), []

    def visit(node, trail):
        if node in trail:
            cycles.append(trail[trail.index(node):] + [node])
            return
        if node in done or node not in graph:
            return
        for target in sorted(graph[node]):
            visit(target, trail + [node])
        done.add(node)

    for node in sorted(graph):
        visit(node, [])
    assert cycles == []
def test_codes_are_cheap_enough_for_the_window_to_import_before_its_first_paint():
    code = ("import sys; before = set(sys.modules); import inspector.domain.codes\n"
            "print(sorted(n for n in set(sys.modules) - before if '.' not in n or n.startswith('inspector.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.returncode == 0, out.stderr
    loaded = eval(out.stdout)
    assert [n for n in loaded if n.startswith("inspector")] == ["inspector", "inspector.domain", "inspector.domain.codes"]
    assert not {"yaml", "psutil", "PySide6", "orjson"} & set(loaded)
