"""Peak memory of `extract` over many tiny documents read from a generator (a measurement,
not a test): python scripts/tiny_documents_memory.py [N] (default 2,000,000).

Each measure runs in a fresh process and reports its peak resident set. The baseline is a
process that only builds the same texts as a list (what holding the input costs); the ratio
says how much more `extract` takes, and the bytes per claim what each row of the result costs.
"""

from __future__ import annotations

import subprocess
import sys
import time

CHILD = r"""
import resource, sys, time
n, mode = int(sys.argv[1]), sys.argv[2]

def texts():
    for i in range(n):
        yield f"Shelling killed {i % 90 + 2} soldiers near Idlib on Monday, the army said ({i})."

start = time.perf_counter()
if mode == "baseline":
    import crosscheck as cx  # the same imports, so that only the work differs
    held = list(texts())
    rows, size = 0, sum(len(t) for t in held)
else:
    import crosscheck as cx
    claims = cx.extract(texts(), published="2021-03-17")
    rows, size = len(claims), 0
took = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(f"{peak} {rows} {took:.2f} {size}")
"""


def measure(n: int, mode: str) -> tuple[int, int, float, int]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(n), mode], check=True, capture_output=True, text=True
    ).stdout.split()
    return int(out[0]), int(out[1]), float(out[2]), int(out[3])


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2_000_000
    base_peak, _, base_took, size = measure(n, "baseline")
    peak, rows, took, _ = measure(n, "extract")
    mb = 1024 * 1024
    print(f"{n:,} tiny documents, {size / mb:.0f} MB of text")
    print(f"  holding the texts as a list: peak {base_peak / mb:7.0f} MB  ({base_took:.1f} s)")
    print(
        f"  extract from a generator:    peak {peak / mb:7.0f} MB  ({took:.1f} s), "
        f"{rows:,} claims, {peak / base_peak:.1f}x the baseline, "
        f"{(peak - base_peak) / max(rows, 1):.0f} bytes a claim above it"
    )


if __name__ == "__main__":
    main()
