"""Delete 10,000 chosen cookies from a 100,000-cookie store of each browser, and undo it, against raw SQLite.

    python benchmarks/bench_delete.py [--n 100000] [--delete 10000] [--repeat 3]

Ours = inspector.domain.deletion.plan.execute (lock checks, re-check of the plan, a backup of
every column written and fsync'ed, one transaction, verification) and undo (backup
checks, conflict check, re-insert, verification). Raw = one transaction of
`executemany(DELETE ... WHERE <full unique key>)`, and of `executemany(INSERT ...)` of the
same full rows. Each figure is the best of --repeat runs on fresh copies of the store.
Targets: ours <= 3x raw for both. The stores are made by
../shared/fixtures/tools/make_big_store.py from copies of the real stores.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT.parent / "shared" / "fixtures"
sys.path.insert(0, str(ROOT))

from inspector.domain.deletion import plan as deletion  # noqa: E402
from inspector.domain.deletion.undo import undo  # noqa: E402
from inspector.domain.records import StoreRef  # noqa: E402
from inspector.domain.scan import read_store  # noqa: E402

TARGET = 3.0


def make_store(family: str, n: int, work: Path) -> Path:
    if family == "chromium":
        src = FIXTURES / "chromium" / "user-data" / "Default" / "Cookies"
        out = work / "src-chromium" / "Cookies"
    else:
        src = next((FIXTURES / "firefox").glob("*.default-esr")) / "cookies.sqlite"
        out = work / "src-firefox" / "cookies.sqlite"
    out.parent.mkdir(parents=True)
    private = out.parent / ("orig-" + src.name)
    shutil.copyfile(src, private)  # never open the shared fixture itself
    subprocess.run([sys.executable, str(FIXTURES / "tools" / "make_big_store.py"), str(private), str(n), str(out)],
                   check=True, capture_output=True)
    private.unlink()
    return out


def fresh(src: Path, work: Path, name: str) -> StoreRef:
    folder = work / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    path = folder / src.name
    shutil.copyfile(src, path)
    family = "chromium" if src.name == "Cookies" else "firefox"
    return StoreRef(family, family, name, str(path), str(folder), str(folder), name)


def chosen_records(store: StoreRef, count: int):
    records = [r for r in read_store(store) if r.key.source == "db"]
    step = max(1, len(records) // count)
    return records[::step][:count]


def raw_delete(store: StoreRef, records) -> float:
    cols = records[0].key.columns
    table = "cookies" if store.family == "chromium" else "moz_cookies"
    where = " AND ".join(f'"{c}" = ?' for c in cols)
    keys = [r.key.values for r in records]
    t0 = time.perf_counter()
    con = sqlite3.connect(store.path, isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    deleted = con.executemany(f"DELETE FROM {table} WHERE {where}", keys).rowcount
    con.execute("COMMIT")
    con.close()
    elapsed = time.perf_counter() - t0
    assert deleted == len(keys), deleted
    return elapsed


def full_rows(store: StoreRef, records):
    table = "cookies" if store.family == "chromium" else "moz_cookies"
    cols = records[0].key.columns
    con = sqlite3.connect(f"file:{store.path}?mode=ro", uri=True)
    names = [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
    where = " AND ".join(f'"{c}" = ?' for c in cols)
    rows = [con.execute(f"SELECT * FROM {table} WHERE {where}", r.key.values).fetchone() for r in records]
    con.close()
    return names, rows


def raw_insert(store: StoreRef, names, rows) -> float:
    table = "cookies" if store.family == "chromium" else "moz_cookies"
    t0 = time.perf_counter()
    con = sqlite3.connect(store.path, isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    con.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})", rows)
    con.execute("COMMIT")
    con.close()
    return time.perf_counter() - t0


def bench(family: str, src: Path, work: Path, count: int, repeat: int) -> dict:
    best = {"ours_delete": 1e9, "raw_delete": 1e9, "ours_undo": 1e9, "raw_insert": 1e9}
    for i in range(repeat):
        ours = fresh(src, work, f"ours-{family}")
        records = chosen_records(ours, count)
        plan = deletion.plan_deletion(records, [ours])
        t0 = time.perf_counter()
        report = deletion.execute(plan)
        best["ours_delete"] = min(best["ours_delete"], time.perf_counter() - t0)
        assert report.count == count
        t0 = time.perf_counter()
        undone = undo(report.undo_id)
        best["ours_undo"] = min(best["ours_undo"], time.perf_counter() - t0)
        assert undone.restored == count

        raw = fresh(src, work, f"raw-{family}")
        names, rows = full_rows(raw, records)
        best["raw_delete"] = min(best["raw_delete"], raw_delete(raw, records))
        best["raw_insert"] = min(best["raw_insert"], raw_insert(raw, names, rows))
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--delete", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    if not (FIXTURES / "tools" / "make_big_store.py").is_file():
        print(f"needs the real stores and tools in {FIXTURES}", file=sys.stderr)
        return 2
    failed = False
    with tempfile.TemporaryDirectory(prefix="bench-delete-") as tmp:
        work = Path(tmp)
        os.environ["CONSENT_INSPECTOR_DATA_DIR"] = str(work / "data")
        print(f"delete {a.delete:,} of {a.n:,} cookies, best of {a.repeat} (seconds; ratio = ours / raw, "
              f"target <= {TARGET:g}x)")
        print(f"{'store':10} {'ours delete':>12} {'raw DELETE':>11} {'ratio':>6}   {'ours undo':>10} "
              f"{'raw INSERT':>11} {'ratio':>6}")
        for family in ("chromium", "firefox"):
            src = make_store(family, a.n, work)
            r = bench(family, src, work, a.delete, a.repeat)
            d_ratio, u_ratio = r["ours_delete"] / r["raw_delete"], r["ours_undo"] / r["raw_insert"]
            failed |= d_ratio > TARGET or u_ratio > TARGET
            print(f"{family:10} {r['ours_delete']:12.3f} {r['raw_delete']:11.3f} {d_ratio:5.2f}x   "
                  f"{r['ours_undo']:10.3f} {r['raw_insert']:11.3f} {u_ratio:5.2f}x", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
