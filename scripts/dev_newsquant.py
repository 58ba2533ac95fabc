"""Development check on sets in the NewsQuant format (not a test of the suite).

Reads the four small sets of ``../shared/data/newsquant-format/`` (age, currency, dimension,
temperature: a sentence and its quantities' values) and reports value precision, recall and
F1, the first column of the CQE evaluation: a gold quantity is found when a mention of the
sentence carries its value (within 0.5 %). Two rows per set: every mention
``find_quantities`` returns, and the figures ``extract`` keeps as claims. For the claims, the
second column too, value+unit: the value, and a unit that names the gold's normalised unit
(``USD`` is "dollar", ``km`` "kilometre", an age in ``year`` "year of age"; a count names the
counted noun, so its class is compared with the gold's last word).

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


UNITS_FILE = Path(__file__).resolve().parents[1] / "src" / "lexicon" / "units.toml"

CURRENCY_NAMES = {
    "USD": "dollar",
    "EUR": "euro",
    "GBP": "pound sterling",
    "JPY": "japanese yen",
    "CNY": "chinese yuan",
    "CAD": "canadian dollar",
    "AUD": "australian dollar",
    "CHF": "swiss franc",
    "NZD": "new zealand dollar",
    "HKD": "hong kong dollar",
    "INR": "rupee",
    "MXN": "mexican peso",
    "TRY": "turkish lira",
    "%": "percentage",
    "pp": "percentage",
    "C": "celsius",
    "F": "fahrenheit",
    "deg": "degree",
}
"""Currencies and symbols named otherwise in NewsQuant's normalised units."""


def unit_names() -> dict[str, set[str]]:
    """Every name of every unit code of the built-in lexicon, lowercase."""
    import tomllib

    table = tomllib.loads(UNITS_FILE.read_text(encoding="utf-8"))
    names: dict[str, set[str]] = {}
    for unit in table.get("unit", []):
        names[unit["code"]] = {n.lower() for n in unit.get("names", [])} | {unit["code"].lower()}
    for code, name in CURRENCY_NAMES.items():
        names.setdefault(code, set()).add(name)
    return names


def singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def unit_matches(gold: str, unit: str, what: str, kind: str, names: dict[str, set[str]]) -> bool:
    gold = gold.lower()
    if kind == "age":
        return gold == f"{unit} of age"
    if unit == "count":
        return bool(gold) and singular(gold.split()[-1]) == singular(what.lower())
    known = names.get(unit, {unit.lower()})
    return gold in known or singular(gold) in {singular(n) for n in known}


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
        # value+unit over the claims, counted the CQE way: a gold quantity is matched by the
        # first unused claim with its value, and counts when the unit agrees too
        names = unit_names()
        tp = total = 0
        for i, row in enumerate(rows):
            mine = claims[claims["doc_id"] == str(i)]
            left = list(
                zip(
                    mine["low"],
                    mine["value"],
                    mine["high"],
                    mine["unit"],
                    mine["what"],
                    mine["kind"],
                    strict=True,
                )
            )
            total += len(left)
            for q in row["quantities"]:
                want = gold_figure(q["value"])
                for k, (low, value, high, unit, what, kind) in enumerate(left):
                    if matches((float(low), float(value), float(high)), want) and unit_matches(
                        q["normalized_unit"], unit, what, kind, names
                    ):
                        tp += 1
                        del left[k]
                        break
        n_gold = sum(len(r["quantities"]) for r in rows)
        p, r = tp / max(total, 1), tp / max(n_gold, 1)
        f = 2 * p * r / max(p + r, 1e-9)
        print(f"{name:18} {'claims':8} value+unit P={p:.3f} R={r:.3f} F1={f:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
