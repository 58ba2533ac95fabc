"""Development check of extraction precision on news-bench (not a test of the suite).

Extracts the claims of ``../shared/data/news-bench`` (Reuters-21578 and BBC stories) with the
installed crosscheck and either saves them, or compares them with claims saved earlier by
another build (the commit before a change): how many claims the change adds and drops, and a
random sample of the added ones to read.

    python scripts/dev_claims_diff.py --save before.csv          # with the old build installed
    python scripts/dev_claims_diff.py --against before.csv --sample 30

A claim is keyed by its document and mention span. The folder holds research-only text: it is
read in place and never copied into the project.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import crosscheck as cx
import pandas as pd

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "news-bench"
FILES = ("reuters21578_articles.jsonl", "bbc_articles.jsonl")


def load(folder: Path) -> tuple[list[str], list[str]]:
    texts: list[str] = []
    ids: list[str] = []
    for name in FILES:
        for i, line in enumerate((folder / name).read_text(encoding="utf-8").split("\n")):
            if line.strip():
                texts.append(json.loads(line)["text"])
                ids.append(f"{name.split('_')[0]}:{i}")
    return texts, ids


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--save", type=Path, help="write the claims to this CSV")
    parser.add_argument("--against", type=Path, help="compare with claims saved earlier")
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    if not all((args.data / f).exists() for f in FILES):
        print(f"news-bench not found in {args.data}: nothing measured", file=sys.stderr)
        return 2
    texts, ids = load(args.data)
    claims = cx.extract(texts, ids=ids)
    keep = ["doc_id", "start", "end", "mention", "counted", "what", "event", "side", "source"]
    claims = claims[[*keep, "sentence"]]
    print(f"{len(claims)} claims in {len(texts)} documents")
    if args.save:
        claims.to_csv(args.save, index=False)
    if args.against:
        before = pd.read_csv(args.against, dtype={"doc_id": str}, keep_default_na=False)
        key = ["doc_id", "start", "end"]
        merged = claims.merge(before[key], on=key, how="outer", indicator=True)
        added = merged[merged["_merge"] == "left_only"]
        dropped = merged[merged["_merge"] == "right_only"]
        print(f"added {len(added)}, dropped {len(dropped)} (before: {len(before)})")
        rng = random.Random(args.seed)
        rows = list(added.itertuples())
        for r in rng.sample(rows, min(args.sample, len(rows))):
            print(f"+ {r.mention!r} [{r.what}/{r.event}/{r.side}] {r.sentence[:200]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
