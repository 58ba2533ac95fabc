"""Loaders (`crosscheck.io`), the DataFrame accessor and the progress bar."""

from __future__ import annotations

import json
from pathlib import Path

import crosscheck as cx
import pandas as pd
import pytest
from crosscheck.datasets import load_idlib
from crosscheck.io import InputError, InputWarning, parse_day, read_jsonl, read_texts


def test_read_texts_keeps_bytes_and_names_bad_files(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_bytes(b"Ten were hurt.\r\nFive fled.")
    (tmp_path / "a.txt").write_bytes("\ufeffNearly 700,000 people have fled.".encode())
    docs = read_texts(tmp_path)
    assert docs["id"].tolist() == ["a.txt", "b.txt"]
    assert docs["text"][1] == "Ten were hurt.\r\nFive fled."
    assert docs["text"][0].startswith("Nearly")
    claims = cx.extract(docs["text"], ids=docs["id"])
    assert set(claims.doc_id) == {"a.txt", "b.txt"}
    (tmp_path / "c.txt").write_bytes("caf\xe9 20 people".encode("latin-1"))
    with pytest.raises(InputError, match=r"c\.txt.*not UTF-8"):
        read_texts(tmp_path)
    with pytest.raises(InputError, match="not a folder"):
        read_texts(tmp_path / "missing")


def test_read_jsonl_fields_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(
        '{"url": "u1", "body": "Ten people were hurt on Monday.", "day": "2021-03-17"}\n'
        '{"url": "u2", "body": null}\n\n',
        encoding="utf-8",
    )
    docs = read_jsonl(path, text="body", id="url", published="day")
    assert docs["id"].tolist() == ["u1", "u2"]
    assert docs["text"][1] is None
    claims, errors = cx.extract(
        docs["text"], ids=docs["id"], published=docs["published"], errors="collect"
    )
    assert errors["doc_id"].tolist() == ["u2"]
    assert claims.date_from[0] == pd.Timestamp("2021-03-15")
    path.write_text("not json\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 1"):
        read_jsonl(path)


def test_accessor_matches_the_functions() -> None:
    docs = load_idlib()
    by_accessor = docs.crosscheck.extract(text="text", id="id", published="published")
    direct = cx.extract(docs["text"], ids=docs["id"], published=docs["published"])
    pd.testing.assert_frame_equal(by_accessor, direct)
    rec = by_accessor.crosscheck.reconcile(policy="median")
    assert rec.policy == "median"
    assert len(docs.crosscheck.quantities(id="id")) > 50
    with pytest.raises(KeyError, match="body"):
        docs.crosscheck.extract(text="body")


def test_progress_gives_the_same_claims(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("tqdm")
    import crosscheck.claims as claims_module

    texts = list(load_idlib()["text"]) * 3 + [None]
    old = claims_module.PROGRESS_BATCH
    claims_module.PROGRESS_BATCH = 4
    try:
        with_bar, errors = cx.extract(texts, progress=True, errors="collect")
    finally:
        claims_module.PROGRESS_BATCH = old
    plain, plain_errors = cx.extract(texts, errors="collect")
    pd.testing.assert_frame_equal(with_bar, plain)
    pd.testing.assert_frame_equal(errors, plain_errors)
    assert "extract" in capsys.readouterr().err


def test_read_jsonl_splits_on_newlines_only(tmp_path: Path) -> None:
    # what json.dumps(..., ensure_ascii=False) writes: the separators stay raw in strings
    texts = [
        "Shelling killed 12 soldiers\u2028on Monday.",
        "Officials said\u2029 30 soldiers died.",
        "At least 41\u0085people were killed.",
        "Ten people were hurt.\x1c\x1d\x1e Five fled.\x0b\x0c",
    ]
    path = tmp_path / "news.jsonl"
    path.write_text(
        "".join(json.dumps({"text": t}, ensure_ascii=False) + "\r\n" for t in texts),
        encoding="utf-8",
    )
    docs = read_jsonl(path)
    assert docs["text"].tolist() == texts
    assert docs["id"].tolist() == ["1", "2", "3", "4"]  # 1-based line numbers


def test_read_jsonl_reports_bad_lines_and_reads_the_others(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(
        '{"text": "Ten were hurt."}\n{"text": "Five fled.\n[1, 2]\n{"text": "Nine were killed."}\n',
        encoding="utf-8",
    )
    with pytest.raises(InputError, match=r"line 2: not JSON: Unterminated string"):
        read_jsonl(path, errors="raise")
    with pytest.warns(InputWarning, match=r"skipped 2 of 4 lines \(line 2: not JSON: Unter"):
        docs = read_jsonl(path)  # as pandas' on_bad_lines="warn"
    assert docs["text"].tolist() == ["Ten were hurt.", "Nine were killed."]
    docs, problems = read_jsonl(path, errors="collect")
    assert docs["text"].tolist() == ["Ten were hurt.", "Nine were killed."]
    assert docs["id"].tolist() == ["1", "4"]
    assert problems["line"].tolist() == [2, 3]
    assert problems["error"][1] == "not a JSON object but a JSON list"
    with pytest.raises(InputError, match=r"no line has the field 'body'.*'text'"):
        read_jsonl(path, text="body", errors="collect")
    with pytest.raises(InputError, match=r"no line has the field 'day'"):
        read_jsonl(path, published="day", errors="collect")


def test_read_jsonl_reads_each_day_on_its_own(tmp_path: Path) -> None:
    days = [
        "2021-03-17",
        "March 18, 2021",
        "17/03/2021",
        "2021-03-17T10:00:00Z",
        "2021-03-17T23:30:00-05:00",
        "2021-03-18T01:00:00+09:00",
        1615939200000,
        "Monday",
        None,
        "",
        "1987-13-45",
        "0001-01-01",
    ]
    path = tmp_path / "news.jsonl"
    path.write_text(
        "".join(json.dumps({"text": "Ten were hurt.", "day": d}) + "\n" for d in days),
        encoding="utf-8",
    )
    with pytest.warns(InputWarning, match=r"4 of 12 publication days could not be read"):
        docs = read_jsonl(path, published="day")
    got = [None if pd.isna(d) else str(d) for d in docs["published"]]
    assert got == [
        "2021-03-17 00:00:00",
        "2021-03-18 00:00:00",
        "2021-03-17 00:00:00",
        "2021-03-17 10:00:00",
        "2021-03-17 23:30:00",  # the local day and time: "Monday" is the reporter's
        "2021-03-18 01:00:00",
        None,  # a number is no day unless its unit is given: never 1970
        None,
        None,
        None,
        None,
        None,
    ]
    docs, problems = read_jsonl(path, published="day", published_unit="ms", errors="collect")
    assert str(docs["published"][6]) == "2021-03-17 00:00:00"
    assert problems["line"].tolist() == [8, 11, 12]
    assert "'Monday' is not a day" in problems["error"][0]


def test_parse_day() -> None:
    assert parse_day("  2021-03-17 ") == pd.Timestamp("2021-03-17")
    assert parse_day(pd.Timestamp("2021-03-17 10:00", tz="Asia/Tokyo")) == pd.Timestamp(
        "2021-03-17 10:00"
    )
    assert parse_day(1615939200, unit="s") == pd.Timestamp("2021-03-17")
    assert parse_day(float("nan")) is pd.NaT
    for bad in ("Monday", "March", "1987-13-45", True, 12, [2021]):
        with pytest.raises(ValueError, match=r"not a day|a number"):
            parse_day(bad)
