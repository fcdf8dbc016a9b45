"""Move every timestamp of a copied browser profile forward by one amount, so a real browser sees it as freshly made.

Real browsers run on the real clock and drop what has expired, while the fixtures were
written on one day and age every day. Shifting creation, last access, last update and
expiry by the same amount keeps every cookie's relative age (a 30-minute cookie is still
30 minutes from its creation) and makes the newest cookie as old as it was when the
browser wrote it. Only ever applied to copies.
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import lz4.block

CHROMIUM_TIMES = ("creation_utc", "last_access_utc", "last_update_utc")  # µs since 1601; 0 means unset
FIREFOX_TIMES_US = ("creationTime", "lastAccessed", "updateTime")
SESSION_TIMES_MS = {"lastAccessed", "closedAt", "lastUpdate", "startTime"}  # sessionstore's ms stamps
MOZLZ4_MAGIC = b"mozLz40\0"
SESSION_FILES = ("sessionstore.jsonlz4", "sessionstore-backups/recovery.jsonlz4",
                 "sessionstore-backups/recovery.baklz4", "sessionstore-backups/previous.jsonlz4")


def shift_chromium(db: Path, delta_us: int) -> int:
    """Shift a Chromium `Cookies` database; returns the rows shifted."""
    con = sqlite3.connect(db)
    try:
        with con:
            sets = ", ".join(f"{c} = CASE WHEN {c} = 0 THEN 0 ELSE {c} + :d END"
                             for c in (*CHROMIUM_TIMES, "expires_utc"))
            return con.execute(f"UPDATE cookies SET {sets}", {"d": delta_us}).rowcount
    finally:
        con.close()


def shift_firefox(profile: Path, delta_us: int) -> int:
    """Shift a Firefox profile's `cookies.sqlite` and its session store; returns the rows shifted."""
    con = sqlite3.connect(profile / "cookies.sqlite")
    try:
        # expiry is in ms from cookie schema 16 on, in seconds before (PRAGMA user_version).
        per_unit = 1000 if con.execute("PRAGMA user_version").fetchone()[0] >= 16 else 1_000_000
        sets = ", ".join(f"{c} = {c} + :d" for c in FIREFOX_TIMES_US)
        with con:
            rows = con.execute(f"UPDATE moz_cookies SET {sets}, expiry = expiry + :e",
                               {"d": delta_us, "e": delta_us // per_unit}).rowcount
    finally:
        con.close()
    for name in SESSION_FILES:
        path = profile / name
        if path.is_file():
            write_mozlz4(path, _shift_session(read_mozlz4(path), delta_us // 1000))
    return rows


def read_mozlz4(path: Path):
    data = path.read_bytes()
    assert data.startswith(MOZLZ4_MAGIC), f"{path} is not a mozlz4 file"
    return json.loads(lz4.block.decompress(data[len(MOZLZ4_MAGIC):]))


def write_mozlz4(path: Path, doc) -> None:
    # surrogatepass: Firefox writes page titles with lone surrogates, and they must survive.
    raw = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
    path.write_bytes(MOZLZ4_MAGIC + lz4.block.compress(raw))


def _shift_session(node, delta_ms: int):
    if isinstance(node, dict):
        return {k: (v + delta_ms if k in SESSION_TIMES_MS and isinstance(v, int) and not isinstance(v, bool) and v > 0
                    else _shift_session(v, delta_ms)) for k, v in node.items()}
    if isinstance(node, list):
        return [_shift_session(v, delta_ms) for v in node]
    return node


def make_fresh(profile: Path, family: str, made_at_us: int, now_us: int) -> int:
    """Shift a copied Chromium user-data dir or Firefox profile from `made_at_us` to `now_us`."""
    delta = now_us - made_at_us
    if family == "chromium":
        return sum(shift_chromium(db, delta) for db in sorted(profile.glob("*/Cookies")))
    return shift_firefox(profile, delta)
