"""How long backups (and the cookie values in them) are kept: the setting, pruning, and "delete backups now"."""
from __future__ import annotations

import json
import os
from typing import Optional

from inspector.domain.clock import SYSTEM, Clock
from inspector.domain.codes import BACKUPS_REMOVED, CORRUPT, DONE, INCOMPLETE, UNDONE, Note
from inspector.domain.deletion import labels
from inspector.domain.deletion.backup import MANIFEST, SUFFIX, backup_dir, data_dir, history
from inspector.domain.deletion.safe_dirs import check_private, private_dir
from inspector.files import PRIVATE_MODE, write_atomic

DEFAULT_DAYS = 30
MIN_DAYS, MAX_DAYS = 1, 3650
SETTINGS = "settings.json"
_KEY = "backup_retention_days"
_DAY_US = 86_400 * 1_000_000
# Interrupted ones are the journal of a deletion or undo to finish: never pruned.
_PRUNABLE = (DONE, UNDONE, INCOMPLETE, CORRUPT)


class RetentionError(ValueError):
    """A retention outside MIN_DAYS..MAX_DAYS."""


def _settings_path() -> str:
    return os.path.join(data_dir(), SETTINGS)


def retention_days() -> int:
    """The setting (days a backup is kept after its deletion); DEFAULT_DAYS when unset or unreadable."""
    path = _settings_path()
    try:
        check_private(path)
        with open(path, "rb") as fh:
            days = json.loads(fh.read(65536).decode("utf-8")).get(_KEY, DEFAULT_DAYS)
    except Exception:  # unreadable, malformed, or writable by another user (so not trusted)
        return DEFAULT_DAYS
    return days if isinstance(days, int) and not isinstance(days, bool) and MIN_DAYS <= days <= MAX_DAYS \
        else DEFAULT_DAYS


def set_retention_days(days: int) -> None:
    if not isinstance(days, int) or isinstance(days, bool) or not MIN_DAYS <= days <= MAX_DAYS:
        raise RetentionError(f"{days}")
    private_dir(data_dir())
    write_atomic(_settings_path(), json.dumps({_KEY: days}), PRIVATE_MODE)


def _created_us(entry) -> Optional[int]:
    from datetime import datetime
    if entry.created:
        try:
            return int(datetime.fromisoformat(entry.created).timestamp() * 1_000_000)
        except ValueError:
            pass
    try:  # an incomplete or corrupt backup has no readable time: its file's
        return os.stat(entry.path).st_mtime_ns // 1000
    except OSError:
        return None


def prune(clock: Clock = SYSTEM, days: Optional[int] = None, directory: Optional[str] = None) -> Optional[Note]:
    """Delete the backups made more than `days` (default: the setting) ago; a BACKUPS_REMOVED note, or None."""
    days = retention_days() if days is None else days
    cutoff = clock.now_us() - days * _DAY_US
    old = [e for e in history(directory) if e.status in _PRUNABLE
           and (_created_us(e) or cutoff) < cutoff]
    for entry in old:
        _remove(directory, entry.undo_id)
    _remove_labels(directory)
    return Note(BACKUPS_REMOVED, {"count": len(old), "days": days}) if old else None


def _remove_labels(directory: Optional[str]) -> None:
    # The labels (labels.py) live beside the default backups folder: those of backups gone go too.
    if directory is None or os.path.abspath(directory) == os.path.abspath(backup_dir()):
        labels.remove_labels(e.undo_id for e in history(directory))


def delete_all(directory: Optional[str] = None) -> int:
    """ "Delete backups now": every backup but the journals of interrupted runs; returns how many.
    Their deletions can no longer be undone."""
    entries = [e for e in history(directory) if e.status in _PRUNABLE]
    for entry in entries:
        _remove(directory, entry.undo_id)
    _remove_labels(directory)
    return len(entries)


def _remove(directory: Optional[str], undo_id: str) -> None:
    folder = directory or backup_dir()
    # The manifest first: a half-removed backup then reads as incomplete, never as undoable.
    for name in (undo_id + MANIFEST, undo_id + SUFFIX, undo_id + SUFFIX + "-journal"):
        path = os.path.join(folder, name)
        if name.endswith(SUFFIX):
            _overwrite(path)
        try:
            os.remove(path)
        except FileNotFoundError:
            pass


def _overwrite(path: str) -> None:
    # The rows file holds cookie values: zero it before unlinking, so its blocks do not keep
    # them on a file system that reuses blocks in place (best effort; copy-on-write ones copy).
    try:
        size = os.path.getsize(path)
        with open(path, "r+b") as fh:
            for _ in range(0, size, 1 << 20):
                fh.write(bytes(min(1 << 20, size - fh.tell())))
            fh.flush()
            os.fsync(fh.fileno())
    except OSError:
        pass
