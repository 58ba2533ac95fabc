"""``crosscheck demo``: every number phrase of the five bundled reports, report by report."""

from __future__ import annotations

import argparse
from typing import Any

from crosscheck.cli.common import _add_output_options, _emit, _output_format, _screen, _write_tables
from crosscheck.cli.quantities import _HOW_TO_READ, _find, _write_summary


def add_parser(commands: Any) -> None:
    """Add the ``demo`` command to the subcommands of the ``crosscheck`` parser."""
    demo = commands.add_parser(
        "demo",
        help="every number phrase in the bundled example corpus (five news reports)",
        description=(
            "Find every number phrase in idlib-2020, the five news reports that ship with\n"
            "crosscheck (the Turkish-Syrian clashes in Idlib, February 2020), and print them\n"
            "report by report, with a summary by kind first."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_output_options(demo)
    demo.set_defaults(command="demo", run=run)


def run(args: argparse.Namespace) -> int:
    from crosscheck.datasets import load_idlib

    docs = load_idlib()
    ids = docs["id"].tolist()
    mentions = _find(docs["text"].tolist(), ids, args)
    fmt = _output_format(args)
    if fmt != "table":
        _emit(mentions, fmt, args.output)
        return 0
    published = dict(zip(ids, docs["published"].dt.strftime("%Y-%m-%d"), strict=True))
    days = sorted(set(published.values()))
    out = _screen()
    out.write(
        "crosscheck demo: every number phrase in the bundled example corpus\n"
        f"idlib-2020: {len(docs)} news reports published {' and '.join(days)} on the clashes\n"
        "between Turkish and Syrian forces in Idlib province, Syria.\n\n"
    )
    _write_summary(out, mentions, len(docs), "reports")
    out.write(_HOW_TO_READ)
    titles = {doc_id: f"report {doc_id}, published {published[doc_id]}" for doc_id in ids}
    _write_tables(out, mentions, ids, titles)
    out.write(
        "\nYour own text: crosscheck quantities FILE... (add -o mentions.csv for a file).\n"
        'In Python: crosscheck.parse_quantity("nearly 700,000"), crosscheck.quantities(texts).\n'
    )
    out.flush()
    return 0
