"""Stories on ECB+: B-cubed precision, recall and F1 of crosscheck's stories against the
ECB+ subtopics (982 documents, 86 subtopics; the two subtopics of a topic are two similar
real events, which must stay apart).

Two runs, with and without publication days, each two ways:

- ``documents``: :func:`crosscheck.stories` on the full texts (every document gets a story);
- ``claims``: :func:`crosscheck.reconcile` on the claims of :func:`crosscheck.extract`, whose
  stories come from the claims' sentences only; documents with no claim get no story, so this
  B-cubed is over the documents with claims (their number is printed).

Publication days: ECB+ has none for most documents; an ``ecbplus`` document's own date line or
URL gives one when it can be read (nothing from outside the text). Documents are shuffled with
a fixed seed, so the input order (grouped by topic in the corpus) tells nothing.

Reads ``../shared/data/ecbplus/ecbplus_plaintext.jsonl`` (or ``--data``); says so and exits 2
when it is missing. Not part of the test suite.

    python scripts/ecbplus_stories.py [--data path/to/ecbplus_plaintext.jsonl]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import warnings
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
CANDIDATES = [
    HERE.parent.parent / "shared" / "data" / "ecbplus" / "ecbplus_plaintext.jsonl",
    Path("/work/shared/data/ecbplus/ecbplus_plaintext.jsonl"),
]
URL_DAY = re.compile(r"/(20\d\d|19\d\d)/(\d\d?|[a-z]{3})/(\d\d?)/")
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def publication_day(record: dict) -> str | None:
    """The document's own day: a date line among its first lines, else a date in its URL."""
    import pandas as pd

    if "ecbplus" not in record["subtopic"]:
        return None
    lines = record["sentences"][:4]
    for line in lines[1:]:
        text = line.replace("Published:", "").replace("Last updated at", " ").strip()
        if len(text) > 45 or not re.search(r"\d", text):
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                day = pd.to_datetime(text, errors="coerce")
            except (ValueError, TypeError, OverflowError):
                continue
        if not pd.isna(day) and 1990 <= day.year <= 2030:
            return day.strftime("%Y-%m-%d")
    m = URL_DAY.search(lines[0]) if lines else None
    if m:
        year, month, day_of = m.groups()
        month_n = MONTHS.index(month) + 1 if month in MONTHS else int(month)
        if 1 <= month_n <= 12 and 1 <= int(day_of) <= 31:
            return f"{year}-{month_n:02d}-{int(day_of):02d}"
    return None


def b_cubed(gold: dict[str, str], found: dict[str, int]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 over the documents in ``found``."""
    docs = [d for d in found if d in gold]
    by_gold: dict[str, set[str]] = defaultdict(set)
    by_found: dict[int, set[str]] = defaultdict(set)
    for d in docs:
        by_gold[gold[d]].add(d)
        by_found[found[d]].add(d)
    p = r = 0.0
    for d in docs:
        same = by_gold[gold[d]] & by_found[found[d]]
        p += len(same) / len(by_found[found[d]])
        r += len(same) / len(by_gold[gold[d]])
    p, r = p / max(1, len(docs)), r / max(1, len(docs))
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", help="ecbplus_plaintext.jsonl")
    args = ap.parse_args()
    path = Path(args.data) if args.data else next((p for p in CANDIDATES if p.exists()), None)
    if path is None or not path.exists():
        print("ECB+ not found (../shared/data/ecbplus/ecbplus_plaintext.jsonl); pass --data")
        sys.exit(2)
    import crosscheck as cx

    records = [json.loads(line) for line in path.open(encoding="utf-8")]
    random.Random(12).shuffle(records)
    ids = [r["doc"] for r in records]
    texts = ["\n".join(r["sentences"]) for r in records]
    gold = {r["doc"]: r["subtopic"] for r in records}
    days = [publication_day(r) for r in records]
    print(
        f"ECB+: {len(records)} documents, {len(set(gold.values()))} subtopics, "
        f"{sum(d is not None for d in days)} with a publication day read from the text"
    )
    for label, published in (("with days", days), ("without days", None)):
        table = cx.stories(texts, ids=ids, published=published)
        found = dict(zip(table["doc_id"], table["story_id"], strict=True))
        p, r, f = b_cubed(gold, found)
        n = table["story_id"].nunique()
        print(f"documents {label:<13} P={p:.3f} R={r:.3f} F1={f:.3f}  ({n} stories)")
        claims = cx.extract(texts, ids=ids, published=published)
        rec = cx.reconcile(claims)
        per_doc = rec.claims.groupby("doc_id")["story_id"].agg(
            lambda s: Counter(s).most_common(1)[0][0]
        )
        p, r, f = b_cubed(gold, per_doc.to_dict())
        print(
            f"claims    {label:<13} P={p:.3f} R={r:.3f} F1={f:.3f}  "
            f"(over the {len(per_doc)} documents with claims)"
        )


if __name__ == "__main__":
    main()
