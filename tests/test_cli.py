"""The command line: crosscheck.cli.main in process, and `python -m crosscheck` as users run it."""

from __future__ import annotations

import io
import json
import math
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import crosscheck
import pandas as pd
import pytest
from crosscheck.cli import KINDS, STDIN_ID, main
from crosscheck.datasets import load_idlib

COLUMNS = [
    "doc_id",
    "start",
    "end",
    "mention",
    "kind",
    "value",
    "low",
    "high",
    "approx",
    "unit",
    "modifier",
    "concept",
    "direction",
]
TEXT_COLUMNS = ("doc_id", "mention", "kind", "unit", "modifier", "concept", "direction")

# Non-ASCII, Windows line endings and an open bound: what a real file may hold.
SAMPLE = (
    "Nearly 700,000 people have fled since December \u2014 the UN said on Feb. 3, 2020.\r\n"
    "At least eight Turkish soldiers were killed; dozens of Syrian troops died.\r\n"
    "Turkey hosts 3.6 million refugees, about 12% more than in 2018.\r\n"
)


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run `python -m crosscheck ARGS` in a fresh interpreter, as a user would."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "crosscheck", *args],
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
        check=False,
    )


def normal(frame: pd.DataFrame) -> pd.DataFrame:
    """The mentions with plain types, so that frames read back from files compare equal."""
    out = pd.DataFrame(index=range(len(frame)))
    for column in COLUMNS:
        values = list(frame[column])
        if column in TEXT_COLUMNS:
            out[column] = pd.Series([_text_or_none(v) for v in values], dtype=object)
        elif column in ("start", "end"):
            out[column] = pd.Series([int(v) for v in values], dtype="int64")
        elif column == "approx":
            out[column] = pd.Series([_as_bool(v) for v in values], dtype=bool)
        else:
            out[column] = pd.Series([_float(v) for v in values], dtype="float64")
    return out


def _text_or_none(value: Any) -> str | None:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    return str(value) or None


def _as_bool(value: Any) -> bool:
    if isinstance(value, str):
        return value == "True"
    return bool(value)


def _float(value: Any) -> float:
    return math.nan if value is None or value is pd.NA else float(value)


def read_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype={column: str for column in TEXT_COLUMNS})


def read_jsonl(path: Path) -> pd.DataFrame:
    lines = path.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    for record in records:
        assert list(record) == COLUMNS
    return pd.DataFrame.from_records(records, columns=COLUMNS)


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "sample.txt"
    path.write_bytes(SAMPLE.encode("utf-8"))
    return path


@pytest.fixture
def expected(sample: Path) -> pd.DataFrame:
    return crosscheck.quantities([SAMPLE], ids=[str(sample)])


# ------------------------------------------------------------------------------ demo


def test_demo_prints_every_mention_report_by_report(capsys: pytest.CaptureFixture[str]) -> None:
    docs = load_idlib()
    mentions = crosscheck.quantities(docs["text"].tolist(), ids=docs["id"].tolist())
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert f"Found {len(mentions)} number phrases in 5 reports" in out
    for doc_id, day in zip(docs["id"], docs["published"].dt.strftime("%Y-%m-%d"), strict=True):
        n = int((mentions["doc_id"] == doc_id).sum())
        noun = "number phrase" if n == 1 else "number phrases"
        assert f"== report {doc_id}, published {day}: {n} {noun}\n" in out
    header = re.compile(r"^\s+mention\s+kind\s+value\s+low\s+high\s+unit\s+approx$", re.M)
    assert len(header.findall(out)) == docs["id"].isin(mentions["doc_id"]).sum()
    table_rows = [line for line in out.splitlines() if re.match(r"^  \S", line)]
    assert len(table_rows) - len(header.findall(out)) == len(mentions)


def test_demo_csv_is_the_quantities_of_the_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    docs = load_idlib()
    mentions = crosscheck.quantities(docs["text"].tolist(), ids=docs["id"].tolist())
    assert main(["demo", "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == ",".join(COLUMNS)
    got = pd.read_csv(
        __import__("io").StringIO(out), dtype={column: str for column in TEXT_COLUMNS}
    )
    pd.testing.assert_frame_equal(normal(got), normal(mentions))


def test_demo_kind_filter(tmp_path: Path) -> None:
    out = tmp_path / "counts.jsonl"
    assert main(["demo", "--kind", "cardinal", "-o", str(out)]) == 0
    got = read_jsonl(out)
    assert len(got) > 0
    assert set(got["kind"]) == {"cardinal"}


# ------------------------------------------------------------------------------ quantities


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_output_files_round_trip(
    tmp_path: Path, sample: Path, expected: pd.DataFrame, suffix: str
) -> None:
    out = tmp_path / f"mentions{suffix}"
    assert main(["quantities", str(sample), "-o", str(out)]) == 0
    got = read_csv(out) if suffix == ".csv" else read_jsonl(out)
    assert list(got.columns) == COLUMNS
    assert len(expected) > 0
    pd.testing.assert_frame_equal(normal(got), normal(expected))


def test_csv_and_jsonl_hold_the_same_rows(tmp_path: Path, sample: Path) -> None:
    docs = load_idlib()
    paths = []
    for doc_id, text in zip(docs["id"], docs["text"], strict=True):
        path = tmp_path / f"{doc_id}.txt"
        path.write_bytes(text.encode("utf-8"))
        paths.append(str(path))
    paths.append(str(sample))
    assert main(["quantities", *paths, "-o", str(tmp_path / "all.csv")]) == 0
    assert main(["quantities", *paths, "-o", str(tmp_path / "all.jsonl")]) == 0
    from_csv = normal(read_csv(tmp_path / "all.csv"))
    from_jsonl = normal(read_jsonl(tmp_path / "all.jsonl"))
    pd.testing.assert_frame_equal(from_csv, from_jsonl)
    assert list(dict.fromkeys(from_csv["doc_id"])) == [
        p for p in paths if p in set(from_csv["doc_id"])
    ]


def test_offsets_index_the_file_text(tmp_path: Path, sample: Path) -> None:
    out = tmp_path / "mentions.jsonl"
    assert main(["quantities", str(sample), "-o", str(out)]) == 0
    text = sample.read_bytes().decode("utf-8")
    for row in read_jsonl(out).itertuples(index=False):
        assert text[row.start : row.end] == row.mention


def test_open_upper_bound_survives_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "open.txt"
    path.write_text("At least eight soldiers were killed.", encoding="utf-8")
    out = tmp_path / "open.jsonl"
    assert main(["quantities", str(path), "-o", str(out)]) == 0
    got = read_jsonl(out)
    expected = crosscheck.quantities([path.read_text(encoding="utf-8")], ids=[str(path)])
    assert (got["high"] == math.inf).sum() == (expected["high"] == math.inf).sum()
    pd.testing.assert_frame_equal(normal(got), normal(expected))


def test_format_to_stdout(
    capsys: pytest.CaptureFixture[str], sample: Path, expected: pd.DataFrame
) -> None:
    assert main(["quantities", str(sample), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(expected)
    assert [json.loads(line)["mention"] for line in lines] == expected["mention"].tolist()


def test_table_to_stdout(capsys: pytest.CaptureFixture[str], sample: Path) -> None:
    assert main(["quantities", str(sample)]) == 0
    out = capsys.readouterr().out
    assert f"== {sample}: " in out
    assert "700,000" in out


@pytest.mark.parametrize("kinds", [["cardinal"], ["cardinal,percent"], ["year", "date"]])
def test_kind_filter(
    tmp_path: Path, sample: Path, expected: pd.DataFrame, kinds: list[str]
) -> None:
    out = tmp_path / "mentions.csv"
    args = ["quantities", str(sample), "-o", str(out)]
    for kind in kinds:
        args += ["--kind", kind]
    assert main(args) == 0
    wanted = {k for group in kinds for k in group.split(",")}
    got = read_csv(out)
    assert set(got["kind"]) <= wanted
    keep = expected[expected["kind"].isin(wanted)].reset_index(drop=True)
    pd.testing.assert_frame_equal(normal(got), normal(keep))


# ------------------------------------------------------------------------------ errors


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "no-such-report.txt"
    out = tmp_path / "out.csv"
    assert main(["quantities", str(missing), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "no-such-report.txt" in err
    assert "no such file" in err
    assert "Traceback" not in err
    assert not out.exists()


def test_latin1_file(tmp_path: Path, sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Caf\u00e9 owners said 12 people were hurt.\n".encode("latin-1"))
    out = tmp_path / "out.csv"
    assert main(["quantities", str(sample), str(latin), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "latin1.txt" in err
    assert "not UTF-8" in err
    assert "0xe9" in err
    assert not out.exists()


def test_directory_is_not_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quantities", str(tmp_path)]) == 2
    assert "directory" in capsys.readouterr().err


def test_unknown_output_suffix(
    tmp_path: Path, sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["quantities", str(sample), "-o", str(tmp_path / "out.txt")]) == 2
    assert "out.txt" in capsys.readouterr().err


def test_unwritable_output(
    tmp_path: Path, sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "missing-dir" / "out.csv"
    assert main(["quantities", str(sample), "-o", str(out)]) == 2
    assert "missing-dir" in capsys.readouterr().err


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["quantities"],
        ["quantities", "x.txt", "--kind", "bogus"],
        ["quantities", "x.txt", "--threads", "0"],
        ["frobnicate"],
    ],
)
def test_usage_errors(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(args) == 2
    err = capsys.readouterr().err
    if args:  # one line that points at the help
        assert len(err.splitlines()) == 1
        assert re.match(r"crosscheck( \w+)?: error: .* \(see crosscheck( \w+)? --help\)$", err)
    else:  # no command at all: the help itself
        assert "usage: crosscheck" in err


def test_help_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "demo" in out
    assert "quantities" in out
    assert main(["quantities", "--help"]) == 0
    out = capsys.readouterr().out
    for kind in KINDS:
        assert kind in out
    assert main(["--version"]) == 0
    assert re.fullmatch(r"crosscheck \d+\.\d+\.\d+\S*\n", capsys.readouterr().out)


# ------------------------------------------------------------------------------ as a program


def test_python_m_crosscheck_demo() -> None:
    result = run("demo")
    assert result.returncode == 0, result.stderr
    assert "Found " in result.stdout
    assert "== report 004" in result.stdout
    assert result.stderr == ""


def test_python_m_crosscheck_errors(tmp_path: Path) -> None:
    missing = run("quantities", str(tmp_path / "gone.txt"))
    assert missing.returncode == 2
    assert "gone.txt" in missing.stderr
    assert "Traceback" not in missing.stderr
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"na\xefve count: 12\n")
    bad = run("quantities", str(latin))
    assert bad.returncode == 2
    assert "latin.txt" in bad.stderr
    assert "not UTF-8" in bad.stderr
    assert bad.stdout == ""


def test_python_m_crosscheck_reads_stdin(tmp_path: Path) -> None:
    result = run("quantities", "-", "--format", "jsonl", stdin=SAMPLE)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    expected = crosscheck.quantities([SAMPLE], ids=[STDIN_ID])
    assert len(rows) == len(expected) > 0
    assert {row["doc_id"] for row in rows} == {STDIN_ID}
    got = pd.DataFrame.from_records(rows, columns=COLUMNS)
    pd.testing.assert_frame_equal(normal(got), normal(expected))


def test_python_m_crosscheck_writes_csv(tmp_path: Path, sample: Path) -> None:
    out = tmp_path / "mentions.csv"
    result = run("quantities", str(sample), "-o", str(out))
    assert result.returncode == 0, result.stderr
    expected = crosscheck.quantities([SAMPLE], ids=[str(sample)])
    assert f"wrote {len(expected)} mention" in result.stderr
    pd.testing.assert_frame_equal(normal(read_csv(out)), normal(expected))


def test_console_script() -> None:
    script = shutil.which(
        "crosscheck",
        path=os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]),
    )
    if script is None:
        pytest.skip("the crosscheck console script is not installed")
    result = subprocess.run(
        [script, "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("crosscheck ")


def test_docstring_examples_run() -> None:
    import doctest

    import crosscheck.cli

    result = doctest.testmod(crosscheck.cli, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0


# ---------------------------------------------------------------------------- claims


def test_claims_of_the_bundled_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["claims"]) == 0
    out = capsys.readouterr().out
    assert "== report 002, published 2020-02-10" in out
    assert "Turkish Ministry of Defense" in out


def test_claims_of_a_file_as_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "r.txt"
    report.write_text("Nearly 5,000 people fled on Monday, the UN said.", encoding="utf-8")
    assert main(["claims", str(report), "--published", "2021-03-17", "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 1
    assert rows[0]["doc_id"] == str(report)
    assert (rows[0]["event"], rows[0]["date_from"]) == ("displace", "2021-03-15")


def test_claims_to_csv_and_bad_published(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("Shelling killed 12 soldiers.", encoding="utf-8")
    out = tmp_path / "claims.csv"
    assert main(["claims", str(report), "-o", str(out)]) == 0
    frame = pd.read_csv(out)
    assert frame["what"].tolist() == ["soldier"]
    assert main(["claims", str(report), "--published", "soon"]) == 2


# ------------------------------------------------------------------- extract, reconcile


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_extract_then_reconcile_round_trips(tmp_path: Path, suffix: str) -> None:
    docs = load_idlib()
    folder = tmp_path / "reports"
    folder.mkdir()
    paths = []
    for doc_id, text in zip(docs["id"], docs["text"], strict=True):
        path = folder / f"{doc_id}.txt"
        path.write_bytes(text.encode("utf-8"))
        paths.append(str(path))
    claims_path = tmp_path / f"claims{suffix}"
    # one publication day for all files: compare with the same call in memory
    assert main(["extract", *paths, "--published", "2020-02-10", "-o", str(claims_path)]) == 0
    clusters_path = tmp_path / f"clusters{suffix}"
    assert main(["reconcile", str(claims_path), "-o", str(clusters_path)]) == 0
    texts = [Path(p).read_bytes().decode("utf-8") for p in paths]
    direct = crosscheck.reconcile(
        crosscheck.extract(texts, ids=paths, published=["2020-02-10"] * len(paths))
    ).clusters
    if suffix == ".csv":
        back = pd.read_csv(clusters_path)
    else:
        back = pd.read_json(clusters_path, lines=True, dtype=False)
    assert back["verdict"].tolist() == direct["verdict"].tolist()
    assert back["n_claims"].tolist() == direct["n_claims"].tolist()
    assert back["best"].fillna(-1).tolist() == direct["best"].fillna(-1).tolist()


def test_extract_reads_jsonl_and_reports_bad_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    news = tmp_path / "news.jsonl"
    news.write_text(
        '{"url": "a", "body": "Shelling killed 12 soldiers on Monday.", "day": "2021-03-17"}\n'
        '{"url": "b", "body": 5}\n',
        encoding="utf-8",
    )
    code = main(["extract", str(news), "--text", "body", "--id", "url", "--published-field", "day"])
    assert code == 0
    captured = capsys.readouterr()
    assert "skipped b" in captured.err
    rows = pd.read_csv(io.StringIO(captured.out))
    assert rows["doc_id"].tolist() == ["a"]
    assert rows["date_from"].tolist() == ["2021-03-15"]


def test_reconcile_names_a_bad_table(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    assert main(["reconcile", str(bad)]) == 2
    assert main(["reconcile", str(tmp_path / "missing.csv")]) == 2


def test_reconcile_names_a_bad_date_cell(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    claims = tmp_path / "claims.csv"
    assert main(["claims", "-o", str(claims)]) == 0
    text = claims.read_text(encoding="utf-8").splitlines()
    header = text[0].split(",")
    first = text[1].split(",")
    first[header.index("date_from")] = "sometime"
    claims.write_text("\n".join([text[0], ",".join(first), *text[2:]]), encoding="utf-8")
    capsys.readouterr()
    assert main(["reconcile", str(claims)]) == 2
    err = capsys.readouterr().err
    assert "claims row 0" in err
    assert f"(row 1 of {claims} after its header)" in err  # counted from 1, as people do
    assert "date_from 'sometime' is not a date" in err


# ------------------------------------------------------- second pass: what a new user met


def run_on_terminal(*args: str) -> str:
    """Run `python -m crosscheck ARGS` with standard output on a pseudo-terminal."""
    import pty

    leader, follower = pty.openpty()
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": "200"}
    with subprocess.Popen(
        [sys.executable, "-m", "crosscheck", *args],
        stdin=subprocess.DEVNULL,
        stdout=follower,
        stderr=subprocess.PIPE,
        env=env,
    ) as process:
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        process.wait(timeout=300)
        assert process.stderr is not None
        assert process.returncode == 0, process.stderr.read()
    os.close(leader)
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


def test_extract_prints_a_table_on_a_terminal_and_csv_when_piped(tmp_path: Path) -> None:
    report = tmp_path / "quake.txt"
    report.write_text(
        "The quake killed at least 41 people on Monday,\nofficials said.", encoding="utf-8"
    )
    screen = run_on_terminal("extract", str(report))
    assert f"== {report}: 1 claim" in screen
    assert re.search(r"^  mention\s+counted\s+what\s+event", screen, re.M)
    assert "doc_id,claim_id" not in screen
    piped = run("extract", str(report))
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout.startswith("doc_id,claim_id,")
    asked = run("extract", str(report), "--format", "table")
    assert "== " in asked.stdout and "doc_id,claim_id" not in asked.stdout


def one_line_error(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if "error:" in line]
    assert len(errors) == 1, result.stderr
    for needle in needles:
        assert needle in errors[0], result.stderr


def test_bad_arguments_are_one_line_errors(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("Shelling killed 12 soldiers.", encoding="utf-8")
    news = tmp_path / "news.jsonl"
    news.write_text(
        "".join(
            json.dumps({"text": f"Report {i}: 12 soldiers were killed."}) + "\n" for i in range(200)
        ),
        encoding="utf-8",
    )
    one_line_error(run("claims", str(report), "--published", "1987-13-45"), "1987-13-45")
    one_line_error(run("extract", str(report), "--published", "1987-13-45"), "--published")
    one_line_error(run("extract", str(news), "--published", "1987-13-45"), "1987-13-45")
    unknown_text = run("extract", str(news), "--text", "body")
    one_line_error(unknown_text, "'body'", "--text")
    assert "skipped" not in unknown_text.stderr
    one_line_error(run("extract", str(news), "--published-field", "day"), "'day'")
    one_line_error(run("extract", str(news), "--id", "url"), "'url'")
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    one_line_error(run("extract", str(empty)), "no report")
    blank = tmp_path / "blank.txt"
    blank.write_text("  \n", encoding="utf-8")
    one_line_error(run("claims", str(blank)), "no report")
    latin = tmp_path / "claims.csv"
    latin.write_bytes("doc_id,claim_id,value\nCaf\u00e9,1,2\n".encode("latin-1"))
    one_line_error(run("reconcile", str(latin)), "claims.csv", "not UTF-8", "line 2")
    one_line_error(run("reconcile", str(tmp_path / "none.csv")), "none.csv")


def test_no_library_warning_reaches_the_terminal(tmp_path: Path) -> None:
    # Reuters writes its days like this; pandas warns when it has to guess a format
    news = tmp_path / "reuters.jsonl"
    days = ["Mon Feb 10, 2020 10:15am EST", "2020-02-10", "February 11, 2020", "17/02/2020"]
    news.write_text(
        "".join(
            json.dumps({"body": f"Shelling killed {5 + i} soldiers on Monday.", "date": day}) + "\n"
            for i, day in enumerate(days)
        ),
        encoding="utf-8",
    )
    result = run("extract", str(news), "--text", "body", "--published-field", "date")
    assert result.returncode == 0, result.stderr
    assert "Warning" not in result.stderr and "warn" not in result.stderr.lower()
    rows = pd.read_csv(io.StringIO(result.stdout), dtype=str)
    assert rows["published"].tolist() == ["2020-02-10", "2020-02-10", "2020-02-11", "2020-02-17"]
    claims = tmp_path / "claims.csv"
    claims.write_text(result.stdout, encoding="utf-8")
    again = run("reconcile", str(claims))
    assert again.returncode == 0 and again.stderr == "", again.stderr


def test_one_bad_line_of_json_lines_is_named_and_the_others_read(tmp_path: Path) -> None:
    news = tmp_path / "news.jsonl"
    news.write_text(
        '{"body": "Shelling killed 12 soldiers on Monday."}\n'
        '{"body": "Officials said 30 soldiers died", \n'
        "\n"
        '{"body": "At least 41 people were killed in the quake."}\n',
        encoding="utf-8",
    )
    result = run("extract", str(news), "--text", "body", "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    assert f"{news}, line 2: not JSON" in result.stderr
    assert "column" in result.stderr  # the whole message, not a summary
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["doc_id"] for r in rows] == [f"{news}:1", f"{news}:4"]  # 1-based line numbers
    assert [r["mention"] for r in rows] == ["12", "At least 41"]


def test_claims_reads_json_lines_like_extract(tmp_path: Path) -> None:
    news = tmp_path / "news.jsonl"
    news.write_text(
        json.dumps({"id": "r1", "body": "Shelling killed 12 soldiers.\nOfficials said so."}) + "\n",
        encoding="utf-8",
    )
    result = run("claims", str(news), "--text", "body", "--id", "id", "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["doc_id"], r["mention"], r["what"]) for r in rows] == [("r1", "12", "soldier")]
    assert all("\\n" not in str(value) for r in rows for value in r.values())
    table = run("claims", str(news), "--text", "body", "--id", "id")
    assert "== r1: 1 claim" in table.stdout


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_ids_stay_strings_through_a_claims_file(tmp_path: Path, suffix: str) -> None:
    texts = {
        "000": "Shelling killed 12 soldiers on Monday, the army said.",
        "1": "Officials said 30 soldiers died in the shelling on Monday.",
        "01": "Shelling killed 12 soldiers on Monday, the army said.",
        "7.0": "Officials said 30 soldiers died in the shelling on Monday.",
        "7": "Shelling killed 12 soldiers on Monday, the army said.",
        "9007199254740993": "Officials said 30 soldiers died in the shelling on Monday.",
        "9007199254740992": "Shelling killed 12 soldiers on Monday, the army said.",
    }
    news = tmp_path / "news.jsonl"
    news.write_text(
        "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in texts.items()),
        encoding="utf-8",
    )
    claims = tmp_path / f"claims{suffix}"
    assert (
        main(["claims", str(news), "--id", "id", "--published", "2021-03-17", "-o", str(claims)])
        == 0
    )
    back = tmp_path / f"back{suffix}"
    assert (
        main(
            [
                "reconcile",
                str(claims),
                "--claims-output",
                str(back),
                "-o",
                str(tmp_path / f"clusters{suffix}"),
            ]
        )
        == 0
    )
    if suffix == ".csv":
        rows = pd.read_csv(back, dtype=str)
    else:
        rows = pd.DataFrame([json.loads(line) for line in back.read_text("utf-8").splitlines()])
    assert sorted(set(rows["doc_id"])) == sorted(texts)
    direct = crosscheck.reconcile(
        crosscheck.extract(list(texts.values()), ids=list(texts), published="2021-03-17")
    )
    clusters = (
        pd.read_csv(tmp_path / "clusters.csv")
        if suffix == ".csv"
        else pd.read_json(tmp_path / "clusters.jsonl", lines=True)
    )
    assert clusters["n_docs"].tolist() == direct.clusters["n_docs"].tolist()
    assert clusters["verdict"].tolist() == direct.clusters["verdict"].tolist()


def test_extras_progress_and_help(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import crosscheck.cli.inputs as cli

    tomllib = pytest.importorskip("tomllib")

    root = Path(__file__).resolve().parent.parent
    project = tomllib.loads((root / "pyproject.toml").read_text("utf-8"))["project"]
    extras = project["optional-dependencies"]
    assert any(req.startswith("pyarrow") for req in extras["parquet"])
    assert any(req.startswith("tqdm") for req in extras["progress"])
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "crosscheck extract " in out and "crosscheck reconcile " in out
    assert "crosscheck report " in out
    # the bar goes to a terminal only
    monkeypatch.setattr(cli, "_is_terminal", lambda stream: False)
    assert cli._progress_wanted() is False
    monkeypatch.setattr(cli, "_is_terminal", lambda stream: stream is sys.stderr)
    assert cli._progress_wanted() is (__import__("importlib").util.find_spec("tqdm") is not None)


def test_standard_output_on_a_full_disk_is_a_clean_error(tmp_path: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    for args in (["demo"], ["claims", "--format", "csv"], ["claims"]):
        with open("/dev/full", "w") as full:
            result = subprocess.run(
                [sys.executable, "-m", "crosscheck", *args],
                stdout=full,
                stderr=subprocess.PIPE,
                text=True,
                timeout=300,
                check=False,
            )
        assert result.returncode == 2, result.stderr
        assert result.stderr.strip() == (
            "crosscheck: error: cannot write to standard output: No space left on device"
        )


def test_a_file_gone_during_a_long_run_is_named_and_the_run_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "feed"
    folder.mkdir()
    paths = []
    for i in range(300):
        path = folder / f"{i:05d}.txt"
        path.write_text(f"Shelling killed {i + 2} soldiers on Monday.", encoding="utf-8")
        paths.append(str(path))
    (folder / "00007.txt").unlink()  # removed after the shell listed it
    (folder / "00011.txt").write_bytes(b"caf\xe9 12 soldiers were killed")
    out = tmp_path / "claims.csv"
    result = run("extract", *paths, "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert f"skipped cannot read '{folder / '00007.txt'}': no such file" in result.stderr
    assert "00011.txt" in result.stderr and "not UTF-8" in result.stderr
    rows = pd.read_csv(out, dtype=str)
    assert len(set(rows["doc_id"])) == 298
    assert str(folder / "00007.txt") not in set(rows["doc_id"])


def test_a_folder_is_its_files_and_one_removed_while_reading_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import crosscheck.cli.inputs as cli

    folder = tmp_path / "feed"
    folder.mkdir()
    for i in range(500):
        text = f"Shelling killed {i + 2} soldiers on Monday."
        (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")
    (folder / "notes.md").write_text("not a report", encoding="utf-8")
    gone = folder / "00007.txt"
    read = cli._read_text

    def read_while_another_process_cleans_up(path: str) -> str:
        gone.unlink(missing_ok=True)  # the folder was listed; now a file goes away
        return read(path)

    monkeypatch.setattr(cli, "_read_text", read_while_another_process_cleans_up)
    out = tmp_path / "claims.csv"
    assert main(["extract", str(folder), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert f"skipped cannot read '{gone}': no such file" in err
    rows = pd.read_csv(out, dtype=str)
    assert len(set(rows["doc_id"])) == 499
    assert str(gone) not in set(rows["doc_id"])
    assert not any(doc_id.endswith("notes.md") for doc_id in rows["doc_id"])


def test_report_writes_one_page(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    result = run("report", "-o", str(page))
    assert result.returncode == 0, result.stderr
    assert "wrote" in result.stderr
    text = page.read_text("utf-8")
    assert text.startswith("<!DOCTYPE html>")
    for doc_id in load_idlib()["id"]:
        assert f'data-doc-id="{doc_id}"' in text
    assert text.count("<svg") == 2
    assert "Cluster 4: kill, soldier" in text
    assert "http://" not in text.replace('xmlns="http://www.w3.org/2000/svg"', "").replace(
        'xmlns:xlink="http://www.w3.org/1999/xlink"', ""
    ).replace("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "").replace(
        "http://purl.org/dc/elements/1.1/", ""
    ).replace("http://creativecommons.org/ns#", "").replace("http://purl.org/dc/dcmitype/", "")


def test_parquet_without_pyarrow_says_which_extra(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import importlib.util

    out = tmp_path / "claims.parquet"
    if importlib.util.find_spec("pyarrow") is not None:
        assert main(["claims", "-o", str(out)]) == 0
        assert len(pd.read_parquet(out)) > 0
        return
    assert main(["claims", "-o", str(out)]) == 2
    assert 'pip install "crosscheck[parquet]"' in capsys.readouterr().err
    assert not out.exists()
