"""Claim extraction: every report becomes a table of claim frames."""

from __future__ import annotations

import datetime as _dt
import itertools
from collections.abc import Iterable, Iterator, Sequence, Sized
from typing import TYPE_CHECKING, Any, Literal, overload

from crosscheck import _core

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

PART_SPAN_COLUMNS = (
    "counted_start",
    "counted_end",
    "source_start",
    "source_end",
    "concept_start",
    "concept_end",
)
"""Code-point spans of the parts a claim may lack (nullable ``Int64``; -1 from the core)."""

EXTRA_COLUMNS = (
    "published",
    "kind",
    "source_party",
    "predicate",
    "concept",
    "direction",
    "date_basis",
    "sentence_start",
    "sentence_end",
    *PART_SPAN_COLUMNS,
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
    "concept",
    "direction",
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


def as_ids(ids: Sequence[Any] | None, n: int, *, unique: bool = False) -> list[str]:
    """Document ids as strings: ``"0"``, ``"1"``, … by default; checked against the number of
    texts, and for uniqueness when ids must name documents apart (claim ids are built on them).
    """
    if ids is None:
        return [str(i) for i in range(n)]
    if isinstance(ids, str):
        raise TypeError("ids must be a sequence of ids, not a str")
    out = [str(i) for i in ids]
    if len(out) != n:
        raise ValueError(f"ids has {len(out)} entries but texts has {n}")
    if unique and len(set(out)) != n:
        seen: set[str] = set()
        dup = next(i for i in out if i in seen or seen.add(i))  # type: ignore[func-returns-value]
        raise ValueError(f"ids must be unique; {dup!r} appears more than once")
    return out


def _as_published(published: Any) -> list[str | None] | str | None:
    """Publication days as ISO text: one list, or one day (or None) for every text."""
    if published is None:
        return None
    if isinstance(published, (str, _dt.date)) or not hasattr(published, "__iter__"):
        return _as_day(published, 0)
    return [_as_day(v, i) for i, v in enumerate(published)]


PROGRESS_BATCH = 2_000
"""Documents per batch when a progress bar is shown."""

BATCH_DOCUMENTS = 50_000
"""Documents per batch otherwise: the texts of an iterable are read this many at a time (or
``BATCH_BYTES`` of text, whichever comes first), never materialised whole."""

BATCH_BYTES = 32 * 1024 * 1024

_NUMBERS = {
    "doc": "<i8",
    "rank": "<i8",
    "start": "<i8",
    "end": "<i8",
    "value": "<f8",
    "low": "<f8",
    "high": "<f8",
    "approx": "bool",
    "hedged": "bool",
    "date_from": "<f8",
    "date_to": "<f8",
    "published": "<f8",
    "sentence_start": "<i8",
    "sentence_end": "<i8",
    **{name: "<i8" for name in PART_SPAN_COLUMNS},
}
"""The columns the extension hands over as bytes, with their numpy dtypes."""


def batches(texts: Iterator[Any], size: int) -> Iterator[list[Any]]:
    """Lists of at most ``size`` texts (or ``BATCH_BYTES`` of text) pulled from ``texts``."""
    batch: list[Any] = []
    held = 0
    for text in texts:
        batch.append(text)
        held += len(text) if isinstance(text, str) else 0
        if len(batch) >= size or held >= BATCH_BYTES:
            yield batch
            batch, held = [], 0
    if batch:
        yield batch


def _read(
    texts: Iterable[Any],
    days: list[str | None] | str | None,
    threads: int | None,
    lexicon: _core.Lexicon | None,
    progress: bool,
) -> tuple[dict[str, Any], int]:
    """The columns of the claims of every document (numbers as numpy arrays, strings as object
    arrays) and the number of documents, read batch by batch (under a progress bar)."""
    import numpy as np

    bar: Any = None
    if progress:
        try:
            from tqdm.auto import tqdm  # type: ignore[import-untyped]
        except ImportError:
            raise ImportError("progress=True needs tqdm: pip install tqdm") from None
        total = len(texts) if isinstance(texts, Sized) else None
        bar = tqdm(total=total, unit="doc", desc="extract")
    stream = iter(texts)
    chunks: dict[str, list[Any]] = {}
    failures: list[tuple[int, str]] = []
    first = 0
    size = PROGRESS_BATCH if progress else BATCH_DOCUMENTS
    try:
        for batch in itertools.chain(batches(stream, size), [[]]):
            if not batch and chunks:
                break  # the empty batch only gives the columns of an empty input
            if isinstance(days, list):
                if first + len(batch) > len(days):
                    n = first + len(batch) + sum(1 for _ in stream)
                    raise ValueError(f"published has {len(days)} entries but texts has {n}")
                batch_days = days[first : first + len(batch)]
            else:
                batch_days = [days] * len(batch)
            cols = _core._claim_columns(
                batch, batch_days, threads=threads, lexicon=lexicon, first=first
            )
            failures.extend((p + first, m) for p, m in cols.pop("errors"))
            for name, column in cols.items():
                if name in _NUMBERS:
                    array = np.frombuffer(column, dtype=_NUMBERS[name])
                    if name == "doc":
                        array = array + first
                else:
                    array = np.empty(len(column), dtype=object)
                    array[:] = column
                chunks.setdefault(name, []).append(array)
            first += len(batch)
            if bar is not None:
                bar.update(len(batch))
    finally:
        if bar is not None:
            bar.close()
    if isinstance(days, list) and len(days) != first:
        raise ValueError(f"published has {len(days)} entries but texts has {first}")
    merged: dict[str, Any] = {
        name: parts[0] if len(parts) == 1 else np.concatenate(parts)
        for name, parts in chunks.items()
    }
    merged["errors"] = failures
    return merged, first


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
        A sequence or pandas Series of ``str``, or any iterable of them: a generator is read
        in batches, never held whole.
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
        Number of threads, 1 to 256 (default: ``CROSSCHECK_THREADS`` or all cores). The
        result is the same for any number.
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
    import numpy as np
    import pandas as pd

    if isinstance(texts, (str, bytes)):
        raise TypeError("texts must be a sequence of str, not a single str")
    if not isinstance(texts, Iterable):
        raise TypeError(f"texts must be a sequence of str, not {type(texts).__name__}")
    if errors not in ("raise", "collect"):
        raise ValueError(f"errors must be 'raise' or 'collect', not {errors!r}")
    if isinstance(texts, pd.Series):
        texts = texts.tolist()
    if ids is not None and isinstance(texts, Sized):
        as_ids(ids, len(texts), unique=True)  # a wrong count fails before any work
    cols, n = _read(texts, _as_published(published), threads, lexicon, progress)
    doc_ids = as_ids(ids, n, unique=True)
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
    id_objects = np.empty(len(doc_ids), dtype=object)
    id_objects[:] = doc_ids
    claim_ids = np.empty(len(doc), dtype=object)
    claim_ids[:] = [f"{doc_ids[d]}:{r}" for d, r in zip(doc.tolist(), rank.tolist(), strict=True)]
    data: dict[str, Any] = {
        "doc_id": pd.Series(id_objects[doc], dtype="object"),
        "claim_id": pd.Series(claim_ids, dtype="object"),
    }
    for name in ("start", "end", "sentence_start", "sentence_end"):
        data[name] = pd.Series(cols[name], dtype="int64")
    for name in ("value", "low", "high"):
        data[name] = pd.Series(cols[name], dtype="float64")
    for name in ("approx", "hedged"):
        data[name] = pd.Series(cols[name], dtype="bool")
    for name in ("date_from", "date_to", "published"):
        days_since_epoch = pd.Series(cols[name], dtype="float64")
        data[name] = pd.to_datetime(days_since_epoch, unit="D").astype("datetime64[ns]")
    for name in PART_SPAN_COLUMNS:
        offsets = cols[name]
        data[name] = pd.Series(pd.arrays.IntegerArray(offsets, offsets < 0), dtype="Int64")
    for name in _STRING_COLUMNS:
        data[name] = pd.Series(cols[name], dtype="object")
    claims = pd.DataFrame(data, columns=[*CLAIM_COLUMNS, *EXTRA_COLUMNS])
    # nothing lost: every document is one with claims, one without, or an error
    with_claims = len(np.unique(doc))
    claims.attrs["documents"] = {
        "total": n,
        "with_claims": with_claims,
        "without_claims": n - with_claims - len(failures),
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
