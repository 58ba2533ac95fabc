"""``crosscheck claims [FILE...]``: the claims of your reports (or the bundled ones), as tables."""

from __future__ import annotations

import argparse
from typing import Any

from crosscheck.cli.common import STDIN_ID, _add_output_options, _emit, _output_format, _screen
from crosscheck.cli.inputs import (
    _add_input_options,
    _bundled,
    _extract,
    _read_inputs,
    _write_claim_tables,
)


def add_parser(commands: Any) -> None:
    """Add the ``claims`` command to the subcommands of the ``crosscheck`` parser."""
    claims = commands.add_parser(
        "claims",
        help="the claims of your files, or of the bundled corpus with no FILE",
        description=(
            "Read the claims of the given UTF-8 text files and JSON Lines feeds (or, with no\n"
            "FILE, of the five bundled reports): each counted figure with what is counted, the\n"
            "event, whose side, who says so, whether the report doubts it, when and where.\n"
            "Printed as a table per report, or written as CSV, JSON Lines or Parquet with the\n"
            "columns of crosscheck.extract."
        ),
        epilog=(
            "examples:\n"
            "  crosscheck claims\n"
            "  crosscheck claims report.txt --published 2020-02-10\n"
            "  crosscheck claims news.jsonl --text body --published-field date\n"
            "  crosscheck claims a.txt b.txt -o claims.csv"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    claims.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="a UTF-8 text file, a .jsonl feed, or a folder of them; - reads standard input "
        f"(doc_id {STDIN_ID})",
    )
    _add_input_options(claims)
    _add_output_options(claims, kinds=False)
    claims.set_defaults(command="claims", run=run)


def run(args: argparse.Namespace) -> int:
    fmt = _output_format(args)
    if args.files:
        docs = _read_inputs(args)
        titles = {doc_id: doc_id for doc_id in docs["id"]}
    else:
        docs, titles = _bundled()
    claims = _extract(docs, args)
    if fmt != "table":
        _emit(claims, fmt, args.output, noun="claim")
        return 0
    out = _screen()
    _write_claim_tables(out, claims, list(docs["id"]), titles)
    out.flush()
    return 0
