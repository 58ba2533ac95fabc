"""`crosscheck.extract`: the claims table, its contract and its errors."""

from __future__ import annotations

import datetime as dt

import crosscheck as cx
import pandas as pd
import pytest
from crosscheck.claims import CLAIM_COLUMNS
from crosscheck.datasets import load_idlib

TEXT = "Shelling killed 12 Dutch soldiers on Tuesday and wounded 30 others, the ministry said."


def test_columns_are_the_contract_in_order() -> None:
    df = cx.extract([TEXT], published=["2021-03-17"])
    assert tuple(df.columns[: len(CLAIM_COLUMNS)]) == CLAIM_COLUMNS
    assert df.dtypes["start"] == "int64"
    assert df.dtypes["value"] == "float64"
    assert df.dtypes["approx"] == "bool"
    assert df.dtypes["hedged"] == "bool"
    assert str(df.dtypes["date_from"]) == "datetime64[ns]"


def test_empty_input_has_the_same_columns_and_dtypes() -> None:
    full = cx.extract([TEXT])
    empty = cx.extract([])
    assert list(empty.columns) == list(full.columns)
    assert (empty.dtypes == full.dtypes).all()
    assert len(cx.extract(["No number here."])) == 0


def test_a_claim_carries_its_frame() -> None:
    df = cx.extract([TEXT], ids=["a"], published=["2021-03-17"])
    first = df.iloc[0]
    assert (first.doc_id, first.claim_id, first.mention) == ("a", "a:0", "12")
    assert (first.what, first.event, first.side) == ("soldier", "kill", "Netherlands")
    assert first.date_from == pd.Timestamp("2021-03-16")
    second = df.iloc[1]
    assert (second.counted, second.what, second.event) == ("others", "soldier", "injure")


def test_offsets_slice_the_original_text_on_the_seed_corpus() -> None:
    corpus = load_idlib()
    df = cx.extract(corpus.text, ids=corpus.id, published=corpus.published)
    texts = dict(zip(corpus.id, corpus.text, strict=True))
    assert len(df) > 40
    assert df.claim_id.is_unique
    for row in df.itertuples():
        text = texts[row.doc_id]
        assert text[row.start : row.end] == row.mention
        assert text[row.sentence_start : row.sentence_end] == row.sentence
        if row.counted is not None:
            assert text[row.counted_start : row.counted_end] == row.counted
        if row.source_text is not None:
            assert text[row.source_start : row.source_end] == row.source_text


def test_never_years_times_or_roads() -> None:
    corpus = load_idlib()
    df = cx.extract(corpus.text, published=corpus.published)
    assert not df.mention.isin(["2018", "2016", "2019", "10:27", "1:13", "M5"]).any()
    assert set(df.event) <= {
        "kill", "injure", "displace", "host", "deploy", "destroy", "attack", "capture",
        "surround", "arrest", "population", "measure", "other",
    }  # fmt: skip


def test_identical_for_one_and_many_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = load_idlib()
    texts = list(corpus.text) * 20
    one = cx.extract(texts, threads=1)
    two = cx.extract(texts, threads=2)
    pd.testing.assert_frame_equal(one, two)
    monkeypatch.setenv("CROSSCHECK_THREADS", "1")
    pd.testing.assert_frame_equal(cx.extract(texts), one)


@pytest.mark.parametrize(
    "published",
    [
        "2021-03-17",
        dt.date(2021, 3, 17),
        pd.Timestamp("2021-03-17 08:00"),
        ["2021-03-17"],
        pd.Series(pd.to_datetime(["2021-03-17"])),
    ],
)
def test_published_in_every_form(published: object) -> None:
    df = cx.extract([TEXT], published=published)
    assert df.date_from[0] == pd.Timestamp("2021-03-16")


def test_without_published_the_leading_date_line_is_used() -> None:
    df = cx.extract([" date 2021-03-17 " + TEXT])
    assert df.date_from[0] == pd.Timestamp("2021-03-16")
    assert pd.isna(cx.extract([TEXT]).date_from[0])


def test_bad_published_is_a_value_error_naming_it() -> None:
    with pytest.raises(ValueError, match=r"published\[0\]"):
        cx.extract([TEXT], published=["yesterday"])
    with pytest.raises(ValueError, match="published has 2 entries"):
        cx.extract([TEXT], published=["2021-03-17", "2021-03-18"])


def test_non_string_documents_raise_with_position_and_id() -> None:
    with pytest.raises(TypeError, match=r"texts\[1\] \(id 'b'\)"):
        cx.extract([TEXT, None], ids=["a", "b"])
    with pytest.raises(TypeError, match="single str"):
        cx.extract(TEXT)
    with pytest.raises(TypeError, match="sequence of str, not NoneType"):
        cx.extract(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="sequence of str, not int"):
        cx.extract(5)  # type: ignore[arg-type]


def test_collect_turns_bad_documents_into_error_rows() -> None:
    texts = pd.Series([TEXT, None, float("nan"), 7, TEXT])
    claims, errors = cx.extract(texts, errors="collect")
    assert list(errors.columns) == ["doc_id", "position", "error"]
    assert errors.position.tolist() == [1, 2, 3]
    assert errors.error[2] == "expected str, got int"
    assert sorted(set(claims.doc_id)) == ["0", "4"]


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="errors must be"):
        cx.extract([TEXT], errors="ignore")  # type: ignore[call-overload]
    with pytest.raises(ValueError, match="unique"):
        cx.extract([TEXT, TEXT], ids=["x", "x"])
    with pytest.raises(ValueError, match="threads"):
        cx.extract([TEXT], threads=0)


def test_lexicon_extensions_reach_the_frame() -> None:
    text = "Gunmen zapped 14 gizmos near Springfield, the Bureau of Gizmos said."
    plain = cx.extract([text])
    assert plain.event[0] != "destroy"
    lexicon = cx.Lexicon(
        """
        [events.destroy]
        verbs = ["zapped"]
        [counted.gizmo]
        family = "equipment"
        nouns = ["gizmo", "gizmos"]
        [[place]]
        name = "Springfield"
        country = "United States"
        kind = "town"
        [[source]]
        name = "Gizmo Bureau"
        party = "United States"
        aliases = ["Bureau of Gizmos"]
        """
    )
    df = cx.extract([text], lexicon=lexicon)
    row = df.iloc[0]
    assert (row.what, row.event, row.place) == ("gizmo", "destroy", "Springfield")
    assert (row.source, row.source_party) == ("Gizmo Bureau", "United States")


def test_a_lexicon_adds_a_month_abbreviation_that_dates_claims() -> None:
    text = "Shelling killed 12 soldiers on Sepbr. 3, the ministry said."
    sept_3 = pd.Timestamp("2020-09-03")
    plain = cx.extract([text], published=["2020-09-10"])
    assert plain.date_from[0] != sept_3
    assert plain.sentence[0] == "Shelling killed 12 soldiers on Sepbr."
    lexicon = cx.Lexicon("[[calendar.month]]\nnumber = 9\nabbreviations = ['Sepbr']")
    df = cx.extract([text], published=["2020-09-10"], lexicon=lexicon)
    assert df.mention.tolist() == ["12"]
    assert (df.date_from[0], df.date_to[0]) == (sept_3, sept_3)
    assert df.sentence[0] == text
    with pytest.raises(cx.LexiconError, match="month number 13"):
        cx.Lexicon("[[calendar.month]]\nnumber = 13\nnames = ['Smarch']")


def test_a_lexicon_extends_a_closed_word_list_of_the_claim_reader() -> None:
    text = "Fighters killed 30 people in the hamlet of Bora."
    assert cx.extract([text]).place.isna().all()
    lexicon = cx.Lexicon("[claim]\nplace_nouns = ['Hamlet']")
    df = cx.extract([text], lexicon=lexicon)
    assert df.mention.tolist() == ["30"]
    assert df.place[0] == "Bora"
    with pytest.raises(cx.LexiconError, match="place_nounz"):
        cx.Lexicon("[claim]\nplace_nounz = ['hamlet']")


def test_bad_lexicon_is_a_lexicon_error() -> None:
    with pytest.raises(cx.LexiconError, match="Explode!"):
        cx.Lexicon("[events.'Explode!']\nverbs = ['boom']")
    with pytest.raises(cx.LexiconError):
        cx.Lexicon("[events.explode]\nverbs = 'boom'")


def test_a_lexicon_adds_an_event_class_of_its_own() -> None:
    lexicon = cx.Lexicon("[events.protest]\nverbs = ['picketed']")
    df = cx.extract(["Some 300 workers picketed the plant."], lexicon=lexicon)
    assert df[["mention", "event"]].values.tolist() == [["Some 300", "protest"]]
    rec = cx.reconcile(df)
    assert rec.clusters["event"].tolist() == ["protest"]


def test_figures_beyond_counts_carry_concept_and_direction() -> None:
    """Money, percentages, measures and ages are claims, each with what it measures."""
    df = cx.extract(
        [
            "Unemployment rose to 4.2% in March. The bank reported a second-quarter profit of "
            "42 cents a share. A 28-year-old man was arrested after the firm cut 2,000 jobs."
        ]
    )
    got = {
        m: (w, c, d)
        for m, w, c, d in zip(
            df["mention"], df["what"], df["concept"], df["direction"], strict=True
        )
    }
    assert got["4.2%"] == ("percent", "Unemployment", "up")
    assert got["42 cents a share"][1:] == ("second-quarter profit", None)
    assert got["28-year-old"] == ("age", "man", None)
    assert got["2,000"][1:] == ("firm", "down")
    assert list(df.columns).index("concept") > list(df.columns).index("sentence")
