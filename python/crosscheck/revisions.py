"""Revisions in words: the chains of figures in one cluster that revised one another.

:meth:`crosscheck.Reconciliation.explain` and the clusters table of :mod:`crosscheck.display`
both tell them; this module reads only the reconciled claims table (``superseded_by``,
``revision``), so both can use it with imports running one way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd


def plain_figure(value: Any) -> str:
    """A figure with every digit and thousands separators (``?`` when missing), as
    :meth:`crosscheck.Reconciliation.explain` writes it."""
    number = float(value)
    if number != number:
        return "?"
    if number == int(number):
        return f"{int(number):,}"
    return f"{number:,.2f}"


def _said(row: Any) -> str:
    """A claim in a chain of revisions: its figure, report, voice and day."""
    import pandas as pd

    said = row.get("mention")
    figure = repr(said) if isinstance(said, str) else plain_figure(row.get("value"))
    where = [f"report {row.get('doc_id')}"]
    if isinstance(row.get("source"), str):
        where.append(str(row["source"]))
    published = row.get("published")
    if published is not None and not pd.isna(published):
        where.append(pd.Timestamp(published).strftime("%Y-%m-%d"))
    return f"{figure} ({', '.join(where)})"


def revision_chains(claims: pd.DataFrame, cluster_id: int) -> list[str]:
    """The chains of revisions of one cluster, in words: each chain from its first figure to
    its last, with the kind of each step ("'at least 30' (report a, AP, 2021-10-02) → '41'
    (report b, Reuters, 2021-10-03): rise")."""
    if "superseded_by" not in claims.columns:
        return []
    members = claims[claims["cluster_id"] == cluster_id]
    key = "claim_id" if "claim_id" in claims.columns else None
    rows = members.to_dict("records")
    ids = [r[key] if key else position for position, r in zip(members.index, rows, strict=True)]
    by_id = dict(zip(ids, rows, strict=True))
    nexts = {
        i: r["superseded_by"]
        for i, r in zip(ids, rows, strict=True)
        if r.get("superseded_by") is not None and r["superseded_by"] in by_id
    }
    targets = set(nexts.values())
    chains = []
    for start in ids:
        if start not in nexts or start in targets:
            continue
        text = _said(by_id[start])
        seen = {start}
        at = start
        while at in nexts and nexts[at] not in seen:
            step = nexts[at]
            text += f" → {_said(by_id[step])}: {by_id[at].get('revision')}"
            seen.add(step)
            at = step
        chains.append(text)
    return chains
