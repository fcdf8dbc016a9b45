"""Benchmark: loading the Open Cookie Database catalog and a first lookup per cookie, each beside its floor.

The floor for loading is json.load of the same file (what any reader must pay); the floor for a
lookup is one dict probe per cookie. Run: python benchmarks/bench_catalogs.py
"""
from __future__ import annotations

import json
import random
import statistics
import string
import time

from inspector.domain.catalog.ocd import default_ocd_path, load_ocd


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    path = default_ocd_path()
    loads = [(timed(lambda: load_ocd(path)), timed(lambda: json.loads(path.read_bytes()))) for _ in range(7)]
    rnd = random.Random(7)
    starts = ["_ga", "_hj", "__", "_s", "PHP", "_pk_", "sess", "wp", "AMCV_", "uid", "_fb", "n360", "ct_", "SC"]
    cookies = [(f".{''.join(rnd.choices(string.ascii_lowercase, k=8))}.com",
                rnd.choice(starts) + "".join(rnd.choices(string.ascii_letters + "_", k=rnd.randint(0, 12))))
               for _ in range(20_000)]
    probe = {name: None for _, name in cookies[::2]}
    lookups = []
    for _ in range(5):
        ocd = load_ocd(path)  # a fresh catalog each time: first lookups, no cache
        lookups.append((timed(lambda: [ocd.lookup(h, n) for h, n in cookies]),
                        timed(lambda: [probe.get(n) for _, n in cookies])))
    load, floor = min(loads)
    print(f"OCD load: {load * 1000:.1f} ms; json.load of the same file {floor * 1000:.1f} ms "
          f"({load / floor:.2f}x; median of pairs {statistics.median(a / b for a, b in loads):.2f}x)")
    look, base = min(lookups)
    n = len(cookies)
    print(f"first lookup: {look / n * 1e6:.1f} us per cookie; a dict probe {base / n * 1e6:.2f} us "
          f"({look / base:.0f}x)")


if __name__ == "__main__":
    main()
