"""Property tests of the Python API (hypothesis): the invariants of extraction and
reconciliation hold on generated text, not only on the texts we thought of."""

from __future__ import annotations

import crosscheck as cx
import pandas as pd
from crosscheck.reconcile import POLICIES
from hypothesis import given, settings
from hypothesis import strategies as st

WORDS = st.sampled_from(
    ["5", "12", "nearly", "700,000", "three", "of", "them", "soldiers", "were", "killed",
     "said", "the", "ministry", "on", "Monday", "\u201c", "\u2019\u2019", "\u2014", ".",
     ",", "(", ")", "3.6", "million", "dozens", "at", "least", "\u00e9", "\U0001f600",
     "\n\n", "Feb.", "a", "week", "earlier", "in", "Idlib", "Turkish", "its", "civilians",
     "wounded", "fled", "initially", "rose", "to", "more", "than", "SOHR", "Syrian", "up"]
)  # fmt: skip
SENTENCES = st.lists(WORDS, max_size=60).map(" ".join)
DAYS = st.sampled_from([None, "2020-02-03", "2020-02-04", "2020-02-10", "2020-03-01"])


def check_claims(texts: list[str], claims: pd.DataFrame) -> None:
    by_id = {str(i): t for i, t in enumerate(texts)}
    for row in claims.itertuples():
        text = by_id[row.doc_id]
        assert 0 <= row.start < row.end <= len(text)
        assert text[row.start : row.end] == row.mention
        assert row.low <= row.value <= row.high
    assert claims["claim_id"].is_unique


@settings(max_examples=300, deadline=None)
@given(SENTENCES)
def test_offsets_and_intervals(text: str) -> None:
    claims = cx.extract([text], published=["2020-02-10"])
    check_claims([text], claims)
    for m in cx.find_quantities(text):
        assert text[m.start : m.end] == m.text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text(text: str) -> None:
    claims, errors = cx.extract([text], errors="collect")
    check_claims([text], claims)
    docs = claims.attrs["documents"]
    assert docs["with_claims"] + docs["without_claims"] + docs["errors"] == 1
    assert len(errors) == docs["errors"]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(SENTENCES, DAYS), min_size=1, max_size=6), st.sampled_from(POLICIES))
def test_reconciliation_invariants(reports: list[tuple[str, str | None]], policy: str) -> None:
    texts = [t for t, _ in reports]
    claims = cx.extract(texts, published=[d for _, d in reports])
    check_claims(texts, claims)
    rec = cx.reconcile(claims, policy=policy)
    # every claim lands in exactly one cluster, and the clusters count them all
    assert len(rec.claims) == len(claims)
    assert rec.claims["claim_id"].tolist() == claims["claim_id"].tolist()
    assert rec.claims["cluster_id"].notna().all()
    assert set(rec.claims["cluster_id"]) == set(rec.clusters["cluster_id"])
    assert rec.clusters["n_claims"].sum() == len(claims)
    sizes = rec.claims.groupby("cluster_id").size()
    assert (rec.clusters.set_index("cluster_id")["n_claims"] == sizes).all()
    # estimates are ordered, and the verdict is one of the documented ones
    numbered = rec.clusters.dropna(subset=["best"])
    assert (numbered["low"] <= numbered["best"]).all()
    assert (numbered["best"] <= numbered["high"]).all()
    assert set(rec.clusters["verdict"]) <= {"agree", "conflict", "single"}
    assert (rec.clusters["n_docs"] <= rec.clusters["n_claims"]).all()
    # a cluster holds one event, one class and one side
    for _, group in rec.claims.groupby("cluster_id"):
        assert group["event"].nunique(dropna=False) == 1
    # and the same claims reconcile the same way again
    again = cx.reconcile(claims, policy=policy)
    pd.testing.assert_frame_equal(rec.clusters, again.clusters)
