"""``crosscheck report [INPUT...] -o report.html``: the whole account as one HTML page."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from crosscheck.cli.common import (
    CliError,
    _plural,
    _positive_int,
    _say,
    _write_stdout_utf8,
)
from crosscheck.cli.inputs import _add_input_options, _bundled, _extract, _read_inputs


def add_parser(commands: Any) -> None:
    """Add the ``report`` command to the subcommands of the ``crosscheck`` parser."""
    report = commands.add_parser(
        "report",
        help="one HTML page: verdicts, every report highlighted, plots, explanations",
        description=(
            "Read the reports (like `extract`; with no INPUT, the five bundled reports),\n"
            "reconcile their claims and write one self-contained HTML page to send: the\n"
            "verdict table, each report with its claims highlighted, the plots as inline SVG\n"
            "and the explanation of every conflict. It loads nothing from the network."
        ),
        epilog=(
            "examples:\n"
            "  crosscheck report -o idlib.html\n"
            "  crosscheck report a.txt b.txt --published 2021-03-17 -o report.html\n"
            "  crosscheck report news.jsonl --text body --published-field date -o report.html"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    report.add_argument(
        "files",
        nargs="*",
        metavar="INPUT",
        help="a .txt file, a .jsonl feed, or a folder of them; - reads stdin",
    )
    _add_input_options(report)
    report.add_argument(
        "--policy",
        choices=("ucdp", "conservative", "median"),
        default="ucdp",
        help="how the best estimate is chosen (default ucdp)",
    )
    report.add_argument("--title", help="the page's title (default: crosscheck report)")
    report.add_argument(
        "-o", "--output", metavar="PATH", help="the HTML file (default: standard output)"
    )
    report.add_argument(
        "--threads", type=_positive_int, metavar="N", help="number of threads (default: all cores)"
    )
    report.set_defaults(command="report", run=run)


def run(args: argparse.Namespace) -> int:
    import crosscheck
    from crosscheck.report import report_html

    if args.files:
        docs = _read_inputs(args)
    else:
        docs, _ = _bundled()
    claims = _extract(docs, args)
    try:
        rec = crosscheck.reconcile(claims, policy=args.policy, threads=args.threads)
    except ValueError as error:
        raise CliError(str(error)) from None
    page = report_html(rec, texts=docs, title=args.title)
    if args.output is None or args.output == "-":
        _write_stdout_utf8(page)
        return 0
    try:
        Path(args.output).write_bytes(page.encode("utf-8"))
    except OSError as error:
        raise CliError(f"cannot write {args.output!r}: {error.strerror or error}") from None
    k = rec.clusters
    conflicts = int((k["verdict"] == "conflict").sum())
    _say(
        f"wrote {args.output}: {_plural(len(docs), 'report')}, {_plural(len(claims), 'claim')}, "
        f"{_plural(len(k), 'cluster')} ({_plural(conflicts, 'conflict')})"
    )
    return 0
