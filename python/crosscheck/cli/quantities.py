"""``crosscheck quantities FILE...``: every number phrase of your UTF-8 text files."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

from crosscheck.cli.common import (
    AMOUNT_KINDS,
    KINDS,
    OTHER_KINDS,
    STDIN_ID,
    _add_output_options,
    _emit,
    _output_format,
    _plural,
    _read_text,
    _screen,
    _write_tables,
)

if TYPE_CHECKING:
    import pandas as pd


def add_parser(commands: Any) -> None:
    """Add the ``quantities`` command to the subcommands of the ``crosscheck`` parser."""
    quantities = commands.add_parser(
        "quantities",
        help="every number phrase in your UTF-8 text files",
        description=(
            "Find every number phrase in the given UTF-8 text files and print them as a table,\n"
            "or write them as CSV or JSON Lines: one row per mention, with the columns\n"
            "doc_id (the file name as given), start, end (character offsets), mention, kind,\n"
            "value, low, high, approx, unit, modifier."
        ),
        epilog=(
            "examples:\n"
            "  crosscheck quantities report.txt\n"
            "  crosscheck quantities a.txt b.txt -o mentions.jsonl\n"
            "  crosscheck quantities a.txt --kind cardinal,percent --format csv"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    quantities.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help=f"a UTF-8 text file; - reads standard input (doc_id {STDIN_ID})",
    )
    _add_output_options(quantities)
    quantities.set_defaults(command="quantities", run=run)


def run(args: argparse.Namespace) -> int:
    fmt = _output_format(args)  # check the arguments before reading anything
    paths: list[str] = [STDIN_ID if path == "-" else path for path in args.files]
    texts = [_read_text(path) for path in args.files]
    mentions = _find(texts, paths, args)
    if fmt != "table":
        _emit(mentions, fmt, args.output)
        return 0
    out = _screen()
    _write_summary(out, mentions, len(paths), "file" if len(paths) == 1 else "files")
    out.write(_HOW_TO_READ)
    _write_tables(out, mentions, paths, {path: path for path in paths})
    out.flush()
    return 0


def _find(texts: list[str], ids: list[str], args: argparse.Namespace) -> pd.DataFrame:
    import crosscheck

    mentions = crosscheck.quantities(texts, ids=ids, threads=args.threads)
    if args.kind:
        wanted = {kind for group in args.kind for kind in group}
        mentions = mentions[mentions["kind"].isin(wanted)].reset_index(drop=True)
    return mentions


_HOW_TO_READ = """\
How to read the tables: each number phrase is an interval from low to high, with value the
best single figure. approx = yes when the text gives the figure as approximate or vague
("nearly", "about", "dozens"); high = inf means no upper bound ("at least eight").
Ordinals, years, dates, times, identifiers and phone numbers are listed to show that they
were recognised: they are never counted as anything.
"""


def _write_summary(out: TextIO, mentions: pd.DataFrame, n_docs: int, noun: str) -> None:
    counts = mentions["kind"].value_counts().to_dict()
    amounts = sum(int(counts.get(kind, 0)) for kind in AMOUNT_KINDS)
    others = len(mentions) - amounts
    out.write(f"Found {_plural(len(mentions), 'number phrase')} in {n_docs} {noun}:\n")
    out.write(
        f"  {amounts:>4} amounts (counts, fractions, percentages, money, measurements, ages)"
        f"{_by_kind(counts, AMOUNT_KINDS)}\n"
    )
    extra = tuple(str(kind) for kind in counts if kind not in KINDS)
    out.write(
        f"  {others:>4} numbers that are not amounts (years, dates, times, ordinals, ids, phones)"
        f"{_by_kind(counts, OTHER_KINDS + extra)}\n\n"
    )


def _by_kind(counts: dict[Any, Any], kinds: Sequence[str]) -> str:
    parts = [f"{kind} {int(counts[kind])}" for kind in kinds if counts.get(kind)]
    return f"\n        {', '.join(parts)}" if parts else ""
