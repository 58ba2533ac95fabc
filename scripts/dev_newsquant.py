"""Development check on sets in the NewsQuant format (not a test of the suite).

Reads the four small sets of ``../shared/data/newsquant-format/`` (age, currency, dimension,
temperature: a sentence and its quantities' values) and reports value precision, recall and
F1, the first column of the CQE evaluation: a gold quantity is found when a mention of the
sentence carries its value (within 0.5 %). Two rows per set: every mention
``find_quantities`` returns, and the figures ``extract`` keeps as claims.

    python scripts/dev_newsquant.py [--data PATH]

The sets are research-only: they are read in place and never copied into the project.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import crosscheck as cx

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "newsquant-format"
SETS = ("age-model", "currency-model", "dimension-model", "temperature-model")


Figure = tuple[float, float, float]
"""low, value, high"""


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=0.005, abs_tol=1e-9)


def matches(found: Figure, want: Figure) -> bool:
    """The value, or for a range ("40-50") its two ends."""
    if want[0] != want[2]:
        return close(found[0], want[0]) and close(found[2], want[2])
    return close(found[1], want[1])


def gold_figure(value: str) -> Figure:
    low, _, high = (
        value.partition("-")
        if value.count("-") == 1 and value[0] != "-"
        else (
            value,
            "",
            value,
        )
    )
    lo, hi = float(low), float(high or low)
    return lo, (lo + hi) / 2, hi


def score(gold: list[list[Figure]], found: list[list[Figure]]) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for want, got in zip(gold, found, strict=True):
        left = list(got)
        for value in want:
            hit = next((g for g in left if matches(g, value)), None)
            if hit is None:
                fn += 1
            else:
                tp += 1
                left.remove(hit)
        fp += len(left)
    p = tp / max(tp + fp, 1)
    r = tp / max(tp + fn, 1)
    return p, r, 2 * p * r / max(p + r, 1e-9)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    args = parser.parse_args()
    if not all((args.data / f"{s}.json").exists() for s in SETS):
        print(f"NewsQuant-format sets not found in {args.data}: nothing measured", file=sys.stderr)
        return 2
    for name in SETS:
        rows = json.loads((args.data / f"{name}.json").read_text(encoding="utf-8"))
        texts = [r["text"] for r in rows]
        gold = [[gold_figure(q["value"]) for q in r["quantities"]] for r in rows]
        mentions = [
            [
                (m.quantity.low, m.quantity.value, m.quantity.high)
                for m in cx.find_quantities(t)
                if m.quantity is not None
            ]
            for t in texts
        ]
        claims = cx.extract(texts, ids=[str(i) for i in range(len(texts))])
        kept: list[list[Figure]] = [[] for _ in texts]
        columns = (claims["doc_id"], claims["low"], claims["value"], claims["high"])
        for doc, low, value, high in zip(*columns, strict=True):
            kept[int(doc)].append((float(low), float(value), float(high)))
        for label, found in (("mentions", mentions), ("claims", kept)):
            p, r, f = score(gold, found)
            print(f"{name:18} {label:8} value P={p:.3f} R={r:.3f} F1={f:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
