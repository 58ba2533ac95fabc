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
]
TEXT_COLUMNS = ("doc_id", "mention", "kind", "unit", "modifier")

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
    assert "usage: crosscheck" in capsys.readouterr().err


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
    assert "date_from 'sometime' is not a date" in err
