"""Helpers shared by the deletion tests: store refs for fixture copies, exact row dumps, a test policy."""
from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from inspector.domain.records import StoreRef
from inspector.domain.scan import read_store
from inspector.domain.stores.discovery import stores_from_path

ROOT = Path(__file__).resolve().parents[1]

TEST_POLICY = textwrap.dedent("""\
    version: 1
    name: deletion test policy
    categories:
      necessary: {label: Necessary, description: Needed for the site to work, needs_consent: false}
      statistics: {label: Statistics, description: Audience measurement, needs_consent: true}
    providers:
      ods: {name: Opendatasoft}
      matomo: {name: Matomo}
    sites:
      - id: lille
        name: lillemetropole.fr
        hosts: ["*.lillemetropole.fr", opendata.lillemetropole.fr]  # the bundled policy names it too: a tie the later file wins
        cookies:
          - {name: sessionid, provider: ods, category: necessary, function: Login, purpose: Session}
          - {name: csrftoken, provider: ods, category: necessary, function: Forms, purpose: Security}
          - {name: django_language, provider: ods, category: necessary, function: Language, purpose: Language}
          - {pattern: "_pk_id.*", provider: matomo, category: statistics, function: Visitor, purpose: Audience}
          - {pattern: "_pk_ses.*", provider: matomo, category: statistics, function: Visit, purpose: Audience}
      - id: example
        name: example.org
        hosts: [example.org]
        cookies:
          - {name: prefs, provider: ods, category: necessary, function: Preferences, purpose: Display}
    """)


def write_policy(tmp_path: Path) -> Path:
    path = tmp_path / "policy.yaml"
    path.write_text(TEST_POLICY, encoding="utf-8")
    return path


def chromium_store(real_stores) -> StoreRef:
    return stores_from_path("chromium", real_stores.chromium_user_data())[0]


def firefox_store(real_stores, suffix: str = "default-esr", running: bool = False) -> StoreRef:
    return stores_from_path("firefox", real_stores.firefox_profile(suffix, running=running))[0]


def table_of(store: StoreRef) -> str:
    return "cookies" if store.family == "chromium" else "moz_cookies"


def dump(path, table: str) -> dict:
    """Every row, every column, exactly: {unique key: ((typeof, raw value), ...)}; text stays bytes."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
        key = _key_columns(con, table)
        con.text_factory = bytes
        sel = ", ".join(f'typeof("{c}"), "{c}"' for c in cols)
        out = {}
        for row in con.execute(f"SELECT {sel} FROM {table}"):
            cells = tuple(zip(row[0::2], row[1::2]))
            named = dict(zip(cols, cells))
            out[tuple(named[c][1] for c in key)] = cells
        return out
    finally:
        con.close()


def _key_columns(con, table):
    best = ()
    for row in con.execute(f"PRAGMA index_list({table})"):
        if row[2]:
            cols = tuple(r[2] for r in con.execute(f"PRAGMA index_info('{row[1]}')"))
            best = cols if len(cols) > len(best) else best
    return best


def integrity(path) -> str:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def key_bytes(record) -> tuple:
    """A record's key as dump() spells it (text as UTF-8 bytes)."""
    return tuple(v.encode() if isinstance(v, str) else v for v in record.key.values)


def file_hashes(folder) -> dict:
    out = {}
    for root, _dirs, files in os.walk(folder):
        for name in files:
            p = os.path.join(root, name)
            if os.path.islink(p):
                out[os.path.relpath(p, folder)] = "-> " + os.readlink(p)
                continue
            with open(p, "rb") as fh:
                out[os.path.relpath(p, folder)] = hashlib.sha256(fh.read()).hexdigest()
    return out


def records(store: StoreRef):
    return read_store(store)


def cli(*args, env=None, stdin=subprocess.DEVNULL, timeout=120, prefix=()):
    """Run `python -m inspector.cli.main ARGS` in a subprocess; returns CompletedProcess (text)."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run([*prefix, sys.executable, "-m", "inspector.cli.main", *map(str, args)], cwd=ROOT,
                          env=full_env, stdin=stdin, capture_output=True, text=True, timeout=timeout)


def start_sleeper(seconds: int = 60) -> subprocess.Popen:
    return subprocess.Popen(["sleep", str(seconds)])


def stop(proc: subprocess.Popen) -> None:
    """End a process this test started, by its own PID."""
    if proc.poll() is None:
        proc.kill()
    proc.wait(timeout=10)
