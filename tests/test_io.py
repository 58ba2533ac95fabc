"""Loaders (`crosscheck.io`), the DataFrame accessor and the progress bar."""

from __future__ import annotations

from pathlib import Path

import crosscheck as cx
import pandas as pd
import pytest
from crosscheck.datasets import load_idlib
from crosscheck.io import InputError, read_jsonl, read_texts


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
