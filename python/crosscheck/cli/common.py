"""What every ``crosscheck`` command shares: its errors, its messages and its output.

A problem is one line on standard error (:func:`_say`); rows go to standard output or a file
in the format asked for (:func:`_emit`); tables are written for a reader (:func:`_screen`).
"""

from __future__ import annotations

import argparse
import io
import json
import math
import sys
from collections.abc import Sequence
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    import pandas as pd

PROG = "crosscheck"

#: Kinds of mention that are amounts: a count, a fraction, money, a measurement, an age.
AMOUNT_KINDS = ("cardinal", "fraction", "percent", "currency", "measure", "age")


#: Kinds of mention that are numbers but never amounts of anything claimed.
OTHER_KINDS = ("ordinal", "year", "date", "time", "identifier", "phone")


#: Every kind of mention, in the order the tables list them.
KINDS = AMOUNT_KINDS + OTHER_KINDS


#: The ``doc_id`` of text read from standard input (``-``).
STDIN_ID = "<stdin>"


_FORMATS = ("table", "csv", "jsonl", "parquet")


_SUFFIX_FORMATS = {
    ".csv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".parquet": "parquet",
}


_MAX_MENTION = 36


class CliError(Exception):
    """A problem with the user's input, reported as one line and exit status 2."""


def _say(message: str) -> None:
    """One line on standard error, prefixed with the program's name."""
    with suppress(OSError, ValueError):  # standard error gone too: nothing more to say
        print(f"{PROG}: {message}", file=sys.stderr, flush=True)


def _add_output_options(parser: argparse.ArgumentParser, kinds: bool = True) -> None:
    parser.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="write the rows to PATH instead of printing a table; "
        "the format follows the suffix: .csv, .jsonl or .parquet",
    )
    parser.add_argument(
        "--format",
        choices=_FORMATS,
        help="table (readable, the default on screen), csv or jsonl (JSON Lines; an open "
        "upper bound is written Infinity, a missing number null)",
    )
    if kinds:
        parser.add_argument(
            "--kind",
            action="append",
            type=_kinds,
            metavar="KIND",
            help="keep only mentions of this kind; repeat it or separate kinds with commas. "
            f"Kinds: {', '.join(KINDS)}",
        )
    parser.add_argument(
        "--threads",
        type=_positive_int,
        metavar="N",
        help="number of threads (default: all cores)",
    )


def _kinds(value: str) -> list[str]:
    kinds = [kind.strip().lower() for kind in value.split(",") if kind.strip()]
    unknown = [kind for kind in kinds if kind not in KINDS]
    if unknown or not kinds:
        named = ", ".join(map(repr, unknown or [value]))
        raise argparse.ArgumentTypeError(f"unknown kind {named}; choose from {', '.join(KINDS)}")
    return kinds


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return number


def _read_text(path: str) -> str:
    if path == "-":
        data = sys.stdin.buffer.read() if sys.stdin is not None else b""
        name = "standard input"
    else:
        name = repr(path)
        try:
            data = Path(path).read_bytes()
        except FileNotFoundError:
            raise CliError(f"cannot read {name}: no such file") from None
        except IsADirectoryError:
            raise CliError(f"cannot read {name}: it is a directory, not a text file") from None
        except OSError as error:
            raise CliError(f"cannot read {name}: {error.strerror or error}") from None
    try:
        # Decoded exactly (no newline translation), so offsets index the file's own text.
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise CliError(
            f"{name} is not UTF-8 text: byte 0x{data[error.start]:02x} at offset "
            f"{error.start} (line {line}) cannot be decoded. Convert the file to UTF-8 "
            "first, e.g. iconv -f latin1 -t utf-8 FILE > FILE.utf8"
        ) from None


def _output_format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    if args.output is None:
        return "table"
    suffix = Path(args.output).suffix.lower()
    if suffix not in _SUFFIX_FORMATS:
        raise CliError(
            f"cannot tell the format of {args.output!r} from its suffix: "
            "use .csv, .jsonl or .parquet, or say --format csv|jsonl|parquet"
        )
    return _SUFFIX_FORMATS[suffix]


def _emit(mentions: pd.DataFrame, fmt: str, output: str | None, noun: str = "mention") -> None:
    if fmt == "parquet":
        if output is None or output == "-":
            raise CliError("parquet is written to a file: say -o PATH.parquet")
        try:
            mentions.to_parquet(output, index=False)
        except ImportError:
            raise CliError(
                'parquet needs pyarrow: pip install "crosscheck[parquet]" (or pyarrow)'
            ) from None
        except OSError as error:
            raise CliError(f"cannot write {output!r}: {error.strerror or error}") from None
        _say(f"wrote {_plural(len(mentions), noun)} to {output}")
        return
    if fmt == "csv":
        data = mentions.to_csv(index=False, lineterminator="\n")
    elif fmt == "jsonl":
        data = "".join(_json_line(record) for record in mentions.to_dict(orient="records"))
    else:
        buffer = io.StringIO()
        _write_tables(buffer, mentions, list(dict.fromkeys(mentions["doc_id"])), {})
        data = buffer.getvalue()
    if output is None or output == "-":
        _write_stdout_utf8(data)
        return
    try:
        Path(output).write_bytes(data.encode("utf-8"))
    except OSError as error:
        raise CliError(f"cannot write {output!r}: {error.strerror or error}") from None
    _say(f"wrote {_plural(len(mentions), noun)} to {output}")


def _write_tables(
    out: TextIO, mentions: pd.DataFrame, ids: Sequence[str], titles: dict[str, str]
) -> None:
    header = ("mention", "kind", "value", "low", "high", "unit", "approx")
    right = {2, 3, 4}
    by_doc = {doc_id: group for doc_id, group in mentions.groupby("doc_id", sort=False)}
    for doc_id in ids:
        group = by_doc.get(doc_id)
        n = 0 if group is None else len(group)
        title = titles.get(doc_id, str(doc_id))
        out.write(f"\n== {title}: {_plural(n, 'number phrase')}\n")
        if group is None or n == 0:
            continue
        rows = [
            (
                _shorten(str(row.mention)),
                str(row.kind),
                _number(row.value),
                _number(row.low),
                _number(row.high),
                _text(row.unit),
                "yes" if _is_true(row.approx) else "",
            )
            for row in group.itertuples(index=False)
        ]
        widths = [max(len(cells[i]) for cells in [header, *rows]) for i in range(len(header))]
        for cells in [header, *rows]:
            line = "  ".join(
                cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
                for i, cell in enumerate(cells)
            )
            out.write(f"  {line.rstrip()}\n")


def _json_line(record: dict[Any, Any]) -> str:
    clean = {str(key): _json_value(value) for key, value in record.items()}
    return json.dumps(clean, ensure_ascii=False) + "\n"


def _json_value(value: Any) -> Any:
    if value is None:
        return None
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    try:
        import pandas as pd

        if value is pd.NA or value is pd.NaT:
            return None
        if isinstance(value, pd.Timestamp):
            return value.strftime("%Y-%m-%d")
    except ImportError:  # pragma: no cover - pandas is a dependency
        pass
    return value


def _write_stdout_utf8(data: str) -> None:
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(data)
        sys.stdout.flush()
        return
    sys.stdout.flush()
    buffer.write(data.encode("utf-8"))
    buffer.flush()


def _screen() -> TextIO:
    """Standard output, set to replace (not crash on) characters the terminal cannot show."""
    stream = sys.stdout
    if isinstance(stream, io.TextIOWrapper) and (stream.encoding or "").lower() not in (
        "utf-8",
        "utf8",
    ):
        stream.reconfigure(errors="backslashreplace")
    return stream


def _silence_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


def _is_terminal(stream: Any) -> bool:
    try:
        return bool(stream is not None and stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _shorten(text: str) -> str:
    text = " ".join(text.split())  # a mention may span a line break
    if len(text) <= _MAX_MENTION:
        return text
    return text[: _MAX_MENTION - 3] + "..."


def _number(value: Any) -> str:
    if value is None:
        return ""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    if math.isnan(number):
        return ""
    if math.isinf(number):
        return "inf" if number > 0 else "-inf"
    if abs(number) >= 1e15:
        return f"{number:.4g}"
    if number == int(number):
        return f"{int(number):,}"
    return f"{number:,.4f}".rstrip("0").rstrip(".")


def _text(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def _is_true(value: Any) -> bool:
    try:
        return bool(value)
    except (TypeError, ValueError):  # pd.NA
        return False
