"""A clean-up deleting 20,000 of 100,000 cookies in each of two stores with a 500-entry keep list, against raw SQLite.

    python benchmarks/bench_cleanup.py [--n 100000] [--delete 20000] [--keep 500] [--repeat 3]

Planning = inspector.domain.cleanup.plan.plan_cleanup over the scanned cookies of both stores
(the rule, the keep list, the sign-in check, one lock check): what the window's preview waits for,
with the descriptions already made, as the window's table has made them for its category counts.
Ours = run_cleanup (lock checks, re-check of the plan, one backup of every column of both stores
written and fsync'ed, one transaction per store, verification). Raw = one transaction per store of
`executemany(DELETE ... WHERE <full unique key>)` of the same rows. Best of --repeat runs on
fresh copies. Targets: ours <= 3x raw, planning <= 1 s. The stores are made by
../shared/fixtures/tools/make_big_store.py; the rule is "not used for 365 days", and exactly
--delete rows of each store are made that old, plus some that the keep list keeps.
"""
from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_delete import FIXTURES, fresh, make_store, raw_delete  # noqa: E402
from inspector.domain.cleanup.plan import plan_cleanup, run_cleanup  # noqa: E402
from inspector.domain.cleanup.rules import Rule  # noqa: E402
from inspector.domain.descriptions import Describer  # noqa: E402
from inspector.domain.keep.entries import KeepEntry, KeepList  # noqa: E402
from inspector.domain.policy import default_policy_path, load_policy  # noqa: E402
from inspector.domain.scan import scan  # noqa: E402

TARGET, PLAN_TARGET_S = 3.0, 1.0
DAY_US = 86_400_000_000
CHROMIUM_EPOCH_US = 11_644_473_600_000_000


def keep_list(cookies, size: int) -> KeepList:
    """`size` entries over the stores' own sites, of every kind: whole sites, hosts, names, patterns."""
    sites = sorted({c.site for c in cookies})[: size]
    entries = []
    for i, site in enumerate(sites):
        kind = i % 4
        entries.append(KeepEntry(site=site) if kind == 0 else KeepEntry(site=site, host="www." + site)
                       if kind == 1 else KeepEntry(site=site, name="sessionid") if kind == 2
                       else KeepEntry(site=site, pattern="_pk_*"))
    return KeepList(entries)


def age(store, cookies, keep: KeepList, count: int, now_us: int) -> int:
    """Make `count` cookies of the store that the keep list does not keep (and a few it keeps) a year
    and a day old, every other one recent; returns how many kept ones were aged."""
    mine = [c for c in cookies if c.record.store == store.path and c.record.key.source == "db"]
    free = [c for c in mine if keep.entry_for(c) is None]
    kept = [c for c in mine if keep.entry_for(c) is not None]
    step = max(1, len(free) // count)
    old = free[::step][:count] + kept[::50]
    table, column = ("cookies", "last_access_utc") if store.family == "chromium" else ("moz_cookies", "lastAccessed")
    offset = CHROMIUM_EPOCH_US if store.family == "chromium" else 0
    con = sqlite3.connect(store.path, isolation_level=None)
    con.execute("BEGIN")
    con.execute(f"UPDATE {table} SET {column} = ?", (now_us + offset,))
    cols = old[0].record.key.columns
    where = " AND ".join(f'"{c}" IS ?' for c in cols)
    con.executemany(f"UPDATE {table} SET {column} = ? WHERE {where}",
                    [(now_us - 366 * DAY_US + offset, *c.record.key.values) for c in old])
    con.execute("COMMIT")
    con.close()
    return len(kept[::50])


def once(sources, work: Path, a, policy) -> dict:
    stores = [fresh(src, work, f"ours-{i}") for i, src in enumerate(sources)]
    now_us = int(time.time() * 1_000_000)
    first = scan(stores, policy)
    keep = keep_list(first.cookies, a.keep)
    aged_kept = sum(age(s, first.cookies, keep, a.delete, now_us) for s in stores)
    result = scan(stores, policy)
    rule = Rule("stale", unused_days=365)
    t0 = time.perf_counter()
    plan_cleanup(result.cookies, stores, [rule], keep, Describer().describe, now_us)
    cold = time.perf_counter() - t0  # the CLI's case: every description made on the way
    # As in the window, whose table has described every cookie (its category counts) before any preview.
    describer = Describer()
    for c in result.cookies:
        describer.describe(c)
    t0 = time.perf_counter()
    plan = plan_cleanup(result.cookies, stores, [rule], keep, describer.describe, now_us)
    planning = time.perf_counter() - t0
    assert plan.count == a.delete * len(stores), plan.count
    assert len(plan.kept) == aged_kept, (len(plan.kept), aged_kept)
    records = plan.deletion.records
    t0 = time.perf_counter()
    report = run_cleanup(plan)
    ours = time.perf_counter() - t0
    assert report.count == a.delete * len(stores)

    raw = 0.0
    for i, src in enumerate(sources):
        copy = fresh(src, work, f"raw-{i}")  # last-access times differ from ours: a DELETE does not read them
        mine = [r for r in records if r.store == stores[i].path]
        raw += raw_delete(copy, mine)
    return {"planning": planning, "cold": cold, "ours": ours, "raw": raw, "kept": len(plan.kept)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--delete", type=int, default=20_000)
    ap.add_argument("--keep", type=int, default=500)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    if not (FIXTURES / "tools" / "make_big_store.py").is_file():
        print(f"needs the real stores and tools in {FIXTURES}", file=sys.stderr)
        return 2
    policy = load_policy(default_policy_path())
    with tempfile.TemporaryDirectory(prefix="bench-cleanup-") as tmp:
        work = Path(tmp)
        os.environ["CONSENT_INSPECTOR_DATA_DIR"] = str(work / "data")
        sources = [make_store(family, a.n, work) for family in ("chromium", "firefox")]
        best = {"planning": 1e9, "cold": 1e9, "ours": 1e9, "raw": 1e9}
        for _ in range(a.repeat):
            r = once(sources, work, a, policy)
            best = {k: min(best[k], r[k]) for k in best}
            kept = r["kept"]
        ratio = best["ours"] / best["raw"]
        print(f"clean-up: delete {a.delete:,} of {a.n:,} cookies in each of 2 stores (chromium, firefox), "
              f"keep list of {a.keep} entries ({kept} chosen cookies kept); best of {a.repeat}, seconds")
        print(f"planning (preview) {best['planning']:.3f}  target <= {PLAN_TARGET_S:g}   "
              f"(with no description made yet, as the CLI plans: {best['cold']:.3f})")
        print(f"ours (backup + delete) {best['ours']:.3f}   raw DELETE {best['raw']:.3f}   ratio {ratio:.2f}x  "
              f"target <= {TARGET:g}x")
    return 0 if ratio <= TARGET and best["planning"] <= PLAN_TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
