"""Reading reports for ``claims``, ``extract`` and ``report``: text files, JSON Lines, folders.

One file that cannot be read, one line that is not JSON, one day that is no day: each is
named on standard error and the run goes on; a misspelt argument stops it (exit status 2).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from crosscheck.cli.common import (
    STDIN_ID,
    CliError,
    _is_terminal,
    _is_true,
    _plural,
    _read_text,
    _say,
    _shorten,
    _text,
)

if TYPE_CHECKING:
    import pandas as pd


def _add_input_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--published",
        metavar="DAY",
        type=_day_argument,
        help="the publication day of text files (2020-02-10, or 'Feb 10, 2020'), "
        "to resolve 'Monday' or 'last week'",
    )
    parser.add_argument("--text", default="text", help="JSON Lines: the text field (text)")
    parser.add_argument(
        "--id", default=None, help="JSON Lines: the id field (default FILE:LINE, 1-based)"
    )
    parser.add_argument(
        "--published-field", default=None, help="JSON Lines: the publication day field"
    )
    parser.add_argument(
        "--published-unit",
        choices=("s", "ms", "us", "ns"),
        help="JSON Lines: the unit of publication days given as epoch numbers "
        "(never guessed: without it a number is no day)",
    )


def _day_argument(value: str) -> Any:
    from crosscheck.io import parse_day

    try:
        day = parse_day(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    if day is None or day != day:
        raise argparse.ArgumentTypeError("an empty day: give one like 2020-02-10")
    return day


def _bundled() -> tuple[pd.DataFrame, dict[str, str]]:
    """The five bundled reports, and a title per report."""
    from crosscheck.datasets import load_idlib

    docs = load_idlib()
    days = docs["published"].dt.strftime("%Y-%m-%d")
    titles = {i: f"report {i}, published {p}" for i, p in zip(docs["id"], days, strict=True)}
    return docs[["id", "text", "published"]], titles


def _read_inputs(args: argparse.Namespace) -> pd.DataFrame:
    """Every report of the inputs (``id``, ``text``, ``published``).

    A folder stands for its ``.txt``, ``.jsonl`` and ``.ndjson`` files, sorted by name (no
    argument list is long enough for a feed of 50,000 files). A file that cannot be read, a
    line of a feed that is not JSON, an empty file: each is named on standard error and
    skipped, so that one file removed during such a run does not lose the others. A field
    that no line of a feed has is a misspelt argument and stops the run; so does having no
    report left to read.
    """
    import pandas as pd

    from crosscheck.io import InputError, read_jsonl

    frames = []
    texts: list[tuple[str, str]] = []  # text files in a row: one frame, not one each

    def flush_texts() -> None:
        if texts:
            day = pd.NaT if args.published is None else args.published
            frames.append(
                pd.DataFrame(
                    {
                        "id": pd.Series([name for name, _ in texts], dtype=object),
                        "text": pd.Series([text for _, text in texts], dtype=object),
                        "published": pd.Series([day] * len(texts), dtype="datetime64[ns]"),
                    }
                )
            )
            texts.clear()

    skipped = 0
    for path in _expand(args.files):
        if path.endswith((".jsonl", ".ndjson")):
            flush_texts()
            try:
                docs, problems = read_jsonl(
                    path,
                    text=args.text,
                    id=args.id,
                    published=args.published_field,
                    published_unit=args.published_unit,
                    errors="collect",
                )
            except InputError as error:
                if Path(path).exists() and "no line has the field" in str(error):
                    raise CliError(str(error)) from None
                _say(f"skipped {error}")
                skipped += 1
                continue
            day_problems = problems[problems["error"].str.startswith("publication day")]
            for row in problems[~problems.index.isin(day_problems.index)].itertuples():
                _say(f"skipped {path}, line {row.line}: {row.error}")
            if len(day_problems):
                shown = "; ".join(
                    f"line {r.line}: {str(r.error).removeprefix('publication day not read: ')}"
                    for r in day_problems.head(3).itertuples()
                )
                more = len(day_problems) - 3
                _say(
                    f"{path}: {len(day_problems)} of {len(docs)} publication days could not be "
                    f"read; those reports have no day ({shown}"
                    + (f"; and {more} more)" if more > 0 else ")")
                    + (
                        "; for epoch numbers say their unit with --published-unit"
                        if day_problems["error"].str.contains("epoch unit").any()
                        else ""
                    )
                )
            if args.id is None:
                docs["id"] = [f"{path}:{i}" for i in docs["id"]]
            if args.published is not None:
                docs["published"] = docs["published"].fillna(args.published)
            if len(docs) == 0 and not len(problems):
                _say(f"skipped {path}: no report in it (the file is empty)")
            frames.append(docs)
            continue
        try:
            text = _read_text(path)
        except CliError as error:
            _say(f"skipped {error}")
            skipped += 1
            continue
        name = STDIN_ID if path == "-" else path
        if not text.strip():
            _say(f"skipped {name}: the file is empty")
            skipped += 1
            continue
        texts.append((name, text))
    flush_texts()
    docs = (
        pd.concat(frames, ignore_index=True)
        if frames
        else pd.DataFrame({"id": [], "text": [], "published": []})
    )
    if len(docs) == 0:
        what = "the input" if len(args.files) == 1 else f"the {len(args.files)} inputs"
        raise CliError(f"no report to read: {what} held none that could be read")
    if docs["id"].duplicated().any():
        first = docs["id"][docs["id"].duplicated()].iloc[0]
        raise CliError(f"the id {first!r} is given to two reports: ids must be unique")
    return docs


_INPUT_SUFFIXES = (".txt", ".jsonl", ".ndjson")


def _expand(paths: Sequence[str]) -> list[str]:
    """The inputs, with each folder replaced by its report files (sorted by name)."""
    expanded: list[str] = []
    for path in paths:
        folder = Path(path)
        if path != "-" and folder.is_dir():
            found = sorted(str(p) for p in folder.iterdir() if p.suffix.lower() in _INPUT_SUFFIXES)
            if not found:
                _say(f"skipped {path}: the folder holds no .txt or .jsonl file")
            expanded.extend(found)
        else:
            expanded.append(path)
    return expanded


def _extract(docs: pd.DataFrame, args: argparse.Namespace) -> pd.DataFrame:
    """The claims of the reports; a report that cannot be read is named and skipped."""
    import crosscheck

    try:
        claims, errors = crosscheck.extract(
            docs["text"],
            ids=docs["id"].tolist(),
            published=docs["published"],
            threads=args.threads,
            errors="collect",
            progress=_progress_wanted(),
        )
    except ValueError as error:
        raise CliError(str(error)) from None
    fields = f" (no string in the field {args.text!r})" if getattr(args, "files", None) else ""
    for row in errors.itertuples(index=False):
        _say(f"skipped {row.doc_id}: {row.error}{fields if 'str' in str(row.error) else ''}")
    return claims


def _progress_wanted() -> bool:
    """A progress bar on long runs, on a terminal only, when tqdm is installed."""
    if not _is_terminal(sys.stderr):
        return False
    try:
        import tqdm  # type: ignore[import-untyped]  # noqa: F401
    except ImportError:
        return False
    return True


_CLAIM_TABLE = (
    ("mention", "mention"),
    ("counted", "counted"),
    ("what", "what"),
    ("event", "event"),
    ("side", "side"),
    ("source", "source"),
    ("hedged", "doubt"),
    ("date_from", "day"),
    ("place", "place"),
)


def _write_claim_tables(
    out: TextIO, claims: pd.DataFrame, ids: Sequence[str], titles: dict[str, str]
) -> None:
    import pandas as pd

    n_docs = len(ids)
    out.write(f"Found {_plural(len(claims), 'claim')} in {_plural(n_docs, 'report')}.\n")
    by_doc = {doc_id: group for doc_id, group in claims.groupby("doc_id", sort=False)}
    for doc_id in ids:
        group = by_doc.get(doc_id)
        n = 0 if group is None else len(group)
        out.write(f"\n== {titles.get(doc_id, doc_id)}: {_plural(n, 'claim')}\n")
        if group is None:
            continue
        rows: list[tuple[str, ...]] = [tuple(label for _, label in _CLAIM_TABLE)]
        for row in group.itertuples(index=False):
            cells: list[str] = []
            for column, _ in _CLAIM_TABLE:
                value = getattr(row, column)
                if column == "hedged":
                    cells.append("yes" if _is_true(value) else "")
                elif column == "date_from":
                    cells.append("" if pd.isna(value) else value.strftime("%Y-%m-%d"))
                else:
                    cells.append(_shorten(_text(value)))
            rows.append(tuple(cells))
        widths = [max(len(r[i]) for r in rows) for i in range(len(_CLAIM_TABLE))]
        for printed in rows:
            line = "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(printed))
            out.write(f"  {line.rstrip()}\n")
