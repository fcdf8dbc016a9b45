"""What made each deletion (the action, the rules it ran, the sites it touched), kept beside the backups for the history."""
from __future__ import annotations

import json
import os
import re
from typing import Iterable, Optional

from inspector.domain.codes import ACTION_SELECTION
from inspector.domain.deletion.backup import data_dir
from inspector.files import PRIVATE_MODE, write_atomic

# Their own folder: the backups folder is the backups' and their manifests' alone.
_FOLDER = "labels"
_ID = re.compile(r"[0-9A-Za-z_-]{1,64}")


def labels_dir() -> str:
    return os.path.join(data_dir(), _FOLDER)


def write_label(undo_id: str, action: str, sites: Iterable[str], rules: Iterable[str] = (),
                restored: Iterable = ()) -> None:
    """Best effort: the deletion is done and its backup complete; a missing label only leaves the
    history naming it by its counts."""
    if not _ID.fullmatch(undo_id):
        return
    folder = labels_dir()
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
        write_atomic(os.path.join(folder, undo_id + ".json"),
                     json.dumps({"action": action, "rules": list(rules), "sites": sorted(set(sites)),
                                 "restored": [list(r) for r in restored]},
                                ensure_ascii=False), PRIVATE_MODE)
    except OSError:
        pass


def read_label(undo_id: str) -> dict:
    """{"action", "rules", "sites"} of a deletion; a selection's, with no sites, when none was written."""
    empty = {"action": ACTION_SELECTION, "rules": [], "sites": [], "restored": []}
    if not _ID.fullmatch(undo_id):
        return empty
    try:
        with open(os.path.join(labels_dir(), undo_id + ".json"), encoding="utf-8") as fh:
            doc = json.load(fh)
    except (OSError, ValueError):
        return empty
    if not isinstance(doc, dict):
        return empty
    return {"action": str(doc.get("action") or ACTION_SELECTION),
            "rules": [str(r) for r in doc.get("rules") or [] if isinstance(r, str)],
            "sites": [str(s) for s in doc.get("sites") or [] if isinstance(s, str)],
            "restored": [r for r in doc.get("restored") or [] if isinstance(r, list) and len(r) == 5]}


def sites_of(records) -> list[str]:
    """The sites of deleted records (CookieRecords, or the backup's [host, name, ...] lists)."""
    from inspector.domain.sites import site_of

    out = set()
    for r in records:
        host = r[0] if isinstance(r, (list, tuple)) and not hasattr(r, "host") else r.host
        out.add(site_of(host))
    return sorted(out)


def add_restored(undo_id: str, idents: Iterable) -> None:
    """Note that these cookies ([store index, host, name, path, source]) of a deletion were put back."""
    label = read_label(undo_id)
    seen = [list(r) for r in label["restored"]]
    seen += [list(i) for i in idents if list(i) not in seen]
    write_label(undo_id, label["action"], label["sites"], label["rules"], seen)


def remove_labels(keep: Iterable[str]) -> int:
    """Remove the label of every deletion not in `keep` (the undo IDs whose backups remain); returns how many.

    A label names the sites and cookies a deletion touched: it goes with its backup, so pruning
    or "Delete All Backups" leaves no trace of what was deleted."""
    keep = set(keep)
    removed = 0
    try:
        names = os.listdir(labels_dir())
    except OSError:
        return 0
    for name in names:
        undo_id = name[:-len(".json")] if name.endswith(".json") else None
        if undo_id is None or not _ID.fullmatch(undo_id) or undo_id in keep:
            continue
        try:
            os.remove(os.path.join(labels_dir(), name))
            removed += 1
        except OSError:
            pass
    return removed


def label_of(undo_id: Optional[str]) -> dict:
    return read_label(undo_id) if undo_id else {"action": ACTION_SELECTION, "rules": [], "sites": []}
