"""Claim extraction: every report becomes a table of claim frames."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal, overload

from crosscheck import _core
from crosscheck.frame import as_ids

if TYPE_CHECKING:
    import pandas as pd

CLAIM_COLUMNS = (
    "doc_id",
    "claim_id",
    "start",
    "end",
    "mention",
    "value",
    "low",
    "high",
    "approx",
    "unit",
    "counted",
    "what",
    "event",
    "side",
    "source",
    "source_text",
    "hedged",
    "date_from",
    "date_to",
    "place",
    "sentence",
)
"""The columns of the claims table of DESIGN.md, in order."""

EXTRA_COLUMNS = (
    "published",
    "kind",
    "source_party",
    "predicate",
    "date_basis",
    "sentence_start",
    "sentence_end",
    "counted_start",
    "counted_end",
    "source_start",
    "source_end",
)
"""Columns that follow: the path back to every part of the claim in the text."""

ERROR_COLUMNS = ("doc_id", "position", "error")

_STRING_COLUMNS = (
    "mention",
    "unit",
    "counted",
    "what",
    "event",
    "side",
    "source",
    "source_text",
    "place",
    "sentence",
    "kind",
    "source_party",
    "predicate",
    "date_basis",
)


def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        return bool(value != value)  # NaN and NaT are not equal to themselves
    except (TypeError, ValueError):
        return False


def _as_day(value: Any, position: int) -> str | None:
    """One publication day as ISO text (the Rust core checks it)."""
    if _is_missing(value):
        return None
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()[:10]
    iso = getattr(value, "isoformat", None)  # pandas.Timestamp
    if callable(iso):
        return str(iso())[:10]
    if type(value).__name__ == "datetime64":  # numpy.datetime64
        return str(value)[:10]
    raise TypeError(
        f"published[{position}] must be an ISO date, a datetime.date or a Timestamp, "
        f"not {type(value).__name__}"
    )


def _as_published(published: Any, n: int) -> list[str | None]:
    if published is None:
        return [None] * n
    if isinstance(published, (str, _dt.date)) or not hasattr(published, "__iter__"):
        day = _as_day(published, 0)
        return [day] * n
    values = list(published)
    if len(values) != n:
        raise ValueError(f"published has {len(values)} entries but texts has {n}")
    return [_as_day(v, i) for i, v in enumerate(values)]


PROGRESS_BATCH = 2_000
"""Documents per batch when a progress bar is shown."""


def _read(
    values: list[Any],
    days: list[str | None],
    threads: int | None,
    lexicon: _core.Lexicon | None,
    progress: bool,
) -> dict[str, list[Any]]:
    """The columns of the claims of every document, read in batches under a progress bar."""
    if not progress or len(values) <= PROGRESS_BATCH:
        return _core._claim_columns(values, days, threads=threads, lexicon=lexicon)
    try:
        from tqdm.auto import tqdm  # type: ignore[import-untyped]
    except ImportError:
        raise ImportError("progress=True needs tqdm: pip install tqdm") from None
    merged: dict[str, list[Any]] = {}
    with tqdm(total=len(values), unit="doc", desc="extract") as bar:
        for first in range(0, len(values), PROGRESS_BATCH):
            last = min(first + PROGRESS_BATCH, len(values))
            cols = _core._claim_columns(
                values[first:last], days[first:last], threads=threads, lexicon=lexicon
            )
            cols["doc"] = [d + first for d in cols["doc"]]
            cols["errors"] = [(p + first, m) for p, m in cols["errors"]]
            for name, column in cols.items():
                merged.setdefault(name, []).extend(column)
            bar.update(last - first)
    if not merged:
        return _core._claim_columns([], [], threads=threads, lexicon=lexicon)
    return merged


@overload
def extract(
    texts: Iterable[Any],
    ids: Sequence[Any] | None = ...,
    published: Any = ...,
    *,
    errors: Literal["raise"] = ...,
    threads: int | None = ...,
    lexicon: _core.Lexicon | None = ...,
    progress: bool = ...,
) -> pd.DataFrame: ...


@overload
def extract(
    texts: Iterable[Any],
    ids: Sequence[Any] | None = ...,
    published: Any = ...,
    *,
    errors: Literal["collect"],
    threads: int | None = ...,
    lexicon: _core.Lexicon | None = ...,
    progress: bool = ...,
) -> tuple[pd.DataFrame, pd.DataFrame]: ...


def extract(
    texts: Iterable[Any],
    ids: Sequence[Any] | None = None,
    published: Any = None,
    *,
    errors: Literal["raise", "collect"] = "raise",
    threads: int | None = None,
    lexicon: _core.Lexicon | None = None,
    progress: bool = False,
) -> pd.DataFrame | tuple[pd.DataFrame, pd.DataFrame]:
    """The claims of every report, one row per claim.

    A claim is a number phrase plus what gives it meaning: what is counted, the event, whose
    side, who says so, whether the report doubts it, when and where. A number with nothing
    counted is no claim (:func:`crosscheck.quantities` has every number phrase).

    Parameters
    ----------
    texts
        A sequence or pandas Series of ``str``.
    ids
        Document ids, unique (default ``"0"``, ``"1"``, …).
    published
        Publication days: a sequence or Series of ISO dates, ``datetime.date`` or
        ``Timestamp`` (None/NaT for unknown), or one day for all. Weekdays and "last week"
        are resolved against it; without it, a leading ``date YYYY-MM-DD`` line is used.
    errors
        ``"raise"`` (default): a text that is not a ``str`` raises ``TypeError`` naming its
        position and id. ``"collect"``: such documents become rows of a second DataFrame
        (``doc_id, position, error``) and the others are read as usual.
    threads
        Number of threads (default: ``CROSSCHECK_THREADS`` or all cores). The result is the
        same for any number.
    lexicon
        A :class:`crosscheck.Lexicon` with extra events, counted nouns, actors, places or
        sources.
    progress
        Show a progress bar (tqdm) over batches of documents. The documents are read in
        batches either way; the result is the same.

    Returns
    -------
    pandas.DataFrame
        The columns of DESIGN.md in order (``doc_id, claim_id, start, end, mention, value,
        low, high, approx, unit, counted, what, event, side, source, source_text, hedged,
        date_from, date_to, place, sentence``), then ``published, kind, source_party,
        predicate`` and the code-point spans of the sentence, the counted phrase and the
        attribution.
        ``published`` is the day each claim was resolved against: the argument, else the
        text's leading ``date`` line (NaT when unknown). ``claims.attrs["documents"]`` counts
        the documents: ``total``, ``with_claims``, ``without_claims`` and ``errors`` (nothing
        is dropped: they add up).
        ``text[start:end] == mention`` always.

    Examples
    --------
    >>> import crosscheck as cx
    >>> df = cx.extract(["Shelling killed five Dutch soldiers on Monday, the Dutch army said."],
    ...                 published=["2021-03-17"])
    >>> df[["mention", "what", "event", "side", "source"]].values.tolist()
    [['five', 'soldier', 'kill', 'Netherlands', 'Dutch military']]
    >>> str(df.date_from[0].date())
    '2021-03-15'
    """
    import pandas as pd

    if isinstance(texts, (str, bytes)):
        raise TypeError("texts must be a sequence of str, not a single str")
    if errors not in ("raise", "collect"):
        raise ValueError(f"errors must be 'raise' or 'collect', not {errors!r}")
    values = list(texts.tolist() if isinstance(texts, pd.Series) else texts)
    doc_ids = as_ids(ids, len(values), unique=True)
    days = _as_published(published, len(values))
    cols = _read(values, days, threads, lexicon, progress)
    failures = cols.pop("errors")
    if failures and errors == "raise":
        position, message = failures[0]
        if message.startswith("a str"):
            raise ValueError(f"texts[{position}] (id {doc_ids[position]!r}) is {message}")
        if not message.startswith("internal error"):
            raise TypeError(f"texts[{position}] (id {doc_ids[position]!r}) is not a str: {message}")
        raise _core.CrosscheckError(f"texts[{position}] (id {doc_ids[position]!r}): {message}")
    doc = cols.pop("doc")
    rank = cols.pop("rank")
    data: dict[str, Any] = {
        "doc_id": pd.Series([doc_ids[d] for d in doc], dtype="object"),
        "claim_id": pd.Series(
            [f"{doc_ids[d]}:{r}" for d, r in zip(doc, rank, strict=True)], dtype="object"
        ),
        "start": pd.Series(cols["start"], dtype="int64"),
        "end": pd.Series(cols["end"], dtype="int64"),
        "value": pd.Series(cols["value"], dtype="float64"),
        "low": pd.Series(cols["low"], dtype="float64"),
        "high": pd.Series(cols["high"], dtype="float64"),
        "approx": pd.Series(cols["approx"], dtype="bool"),
        "hedged": pd.Series(cols["hedged"], dtype="bool"),
        "sentence_start": pd.Series(cols["sentence_start"], dtype="int64"),
        "sentence_end": pd.Series(cols["sentence_end"], dtype="int64"),
    }
    for name in ("date_from", "date_to", "published"):
        days_since_epoch = pd.Series(cols[name], dtype="float64")
        data[name] = pd.to_datetime(days_since_epoch, unit="D").astype("datetime64[ns]")
    for name in ("counted_start", "counted_end", "source_start", "source_end"):
        data[name] = pd.Series(cols[name], dtype="Int64")
    for name in _STRING_COLUMNS:
        data[name] = pd.Series(cols[name], dtype="object")
    claims = pd.DataFrame(data, columns=[*CLAIM_COLUMNS, *EXTRA_COLUMNS])
    # nothing lost: every document is one with claims, one without, or an error
    with_claims = len(set(doc))
    claims.attrs["documents"] = {
        "total": len(values),
        "with_claims": with_claims,
        "without_claims": len(values) - with_claims - len(failures),
        "errors": len(failures),
    }
    if errors == "raise":
        return claims
    error_frame = pd.DataFrame(
        {
            "doc_id": pd.Series([doc_ids[p] for p, _ in failures], dtype="object"),
            "position": pd.Series([p for p, _ in failures], dtype="int64"),
            "error": pd.Series([m for _, m in failures], dtype="object"),
        },
        columns=list(ERROR_COLUMNS),
    )
    return claims, error_frame
