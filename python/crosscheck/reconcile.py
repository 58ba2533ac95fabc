"""Reconciliation: one account out of many reports."""

from __future__ import annotations

import datetime
import math
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from crosscheck import _core
from crosscheck.revisions import plain_figure, revision_chains

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
    "story_id",
    "unit",
    "concept",
)
"""The columns of the clusters table of DESIGN.md, in order."""

STORY_COLUMNS = (
    "story_id",
    "n_docs",
    "first_published",
    "last_published",
    "names",
    "places",
    "events",
)
"""The columns of the stories table (``Reconciliation.stories``), in order."""

POLICIES = ("ucdp", "conservative", "median")

_EPOCH = datetime.date(1970, 1, 1)

JSON_SCHEMA = "crosscheck.reconciliation/1"
"""The schema name of :meth:`Reconciliation.to_json`."""


def _json_cell(value: Any) -> Any:
    import pandas as pd

    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        # a day stays a day; a time of day or a zone is kept whole
        if value.tzinfo is None and value == value.normalize():
            return value.strftime("%Y-%m-%d")
        return value.isoformat()
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
        The input rows, with ``story_id``, ``cluster_id``, ``status`` (``consistent``,
        ``conflicting``, ``superseded`` or ``single``), ``superseded_by`` (the ``claim_id``,
        else the row position, of the claim that revises a superseded one) and ``revision``
        (``rise``, ``fall``, ``refinement`` or ``change``) added.
    clusters
        One row per cluster, with the columns of ``CLUSTER_COLUMNS``.
    policy
        The estimation policy used.
    stories
        One row per story, with the columns of ``STORY_COLUMNS`` (``names``, ``places`` and
        ``events`` are lists, most told first).
    """

    claims: pd.DataFrame
    clusters: pd.DataFrame
    policy: str
    stories: pd.DataFrame | None = None

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

        document: dict[str, Any] = {
            "schema": JSON_SCHEMA,
            "policy": self.policy,
            "claims": rows(self.claims),
            "clusters": rows(self.clusters),
            "dtypes": {
                "claims": {str(k): str(v) for k, v in self.claims.dtypes.items()},
                "clusters": {str(k): str(v) for k, v in self.clusters.dtypes.items()},
            },
        }
        if self.stories is not None:
            document["stories"] = rows(self.stories)
            document["dtypes"]["stories"] = {str(k): str(v) for k, v in self.stories.dtypes.items()}
        return json.dumps(document, ensure_ascii=False, allow_nan=False)

    @classmethod
    def from_json(cls, text: str) -> Reconciliation:
        """Read a reconciliation written by :meth:`to_json`.

        The document is checked against the schema first: a key missing, a table that is no
        list of rows, a cell of the wrong type (``"false"`` for a boolean, ``2.5`` for a
        count) raise one ``ValueError`` naming the table, the row and the column.
        """
        import json

        try:
            document = json.loads(text)
        except (TypeError, ValueError) as e:
            raise ValueError(f"not a {JSON_SCHEMA} document: {e}") from None
        _check_document(document)
        return cls(
            claims=_json_table(document, "claims"),
            clusters=_json_table(document, "clusters"),
            policy=document["policy"],
            stories=_json_table(document, "stories") if "stories" in document else None,
        )

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
            f"{plain_figure(k['best'])} ({plain_figure(k['low'])} to {plain_figure(k['high'])}) "
            f"by the {self.policy} policy"
        )
        story = self._story_line(k)
        if story:
            lines.append(story)
        for row in members.itertuples(index=False):
            who = f"by {row.source}" if isinstance(row.source, str) else "unattributed"
            said = getattr(row, "mention", None) or plain_figure(row.value)
            counted = getattr(row, "counted", None)
            what = f" {counted}" if isinstance(counted, str) else ""
            notes = [str(row.status)]
            if bool(row.hedged):
                notes.append("doubted by the report")
            lines.append(f"  - report {row.doc_id}: {said!r}{what}, {who} [{', '.join(notes)}]")
        lines.extend(f"  Revised: {chain}" for chain in revision_chains(self.claims, cluster_id))
        lines.append(f"  Why: {_why(str(k['verdict']), str(k['summary']))}")
        return "\n".join(lines)

    def _story_line(self, cluster: Any) -> str | None:
        """The story of a cluster in one line, when the stories table holds it."""
        import pandas as pd

        if self.stories is None or "story_id" not in cluster:
            return None
        rows = self.stories[self.stories["story_id"] == cluster["story_id"]]
        if rows.empty:
            return None
        s = rows.iloc[0]
        when = ""
        if not pd.isna(s["first_published"]):
            first = s["first_published"].strftime("%Y-%m-%d")
            last = s["last_published"].strftime("%Y-%m-%d")
            when = f", published {first}" if first == last else f", published {first} to {last}"
        names = ", ".join(list(s["names"])[:5])
        told = f"; names {names}" if names else ""
        return f"  Story {int(s['story_id'])}: {_plural(int(s['n_docs']), 'report')}{when}{told}"


def _schema_error(where: str, what: str) -> ValueError:
    return ValueError(f"not a valid {JSON_SCHEMA} document: {where} {what}")


def _check_cell(where: str, dtype: str, cell: Any) -> None:
    """One cell against its column's dtype, as :meth:`Reconciliation.to_json` writes it."""
    if cell is None:
        if dtype in ("int64", "bool"):
            raise _schema_error(where, f"is null, but the column holds {dtype}")
        return
    number = isinstance(cell, (int, float)) and not isinstance(cell, bool)
    if dtype in ("int64", "Int64") and not (isinstance(cell, int) and not isinstance(cell, bool)):
        raise _schema_error(where, f"is {cell!r}, not an integer")
    if dtype == "bool" and not isinstance(cell, bool):
        raise _schema_error(where, f"is {cell!r}, not true or false")
    if dtype == "float64" and not (number or cell in ("inf", "-inf")):
        raise _schema_error(where, f"is {cell!r}, not a number")
    if dtype.startswith("datetime64") and not isinstance(cell, str):
        raise _schema_error(where, f"is {cell!r}, not an ISO date")


def _check_document(document: Any) -> None:
    """Raise a ValueError naming the first place where ``document`` leaves the schema."""
    if not isinstance(document, dict) or document.get("schema") != JSON_SCHEMA:
        raise ValueError(f"not a {JSON_SCHEMA} document")
    for key in ("policy", "claims", "clusters", "dtypes"):
        if key not in document:
            raise _schema_error(f"key {key!r}", "is missing")
    if document["policy"] not in POLICIES:
        raise _schema_error("policy", f"is {document['policy']!r}, not one of {POLICIES}")
    dtypes = document["dtypes"]
    tables = ("claims", "clusters", "stories") if "stories" in document else ("claims", "clusters")
    for name in tables:
        columns = dtypes.get(name) if isinstance(dtypes, dict) else None
        if not isinstance(columns, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in columns.items()
        ):
            raise _schema_error(f"dtypes.{name}", "is not an object of column: dtype")
        rows = document[name]
        if not isinstance(rows, list):
            raise _schema_error(name, f"is {type(rows).__name__}, not a list of rows")
        required = {
            "clusters": CLUSTER_COLUMNS,
            "claims": ("doc_id", "cluster_id", "status"),
            "stories": ("story_id",),
        }[name]
        lacking = [c for c in required if c not in columns]
        if lacking:
            raise _schema_error(f"dtypes.{name}", f"lacks the column(s) {', '.join(lacking)}")
        for i, row in enumerate(rows):
            if not isinstance(row, dict):
                raise _schema_error(f"{name}[{i}]", f"is {type(row).__name__}, not an object")
            if row.keys() != columns.keys():
                missing = [c for c in columns if c not in row]
                extra = [c for c in row if c not in columns]
                gap = f"lacks {', '.join(missing)}" if missing else f"has unknown {extra[0]!r}"
                raise _schema_error(f"{name}[{i}]", gap)
            for column, dtype in columns.items():
                _check_cell(f"{name}[{i}].{column}", dtype, row[column])


def _json_table(document: dict[str, Any], name: str) -> pd.DataFrame:
    """One table of a checked document, with the dtypes it was written with."""
    import pandas as pd

    dtypes: dict[str, str] = document["dtypes"][name]
    frame = pd.DataFrame(document[name], columns=list(dtypes))
    for column, dtype in dtypes.items():
        values = frame[column]
        try:
            if dtype.startswith("datetime64"):
                stamps = pd.to_datetime(values, format="ISO8601", utc="," in dtype)
                frame[column] = stamps.astype(dtype)
            elif dtype == "float64":
                frame[column] = values.map(_from_json_number).astype("float64")
            elif dtype == "object":
                frame[column] = values.astype("object").where(values.notna(), None)
            else:
                frame[column] = values.astype(dtype)
        except (TypeError, ValueError, OverflowError) as e:
            raise _schema_error(
                f"{name} column {column!r}", f"cannot be read as {dtype}: {e}"
            ) from None
    return frame


def _why(verdict: str, summary: str) -> str:
    if verdict == "agree":
        return f"every live figure's interval overlaps the others ({summary})."
    if verdict == "conflict":
        return (
            "some live figures of different voices have disjoint intervals, so they cannot "
            f"both hold ({summary})."
        )
    return f"only one live figure ({summary})."


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _row(claims: pd.DataFrame, bad: pd.Series) -> str:
    """Names the first row where ``bad`` holds, by claim id when there is one."""
    position = int(bad.to_numpy().argmax())
    if "claim_id" in claims.columns:
        return f"claims row {position} (claim_id {claims['claim_id'].iloc[position]!r})"
    return f"claims row {position}"


def _numbers(claims: pd.DataFrame) -> dict[str, list[float]]:
    """``value``, ``low`` and ``high`` as floats (missing: NaN), checked: a cell that is not a
    number (a complex one, an int past a float's range), or an interval out of order, is an
    error naming its row, never a silent NaN."""
    import pandas as pd

    out: dict[str, pd.Series] = {}
    for name in ("value", "low", "high"):
        raw = claims[name]
        if raw.dtype.kind in "Oc":  # where a complex or a huge int can hide
            odd = raw.map(lambda v: _too_big(v) or (_is_complex(v) and v.imag != 0))
            if odd.any():
                cell = raw[odd].iloc[0]
                what = "is complex" if _is_complex(cell) else "is too large"
                raise ValueError(f"{_row(claims, odd)}: {name} {cell!r} {what} for a float")
            # complex with no imaginary part: its real part
            raw = raw.map(lambda v: v.real if _is_complex(v) else v).astype("object")
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


def _is_complex(cell: Any) -> bool:
    return isinstance(cell, complex) or getattr(getattr(cell, "dtype", None), "kind", "") == "c"


class _NumberNotDate(TypeError):
    """A bare number where a date belongs: pandas would read it as nanoseconds since 1970."""


def _too_big(cell: Any) -> bool:
    return isinstance(cell, int) and not isinstance(cell, bool) and abs(cell) > 2**1024


_DAYS_HELD = (-106_751, 106_750)
"""The days a ``datetime64[ns]`` holds (1677-09-22 to 2262-04-11), as days since 1970."""

_TRUE = frozenset({"true", "t", "yes", "y", "1", "1.0"})
_FALSE = frozenset({"false", "f", "no", "n", "0", "0.0", ""})


def _hedged(claims: pd.DataFrame) -> list[bool]:
    """``hedged`` as booleans: a bool, 0/1, or text such as ``read_csv(dtype=str)`` gives
    ("False", "false", "0", "no" are False); missing is False; anything else raises."""
    import pandas as pd

    if claims["hedged"].dtype == bool:
        return claims["hedged"].tolist()
    out: list[bool] = []
    for position, cell in enumerate(claims["hedged"].tolist()):
        if isinstance(cell, str) and cell.strip().lower() in _TRUE | _FALSE:
            out.append(cell.strip().lower() in _TRUE)
        elif cell is None or (not isinstance(cell, str) and pd.isna(cell)):
            out.append(False)
        elif not isinstance(cell, str) and cell in (0, 1):  # bool, numpy bool, 0/1, 0.0/1.0
            out.append(bool(cell))
        else:
            bad = pd.Series(False, index=range(len(claims)))
            bad.iloc[position] = True
            raise ValueError(f"{_row(claims, bad)}: hedged {cell!r} is not true or false")
    return out


def _labels(claims: pd.DataFrame, name: str, default: str | None) -> list[str | None]:
    """A text column (``event``, ``side``…): a missing cell is ``default``; a cell that is
    neither text nor missing (a number, a list) raises naming its row."""
    import pandas as pd

    series = claims[name] if name in claims.columns else pd.Series([None] * len(claims))
    if pd.api.types.infer_dtype(series, skipna=True) in ("string", "empty"):
        # every cell text or missing (checked in C): no need to look at them one by one
        cells = series.to_numpy(dtype=object, copy=True)
        cells[series.isna().to_numpy()] = default
        return cells.tolist()
    out: list[str | None] = []
    for position, cell in enumerate(series.tolist()):
        if isinstance(cell, str):
            out.append(cell)
        elif cell is None or (not isinstance(cell, (list, tuple, dict, set)) and pd.isna(cell)):
            out.append(default)
        else:
            bad = pd.Series(False, index=range(len(claims)))
            bad.iloc[position] = True
            raise ValueError(f"{_row(claims, bad)}: {name} {cell!r} is not a str")
    return out


def _day(cell: Any) -> int | None:
    """Days since 1970-01-01 of one cell (missing: None); raises when the cell is no date."""
    import pandas as pd

    if cell is None or cell is pd.NA or (isinstance(cell, float) and math.isnan(cell)):
        return None
    if isinstance(cell, (int, float, complex)) or (
        type(cell).__module__ == "numpy" and (hasattr(cell, "dtype") and cell.dtype.kind in "iufcb")
    ):
        raise _NumberNotDate(
            "a number, not a date (convert epoch numbers with pd.to_datetime(..., unit=...))"
        )
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
        cells = days.astype("Int64").to_numpy(dtype=object, na_value=None)
        return _held(cells.tolist(), series, claims)
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
            why = f": {e}" if isinstance(e, _NumberNotDate) else ""
            raise ValueError(
                f"{_row(claims, bad)}: {series.name} {cell!r} is not a date{why}"
            ) from e
        if isinstance(cell, Hashable):
            parsed[cell] = day
        out.append(day)
    return _held(out, series, claims)


def _held(days: list[int | None], series: pd.Series, claims: pd.DataFrame) -> list[int | None]:
    """The days, checked to lie where the result's ``datetime64[ns]`` columns reach."""
    import pandas as pd

    held = pd.Series(days, dtype="float64")
    bad = held.notna() & ~held.between(_DAYS_HELD[0], _DAYS_HELD[1])
    if bad.any():
        cell = series.iloc[int(bad.to_numpy().argmax())]
        raise ValueError(
            f"{_row(claims, bad)}: {series.name} {cell!r} is outside the days pandas holds "
            "(1677-09-22 to 2262-04-11)"
        )
    return days


def _offsets(claims: pd.DataFrame) -> list[int | None]:
    """Where each claim starts in its sentence (characters), when the table says."""
    import pandas as pd

    if "start" not in claims.columns or "sentence_start" not in claims.columns:
        return [None] * len(claims)
    start = pd.to_numeric(claims["start"], errors="coerce")
    first = pd.to_numeric(claims["sentence_start"], errors="coerce")
    offset = (start - first).where(start >= first) // 1
    return offset.astype("Int64").to_numpy(dtype=object, na_value=None).tolist()


def reconcile(
    claims: pd.DataFrame,
    policy: Literal["ucdp", "conservative", "median"] = "ucdp",
    *,
    story: str | None = None,
    threads: int | None = None,
    lexicon: _core.Lexicon | None = None,
) -> Reconciliation:
    """Reconcile claims across reports.

    Reports are first grouped into stories (from the names their claims' sentences share,
    their events and publication days; or the user's own ``story`` column); claims of
    different stories never meet. Inside a story, claims meet with the same event, a
    compatible class of what is counted, a compatible side (none meets any named side)
    and, for measures, the same concept and dimension (miles meet kilometres). Days are
    evidence: dated claims within a day of each other are one event, undated ones join the
    event their publication day points to. In order of publication, a later figure revises
    an earlier one (``superseded``, with ``superseded_by`` and ``revision``); live figures of
    different voices whose intervals are disjoint conflict; claims relayed from one source,
    and a spokesperson with their organisation, are one voice.

    Parameters
    ----------
    claims
        A claims table from :func:`crosscheck.extract`, or any DataFrame with the columns
        ``REQUIRED_COLUMNS`` (``source_party``, ``published``, ``sentence``, ``start``,
        ``unit``, ``concept`` (else, row by row, ``counted``) and ``date_basis`` are used
        when present).
    policy
        How the best estimate is chosen: ``"ucdp"`` (the most precise figure of the most
        relayed voice), ``"conservative"`` (the lowest credible figure, as ACLED) or
        ``"median"`` (the median of the independent voices). All give ``low <= best <= high``.
    story
        The name of a column of ``claims`` that says each claim's story (from a news
        clusterer, a feed, a GDELT id): used as given; rows where it is missing are grouped
        into stories as usual.
    threads
        Number of threads, 1 to 256 (default: ``CROSSCHECK_THREADS`` or all cores).
    lexicon
        A :class:`crosscheck.Lexicon` (its classes, ``[reconcile]`` lists and conversions
        decide which claims meet).

    Returns
    -------
    Reconciliation
        ``.claims`` (the input with ``story_id``, ``cluster_id``, ``status``,
        ``superseded_by`` and ``revision``), ``.clusters`` (the columns of
        ``CLUSTER_COLUMNS``), ``.stories`` (``STORY_COLUMNS``) and ``.explain(cluster_id)``.

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
    twice = claims.columns[claims.columns.duplicated()].unique().tolist()
    if twice:
        raise ValueError(f"claims has the column(s) {', '.join(map(repr, twice))} more than once")
    missing = [c for c in REQUIRED_COLUMNS if c not in claims.columns]
    if missing:
        raise ValueError(f"claims lacks the column(s) {', '.join(missing)}")
    if story is not None and story not in claims.columns:
        raise ValueError(f"story names no column of claims: {story!r}")
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
        "event": _labels(claims, "event", "other"),
        "what": _labels(claims, "what", "thing"),
        "side": _labels(claims, "side", None),
        "source": _labels(claims, "source", None),
        "source_party": _labels(claims, "source_party", None),
        "hedged": _hedged(claims),
        "date_from": _days(claims["date_from"], claims),
        "date_to": _days(claims["date_to"], claims),
        "place": _labels(claims, "place", None),
        "published": _days(optional("published", None).rename("published"), claims),
        "sentence": [v if isinstance(v, str) else "" for v in optional("sentence", "").tolist()],
        "position": positions.astype("int64").tolist(),
        "offset": _offsets(claims),
        "unit": _labels(claims, "unit", None),
        # what a figure measures, else (a count of no named concept) what it counts
        "concept": [
            concept if concept is not None else counted
            for concept, counted in zip(
                _labels(claims, "concept", None), _labels(claims, "counted", None), strict=True
            )
        ],
        "date_basis": _labels(claims, "date_basis", None),
    }
    spans = zip(columns["date_from"], columns["date_to"], strict=True)
    reversed_days = pd.Series([f is not None and t is not None and f > t for f, t in spans])
    if reversed_days.any():
        raise ValueError(f"{_row(claims, reversed_days)}: date_from is later than date_to")
    if story is not None:
        columns["story"] = [
            None if v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA else str(v)
            for v in claims[story].tolist()
        ]
    out = _core._reconcile(columns, policy=policy, threads=threads, lexicon=lexicon)
    cluster_of = out.pop("cluster_of")
    status = out.pop("status")
    story_of = out.pop("story_of")
    by = out.pop("superseded_by")
    revision = out.pop("revision")
    story_columns = out.pop("stories")
    enriched = claims.copy()
    enriched["story_id"] = pd.Series(story_of, index=claims.index, dtype="int64")
    enriched["cluster_id"] = pd.Series(cluster_of, index=claims.index, dtype="int64")
    enriched["status"] = pd.Series(status, index=claims.index, dtype="object")
    ids = claims["claim_id"].tolist() if "claim_id" in claims.columns else list(range(n))
    enriched["superseded_by"] = pd.Series(
        [None if j is None else ids[j] for j in by], index=claims.index, dtype="object"
    )
    enriched["revision"] = pd.Series(revision, index=claims.index, dtype="object")
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
    data["story_id"] = pd.Series(out["story_id"], dtype="int64")
    data["unit"] = pd.Series(out["unit"], dtype="object")
    data["concept"] = pd.Series(out["concept"], dtype="object")
    clusters = pd.DataFrame(data, columns=list(CLUSTER_COLUMNS))
    n_stories = len(story_columns["n_docs"])
    story_data: dict[str, Any] = {
        "story_id": pd.Series(range(n_stories), dtype="int64"),
        "n_docs": pd.Series(story_columns["n_docs"], dtype="int64"),
    }
    for name in ("first_published", "last_published"):
        days = pd.Series(story_columns[name], dtype="float64")
        story_data[name] = pd.to_datetime(days, unit="D").astype("datetime64[ns]")
    for name in ("names", "places", "events"):
        story_data[name] = pd.Series(story_columns[name], dtype="object")
    stories = pd.DataFrame(story_data, columns=list(STORY_COLUMNS))
    return Reconciliation(claims=enriched, clusters=clusters, policy=policy, stories=stories)


def stories(
    texts: Iterable[Any],
    ids: Sequence[Any] | None = None,
    published: Any = None,
    *,
    lexicon: _core.Lexicon | None = None,
) -> pd.DataFrame:
    """The story of each document, from its full text: documents that tell one happening.

    The same grouping :func:`reconcile` makes from the sentences of the claims (salient names
    weighted by rarity, publication days as evidence), here from whole texts, so a document
    with no figure gets a story too.

    Parameters
    ----------
    texts
        The documents (``str``).
    ids
        Their ids (default ``"0"``, ``"1"``, …).
    published
        Publication days (ISO dates, ``datetime.date``s, a datetime Series), or None.
    lexicon
        A :class:`crosscheck.Lexicon` (its ``story_stop`` words name no story).

    Returns
    -------
    pandas.DataFrame
        ``doc_id`` and ``story_id`` (stories numbered by first document).

    Examples
    --------
    >>> import crosscheck as cx
    >>> cx.stories(
    ...     ["A quake struck Aceh; Bener Meriah was worst hit.",
    ...      "A quake shook Papua near Manokwari.",
    ...      "In Bener Meriah, Aceh, rescuers dug through rubble.",
    ...      "Manokwari and Papua counted the dead."]).story_id.tolist()
    [0, 1, 0, 1]
    """
    import pandas as pd

    from crosscheck.claims import _as_published

    values = list(texts)
    for position, text in enumerate(values):
        if not isinstance(text, str):
            raise TypeError(f"texts[{position}] must be str, not {type(text).__name__}")
    n = len(values)
    doc_ids = [str(i) for i in range(n)] if ids is None else [str(i) for i in ids]
    if len(doc_ids) != n:
        raise ValueError(f"ids has {len(doc_ids)} entries but texts has {n}")
    given = _as_published(published)
    published_days = given if isinstance(given, list) else [given] * n
    if len(published_days) != n:
        raise ValueError(f"published has {len(published_days)} entries but texts has {n}")
    days = [_day(d) for d in published_days]
    story_of = _core._stories(values, days, lexicon=lexicon)
    return pd.DataFrame(
        {
            "doc_id": pd.Series(doc_ids, dtype="object"),
            "story_id": pd.Series(story_of, dtype="int64"),
        }
    )
