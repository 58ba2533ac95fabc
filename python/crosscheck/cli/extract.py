"""``crosscheck extract INPUT...``: claims as rows, a table on a terminal, CSV when piped."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from crosscheck.cli.common import (
    _add_output_options,
    _emit,
    _is_terminal,
    _output_format,
    _screen,
)
from crosscheck.cli.inputs import _add_input_options, _extract, _read_inputs, _write_claim_tables


def add_parser(commands: Any) -> None:
    """Add the ``extract`` command to the subcommands of the ``crosscheck`` parser."""
    extract = commands.add_parser(
        "extract",
        help="the claims of text files or JSON Lines, as a table or a file",
        description=(
            "The claims of every input, like `claims`: a .txt file is one report, a .jsonl\n"
            "file holds one report a line (fields --text, --id, --published-field). Printed as\n"
            "a table on a terminal, CSV when piped; -o claims.csv, .jsonl or .parquet writes a\n"
            "file (the columns of crosscheck.extract). A report, a line or a file that cannot\n"
            "be read is named on standard error and the others go on."
        ),
        epilog=(
            "examples:\n"
            "  crosscheck extract a.txt b.txt -o claims.csv\n"
            "  crosscheck extract news.jsonl --text body --id url --published-field date \\\n"
            "      -o claims.parquet\n"
            "  crosscheck extract news.jsonl --text body | head"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    extract.add_argument(
        "files",
        nargs="+",
        metavar="INPUT",
        help="a .txt file, a .jsonl feed, or a folder of them; - reads stdin",
    )
    _add_input_options(extract)
    _add_output_options(extract, kinds=False)
    extract.set_defaults(command="extract", run=run)


def run(args: argparse.Namespace) -> int:
    fmt = _output_format(args)
    if fmt == "table" and args.format is None and not _is_terminal(sys.stdout):
        fmt = "csv"  # piped or redirected: rows for the next program
    docs = _read_inputs(args)
    claims = _extract(docs, args)
    if fmt != "table":
        _emit(claims, fmt, args.output, noun="claim")
        return 0
    out = _screen()
    _write_claim_tables(out, claims, list(docs["id"]), {i: i for i in docs["id"]})
    out.flush()
    return 0
