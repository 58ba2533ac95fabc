"""``crosscheck reconcile CLAIMS``: a claims table (CSV, JSON Lines, Parquet) into clusters.

Ids and text columns are read as the strings they were written (``000`` stays ``000``);
numbers, booleans and days column by column, leaving a bad cell for ``reconcile`` to name.
"""

from __future__ import annotations

import argparse
import io
import json
import re
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crosscheck.claims import _STRING_COLUMNS, PART_SPAN_COLUMNS
from crosscheck.cli.common import (
    _SUFFIX_FORMATS,
    CliError,
    _add_output_options,
    _emit,
    _output_format,
    _screen,
)

if TYPE_CHECKING:
    import pandas as pd


def add_parser(commands: Any) -> None:
    """Add the ``reconcile`` command to the subcommands of the ``crosscheck`` parser."""
    reconcile = commands.add_parser(
        "reconcile",
        help="reconcile a claims table (CSV, JSON Lines, Parquet) into clusters",
        description=(
            "Read a claims table written by `crosscheck extract` (or edited by hand) and\n"
            "reconcile it: print the clusters with their verdicts, or write them with\n"
            "-o clusters.csv|.jsonl|.parquet; --claims-output writes the claims with their\n"
            "cluster_id and status."
        ),
        epilog="example:\n  crosscheck reconcile claims.csv -o clusters.csv --policy median",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    reconcile.add_argument(
        "claims_file", metavar="CLAIMS", help="claims as .csv, .jsonl or .parquet"
    )
    reconcile.add_argument(
        "--policy",
        choices=("ucdp", "conservative", "median"),
        default="ucdp",
        help="how the best estimate is chosen (default ucdp)",
    )
    reconcile.add_argument(
        "--claims-output", metavar="PATH", help="also write the claims with cluster and status"
    )
    _add_output_options(reconcile, kinds=False)
    reconcile.set_defaults(command="reconcile", run=run)


_STRING_CELLS = (
    "doc_id",
    "claim_id",
    *_STRING_COLUMNS,
    "concept",
    "direction",
    "story_id",
    "superseded_by",
    "revision",
    "status",
)


_NUMBER_CELLS = (
    "start",
    "end",
    "value",
    "low",
    "high",
    "sentence_start",
    "sentence_end",
    *PART_SPAN_COLUMNS,
    "cluster_id",
)


_BOOLEAN_CELLS = ("approx", "hedged")


_TRUE = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}


def _read_claims(path: str) -> pd.DataFrame:
    """A claims table from CSV, JSON Lines or Parquet, every cell as it was written.

    Ids and every text column are read as strings (``000`` stays ``000``, ``7`` and ``7.0``
    stay two documents); numbers, booleans and days are converted column by column, and a
    column with a cell that is none is left as text so that ``reconcile`` names the row.
    """
    import pandas as pd

    if path.endswith(".parquet"):
        try:
            return pd.read_parquet(path)
        except FileNotFoundError:
            raise CliError(f"cannot read {path!r}: no such file") from None
        except (ValueError, OSError, ImportError) as error:
            raise CliError(f"cannot read {path!r} as a claims table: {error}") from None
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise CliError(f"cannot read {path!r}: no such file") from None
    except IsADirectoryError:
        raise CliError(f"cannot read {path!r}: it is a directory, not a claims table") from None
    except OSError as error:
        raise CliError(f"cannot read {path!r}: {error.strerror or error}") from None
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise CliError(
            f"{path!r} is not UTF-8: byte 0x{data[error.start]:02x} on line {line} cannot be "
            "decoded; write the claims table as UTF-8 (crosscheck extract does)"
        ) from None
    if not text.strip():
        raise CliError(f"{path!r} is empty: it holds no claims table (not even a header)")
    if path.endswith((".jsonl", ".ndjson")):
        records = []
        for number, row in enumerate(text.split("\n"), start=1):
            if not row.strip():
                continue
            try:
                record = json.loads(row)
            except json.JSONDecodeError as error:
                raise CliError(f"{path!r}, line {number}: not JSON ({error.msg})") from None
            if not isinstance(record, dict):
                raise CliError(f"{path!r}, line {number}: not a JSON object")
            records.append(record)
        names = list(dict.fromkeys(name for record in records for name in record))
        frame = pd.DataFrame(
            {name: _column([record.get(name) for record in records], name) for name in names},
            columns=names,
        )
    else:
        try:
            frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
        except (ValueError, pd.errors.ParserError) as error:
            detail = " ".join(str(error).split())
            raise CliError(f"cannot read {path!r} as a CSV claims table: {detail}") from None
        frame = pd.DataFrame(
            {name: _column([v or None for v in frame[name]], name) for name in frame.columns},
            columns=list(frame.columns),
        )
        for name in _NUMBER_CELLS:
            if name in frame.columns:
                with suppress(ValueError, TypeError):  # a cell that is no number:
                    frame[name] = pd.to_numeric(frame[name])  # reconcile names its row
        for name in _BOOLEAN_CELLS:
            if name in frame.columns:
                cells = [
                    None if v is None else _TRUE.get(str(v).strip().lower()) for v in frame[name]
                ]
                if all(c is not None for c in cells):
                    frame[name] = pd.Series(cells, dtype=bool, index=frame.index)
    for name in ("date_from", "date_to", "published"):
        if name in frame.columns:
            frame[name] = _days_column(frame[name])
    return frame


def _column(values: list[Any], name: str) -> pd.Series:
    """One column of a claims table: text columns as Python strings (None for missing),
    the others as pandas infers them."""
    import pandas as pd

    if name in _STRING_CELLS or all(v is None or isinstance(v, str) for v in values):
        return pd.Series(
            [v if v is None or isinstance(v, str) else str(v) for v in values], dtype=object
        )
    return pd.Series(values)


def _days_column(column: pd.Series) -> pd.Series:
    """Days read cell by cell; left as written when a cell is no day (reconcile names it)."""
    import pandas as pd

    from crosscheck.io import parse_day

    read: dict[Any, Any] = {}
    for value in column.unique():
        try:
            read[value] = parse_day(value)
        except (ValueError, TypeError):
            return column
    return pd.Series([read[v] for v in column], index=column.index, dtype="datetime64[ns]")


_TABLE_ROW = re.compile(r"claims row (\d+)")


def _in_file(message: str, path: str) -> str:
    """A table's 0-based row said as the user counts: the first row of the file is row 1."""
    match = _TABLE_ROW.search(message)
    if match is None:
        return message
    row = int(match.group(1)) + 1
    where = f"row {row} of {path} after its header" if path.endswith(".csv") else f"row {row}"
    if path.endswith((".jsonl", ".ndjson")):
        where = f"record {row} of {path}"
    return f"{message} ({where})"


def run(args: argparse.Namespace) -> int:
    import crosscheck

    fmt = _output_format(args)
    claims = _read_claims(args.claims_file)
    try:
        rec = crosscheck.reconcile(claims, policy=args.policy, threads=args.threads)
    except ValueError as error:
        raise CliError(_in_file(str(error), args.claims_file)) from None
    if args.claims_output:
        suffix = Path(args.claims_output).suffix.lower()
        _emit(rec.claims, _SUFFIX_FORMATS.get(suffix, "csv"), args.claims_output, noun="claim")
    if fmt != "table":
        _emit(rec.clusters, fmt, args.output, noun="cluster")
        return 0
    from crosscheck.display import summary_text

    out = _screen()
    lines = summary_text(rec, top=len(rec.clusters)).splitlines()[:-1]  # not the Python hint
    lines.append(
        "-o clusters.csv writes every cluster; --claims-output claims.csv the claims with "
        "their cluster_id and status."
    )
    out.write("\n".join(lines) + "\n")
    out.flush()
    return 0
