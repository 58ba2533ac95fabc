"""The ``crosscheck`` command line.

``crosscheck demo`` shows every number phrase crosscheck finds in the bundled example corpus;
``crosscheck quantities FILE...`` does the same for your own UTF-8 text files, as a table, CSV
or JSON Lines. ``claims`` and ``extract`` read the claims of text files and JSON Lines feeds,
``reconcile`` turns a claims table into clusters, and ``report`` writes the whole account as
one HTML page. ``python -m crosscheck`` is the same program.

The package holds one module per command (``demo``, ``quantities``, ``claims``,
``extract``, ``reconcile``, ``report``), each with its ``add_parser`` and ``run``, what they
share in ``common`` (errors, messages, output) and ``inputs`` (reading reports); this module
is the entry point: the parser, and one place that turns every error into one line.

Every problem is one line on standard error, never a traceback: a bad argument, a file that
cannot be read or written, or standard output that cannot be written (a full disk) exit with
status 2; one report, one line of a feed or one file of many that cannot be read is named and
skipped, and the others go on (status 0); anything else is status 1.
"""

from __future__ import annotations

import argparse
import errno
import sys
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from crosscheck.cli import claims, demo, extract, quantities, reconcile, report
from crosscheck.cli.common import (
    AMOUNT_KINDS,
    KINDS,
    OTHER_KINDS,
    PROG,
    STDIN_ID,
    CliError,
    _say,
    _silence_stdout,
)

__all__ = ["AMOUNT_KINDS", "KINDS", "OTHER_KINDS", "STDIN_ID", "CliError", "main"]

_DESCRIPTION = """\
crosscheck finds the number phrases in news text and turns each into an interval: "nearly
700,000" is a bit below 700,000, "3.6 million" is 3.55 to 3.65 million, "dozens" is 24 to 99,
"at least eight" has no upper bound. Years, dates, clock times, ordinals, identifiers and
phone numbers are recognised too, and kept apart from the counts.
"""


_EPILOG = """\
examples:
  crosscheck claims                        the claims of the bundled news reports
  crosscheck extract a.txt news.jsonl --text body --id url --published-field date \\
      -o claims.csv                        claims of your files (.csv, .jsonl, .parquet)
  crosscheck reconcile claims.csv          clusters, verdicts and estimates, as a table
  crosscheck reconcile claims.csv -o clusters.csv --policy median
  crosscheck report news.jsonl --text body -o report.html
                                           one HTML page: verdicts, reports, plots
  crosscheck demo                          every number phrase in the bundled news reports
  crosscheck quantities *.txt -o out.csv   every number phrase of your files
  echo "nearly 700,000 people" | crosscheck quantities -

Python: crosscheck.extract, crosscheck.reconcile, crosscheck.parse_quantity.
"""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``crosscheck`` command line.

    Parameters
    ----------
    argv : sequence of str, optional
        The arguments after the program name; ``sys.argv[1:]`` when omitted.

    Returns
    -------
    int
        The exit status: 0 on success, 2 for a bad argument or an unreadable or unwritable
        file, 1 for anything else.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> from crosscheck.cli import main
    >>> report = pathlib.Path(tempfile.mkdtemp()) / "report.txt"
    >>> _ = report.write_text("Nearly 700,000 people have fled.", encoding="utf-8")
    >>> main(["quantities", str(report), "--format", "csv"])
    doc_id,start,end,mention,kind,value,low,high,approx,unit,modifier,concept,direction
    ...report.txt,0,14,"Nearly 700,000",cardinal,...,True,count,nearly,,
    0
    >>> main(["quantities", str(report.with_name("missing.txt"))])
    2
    """
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help, --version and usage errors
        return _exit_code(exit_.code)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        with _warnings_as_notes():
            return int(args.run(args))
    except CliError as error:
        _say(f"error: {error}")
        return 2
    except BrokenPipeError:
        # The reader went away (`crosscheck demo | head`): not an error of ours.
        _silence_stdout()
        return 0
    except OSError as error:
        if error.errno == errno.EPIPE:
            _silence_stdout()
            return 0
        # Standard output that cannot take the rows (`> /dev/full`, a full disk): the
        # output files are named by their own messages, so this is standard output.
        _silence_stdout()
        _say(f"error: cannot write to standard output: {error.strerror or error}")
        return 2
    except KeyboardInterrupt:
        return 130


@contextmanager
def _warnings_as_notes() -> Iterator[None]:
    """A warning (from crosscheck or a library) becomes one line, never a source excerpt."""

    def show(message: Warning | str, category: type[Warning], *_: Any, **__: Any) -> None:
        _say(f"warning: {' '.join(str(message).split())}")

    saved = warnings.showwarning
    warnings.showwarning = show
    try:
        yield
    finally:
        warnings.showwarning = saved


class _Parser(argparse.ArgumentParser):
    """argparse, with a usage error said in one line that points at --help."""

    def error(self, message: str) -> Any:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {_version()}")
    parser.set_defaults(command=None)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)

    for command in (demo, quantities, claims, extract, reconcile, report):
        command.add_parser(commands)
    return parser


def _exit_code(code: object) -> int:
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    return 2


def _version() -> str:
    from importlib import metadata

    try:
        return metadata.version("crosscheck")
    except metadata.PackageNotFoundError:
        import crosscheck

        return str(getattr(crosscheck, "__version__", "unknown"))
