"""Small policy files for the library's tests: one site, its hosts, the names it declares, an import time."""
from __future__ import annotations

from pathlib import Path


def policy_text(name: str, hosts: list[str], cookies: list[str], imported_at: str | None = None,
                source: str | None = None, site_id: str = "site") -> str:
    lines = ["version: 1", f"name: {name}"]
    if imported_at:
        lines += ["imported:", "  from: url" if source else "  from: text", f'  at: "{imported_at}"']
        if source:
            lines.append(f'  source: "{source}"')
    lines += [
        "categories:",
        "  necessary: {label: Necessary, description: Needed, needs_consent: false}",
        "providers:",
        "  me: {name: The site}",
        "sites:",
        f"  - id: {site_id}",
        f"    name: {name}",
        f"    hosts: [{', '.join(hosts)}]",
        "    cookies:" if cookies else "    cookies: []",
    ]
    lines += [f"      - {{name: {c}, provider: me, category: necessary, function: F, purpose: P}}" for c in cookies]
    return "\n".join(lines) + "\n"


def write(path: Path, *args, **kwargs) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(policy_text(*args, **kwargs), encoding="utf-8")
    return path
