"""Reconciliation: one account out of many reports."""

from __future__ import annotations

import datetime
import math
from collections.abc import Hashable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from crosscheck import _core

if TYPE_CHECKING:
    import pandas as pd

REQUIRED_COLUMNS = (
    "doc_id",
    "value",
    "low",
    "high",
    "event",
    "what",
    "side",
    "source",
    "hedged",
    "date_from",
    "date_to",
    "place",
)
"""Columns `reconcile` needs; the other claim columns are used when present."""

CLUSTER_COLUMNS = (
    "cluster_id",
    "event",
    "what",
    "side",
    "date_from",
    "date_to",
    "place",
    "n_claims",
    "n_docs",
    "n_sources",
    "low",
    "best",
    "high",
    "spread",
    "verdict",
    "summary",
)
"""The columns of the clusters table of DESIGN.md, in order."""

POLICIES = ("ucdp", "conservative", "median")

_EPOCH = datetime.date(1970, 1, 1)

JSON_SCHEMA = "crosscheck.reconciliation/1"
"""The schema name of :meth:`Reconciliation.to_json`."""


def _json_cell(value: Any) -> Any:
    import pandas as pd

    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float):
        if value != value:
            return None
        if value in (float("inf"), float("-inf")):
            return "inf" if value > 0 else "-inf"
    return value


def _from_json_number(value: Any) -> float:
    if value is None:
        return float("nan")
    if value == "inf":
        return float("inf")
    if value == "-inf":
        return float("-inf")
    return float(value)


@dataclass(frozen=True)
class Reconciliation:
    """The reconciled account of a claims table.

    Attributes
    ----------
    claims
        The input rows, with ``cluster_id`` and ``status`` (``consistent``,
        ``conflicting``, ``superseded`` or ``single``) added.
    clusters
        One row per cluster, with the columns of ``CLUSTER_COLUMNS``.
    policy
        The estimation policy used.
    """

    claims: pd.DataFrame
    clusters: pd.DataFrame
    policy: str

    def _repr_html_(self) -> str:
        """The clusters as an HTML table in notebooks (verdict badges, estimates, voices)."""
        from crosscheck.display import clusters_html

        return clusters_html(self)

    def __repr__(self) -> str:
        """A short account (counts, the top conflicts and agreements), not the two tables:
        see :func:`crosscheck.display.summary_text`."""
        from crosscheck.display import summary_text

        return summary_text(self)

    def to_html(self, path: Any = None, *, texts: Any = None, title: str | None = None) -> str:
        """One self-contained HTML page to send: see :func:`crosscheck.report.report_html`.

        ``texts`` (the reports: a DataFrame with ``id`` and ``text``, or a mapping of
        ``doc_id`` to text) lets every report be shown whole; without it each report is
        shown by the sentences that hold its claims. The page is written to ``path`` when
        given (UTF-8), and returned.
        """
        from crosscheck.report import report_html

        page = report_html(self, texts=texts, title=title)
        if path is not None:
            from pathlib import Path

            Path(path).write_bytes(page.encode("utf-8"))
        return page

    def plot(self, kind: Literal["clusters", "timeline"] = "clusters", **options: Any) -> Any:
        """Plot the clusters (``kind="clusters"``: each cluster's range, best estimate and
        every report's figure, coloured by source) or a ``"timeline"`` of events by day.

        Needs matplotlib; returns the matplotlib Axes. See :mod:`crosscheck.plot`.
        """
        from crosscheck import plot

        if kind == "clusters":
            return plot.plot_clusters(self, **options)
        if kind == "timeline":
            return plot.plot_timeline(self, **options)
        raise ValueError(f"kind must be 'clusters' or 'timeline', not {kind!r}")

    def to_json(self) -> str:
        """The reconciliation as JSON, in the schema ``crosscheck.reconciliation/1``.

        The document is an object with ``schema`` (the string above), ``policy``, ``claims``
        and ``clusters``: the two tables as lists of row objects, with their columns as named
        in the DataFrames; days are ISO dates (``"2020-02-03"``) or null, infinite bounds the
        string ``"inf"``, missing numbers null. :meth:`from_json` reads it back.

        Examples
        --------
        >>> import crosscheck as cx
        >>> rec = cx.reconcile(cx.extract(["Shelling killed five soldiers."]))
        >>> back = cx.Reconciliation.from_json(rec.to_json())
        >>> back.clusters.equals(rec.clusters) and back.claims.equals(rec.claims)
        True
        """
        import json

        def rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
            return [
                {str(k): _json_cell(v) for k, v in record.items()}
                for record in frame.to_dict(orient="records")
            ]

        document = {
            "schema": JSON_SCHEMA,
            "policy": self.policy,
            "claims": rows(self.claims),
            "clusters": rows(self.clusters),
            "dtypes": {
                "claims": {str(k): str(v) for k, v in self.claims.dtypes.items()},
                "clusters": {str(k): str(v) for k, v in self.clusters.dtypes.items()},
            },
        }
        return json.dumps(document, ensure_ascii=False, allow_nan=False)

    @classmethod
    def from_json(cls, text: str) -> Reconciliation:
        """Read a reconciliation written by :meth:`to_json`."""
        import json

        import pandas as pd

        document = json.loads(text)
        if not isinstance(document, dict) or document.get("schema") != JSON_SCHEMA:
            raise ValueError(f"not a {JSON_SCHEMA} document")

        def table(name: str) -> pd.DataFrame:
            dtypes: dict[str, str] = document["dtypes"][name]
            frame = pd.DataFrame(document[name], columns=list(dtypes))
            for column, dtype in dtypes.items():
                values = frame[column]
                if dtype.startswith("datetime64"):
                    frame[column] = pd.to_datetime(values).astype(dtype)
                elif dtype == "float64":
                    frame[column] = values.map(_from_json_number).astype("float64")
                elif dtype == "object":
                    frame[column] = values.astype("object").where(values.notna(), None)
                else:
                    frame[column] = values.astype(dtype)
            return frame

        return cls(claims=table("claims"), clusters=table("clusters"), policy=document["policy"])

    def explain(self, cluster_id: int) -> str:
        """The claims of one cluster, who said what, where, and why the verdict is what it is.

        Examples
        --------
        >>> import crosscheck as cx
        >>> claims = cx.extract(
        ...     ["Shelling killed five soldiers on Monday, the army said.",
        ...      "Officials said 12 soldiers died in the shelling on Monday."],
        ...     published=["2021-03-16", "2021-03-16"])
        >>> rec = cx.reconcile(claims)
        >>> print(rec.explain(0))  # doctest: +ELLIPSIS
        Cluster 0: kill, soldier, 2021-03-15: conflict
          2 claims in 2 reports, 2 independent voices; estimate 5 (5 to 12) by the ucdp policy
        ...
        """
        import pandas as pd

        rows = self.clusters[self.clusters["cluster_id"] == cluster_id]
        if rows.empty:
            raise KeyError(f"no cluster {cluster_id!r}")
        k = rows.iloc[0]
        members = self.claims[self.claims["cluster_id"] == cluster_id]
        head = [str(k["event"]), str(k["what"])]
        if isinstance(k["side"], str):
            head.append(f"side {k['side']}")
        if not pd.isna(k["date_from"]):
            day = k["date_from"].strftime("%Y-%m-%d")
            last = k["date_to"].strftime("%Y-%m-%d")
            head.append(day if day == last else f"{day} to {last}")
        if isinstance(k["place"], str):
            head.append(f"in {k['place']}")
        lines = [f"Cluster {cluster_id}: {', '.join(head)}: {k['verdict']}"]
        lines.append(
            f"  {_plural(int(k['n_claims']), 'claim')} in {_plural(int(k['n_docs']), 'report')}, "
            f"{_plural(int(k['n_sources']), 'independent voice')}; estimate "
            f"{_number(k['best'])} ({_number(k['low'])} to {_number(k['high'])}) "
            f"by the {self.policy} policy"
        )
        for row in members.itertuples(index=False):
            who = f"by {row.source}" if isinstance(row.source, str) else "unattributed"
            said = getattr(row, "mention", None) or _number(row.value)
            counted = getattr(row, "counted", None)
            what = f" {counted}" if isinstance(counted, str) else ""
            notes = [str(row.status)]
            if bool(row.hedged):
                notes.append("doubted by the report")
            lines.append(f"  - report {row.doc_id}: {said!r}{what}, {who} [{', '.join(notes)}]")
        lines.append(f"  Why: {_why(str(k['verdict']), str(k['summary']))}")
        return "\n".join(lines)


def _why(verdict: str, summary: str) -> str:
    if verdict == "agree":
        return f"every live figure's interval overlaps the others ({summary})."
    if verdict == "conflict":
        return f"some live figures' intervals are disjoint ({summary})."
    return f"only one live figure ({summary})."


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _number(value: Any) -> str:
    number = float(value)
    if number != number:
        return "?"
    if number == int(number):
        return f"{int(number):,}"
    return f"{number:,.2f}"


def _row(claims: pd.DataFrame, bad: pd.Series) -> str:
    """Names the first row where ``bad`` holds, by claim id when there is one."""
    position = int(bad.to_numpy().argmax())
    if "claim_id" in claims.columns:
        return f"claims row {position} (claim_id {claims['claim_id'].iloc[position]!r})"
    return f"claims row {position}"


def _numbers(claims: pd.DataFrame) -> dict[str, list[float]]:
    """``value``, ``low`` and ``high`` as floats (missing: NaN), checked: a cell that is not a
    number, or an interval out of order, is an error naming its row, never a silent NaN."""
    import pandas as pd

    out: dict[str, pd.Series] = {}
    for name in ("value", "low", "high"):
        raw = claims[name]
        number = pd.to_numeric(raw, errors="coerce").astype("float64")
        bad = number.isna() & raw.notna()
        if bad.any():
            cell = raw[bad].iloc[0]
            raise ValueError(f"{_row(claims, bad)}: {name} {cell!r} is not a number")
        out[name] = number
    low, value, high = out["low"], out["value"], out["high"]
    bad = (low > value) | (value > high) | (low > high)
    if bad.any():
        i = int(bad.to_numpy().argmax())
        raise ValueError(
            f"{_row(claims, bad)}: the interval is out of order "
            f"(low {low.iloc[i]}, value {value.iloc[i]}, high {high.iloc[i]}; "
            "low <= value <= high is required)"
        )
    return {name: column.tolist() for name, column in out.items()}


def _day(cell: Any) -> int | None:
    """Days since 1970-01-01 of one cell (missing: None); raises when the cell is no date."""
    import pandas as pd

    if cell is None or cell is pd.NA or (isinstance(cell, float) and math.isnan(cell)):
        return None
    stamp = pd.Timestamp(cell)
    if pd.isna(stamp):
        return None
    return (stamp.date() - _EPOCH).days


def _days(series: pd.Series, claims: pd.DataFrame) -> list[int | None]:
    """Days since 1970-01-01 (missing: None). Each distinct cell is parsed on its own, so a
    column mixing date formats is read whole; a cell that is no date is an error naming its
    row. A time-zone-aware stamp counts by its own calendar day."""
    import pandas as pd

    if pd.api.types.is_datetime64_any_dtype(series):
        local = series.dt.tz_localize(None) if series.dt.tz is not None else series
        days = (local.dt.normalize() - pd.Timestamp(_EPOCH)).dt.days
        return [None if pd.isna(d) else int(d) for d in days.tolist()]
    parsed: dict[Any, int | None] = {}
    out: list[int | None] = []
    for position, cell in enumerate(series.tolist()):
        try:
            if isinstance(cell, Hashable) and cell in parsed:
                out.append(parsed[cell])
                continue
            day = _day(cell)
        except (ValueError, TypeError, OverflowError) as e:
            bad = pd.Series(False, index=range(len(series)))
            bad.iloc[position] = True
            raise ValueError(f"{_row(claims, bad)}: {series.name} {cell!r} is not a date") from e
        if isinstance(cell, Hashable):
            parsed[cell] = day
        out.append(day)
    return out


def _offsets(claims: pd.DataFrame) -> list[int | None]:
    """Where each claim starts in its sentence (characters), when the table says."""
    import pandas as pd

    if "start" not in claims.columns or "sentence_start" not in claims.columns:
        return [None] * len(claims)
    start = pd.to_numeric(claims["start"], errors="coerce")
    first = pd.to_numeric(claims["sentence_start"], errors="coerce")
    return [
        int(a - b) if not (pd.isna(a) or pd.isna(b)) and a >= b else None
        for a, b in zip(start.tolist(), first.tolist(), strict=True)
    ]


def _strings(series: pd.Series) -> list[str | None]:
    return [v if isinstance(v, str) else None for v in series.tolist()]


def reconcile(
    claims: pd.DataFrame,
    policy: Literal["ucdp", "conservative", "median"] = "ucdp",
    *,
    threads: int | None = None,
    lexicon: _core.Lexicon | None = None,
) -> Reconciliation:
    """Reconcile claims across reports.

    Claims meet when they have the same event, a compatible class of what is counted and the
    same side; inside such a block, claims whose event days are disjoint are different
    events, and a claim with no day joins an event only on evidence. The figures of a cluster
    agree when their intervals overlap; a figure updated later by the same report or voice is
    ``superseded``; claims relayed from one source are one voice.

    Parameters
    ----------
    claims
        A claims table from :func:`crosscheck.extract`, or any DataFrame with the columns
        ``REQUIRED_COLUMNS`` (``source_party``, ``published``, ``sentence`` and ``start`` are
        used when present).
    policy
        How the best estimate is chosen: ``"ucdp"`` (the most precise figure of the most
        relayed voice), ``"conservative"`` (the lowest credible figure, as ACLED) or
        ``"median"`` (the median of the independent voices). All give ``low <= best <= high``.
    threads
        Number of threads (default: ``CROSSCHECK_THREADS`` or all cores).
    lexicon
        A :class:`crosscheck.Lexicon` (its counted-noun families decide which classes meet).

    Returns
    -------
    Reconciliation
        ``.claims`` (the input with ``cluster_id`` and ``status``), ``.clusters`` (the columns
        of ``CLUSTER_COLUMNS``) and ``.explain(cluster_id)``.

    Raises
    ------
    ValueError
        Naming the row (and its ``claim_id``): a column is missing; a ``value``, ``low`` or
        ``high`` cell is not a number, or ``low <= value <= high`` fails; a date cell is not a
        date (any format pandas reads is accepted, mixed formats included); the same
        ``doc_id`` and ``claim_id`` come twice. Bad cells are never read as missing.
    """
    import pandas as pd

    if not isinstance(claims, pd.DataFrame):
        raise TypeError(f"claims must be a pandas DataFrame, not {type(claims).__name__}")
    if policy not in POLICIES:
        raise ValueError(f"policy must be one of {', '.join(POLICIES)}, not {policy!r}")
    missing = [c for c in REQUIRED_COLUMNS if c not in claims.columns]
    if missing:
        raise ValueError(f"claims lacks the column(s) {', '.join(missing)}")
    n = len(claims)

    def optional(name: str, default: Any) -> pd.Series:
        if name in claims.columns:
            return claims[name]
        return pd.Series([default] * n, index=claims.index, dtype="object")

    if "claim_id" in claims.columns:
        # Two reports under one doc_id would be read as one report (one voice, revisions
        # inside it): the classic slip is concatenating extract() batches with default ids.
        twice = claims.duplicated(subset=["doc_id", "claim_id"])
        if twice.any():
            raise ValueError(
                f"{_row(claims, twice)}: the same doc_id and claim_id twice; claims of two "
                "extract() calls with default ids share doc ids 0, 1, ... (pass ids= to keep "
                "documents apart)"
            )
    numbers = _numbers(claims)
    positions = pd.to_numeric(optional("start", 0), errors="coerce").fillna(0)
    columns: dict[str, list[Any]] = {
        "doc": [str(v) for v in claims["doc_id"].tolist()],
        **numbers,
        "event": [str(v) if isinstance(v, str) else "other" for v in claims["event"].tolist()],
        "what": [str(v) if isinstance(v, str) else "thing" for v in claims["what"].tolist()],
        "side": _strings(claims["side"]),
        "source": _strings(claims["source"]),
        "source_party": _strings(optional("source_party", None)),
        "hedged": [bool(v) if not pd.isna(v) else False for v in claims["hedged"].tolist()],
        "date_from": _days(claims["date_from"], claims),
        "date_to": _days(claims["date_to"], claims),
        "place": _strings(claims["place"]),
        "published": _days(optional("published", None).rename("published"), claims),
        "sentence": [v if isinstance(v, str) else "" for v in optional("sentence", "").tolist()],
        "position": [int(v) for v in positions.tolist()],
        "offset": _offsets(claims),
    }
    out = _core._reconcile(columns, policy=policy, threads=threads, lexicon=lexicon)
    cluster_of = out.pop("cluster_of")
    status = out.pop("status")
    enriched = claims.copy()
    enriched["cluster_id"] = pd.Series(cluster_of, index=claims.index, dtype="int64")
    enriched["status"] = pd.Series(status, index=claims.index, dtype="object")
    n_clusters = len(out["event"])
    data: dict[str, Any] = {
        "cluster_id": pd.Series(range(n_clusters), dtype="int64"),
        "event": pd.Series(out["event"], dtype="object"),
        "what": pd.Series(out["what"], dtype="object"),
        "side": pd.Series(out["side"], dtype="object"),
        "place": pd.Series(out["place"], dtype="object"),
        "verdict": pd.Series(out["verdict"], dtype="object"),
        "summary": pd.Series(out["summary"], dtype="object"),
    }
    for name in ("date_from", "date_to"):
        days = pd.Series(out[name], dtype="float64")
        data[name] = pd.to_datetime(days, unit="D").astype("datetime64[ns]")
    for name in ("n_claims", "n_docs", "n_sources"):
        data[name] = pd.Series(out[name], dtype="int64")
    for name in ("low", "best", "high", "spread"):
        data[name] = pd.Series(out[name], dtype="float64")
    clusters = pd.DataFrame(data, columns=list(CLUSTER_COLUMNS))
    return Reconciliation(claims=enriched, clusters=clusters, policy=policy)
