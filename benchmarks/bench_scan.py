"""Scan two 100,000-cookie stores (Chromium + Firefox) and compare with raw SQLite and browser-cookie3.

    python benchmarks/bench_scan.py [--n 100000] [--repeat 3]

Each measurement runs in its own subprocess so that its peak RSS is its own. The stores
are made by ../shared/fixtures/tools/make_big_store.py from copies of the real stores.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT.parent / "shared" / "fixtures"

# Each snippet prints one JSON line: seconds, rows, peak RSS (MiB).
_PRELUDE = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
chromium_db, firefox_db = {dbs!r}
def done(t0, rows, **extra):
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(dict(seconds=time.perf_counter() - t0, rows=rows, rss_mib=rss, **extra)))
"""

RAW_SQLITE = """
import sqlite3
t0 = time.perf_counter()
rows = 0
for db, sql in ((chromium_db, "SELECT host_key, top_frame_site_key, has_cross_site_ancestor, name, path, source_scheme, "
                 "source_port, expires_utc, creation_utc, last_access_utc, is_secure, is_httponly, samesite, "
                 "is_persistent FROM cookies"),
                (firefox_db, "SELECT name, host, path, expiry, creationTime, lastAccessed, isSecure, isHttpOnly, "
                 "sameSite, originAttributes FROM moz_cookies")):
    con = sqlite3.connect("file:" + db + "?mode=ro", uri=True)
    rows += len(con.execute(sql).fetchall())
    con.close()
done(t0, rows)
"""

BROWSER_COOKIE3 = """
import os
os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
import browser_cookie3 as bc3
# browser-cookie3 alone raises KeyError without a D-Bus session; give it Chromium's default password.
bc3._LinuxPasswordManager.get_password = lambda self, name: bc3.CHROMIUM_DEFAULT_PASSWORD
t0 = time.perf_counter()
rows = len(bc3.chromium(cookie_file=chromium_db)) + len(bc3.firefox(cookie_file=firefox_db))
done(t0, rows)
"""

OUR_SCAN = """
from inspector.domain.policy import default_policy_path, load_policy
from inspector.domain.records import StoreRef
from inspector.domain.scan import scan
from inspector.domain.sites import site_of
site_of("warm.example.com")  # the public suffix list loads once per process, as in the app
policy = load_policy(default_policy_path())
t0 = time.perf_counter()
result = scan([StoreRef("chromium", "chromium", "Big", chromium_db),
               StoreRef("firefox", "firefox", "Big", firefox_db)], policy)
# site_counts is part of the scan; result.sites would build a per-site index inside the timing.
done(t0, len(result.cookies), sites=len(result.site_counts), errors=len(result.errors))
"""

JSON_OUTPUT = """
import io, json as _json
from inspector.cli.output import write_json
from inspector.domain.policy import default_policy_path, load_policy
from inspector.domain.records import StoreRef
from inspector.domain.exports.rows import cookie_row
from inspector.domain.scan import scan
policy = load_policy(default_policy_path())
result = scan([StoreRef("chromium", "chromium", "Big", chromium_db),
               StoreRef("firefox", "firefox", "Big", firefox_db)], policy)
plain = [cookie_row(c, result.now_us) for c in result.cookies]
t0 = time.perf_counter()
_json.dumps({"cookies": plain}, ensure_ascii=False, separators=(",", ":"))
baseline = time.perf_counter() - t0
t0 = time.perf_counter()
buf = io.StringIO()
write_json(result, result.cookies, buf)
done(t0, len(result.cookies), baseline=baseline, bytes=len(buf.getvalue()))
"""


def make_stores(workdir: Path, n: int) -> tuple[str, str]:
    tool = FIXTURES / "tools" / "make_big_store.py"
    chromium_src = FIXTURES / "chromium" / "user-data" / "Default" / "Cookies"
    firefox_src = next((FIXTURES / "firefox").glob("*.default-esr")) / "cookies.sqlite"
    out = []
    for src, name in ((chromium_src, "Cookies"), (firefox_src, "cookies.sqlite")):
        target = workdir / src.parent.name / name
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, str(tool), str(src), str(n), str(target)], check=True,
                       stdout=subprocess.DEVNULL)
        out.append(str(target))
    return out[0], out[1]


def run(snippet: str, dbs) -> dict:
    code = _PRELUDE.format(root=str(ROOT), dbs=tuple(dbs)) + snippet
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def best(snippet: str, dbs, repeat: int) -> dict:
    runs = [run(snippet, dbs) for _ in range(repeat)]
    return min(runs, key=lambda r: r["seconds"])


def paired(dbs, repeat: int) -> tuple[dict, dict, float]:
    """Raw SELECT and our scan run back to back, `repeat` times.

    On a shared 2-core machine the floor itself moves by half a second between runs, so
    the ratio is taken within each pair (same moment, same load) and the median is kept.
    """
    raws, ours, ratios = [], [], []
    for _ in range(repeat):
        raw, scan = run(RAW_SQLITE, dbs), run(OUR_SCAN, dbs)
        raws.append(raw)
        ours.append(scan)
        ratios.append(scan["seconds"] / raw["seconds"])
    ratios.sort()
    return (min(raws, key=lambda r: r["seconds"]), min(ours, key=lambda r: r["seconds"]),
            ratios[len(ratios) // 2])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=100_000, help="cookies per store")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if not FIXTURES.is_dir():
        sys.exit(f"needs the real stores in {FIXTURES}")
    with tempfile.TemporaryDirectory(prefix="ci-bench-") as tmp:
        dbs = make_stores(Path(tmp), args.n)
        raw, ours, ratio = paired(dbs, args.repeat)
        bc3 = best(BROWSER_COOKIE3, dbs, 1)
        js = best(JSON_OUTPUT, dbs, args.repeat)
    print(f"stores: 2 x {args.n:,} cookies (best of {args.repeat} fresh processes each)")
    print(f"  (a) raw sqlite3 SELECT      {raw['seconds']:.3f} s  {raw['rows']:>7,} rows  peak {raw['rss_mib']:.0f} MiB")
    print(f"  (b) browser_cookie3         {bc3['seconds']:.3f} s  {bc3['rows']:>7,} rows  peak {bc3['rss_mib']:.0f} MiB")
    print(f"  consent-inspector scan      {ours['seconds']:.3f} s  {ours['rows']:>7,} rows  peak {ours['rss_mib']:.0f} MiB"
          f"  ({ours['sites']:,} sites)")
    print(f"  scan / raw = {ours['seconds'] / raw['seconds']:.2f}x best vs best, {ratio:.2f}x median of"
          f" {args.repeat} back-to-back pairs (target <= 2x);"
          f"  scan / browser_cookie3 = {ours['seconds'] / bc3['seconds']:.2f}x")
    print(f"  JSON output {js['seconds']:.3f} s vs plain json.dumps {js['baseline']:.3f} s"
          f" = {js['seconds'] / js['baseline']:.2f}x (target <= 2x)")


if __name__ == "__main__":
    main()
