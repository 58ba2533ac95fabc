"""Reading reports from files into the DataFrame `extract` takes (``id``, ``text``, ``published``).

Texts are read as bytes and decoded as UTF-8 (with or without a byte-order mark) so that line
endings are kept and the offsets crosscheck returns index straight into them; a file in another
encoding is an error that names the file, not a silent garbling.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["read_jsonl", "read_texts"]


class InputError(ValueError):
    """A file that cannot be read as reports: not found, not UTF-8, not valid JSON Lines."""


def _decode(data: bytes, name: str) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name} is not UTF-8 (byte {error.start}: {data[error.start : error.start + 1]!r}); "
            "convert it, e.g. iconv -f latin1 -t utf-8"
        ) from None
    return text.removeprefix("\ufeff")


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
    day = pd.NaT if published is None else pd.Timestamp(published)
    return pd.DataFrame(
        {
            "id": pd.Series([p.relative_to(root).as_posix() for p in paths], dtype="object"),
            "text": pd.Series(texts, dtype="object"),
            "published": pd.Series([day] * len(paths), dtype="datetime64[ns]"),
        }
    )


def read_jsonl(
    path: str | Path,
    text: str = "text",
    id: str | None = None,
    published: str | None = None,
) -> pd.DataFrame:
    """Read reports from a JSON Lines file, one JSON object a line.

    Parameters
    ----------
    path
        The file.
    text
        The field holding the text.
    id
        The field holding the id (default: the line number from 0).
    published
        The field holding the publication day, if any.

    Returns
    -------
    pandas.DataFrame
        ``id``, ``text``, ``published``. A line whose text field is missing or not a string
        keeps its row with a None text, so that ``extract(..., errors="collect")`` reports it.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> from crosscheck.io import read_jsonl
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "news.jsonl"
    >>> _ = path.write_text('{"body": "Ten were hurt.", "day": "2021-03-17"}\\n', encoding="utf-8")
    >>> read_jsonl(path, text="body", published="day").values.tolist()
    [['0', 'Ten were hurt.', Timestamp('2021-03-17 00:00:00')]]
    """
    import pandas as pd

    file = Path(path)
    try:
        data = file.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read {str(file)!r}: {error.strerror or error}") from None
    content = _decode(data, repr(str(file)))
    ids: list[str] = []
    texts: list[str | None] = []
    days: list[Any] = []
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(f"{str(file)!r}, line {number}: not JSON ({error.msg})") from None
        if not isinstance(record, dict):
            raise InputError(f"{str(file)!r}, line {number}: not a JSON object")
        value = record.get(text)
        texts.append(value if isinstance(value, str) else None)
        ids.append(str(record.get(id)) if id is not None else str(len(ids)))
        days.append(record.get(published) if published is not None else None)
    return pd.DataFrame(
        {
            "id": pd.Series(ids, dtype="object"),
            "text": pd.Series(texts, dtype="object"),
            "published": pd.to_datetime(pd.Series(days, dtype="object"), errors="coerce"),
        }
    )
