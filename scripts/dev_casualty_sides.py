"""Development check of extraction on real war reporting (not a test of the suite).

Reads ``../shared/data/casualty-sentences/sentences.jsonl`` (2,537 NYT, Washington Post and WSJ
sentences about deaths in the Israel-Gaza war, each with the victims' side tagged by hand
upstream) and reports:

- ``side``: over the kill/injure claims of people in sentences tagged with one side
  (``israel`` or ``palestine``), the share whose ``side`` is that party; a blank side and
  another named side are counted apart, since a sentence may name a third party's victims.
- ``kept``: the share of count-like mentions (cardinals with unit ``count`` that
  ``quantities`` finds) that ``extract`` turns into a claim: a proxy for recall, since a
  number that is no claim ("a six-storey building") may fairly be dropped.
- ``events``: how the kill/injure/other events are spread.

    python scripts/dev_casualty_sides.py [--data PATH] [--misses N] [--wrong N] [--dropped N]

The folder holds research-only excerpts: they are read in place and never copied.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

import crosscheck as cx

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "casualty-sentences"

# The parties whose people a tag names: Palestinian armed groups' fighters are Palestinian
# victims in the upstream tagging.
PARTIES = {
    "israel": {"Israel"},
    "palestine": {"Palestine", "Hamas", "Palestinian Islamic Jihad", "Gaza"},
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT / "sentences.jsonl")
    parser.add_argument("--misses", type=int, default=0, help="print N blank-side claims")
    parser.add_argument("--dropped", type=int, default=0, help="print N dropped counts")
    parser.add_argument(
        "--wrong", type=int, default=0, help="print N claims given another named side"
    )
    args = parser.parse_args()
    if not args.data.exists():
        print(f"casualty sentences not found at {args.data}: nothing measured", file=sys.stderr)
        return 2
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines()]
    texts = [" ".join(r["sentence"].split()) for r in rows]
    ids = [r["id"] for r in rows]
    claims = cx.extract(texts, ids=ids, published=[r["published"] for r in rows])
    mentions = cx.quantities(texts, ids=ids)
    tag = {r["id"]: r["victim_side"] for r in rows}

    people = claims[claims["event"].isin(["kill", "injure"]) & (claims["unit"] == "count")]
    people = people[people["doc_id"].map(tag).isin(PARTIES)]
    verdicts: collections.Counter[str] = collections.Counter()
    blanks = []
    wrong = []
    for row in people.itertuples():
        side = row.side
        if side is None:
            verdicts["blank"] += 1
            blanks.append(row)
        elif side in PARTIES[tag[row.doc_id]]:
            verdicts["right"] += 1
        elif any(side in p for p in PARTIES.values()):
            verdicts["other party"] += 1
            wrong.append(row)
        else:
            verdicts["third party"] += 1
            wrong.append(row)
    total = sum(verdicts.values())
    # A third party that the counted phrase itself names ("27 Americans", "18 Thai workers")
    # is the victims' side by reading, whatever the sentence's tag: the phrase alone, read as
    # "<counted> were killed.", gives the same side. Reported apart, never added to `right`.
    third = [r for r in wrong if not any(r.side in p for p in PARTIES.values())]
    alone = cx.extract(
        [f"{r.mention} {r.counted or ''} were killed." for r in third],
        ids=[str(i) for i in range(len(third))],
    )
    side_alone = dict(zip(alone["doc_id"], alone["side"], strict=True))
    named = sum(side_alone.get(str(i)) == r.side for i, r in enumerate(third))

    counts = mentions[(mentions["kind"] == "cardinal") & (mentions["unit"] == "count")]
    found = set(zip(claims["doc_id"], claims["start"], strict=True))
    kept = [(d, s) in found for d, s in zip(counts["doc_id"], counts["start"], strict=True)]
    print(
        f"third party named by the counted phrase itself: {named} of {len(third)}; side with "
        f"those right={(verdicts['right'] + named) / max(total, 1):.3f}"
    )
    print(
        f"side={verdicts['right'] / max(total, 1):.3f} over {total} kill/injure claims "
        f"({dict(verdicts)}); kept={sum(kept) / max(len(kept), 1):.3f} of {len(kept)} counts; "
        f"claims={len(claims)}; events={dict(collections.Counter(claims['event']))}"
    )
    for row in blanks[: args.misses]:
        print(f"  blank [{tag[row.doc_id]}] {row.mention!r} {row.counted!r}: {row.sentence}")
    for row in wrong[: args.wrong]:
        print(f"  {row.side} [{tag[row.doc_id]}] {row.mention!r} {row.counted!r}: {row.sentence}")
    dropped = counts[[not k for k in kept]]
    by_id = dict(zip(ids, texts, strict=True))
    for row in dropped.head(args.dropped).itertuples():
        print(f"  dropped {row.mention!r}: {by_id[row.doc_id]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
