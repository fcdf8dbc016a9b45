"""A deletion or undo in its own process, for tests that kill it or run it under private mounts.

    python deletion_worker.py delete KIND PATH (--every N | --names A,B)
    python deletion_worker.py undo ID
    --pause S: stop S seconds right before the session files are rewritten (after the database
    COMMIT), printing a "paused" event, so a test can start a second run inside that window.
    --pause-at commit: stop there instead after the DELETE, right before its COMMIT (delete only).

Prints one JSON line per event: ready (planned count), done (undo ID) or error (code, message).
"""
from __future__ import annotations

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from inspector.domain.deletion import plan as deletion  # noqa: E402
from inspector.domain.deletion.undo import undo  # noqa: E402
from inspector.domain.scan import read_store  # noqa: E402
from inspector.domain.stores.discovery import stores_from_path  # noqa: E402


def say(**event) -> None:
    print(json.dumps(event), flush=True)


def _pause_before_session_writes(seconds: float) -> None:
    import time
    from inspector.domain.deletion import session_edit
    write = session_edit.write_files

    def paused(files):
        say(event="paused")
        time.sleep(seconds)
        return write(files)

    session_edit.write_files = paused


def _pause_before_commit(seconds: float) -> None:
    import time
    commit_all = deletion._commit_all

    def paused(staged):
        say(event="paused")
        time.sleep(seconds)
        return commit_all(staged)

    deletion._commit_all = paused


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("action", choices=("delete", "undo"))
    ap.add_argument("args", nargs="*")
    ap.add_argument("--every", type=int, default=0)
    ap.add_argument("--names", default="")
    ap.add_argument("--pause", type=float, default=0.0)
    ap.add_argument("--pause-at", choices=("session", "commit"), default="session")
    a = ap.parse_args()
    if a.pause and a.pause_at == "commit":
        _pause_before_commit(a.pause)
    elif a.pause:
        _pause_before_session_writes(a.pause)
    try:
        if a.action == "undo":
            report = undo(a.args[0] if a.args else None)
            say(event="done", restored=report.restored)
            return 0
        kind, path = a.args
        store = stores_from_path(kind, path)[0]
        records = read_store(store)
        if a.every:
            chosen = records[::a.every]
        else:
            names = set(a.names.split(","))
            chosen = [r for r in records if r.name in names]
        plan = deletion.plan_deletion(chosen, [store])
        say(event="ready", planned=plan.count, total=len(records))
        report = deletion.execute(plan)
        say(event="done", undo_id=report.undo_id, deleted=report.count)
        return 0
    except deletion.DeletionError as exc:
        say(event="error", code=exc.code, message=exc.message)
        return 4


if __name__ == "__main__":
    sys.exit(main())
