"""Scan two 100,000-cookie stores with the bundled policy alone, then with a 50-policy library.

    python benchmarks/bench_policies.py [--n 100000] [--repeat 5] [--policies 50]

The library is the bundled policy.yaml plus 49 generated policy files, each for hosts taken
from the stores themselves (so matching really runs) and declaring some of their cookie
names. The two scans run back to back in fresh processes, `repeat` times; the ratio is the
median of the pairs' ratios (target <= 1.2x).
"""
from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_scan import FIXTURES, make_stores, run  # noqa: E402

SCAN = """
from inspector.domain.policy import default_policy_path
from inspector.domain.policy.library import load_library
from inspector.domain.records import StoreRef
from inspector.domain.scan import scan
from inspector.domain.sites import site_of
site_of("warm.example.com")
folder = {folder!r}
policies = load_library(default_policy_path(), folder)
t0 = time.perf_counter()
result = scan([StoreRef("chromium", "chromium", "Big", chromium_db),
               StoreRef("firefox", "firefox", "Big", firefox_db)], policies)
declared = sum(1 for c in result.cookies if c.match.status == "declared")
done(t0, len(result.cookies), policies=len(policies.entries), declared=declared, errors=len(policies.errors))
"""


def write_policies(folder: Path, chromium_db: str, count: int) -> None:
    """`count` policies over the busiest hosts of the store, each declaring half of their names."""
    con = sqlite3.connect(f"file:{chromium_db}?mode=ro", uri=True)
    rows = con.execute("SELECT host_key, name FROM cookies").fetchall()
    con.close()
    by_host: dict[str, set[str]] = {}
    for host, name in rows:
        by_host.setdefault(host.lstrip("."), set()).add(name)
    hosts = sorted(by_host, key=lambda h: (-len(by_host[h]), h))[:count * 2]
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        mine = hosts[i * 2:i * 2 + 2]
        names = sorted({n for h in mine for n in by_host[h]})[::2][:40]
        lines = ["version: 1", f"name: bench {i}", "imported:", "  from: text", f'  at: "2026-01-01T00:{i // 60:02d}:{i % 60:02d}Z"',
                 "categories:", "  necessary: {label: Necessary, description: Needed, needs_consent: false}",
                 "providers:", "  me: {name: Me}", "sites:", f"  - id: bench-{i}", f"    name: bench {i}",
                 f"    hosts: [{', '.join(repr(h) for h in mine)}]", "    cookies:"]
        lines += [f"      - {{name: {n!r}, provider: me, category: necessary, function: F, purpose: P}}"
                  for n in names if n and all(c.isalnum() or c in "_-." for c in n)]
        if lines[-1] == "    cookies:":
            lines[-1] = "    cookies: []"
        (folder / f"bench-{i:02d}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=100_000, help="cookies per store")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--policies", type=int, default=50, help="policies in force, the bundled one included")
    args = parser.parse_args()
    if not FIXTURES.is_dir():
        sys.exit(f"needs the real stores in {FIXTURES}")
    with tempfile.TemporaryDirectory(prefix="ci-bench-policies-") as tmp:
        dbs = make_stores(Path(tmp), args.n)
        empty, folder = Path(tmp) / "none", Path(tmp) / "library"
        write_policies(folder, dbs[0], args.policies - 1)
        ones, fifties, ratios = [], [], []
        for _ in range(args.repeat):
            one = run(SCAN.format(folder=str(empty)), dbs)
            fifty = run(SCAN.format(folder=str(folder)), dbs)
            ones.append(one)
            fifties.append(fifty)
            ratios.append(fifty["seconds"] / one["seconds"])
    ratios.sort()
    one, fifty = min(ones, key=lambda r: r["seconds"]), min(fifties, key=lambda r: r["seconds"])
    print(f"stores: 2 x {args.n:,} cookies ({args.repeat} back-to-back pairs of fresh processes)")
    for label, r in (("1 policy (bundled)", one), (f"{fifty['policies']} policies", fifty)):
        print(f"  {label:<20} {r['seconds']:.3f} s  {r['rows']:>7,} cookies  {r['declared']:>6,} declared"
              f"  peak {r['rss_mib']:.0f} MiB  ({r['errors']} broken files)")
    print(f"  {fifty['policies']} / 1 = {fifty['seconds'] / one['seconds']:.2f}x best vs best, "
          f"{ratios[len(ratios) // 2]:.2f}x median of the pairs (target <= 1.2x)")


if __name__ == "__main__":
    main()
