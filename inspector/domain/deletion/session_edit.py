"""Remove and restore Firefox session cookies in every session-store file, each rewritten atomically."""
from __future__ import annotations

import glob
import os
from dataclasses import dataclass
from typing import Optional

from inspector.domain.stores.firefox_session import (SessionStoreError, cookie_key_values, cookie_lists, cookies_in,
                                                     encode_mozlz4, is_cookie, read_mozlz4)
from inspector.files import PRIVATE_MODE, write_atomic

# Every file Firefox may restore session cookies from: the clean-shutdown file, the
# running-session files and the copies made before an upgrade. Order: the one Firefox
# reads first on a clean start is written last, so an interruption leaves it unchanged.
_PATTERNS = (
    "sessionstore-backups/recovery.baklz4",
    "sessionstore-backups/previous.jsonlz4",
    "sessionstore-backups/upgrade.jsonlz4-*",
    "sessionstore-backups/recovery.jsonlz4",
    "sessionstore.jsonlz4",
)


@dataclass
class SessionFile:
    rel: str
    path: str
    state: Optional[dict] = None
    error: str = ""
    blob: Optional[bytes] = None  # the encoded new content, made by encode_files before any store is written


def session_files(profile_dir: str) -> list[SessionFile]:
    files = []
    for pattern in _PATTERNS:
        for path in sorted(glob.glob(os.path.join(profile_dir, *pattern.split("/")))):
            rel = os.path.relpath(path, profile_dir).replace(os.sep, "/")
            try:
                files.append(SessionFile(rel, path, read_mozlz4(path)))
            except (OSError, SessionStoreError) as exc:
                files.append(SessionFile(rel, path, None, str(exc)))
    return files


def keys_in(state: dict) -> set:
    """The key of every session cookie the reader shows for this state."""
    return {cookie_key_values(c) for c in cookies_in(state)}


def remove_cookies(files: list[SessionFile], keys: set) -> tuple[list[SessionFile], list[tuple[str, dict]]]:
    """The files that change (their state edited in memory) and every removed (file, cookie)."""
    changed, removed = [], []
    for f in files:
        if f.state is None:
            continue
        hit = False
        # Every copy goes: a cookie may stand in more than one list.
        for cookies in cookie_lists(f.state):
            keep = []
            for c in cookies:
                if is_cookie(c) and cookie_key_values(c) in keys:
                    removed.append((f.rel, c))
                    hit = True
                else:
                    keep.append(c)
            cookies[:] = keep
        if hit:
            changed.append(f)
    return changed, removed


def restore_cookies(files: list[SessionFile], saved: list[tuple[str, dict]]) -> tuple[list[SessionFile], set, set]:
    """Put saved cookies back into each readable file that lacks them.

    Returns (files that change, keys restored, keys kept because the file already holds a
    cookie with that key: the browser set it again after the deletion, so it is newer).
    """
    by_file: dict[str, dict] = {}
    newest: dict = {}
    for rel, cookie in saved:
        key = cookie_key_values(cookie)
        by_file.setdefault(rel, {})[key] = cookie
        newest.setdefault(key, cookie)  # saved newest file first
    changed, restored, kept = [], set(), set()
    for f in files:
        if f.state is None:
            continue
        present = keys_in(f.state)
        add = []
        for key, cookie in newest.items():
            if key in present:
                kept.add(key)
                continue
            add.append(by_file.get(f.rel, {}).get(key, cookie))
            restored.add(key)
        if add:
            if not isinstance(f.state.get("cookies"), list):
                f.state["cookies"] = []
            f.state["cookies"].extend(add)
            changed.append(f)
    return changed, restored, kept - restored


def encode_files(files: list[SessionFile]) -> None:
    """Encode each changed state now, before the database is committed: a state that cannot
    be encoded then stops the whole operation while nothing is changed yet."""
    for f in files:
        f.blob = encode_mozlz4(f.state)


def already_back(files: list[SessionFile], saved: list[tuple[str, dict]]) -> set:
    """Keys of saved cookies that some readable file holds exactly as they were saved: put back
    by an earlier undo, not set again by the browser."""
    wanted = {cookie_key_values(c): c for _, c in saved}
    same = set()
    for f in files:
        if f.state is None:
            continue
        for cookies in cookie_lists(f.state):
            for c in cookies:
                if is_cookie(c):
                    key = cookie_key_values(c)
                    if key in wanted and c == wanted[key]:
                        same.add(key)
    return same


def write_files(files: list[SessionFile]) -> None:
    # Encode everything first: a state that cannot be encoded stops us before any write.
    blobs = [(f.path, f.blob if f.blob is not None else encode_mozlz4(f.state)) for f in files]
    for path, data in blobs:
        # A file keeps the mode Firefox gave it.
        write_atomic(path, data, PRIVATE_MODE, keep_mode=True)
