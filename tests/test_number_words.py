"""Number words are lexicon data: a user lexicon adds one and the grammar reads it."""

from __future__ import annotations

import crosscheck as cx
import pytest


def test_a_number_word_from_a_user_lexicon_is_read() -> None:
    assert cx.parse_quantity("fourscore") is None
    lexicon = cx.Lexicon("[numbers.tens]\nfourscore = 80\n")
    q = cx.parse_quantity("fourscore", lexicon=lexicon)
    assert q is not None
    assert (q.low, q.value, q.high) == (80.0, 80.0, 80.0)
    q = cx.parse_quantity("about fourscore", lexicon=lexicon)
    assert q is not None and q.approx and q.modifier == "about"


def test_a_second_language_word_is_found_deep_in_a_long_text() -> None:
    # the prefilter chooses windows of a long text by the built-in words: a user's word it
    # does not know is still found
    text = "Nothing to count here. " * 200 + "Drei soldiers were killed."
    lexicon = cx.Lexicon("[numbers.units]\ndrei = 3\n")
    found = [
        (m.text, m.quantity.value if m.quantity else None)
        for m in cx.find_quantities(text, lexicon)
    ]
    assert found == [("Drei", 3.0)]
    assert cx.find_quantities(text) == []
    claims = cx.extract([text], lexicon=lexicon)
    assert claims["value"].tolist() == [3.0]


def test_a_bad_number_table_is_a_lexicon_error() -> None:
    with pytest.raises(cx.LexiconError, match="numbers"):
        cx.Lexicon("[numbers.scales]\ngazillion = -1\n")
    with pytest.raises(cx.LexiconError):
        cx.Lexicon("[numbers.tenz]\nx = 1\n")
