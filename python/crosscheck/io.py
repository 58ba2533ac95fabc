"""Reading reports from files into the DataFrame `extract` takes (``id``, ``text``, ``published``).

Texts are read as bytes and decoded as UTF-8 (with or without a byte-order mark) so that line
endings are kept and the offsets crosscheck returns index straight into them; a file in another
encoding is an error that names the file, not a silent garbling.

A feed is read the way a scraper's output deserves: a JSON Lines file is split on ``\\n`` only
(a U+2028 or U+0085 inside a JSON string is text, not a line break), one broken line is one
problem named by its 1-based line number while the other lines are read, and every
publication day is parsed on its own (:func:`parse_day`), so that one odd format never turns
the days of the other reports into NaT, and a number is never read as an epoch of a guessed
unit.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, overload

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["InputError", "InputWarning", "parse_day", "read_jsonl", "read_texts"]

EPOCH_UNITS = ("s", "ms", "us", "ns")
"""The units an epoch number may be given in (``published_unit``); crosscheck never guesses."""

_MAX_SHOWN = 3


class InputError(ValueError):
    """A file that cannot be read as reports: not found, not UTF-8, not valid JSON Lines."""


class InputWarning(UserWarning):
    """Some of a file could not be read (a broken line, an unreadable day); the rest was."""


def _decode(data: bytes, name: str) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise InputError(
            f"{name} is not UTF-8 (line {line}, byte {error.start}: "
            f"{data[error.start : error.start + 1]!r}); convert it, e.g. iconv -f latin1 -t utf-8"
        ) from None
    return text.removeprefix("\ufeff")


# A day needs its year, month and day: dateutil fills what a text leaves out from a default,
# so a text is read twice with two defaults that differ in all three, and must give one day.
_DEFAULTS = (_dt.datetime(2000, 1, 1), _dt.datetime(2001, 2, 2))
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_day(value: Any, unit: str | None = None) -> Any:
    """One publication day or time, read on its own.

    Parameters
    ----------
    value
        An ISO date or date-time (``2021-03-17``, ``2021-03-17T10:00:00Z``), a written date
        with its year (``March 18, 2021``, ``17/03/2021``: a first number above 12 is the day;
        otherwise month first, as in US news), a ``datetime.date``/``datetime``/Timestamp, or
        None/NaN/empty for unknown. A number is an epoch only when ``unit`` says in what.
        A time with a UTC offset keeps its local day and time (the offset is dropped): "on
        Monday" in a report is the reporter's Monday.
    unit
        The unit of epoch numbers: ``"s"``, ``"ms"``, ``"us"`` or ``"ns"``. Without it a number
        is not a day.

    Returns
    -------
    pandas.Timestamp or pandas.NaT
        A timezone-naive Timestamp, or NaT for a missing value.

    Raises
    ------
    ValueError
        When the value cannot be read as a day (``"Monday"``, ``"1987-13-45"``, a number
        without ``unit``, a year out of pandas' range).

    Examples
    --------
    >>> from crosscheck.io import parse_day
    >>> [str(parse_day(v)) for v in ("2021-03-17", "March 18, 2021", "17/03/2021")]
    ['2021-03-17 00:00:00', '2021-03-18 00:00:00', '2021-03-17 00:00:00']
    >>> str(parse_day("2021-03-17T23:00:00-05:00")), str(parse_day(1615939200, unit="s"))
    ('2021-03-17 23:00:00', '2021-03-17 00:00:00')
    >>> parse_day("Monday")
    Traceback (most recent call last):
    ...
    ValueError: 'Monday' is not a day (it needs a year, a month and a day)
    """
    import pandas as pd

    if value is None or value is pd.NaT or value is pd.NA:
        return pd.NaT
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a day")
    if isinstance(value, (int, float)):
        if isinstance(value, float) and value != value:
            return pd.NaT
        if unit is None:
            raise ValueError(
                f"{value!r} is a number, not a day: say its epoch unit ({', '.join(EPOCH_UNITS)})"
            )
        if unit not in EPOCH_UNITS:
            raise ValueError(f"unit must be one of {', '.join(EPOCH_UNITS)}, not {unit!r}")
        try:
            return _naive_ns(pd.Timestamp(value, unit=unit), value)
        except (ValueError, OverflowError, pd.errors.OutOfBoundsDatetime):
            raise ValueError(f"{value!r} ({unit} since 1970) is out of range") from None
    if isinstance(value, (_dt.date, pd.Timestamp)):
        return _naive_ns(pd.Timestamp(value), value)
    if not isinstance(value, str):
        raise ValueError(f"{value!r} is not a day (a {type(value).__name__})")
    text = value.strip()
    if not text:
        return pd.NaT
    try:
        stamp = pd.Timestamp(text) if _ISO.match(text) else _written_day(text)
    except (ValueError, OverflowError, pd.errors.OutOfBoundsDatetime) as error:
        detail = str(error).split("\n")[0]
        if "needs a year" in detail:
            raise ValueError(f"{value!r} is not a day ({detail})") from None
        raise ValueError(f"{value!r} is not a day ({detail})" if detail else f"{value!r}") from None
    if stamp is pd.NaT:
        raise ValueError(f"{value!r} is not a day")
    return _naive_ns(stamp, value)


def _naive_ns(stamp: Any, value: Any) -> Any:
    """The local wall time, in nanoseconds (the unit of a claims table's day columns)."""
    import pandas as pd

    if stamp.tzinfo is not None:
        stamp = stamp.tz_localize(None)
    as_unit = getattr(stamp, "as_unit", None)  # pandas < 2 holds nanoseconds only
    try:
        return stamp if as_unit is None else as_unit("ns")
    except (OverflowError, ValueError, pd.errors.OutOfBoundsDatetime):
        raise ValueError(
            f"{value!r} is out of the range of days pandas holds "
            f"({pd.Timestamp.min:%Y-%m-%d} to {pd.Timestamp.max:%Y-%m-%d})"
        ) from None


def _written_day(text: str) -> Any:
    import pandas as pd
    from dateutil import parser  # type: ignore[import-untyped]  # a pandas dependency

    try:
        first, second = (parser.parse(text, default=d, ignoretz=True) for d in _DEFAULTS)
    except (ValueError, OverflowError, parser.ParserError):
        raise ValueError("not a date dateutil can read") from None
    if first.date() != second.date():
        raise ValueError("it needs a year, a month and a day")
    return pd.Timestamp(first)


def read_texts(
    folder: str | Path, pattern: str = "*.txt", *, published: Any = None
) -> pd.DataFrame:
    """Read every text file of a folder, one report per file, sorted by name.

    Parameters
    ----------
    folder
        The folder.
    pattern
        A glob pattern for the files (default ``*.txt``; ``**/*.txt`` reads sub-folders).
    published
        One publication day for all the files (an ISO date, ``datetime.date`` or Timestamp),
        or None.

    Returns
    -------
    pandas.DataFrame
        ``id`` (the file name relative to the folder), ``text``, ``published``.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> from crosscheck.io import read_texts
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Five soldiers were killed.", encoding="utf-8")
    >>> read_texts(folder, published="2021-03-17").values.tolist()
    [['a.txt', 'Five soldiers were killed.', Timestamp('2021-03-17 00:00:00')]]
    """
    import pandas as pd

    root = Path(folder)
    if not root.is_dir():
        raise InputError(f"{str(root)!r} is not a folder")
    paths = sorted(p for p in root.glob(pattern) if p.is_file())
    texts = [_decode(p.read_bytes(), repr(str(p))) for p in paths]
    try:
        day = parse_day(published)
    except ValueError as error:
        raise InputError(f"published: {error}") from None
    return pd.DataFrame(
        {
            "id": pd.Series([p.relative_to(root).as_posix() for p in paths], dtype="object"),
            "text": pd.Series(texts, dtype="object"),
            "published": pd.Series([day] * len(paths), dtype="datetime64[ns]"),
        }
    )


def _lines(content: str) -> list[tuple[int, str]]:
    """The non-blank lines with their 1-based numbers; only ``\\n`` ends a line."""
    return [
        (number, line.removesuffix("\r"))
        for number, line in enumerate(content.split("\n"), start=1)
        if line.strip()
    ]


@overload
def read_jsonl(
    path: str | Path,
    text: str = ...,
    id: str | None = ...,
    published: str | None = ...,
    *,
    published_unit: str | None = ...,
    errors: Literal["warn", "raise"] = ...,
) -> pd.DataFrame: ...


@overload
def read_jsonl(
    path: str | Path,
    text: str = ...,
    id: str | None = ...,
    published: str | None = ...,
    *,
    published_unit: str | None = ...,
    errors: Literal["collect"],
) -> tuple[pd.DataFrame, pd.DataFrame]: ...


def read_jsonl(
    path: str | Path,
    text: str = "text",
    id: str | None = None,
    published: str | None = None,
    *,
    published_unit: str | None = None,
    errors: Literal["warn", "raise", "collect"] = "warn",
) -> pd.DataFrame | tuple[pd.DataFrame, pd.DataFrame]:
    """Read reports from a JSON Lines file, one JSON object a line.

    Lines end at ``\\n`` only (``\\r\\n`` too): U+2028, U+2029 and U+0085, which
    ``json.dumps(..., ensure_ascii=False)`` leaves inside strings, are text. Blank lines are
    skipped. Each publication day is read on its own by :func:`parse_day`.

    Parameters
    ----------
    path
        The file.
    text
        The field holding the text.
    id
        The field holding the id (default: the 1-based line number).
    published
        The field holding the publication day, if any.
    published_unit
        The unit of days given as epoch numbers (``"s"``, ``"ms"``, ``"us"``, ``"ns"``); without
        it a number is not read as a day.
    errors
        What a line that is not a JSON object does, as pandas' ``on_bad_lines``:
        ``"warn"`` (default): it is skipped, the others are read, and one
        :class:`InputWarning` names every such line with its whole message (a file where no
        line can be read raises :class:`InputError`). ``"raise"``: the first raises
        :class:`InputError` naming its line. ``"collect"``: such lines become rows of a
        second DataFrame (``line, id, error``) and the others are read. A day that cannot
        be read leaves its report without a day (NaT): under ``"collect"`` it is a row of the
        second DataFrame too, otherwise one :class:`InputWarning` counts them.

    Returns
    -------
    pandas.DataFrame or (pandas.DataFrame, pandas.DataFrame)
        ``id``, ``text``, ``published``. A line whose text field is missing or not a string
        keeps its row with a None text, so that ``extract(..., errors="collect")`` reports it.

    Raises
    ------
    InputError
        When the file cannot be read or is not UTF-8, when no line holds the ``text``,
        ``id`` or ``published`` field (a misspelt field name), when no line at all is a
        JSON object, or under ``errors="raise"`` when one is not.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> from crosscheck.io import read_jsonl
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "news.jsonl"
    >>> _ = path.write_text('{"body": "Ten were hurt.", "day": "2021-03-17"}\\n{oops\\n',
    ...                     encoding="utf-8")
    >>> docs, problems = read_jsonl(path, text="body", published="day", errors="collect")
    >>> docs.values.tolist()
    [['1', 'Ten were hurt.', Timestamp('2021-03-17 00:00:00')]]
    >>> problems.values.tolist()  # doctest: +ELLIPSIS
    [[2, '2', 'not JSON: Expecting property name enclosed in double quotes (column 2)']]
    """
    import pandas as pd

    if errors not in ("warn", "raise", "collect"):
        raise ValueError(f"errors must be 'warn', 'raise' or 'collect', not {errors!r}")
    if published_unit is not None and published_unit not in EPOCH_UNITS:
        raise ValueError(
            f"published_unit must be one of {', '.join(EPOCH_UNITS)}, not {published_unit!r}"
        )
    file = Path(path)
    name = repr(str(file))
    try:
        data = file.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read {name}: {error.strerror or error}") from None
    content = _decode(data, name)
    ids: list[str] = []
    texts: list[str | None] = []
    days: list[Any] = []
    problems: list[tuple[int, str, str]] = []
    unread_days: list[tuple[int, str, str]] = []
    seen = {"text": False, "id": False, "published": False}
    n_records = 0
    for number, line in _lines(content):
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            message = f"not JSON: {error.msg} (column {error.colno})"
            if errors == "raise":
                raise InputError(f"{name}, line {number}: {message}") from None
            problems.append((number, str(number), message))
            continue
        if not isinstance(record, dict):
            message = f"not a JSON object but a JSON {type(record).__name__}"
            if errors == "raise":
                raise InputError(f"{name}, line {number}: {message}")
            problems.append((number, str(number), message))
            continue
        n_records += 1
        value = record.get(text)
        seen["text"] |= text in record
        texts.append(value if isinstance(value, str) else None)
        if id is not None:
            seen["id"] |= id in record
            raw = record.get(id)
            ids.append(str(number) if raw is None else str(raw))
        else:
            ids.append(str(number))
        day: Any = None
        if published is not None:
            seen["published"] |= published in record
            try:
                day = parse_day(record.get(published), published_unit)
            except ValueError as error:
                day = None
                unread_days.append((number, ids[-1], str(error)))
        days.append(day)
    for role, field in (("text", text), ("id", id), ("published", published)):
        if field is not None and n_records and not seen[role]:
            flag = {"text": "--text", "id": "--id", "published": "--published-field"}[role]
            raise InputError(
                f"{name}: no line has the field {field!r} ({role}, {flag}); "
                f"the first record has {_fields(content)}"
            )
    if problems and not n_records:
        shown = "; ".join(f"line {n}: {m}" for n, _, m in problems[:_MAX_SHOWN])
        raise InputError(f"{name}: no line is a JSON object ({shown})")
    if problems and errors == "warn":
        shown = "; ".join(f"line {n}: {m}" for n, _, m in problems)
        warnings.warn(
            f"{name}: skipped {len(problems)} of {len(problems) + n_records} lines ({shown})",
            InputWarning,
            stacklevel=2,
        )
    if unread_days:
        shown = "; ".join(f"line {n}: {m}" for n, _, m in unread_days[:_MAX_SHOWN])
        more = len(unread_days) - _MAX_SHOWN
        summary = (
            f"{name}: {len(unread_days)} of {n_records} publication days could not be read and "
            f"are left unknown ({shown}{f'; and {more} more' if more > 0 else ''})"
        )
        if errors != "collect":
            warnings.warn(summary, InputWarning, stacklevel=2)
        problems.extend((n, i, f"publication day not read: {m}") for n, i, m in unread_days)
    docs = pd.DataFrame(
        {
            "id": pd.Series(ids, dtype="object"),
            "text": pd.Series(texts, dtype="object"),
            "published": pd.Series(
                [pd.NaT if d is None else d for d in days], dtype="datetime64[ns]"
            ),
        }
    )
    if errors != "collect":
        return docs
    problems.sort(key=lambda p: p[0])
    table = pd.DataFrame(
        {
            "line": pd.Series([p[0] for p in problems], dtype="int64"),
            "id": pd.Series([p[1] for p in problems], dtype="object"),
            "error": pd.Series([p[2] for p in problems], dtype="object"),
        }
    )
    return docs, table


def _fields(content: str) -> str:
    """The field names of the first JSON object of a file, for an error message."""
    for _, line in _lines(content):
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(record, dict):
            names = list(record)
            return "the fields " + ", ".join(map(repr, names[:12])) if names else "no field"
    return "no field"
