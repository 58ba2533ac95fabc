"""pandas DataFrames out of the Rust core's columns."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence, Sized
from typing import TYPE_CHECKING, Any

from crosscheck import _core
from crosscheck.claims import as_ids

if TYPE_CHECKING:
    import pandas as pd

QUANTITY_COLUMNS = (
    "doc_id",
    "start",
    "end",
    "mention",
    "kind",
    "value",
    "low",
    "high",
    "approx",
    "unit",
    "modifier",
    "concept",
    "direction",
)


def _shifted(message: str, first: int) -> str:
    """A message naming ``texts[i]`` of a batch, naming it in the whole input instead."""
    return re.sub(r"texts\[(\d+)\]", lambda m: f"texts[{int(m.group(1)) + first}]", message)


def quantities(
    texts: Iterable[str],
    ids: Sequence[Any] | None = None,
    threads: int | None = None,
    lexicon: _core.Lexicon | None = None,
) -> pd.DataFrame:
    """Every number phrase of every text, one row per mention.

    Parameters
    ----------
    texts
        A sequence or pandas Series of ``str``, or any iterable of them (read in batches,
        never held whole).
    ids
        Document ids (default ``"0"``, ``"1"``, …; a Series' index is not used).
    threads
        Number of threads, 1 to 256 (default: ``CROSSCHECK_THREADS`` or all cores).
    lexicon
        A :class:`crosscheck.Lexicon` with extra units or modifiers.

    Returns
    -------
    pandas.DataFrame
        Columns ``doc_id, start, end, mention, kind, value, low, high, approx, unit,
        modifier, concept, direction``; ``start``/``end`` are code-point offsets, so
        ``text[start:end] == mention``. Years, dates, times, identifiers and phone numbers
        are rows too (their ``kind`` says so) with NaN values. ``concept`` is what a figure
        measures or belongs to as written ("benchmark index", "national budget"), and
        ``direction`` is ``"up"`` or ``"down"`` when the text tells a rise or a fall; both
        are None when the text says nothing of them.

    Examples
    --------
    >>> import crosscheck as cx
    >>> df = cx.quantities(["Nearly 700,000 people have fled since 2019."])
    >>> df[["mention", "kind", "high"]].values.tolist()
    [['Nearly 700,000', 'cardinal', 699999.0], ['2019', 'year', nan]]
    """
    import pandas as pd

    from crosscheck.claims import BATCH_DOCUMENTS, batches

    if ids is not None and isinstance(texts, Sized):
        as_ids(ids, len(texts))  # a wrong count fails before any work
    # read in batches, never held whole; the extension checks every text and names the first
    # that is not a str (by its position in the batch: shifted below)
    cols: dict[str, list[Any]] = {}
    n = 0
    for batch in itertools.chain(batches(iter(texts), BATCH_DOCUMENTS), [[]]):
        if not batch and cols:
            break
        try:
            part = _core._quantity_columns(batch, threads=threads, lexicon=lexicon)
        except (TypeError, ValueError) as e:
            raise type(e)(_shifted(str(e), n)) from None
        part["doc"] = [d + n for d in part["doc"]]
        for name, column in part.items():
            cols.setdefault(name, []).extend(column)
        n += len(batch)
    doc_ids = as_ids(ids, n)
    doc = cols.pop("doc")
    frame = pd.DataFrame(
        {
            "doc_id": pd.Series([doc_ids[d] for d in doc], dtype="object"),
            "start": pd.Series(cols["start"], dtype="int64"),
            "end": pd.Series(cols["end"], dtype="int64"),
            "mention": pd.Series(cols["mention"], dtype="object"),
            "kind": pd.Series(cols["kind"], dtype="object"),
            "value": pd.Series(cols["value"], dtype="float64"),
            "low": pd.Series(cols["low"], dtype="float64"),
            "high": pd.Series(cols["high"], dtype="float64"),
            "approx": pd.Series(cols["approx"], dtype="bool"),
            "unit": pd.Series(cols["unit"], dtype="object"),
            "modifier": pd.Series(cols["modifier"], dtype="object"),
            "concept": pd.Series(cols["concept"], dtype="object"),
            "direction": pd.Series(cols["direction"], dtype="object"),
        },
        columns=list(QUANTITY_COLUMNS),
    )
    return frame
