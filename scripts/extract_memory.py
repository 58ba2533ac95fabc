"""Peak memory of `extract` (a measurement, not a test): python scripts/extract_memory.py
[tiny|large|both] [N].

- tiny: N tiny documents (default 2,000,000, about 140 MB) read from a generator;
- large: one document of the first bundled report pasted N times (default 16,700, 50 MB).

Each measure runs in a fresh process and reports its peak resident set. The baseline is a
process that only builds the same texts (what holding the input costs); the ratio says how
much more `extract` takes, and the bytes per claim what each row of the result costs.
"""

from __future__ import annotations

import subprocess
import sys

CHILD = r"""
import resource, sys, time
shape, n, mode = sys.argv[1], int(sys.argv[2]), sys.argv[3]
import crosscheck as cx  # the same imports in both modes, so that only the work differs

def texts():
    for i in range(n):
        yield f"Shelling killed {i % 90 + 2} soldiers near Idlib on Monday, the army said ({i})."

if shape == "large":
    report = cx.datasets.load_idlib()["text"][0]
    documents = [report * n]
else:
    documents = texts()
start = time.perf_counter()
if mode == "baseline":
    held = list(documents)
    rows, size = 0, sum(len(t) for t in held)
else:
    claims = cx.extract(documents, published="2021-03-17")
    rows, size = len(claims), 0
took = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(f"{peak} {rows} {took:.2f} {size}")
"""


def measure(shape: str, n: int, mode: str) -> tuple[int, int, float, int]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, shape, str(n), mode],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return int(out[0]), int(out[1]), float(out[2]), int(out[3])


def report(shape: str, n: int) -> None:
    base_peak, _, base_took, size = measure(shape, n, "baseline")
    peak, rows, took, _ = measure(shape, n, "extract")
    mb = 1024 * 1024
    what = "tiny documents from a generator" if shape == "tiny" else "copies of a report in one"
    print(f"{n:,} {what}, {size / mb:.0f} MB of text")
    print(f"  holding the texts:  peak {base_peak / mb:7.0f} MB  ({base_took:.1f} s)")
    print(
        f"  extract:            peak {peak / mb:7.0f} MB  ({took:.1f} s), {rows:,} claims, "
        f"{peak / base_peak:.1f}x the baseline, "
        f"{(peak - base_peak) / max(rows, 1):.0f} bytes a claim above it"
    )


def main() -> None:
    shape = sys.argv[1] if len(sys.argv) > 1 else "both"
    if shape not in ("tiny", "large", "both"):
        raise SystemExit("usage: extract_memory.py [tiny|large|both] [N]")
    n = int(sys.argv[2]) if len(sys.argv) > 2 else None
    if shape in ("tiny", "both"):
        report("tiny", n or 2_000_000)
    if shape in ("large", "both"):
        report("large", n or 16_700)


if __name__ == "__main__":
    main()
