"""The bundled example corpus, as crosscheck.datasets loads it."""

from __future__ import annotations

import csv
import doctest
from importlib import resources
from pathlib import Path

import crosscheck
import crosscheck.datasets
import pandas as pd
import pytest
from crosscheck.datasets import load_idlib

SOURCE = Path(__file__).resolve().parents[1] / "python" / "crosscheck" / "data" / "idlib-2020"


@pytest.fixture(scope="module")
def docs() -> pd.DataFrame:
    return load_idlib()


def test_columns_and_types(docs: pd.DataFrame) -> None:
    assert list(docs.columns) == ["id", "text", "published"]
    assert len(docs) == 5
    assert docs["id"].tolist() == ["000", "001", "002", "003", "004"]
    assert all(type(value) is str for value in docs["id"])
    assert all(type(value) is str for value in docs["text"])
    assert str(docs["published"].dtype) == "datetime64[ns]"
    assert list(docs.index) == [0, 1, 2, 3, 4]


def test_publication_days_follow_the_manifest(docs: pd.DataFrame) -> None:
    days = docs["published"].dt.strftime("%Y-%m-%d").tolist()
    assert days == ["2020-02-10", "2020-02-10", "2020-02-10", "2020-02-03", "2020-02-03"]


def test_texts_are_the_files_exactly(docs: pd.DataFrame) -> None:
    packaged = resources.files("crosscheck") / "data" / "idlib-2020"
    with (packaged / "manifest.csv").open("r", encoding="utf-8", newline="") as handle:
        manifest = list(csv.DictReader(handle))
    assert [row["id"] for row in manifest] == docs["id"].tolist()
    for row, text in zip(manifest, docs["text"], strict=True):
        raw = (packaged / row["file"]).read_bytes()
        assert text.encode("utf-8") == raw, row["file"]


@pytest.mark.skipif(not SOURCE.is_dir(), reason="not run from a source checkout")
def test_installed_corpus_matches_the_source_tree(docs: pd.DataFrame) -> None:
    for doc_id, text in zip(docs["id"], docs["text"], strict=True):
        assert (SOURCE / f"{doc_id}.txt").read_bytes() == text.encode("utf-8")


def test_each_call_returns_a_fresh_frame(docs: pd.DataFrame) -> None:
    first = load_idlib()
    first.loc[0, "text"] = "changed"
    pd.testing.assert_frame_equal(load_idlib(), docs)


def test_known_phrases_are_in_the_corpus(docs: pd.DataFrame) -> None:
    corpus = "\n".join(docs["text"])
    for phrase in ("A hundred and one", "nearly 700,000", "3.6 million", "dozens"):
        assert phrase in corpus


def test_docstring_example_runs() -> None:
    result = doctest.testmod(crosscheck.datasets, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0


def test_mention_offsets_index_the_loaded_texts(docs: pd.DataFrame) -> None:
    mentions = crosscheck.quantities(docs["text"].tolist(), ids=docs["id"].tolist())
    assert len(mentions) > 0
    assert set(mentions["doc_id"]) <= set(docs["id"])
    texts = dict(zip(docs["id"], docs["text"], strict=True))
    for row in mentions.itertuples(index=False):
        assert texts[row.doc_id][row.start : row.end] == row.mention
