"""The ``crosscheck`` command line.

``crosscheck demo`` shows every number phrase crosscheck finds in the bundled example corpus;
``crosscheck quantities FILE...`` does the same for your own UTF-8 text files, as a table, CSV
or JSON Lines. ``claims`` and ``extract`` read the claims of text files and JSON Lines feeds,
``reconcile`` turns a claims table into clusters, and ``report`` writes the whole account as
one HTML page. ``python -m crosscheck`` is the same program.

Every problem is one line on standard error, never a traceback: a bad argument, a file that
cannot be read or written, or standard output that cannot be written (a full disk) exit with
status 2; one report, one line of a feed or one file of many that cannot be read is named and
skipped, and the others go on (status 0); anything else is status 1.
"""

from __future__ import annotations

import argparse
import errno
import io
import json
import math
import re
import sys
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["AMOUNT_KINDS", "KINDS", "OTHER_KINDS", "STDIN_ID", "main"]

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


class CliError(Exception):
    """A problem with the user's input, reported as one line and exit status 2."""


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
    doc_id,start,end,mention,kind,value,low,high,approx,unit,modifier
    ...report.txt,0,14,"Nearly 700,000",cardinal,...,True,count,nearly
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


def _say(message: str) -> None:
    """One line on standard error, prefixed with the program's name."""
    with suppress(OSError, ValueError):  # standard error gone too: nothing more to say
        print(f"{PROG}: {message}", file=sys.stderr, flush=True)


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
    demo.set_defaults(command="demo", run=_run_demo)

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
    quantities.set_defaults(command="quantities", run=_run_quantities)

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
    claims.set_defaults(command="claims", run=_run_claims)

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
    extract.set_defaults(command="extract", run=_run_extract)

    reconcile = commands.add_parser(
        "reconcile",
        help="reconcile a claims table (CSV or JSON Lines) into clusters",
        description=(
            "Read a claims table written by `crosscheck extract` (or edited by hand) and\n"
            "reconcile it: print the clusters with their verdicts, or write them with\n"
            "-o clusters.csv|.jsonl|.parquet; --claims-output writes the claims with their\n"
            "cluster_id and status."
        ),
        epilog="example:\n  crosscheck reconcile claims.csv -o clusters.csv --policy median",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    reconcile.add_argument("claims_file", metavar="CLAIMS", help="claims as .csv or .jsonl")
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
    reconcile.set_defaults(command="reconcile", run=_run_reconcile)

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
    report.set_defaults(command="report", run=_run_report)
    return parser


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


def _day_argument(value: str) -> Any:
    from crosscheck.io import parse_day

    try:
        day = parse_day(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    if day is None or day != day:
        raise argparse.ArgumentTypeError("an empty day: give one like 2020-02-10")
    return day


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return number


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


# ---------------------------------------------------------------------------------- commands


def _run_demo(args: argparse.Namespace) -> int:
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


def _run_quantities(args: argparse.Namespace) -> int:
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


def _run_claims(args: argparse.Namespace) -> int:
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


def _run_extract(args: argparse.Namespace) -> int:
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


def _run_report(args: argparse.Namespace) -> int:
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


def _is_terminal(stream: Any) -> bool:
    try:
        return bool(stream is not None and stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


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


_STRING_CELLS = (
    "doc_id",
    "claim_id",
    "mention",
    "unit",
    "counted",
    "what",
    "event",
    "side",
    "source",
    "source_text",
    "place",
    "sentence",
    "kind",
    "source_party",
    "predicate",
    "concept",
    "direction",
    "date_basis",
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
    "counted_start",
    "counted_end",
    "source_start",
    "source_end",
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


def _run_reconcile(args: argparse.Namespace) -> int:
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


def _find(texts: list[str], ids: list[str], args: argparse.Namespace) -> pd.DataFrame:
    import crosscheck

    mentions = crosscheck.quantities(texts, ids=ids, threads=args.threads)
    if args.kind:
        wanted = {kind for group in args.kind for kind in group}
        mentions = mentions[mentions["kind"].isin(wanted)].reset_index(drop=True)
    return mentions


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


# ---------------------------------------------------------------------------------- output


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
