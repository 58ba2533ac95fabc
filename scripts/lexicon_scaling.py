"""Time to build a `crosscheck.Lexicon` from a user file of n and 8n entries (a measurement,
not a test): python scripts/lexicon_scaling.py [N] (default 12,500, so 8N = 100,000).

For each kind of entry that is merged by name (sources, actors, counted classes, units) it
prints both times and their ratio: about 8 when building is linear, 64 when quadratic. It also
counts how often another Python thread ran during the 8N build: the build releases the GIL.
"""

from __future__ import annotations

import sys
import threading
import time

import crosscheck as cx


def entries(kind: str, n: int) -> str:
    if kind == "sources":
        return "".join(
            f'[[source]]\nname = "Source {i}"\naliases = ["alias {i}"]\n' for i in range(n)
        )
    if kind == "actors":
        return "".join(
            f'[[actor]]\nname = "Actor {i}"\nnames = ["Actorland {i}"]\n' for i in range(n)
        )
    if kind == "classes":
        return "".join(f'[counted.class{i}]\nnouns = ["thing number {i}"]\n' for i in range(n))
    return "".join(
        f'[[unit]]\ncode = "u{i}"\ndimension = "other"\nnames = ["unit {i}"]\n' for i in range(n)
    )


def build(toml: str) -> tuple[float, int]:
    ticks = 0
    stop = threading.Event()

    def tick() -> None:
        nonlocal ticks
        while not stop.is_set():
            ticks += 1
            stop.wait(0.001)

    ticker = threading.Thread(target=tick)
    ticker.start()
    start = time.perf_counter()
    cx.Lexicon(toml)
    took = time.perf_counter() - start
    stop.set()
    ticker.join()
    return took, ticks


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 12_500
    print(f"Lexicon built from n = {n:,} and 8n = {8 * n:,} entries")
    for kind in ("sources", "actors", "classes", "units"):
        small, _ = build(entries(kind, n))
        large, ticks = build(entries(kind, 8 * n))
        print(
            f"  {kind:8s} n {small:6.2f} s   8n {large:6.2f} s   ratio {large / small:5.1f}"
            f"   (another thread ran {ticks} times during the 8n build)"
        )


if __name__ == "__main__":
    main()
