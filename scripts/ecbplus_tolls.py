"""Death tolls across the ECB+ event groups: do they cluster together, and rise as revisions?

Development material, not a test: ECB+ (CC BY 3.0) is read from ``../shared/data/ecbplus`` (or
the folder given as the first argument) and never copied into the project. Each of its groups
("subtopics") reports one real event. The script extracts the claims of every document, with
the publication day read from a date line near the top when there is one, reconciles them all
at once (so that blocking must keep the events apart), and reports for the death tolls:

- purity: in each cluster of several claims, the share of the claims from its main group;
- completeness: in each group, the share of its toll claims in its largest cluster;
- revisions: how many toll claims a later figure superseded.

Run: ``python scripts/ecbplus_tolls.py [FOLDER]``.
"""

from __future__ import annotations

import json
import sys
import warnings
from collections import Counter
from pathlib import Path

import crosscheck as cx
import pandas as pd


def published_day(sentences: list[str]) -> str | None:
    for sentence in sentences[:5]:
        if len(sentence) > 40 or not any(ch.isdigit() for ch in sentence):
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # pandas guesses formats aloud
            day = pd.to_datetime(sentence.strip(), errors="coerce")
        if not pd.isna(day) and 1990 <= day.year <= 2030:
            return day.strftime("%Y-%m-%d")
    return None


def main(argv: list[str]) -> int:
    folder = (
        Path(argv[1]) if len(argv) > 1 else Path(__file__).parents[1] / "../shared/data/ecbplus"
    )
    path = folder / "ecbplus_plaintext.jsonl"
    if not path.exists():
        print(f"ECB+ not found at {path}: nothing measured (give its folder as the argument)")
        return 0
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    docs = pd.DataFrame(
        {
            "id": [r["doc"] for r in rows],
            "group": [r["subtopic"] for r in rows],
            "text": [" ".join(s for s in r["sentences"] if not s.startswith("http")) for r in rows],
            "published": [published_day(r["sentences"]) for r in rows],
        }
    )
    claims = cx.extract(docs.text, ids=docs.id, published=docs.published)
    rec = cx.reconcile(claims)
    group_of = dict(zip(docs.id, docs.group, strict=True))
    tolls = rec.claims[(rec.claims.event == "kill") & (rec.claims.unit == "count")].copy()
    tolls["group"] = tolls.doc_id.map(group_of)
    print(
        f"{len(docs)} documents in {docs.group.nunique()} groups; {len(claims)} claims, "
        f"{len(tolls)} of them death tolls, in {tolls.cluster_id.nunique()} clusters"
    )
    shared = tolls.groupby("cluster_id").filter(lambda g: len(g) > 1)
    purity = shared.groupby("cluster_id").group.agg(
        lambda g: Counter(g).most_common(1)[0][1] / len(g)
    )
    print(
        f"purity of the {purity.size} clusters of several tolls: "
        f"mean {purity.mean():.3f}, pure {int((purity == 1).sum())}/{purity.size}"
    )
    by_group = tolls.groupby("group").cluster_id.agg(
        lambda c: Counter(c).most_common(1)[0][1] / len(c)
    )
    several = tolls.groupby("group").size() > 1
    print(
        f"completeness over the {int(several.sum())} groups with several tolls: "
        f"mean {by_group[several].mean():.3f}"
    )
    print(
        f"superseded tolls (revisions): {int((tolls.status == 'superseded').sum())}; "
        f"verdicts of the clusters of several tolls: "
        f"{dict(Counter(rec.clusters.set_index('cluster_id').loc[purity.index, 'verdict']))}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
