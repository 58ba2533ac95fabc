"""The quantity grammar from Python: the shared cases, offsets, bad input, the batch API."""

from __future__ import annotations

import math
import sys
import threading
from pathlib import Path

import crosscheck as cx
import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CASES = tomllib.loads((Path(__file__).parent / "data/grammar/cases.toml").read_text("utf-8"))[
    "case"
]


def _num(v: object) -> float:
    if v == "inf":
        return math.inf
    assert isinstance(v, int | float)
    return float(v)


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_grammar_case(case: dict) -> None:
    text = case["text"]
    found = cx.find_quantities(text)
    assert [(m.text, m.kind) for m in found] == [(e["text"], e["kind"]) for e in case["mentions"]]
    for m, e in zip(found, case["mentions"], strict=True):
        assert text[m.start : m.end] == m.text
        q = m.quantity
        if q is None:
            continue
        for field in ("low", "high", "value"):
            if field in e:
                assert getattr(q, field) == pytest.approx(_num(e[field]), rel=1e-9), field
        for field in ("unit", "modifier", "approx"):
            if field in e:
                assert getattr(q, field) == e[field], field


def test_design_table() -> None:
    """The rows of the quantity table in DESIGN.md."""
    q = cx.parse_quantity("3.6 million")
    assert (q.low, q.value, q.high, q.approx) == (3_550_000, 3_600_000, 3_650_000, False)
    q = cx.parse_quantity("nearly 700,000")
    assert q.high < 700_000 and 660_000 <= q.value <= 690_000 and q.approx
    q = cx.parse_quantity("more than half a million")
    assert q.low > 500_000 and math.isfinite(q.high) and q.approx
    q = cx.parse_quantity("at least eight")
    assert (q.low, q.high, q.value, q.approx) == (8, math.inf, 8, False)
    for phrase in ("3-4 million", "between 3 and 4 million"):
        q = cx.parse_quantity(phrase)
        assert (q.low, q.high, q.value) == (3_000_000, 4_000_000, 3_500_000)
    for phrase in ("101", "A hundred and one"):
        assert cx.parse_quantity(phrase).value == 101
    assert cx.parse_quantity("a dozen").value == 12
    q = cx.parse_quantity("dozens")
    assert (q.low, q.high, q.approx) == (24, 99, True)
    assert cx.parse_quantity("3,600,000").low == cx.parse_quantity("3,600,000").high


def test_written_precision_decides_agreement() -> None:
    a, b, c = (cx.parse_quantity(p) for p in ("3.6 million", "3.7 million", "roughly 4 million"))
    # 3.6 and 3.7 million as written disagree: precision intervals are half-open, so that two
    # figures that only touch at a rounding boundary do not overlap
    assert a.high <= b.low
    assert b.high < c.low
    phrases = ("689,000", "nearly 700,000", "more than half a million")
    d, e, f = (cx.parse_quantity(p) for p in phrases)
    assert max(d.low, e.low, f.low) <= min(d.high, e.high, f.high)  # all three agree


def test_not_counts() -> None:
    text = (
        "In 2018, late 2012, on Feb. 3 and February 2 at 1:13 a.m. and 10:27 p.m. on 2020-02-10, "
        "the F-16 on the M5 with COVID-19 for the second time, a 25-year-old, call 555-123-4567."
    )
    kinds = {m.text: m.kind for m in cx.find_quantities(text)}
    assert kinds == {
        "2018": "year",
        "2012": "year",
        "Feb. 3": "date",
        "February 2": "date",
        "1:13 a.m.": "time",
        "10:27 p.m.": "time",
        "2020-02-10": "date",
        "F-16": "identifier",
        "M5": "identifier",
        "COVID-19": "identifier",
        "second": "ordinal",
        "25-year-old": "age",
        "555-123-4567": "phone",
    }
    assert not [m for m in cx.find_quantities(text) if m.is_count]


def test_offsets_are_code_points() -> None:
    text = (
        "\u2018\u2018115 regime targets,\u2019\u2019 \u2014 Turkey\u2019s ministry said "
        "\U0001f600 five died."
    )
    for m in cx.find_quantities(text):
        assert text[m.start : m.end] == m.text
    df = cx.quantities([text, "ASCII 12 only"])
    for row in df.itertuples():
        src = text if row.doc_id == "0" else "ASCII 12 only"
        assert src[row.start : row.end] == row.mention


@pytest.mark.parametrize("bad", [None, b"5 soldiers", 5, 3.2, ["5"]])
def test_non_strings_raise_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="must be a str"):
        cx.parse_quantity(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="must be a str"):
        cx.find_quantities(bad)  # type: ignore[arg-type]


def test_empty_and_number_free() -> None:
    assert cx.parse_quantity("") is None
    assert cx.parse_quantity("no number at all") is None
    assert cx.find_quantities("") == []
    assert cx.find_quantities("Nothing to count here.") == []


def test_lone_surrogate_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="text is not valid Unicode"):
        cx.find_quantities("5 soldiers \ud800")


def test_hostile_inputs_finish() -> None:
    assert cx.find_quantities("9" * 400)[0].kind == "identifier"
    assert cx.find_quantities("1e999")[0].kind == "identifier"
    # inputs a quadratic scan would never finish; their speed is the benchmarks' to measure
    for text in ("1,234" * 2_000_000, ",7" * 5_000_000, "one " * 100_000, "(" * 100_000):
        assert isinstance(cx.find_quantities(text), list)


def test_batch_matches_single_and_threads_agree() -> None:
    texts = [f"Some {i},000 people fled on Feb. {i % 28 + 1}; {i} died." for i in range(300)]
    one = cx.quantities(texts, threads=1)
    many = cx.quantities(texts, threads=4)
    assert one.equals(many)
    singles = [m.text for t in texts for m in cx.find_quantities(t)]
    assert one["mention"].tolist() == singles
    assert list(one.columns) == [
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


def test_batch_names_the_bad_document() -> None:
    with pytest.raises(TypeError, match=r"texts\[1\]"):
        cx.quantities(["5 soldiers", None])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="ids"):
        cx.quantities(["a", "b"], ids=["x"])
    with pytest.raises(ValueError, match="threads"):
        cx.quantities(["a"], threads=0)


def test_empty_batch_has_the_columns() -> None:
    df = cx.quantities([])
    assert df.empty and "mention" in df.columns


def test_threads_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CROSSCHECK_THREADS", "nope")
    with pytest.raises(ValueError, match="CROSSCHECK_THREADS"):
        cx.quantities(["5"])
    monkeypatch.setenv("CROSSCHECK_THREADS", "2")
    assert len(cx.quantities(["5 and 6"])) == 2


def test_concurrent_calls_from_python_threads() -> None:
    texts = ["nearly 700,000 people fled and 101 troops were killed"] * 200
    expected = cx.quantities(texts)
    results: list[object] = []

    def work() -> None:
        results.append(cx.quantities(texts).equals(expected))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [True] * 4


def test_lexicon_extension() -> None:
    assert [m.kind for m in cx.find_quantities("5 furlongs")] == ["cardinal"]
    lex = cx.Lexicon().extend(
        '[[unit]]\ncode = "furlong"\ndimension = "length"\nnames = ["furlong", "furlongs"]\n'
    )
    assert "furlong" in lex.units
    q = cx.parse_quantity("5 furlongs", lexicon=lex)
    assert q is not None and q.unit == "furlong"
    [m] = cx.find_quantities("ran 5 furlongs", lexicon=lex)
    assert m.kind == "measure"
    df = cx.quantities(["ran 5 furlongs"], lexicon=lex)
    assert df["unit"].tolist() == ["furlong"]
    with pytest.raises(cx.LexiconError):
        cx.Lexicon().extend("[[unit]]\ncode = 5")
    with pytest.raises(cx.LexiconError):
        cx.Lexicon("not toml [")


def test_quantity_objects() -> None:
    q = cx.parse_quantity("about 3.7 million")
    assert q == cx.parse_quantity("about 3.7 million")
    assert q.to_dict()["modifier"] == "about"
    assert "Quantity(low=" in repr(q)
    [m] = cx.find_quantities("nearly 700,000")
    assert "Mention(" in repr(m) and m.is_count


def test_every_mention_says_what_it_measures_and_which_way() -> None:
    df = cx.quantities(
        [
            "Shares of the carmaker fell 5% in 2019. The 450-megawatt plant opened.",
            "About 9 percent of the national budget goes to defence.",
        ]
    )
    rows = {
        m: (c, d) for m, c, d in zip(df["mention"], df["concept"], df["direction"], strict=True)
    }
    assert rows["5%"] == ("shares of the carmaker".capitalize(), "down")
    assert rows["450-megawatt"] == ("plant", None)
    assert rows["About 9 percent"] == ("national budget", None)
    assert rows["2019"] == (None, None)  # a year measures nothing
