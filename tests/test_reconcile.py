"""`crosscheck.reconcile`: clusters, statuses, verdicts, estimates, and bad input."""

from __future__ import annotations

import math

import crosscheck as cx
import pandas as pd
import pytest
from crosscheck.datasets import load_idlib
from crosscheck.reconcile import CLUSTER_COLUMNS, REQUIRED_COLUMNS, STORY_COLUMNS


@pytest.fixture(scope="module")
def seeds() -> cx.Reconciliation:
    docs = load_idlib()
    claims = cx.extract(docs["text"], ids=docs["id"], published=docs["published"])
    return cx.reconcile(claims)


def cluster_of(rec: cx.Reconciliation, doc: str, mention: str, context: str) -> pd.Series:
    c = rec.claims
    row = c[(c.doc_id == doc) & (c.mention == mention) & c.sentence.str.contains(context)]
    assert len(row) == 1, (doc, mention, context)
    return rec.clusters.loc[rec.clusters.cluster_id == row.cluster_id.iloc[0]].iloc[0]


def status_of(rec: cx.Reconciliation, doc: str, mention: str, context: str) -> str:
    c = rec.claims
    row = c[(c.doc_id == doc) & (c.mention == mention) & c.sentence.str.contains(context)]
    return str(row.status.iloc[0])


def table(rows: list[dict[str, object]]) -> pd.DataFrame:
    base = {
        "event": "kill",
        "what": "soldier",
        "side": "Ruritania",
        "source": None,
        "hedged": False,
        "place": None,
        "published": pd.Timestamp("2021-03-20"),
    }
    frame = pd.DataFrame([{**base, **r} for r in rows])
    for name in ("low", "high"):
        if name not in frame:
            frame[name] = frame["value"]
    for name in ("date_from", "date_to"):
        if name not in frame:
            frame[name] = pd.to_datetime(frame["date"])
    return frame


def test_tables_have_the_contract_columns(seeds: cx.Reconciliation) -> None:
    assert list(seeds.clusters.columns) == list(CLUSTER_COLUMNS)
    assert {"cluster_id", "status"} <= set(seeds.claims.columns)
    assert set(seeds.claims.status) <= {"consistent", "conflicting", "superseded", "single"}
    assert set(seeds.clusters.verdict) <= {"agree", "conflict", "single"}
    k = seeds.clusters.dropna(subset=["best"])
    assert (k.low <= k.best).all() and (k.best <= k.high).all()
    counts = seeds.claims.groupby("cluster_id").size()
    assert (seeds.clusters.set_index("cluster_id").n_claims == counts).all()


def test_feb_10_deaths_agree_through_one_voice(seeds: cx.Reconciliation) -> None:
    k = cluster_of(seeds, "001", "five", "five soldiers were killed")
    assert (k.verdict, k.best, k.n_sources) == ("agree", 5.0, 1)
    assert k.n_docs >= 3
    assert "relay one voice" in k.summary
    assert k.date_from == pd.Timestamp("2020-02-10")


def test_feb_3_is_another_event_with_a_revision_and_a_conflict(seeds: cx.Reconciliation) -> None:
    feb3 = cluster_of(seeds, "004", "four", "four of its soldiers")
    feb10 = cluster_of(seeds, "001", "five", "five soldiers were killed")
    assert feb3.cluster_id != feb10.cluster_id
    assert feb3.date_from == pd.Timestamp("2020-02-03")
    assert feb3.verdict == "conflict"
    assert status_of(seeds, "004", "four", "four of its soldiers") == "superseded"
    assert feb3.best == 8.0
    assert cluster_of(seeds, "000", "seven", "Saraqeb").cluster_id == feb3.cluster_id


def test_real_disagreements_and_agreements(seeds: cx.Reconciliation) -> None:
    assert cluster_of(seeds, "003", "13", "13 Syrian soldiers").verdict == "conflict"
    refugees = cluster_of(seeds, "002", "about 3.7 million", "hosts")
    assert refugees.verdict == "conflict"
    assert cluster_of(seeds, "001", "3.6 million", "taken in").cluster_id == refugees.cluster_id
    fled = cluster_of(seeds, "002", "689,000", "displaced")
    assert fled.verdict == "agree"
    assert cluster_of(seeds, "002", "nearly 700,000", "fled").cluster_id == fled.cluster_id


def test_explain_names_every_claim_and_the_reason(seeds: cx.Reconciliation) -> None:
    k = cluster_of(seeds, "003", "13", "13 Syrian soldiers")
    text = seeds.explain(int(k.cluster_id))
    assert "Syrian Observatory for Human Rights" in text
    assert "report 003" in text and "report 004" in text
    assert "disjoint" in text
    with pytest.raises(KeyError):
        seeds.explain(10_000)


def test_rules_on_a_hand_built_table() -> None:
    frame = table(
        [
            {"doc_id": "a", "value": 5, "date": "2021-03-15", "source": "Ministry"},
            {"doc_id": "b", "value": 5, "date": "2021-03-15", "what": "personnel"},
            {"doc_id": "c", "value": 8, "date": "2021-03-08"},
            {"doc_id": "d", "value": 5, "date": "2021-03-15", "event": "injure"},
            {"doc_id": "e", "value": 5, "date": "2021-03-15", "side": "Freedonia"},
        ]
    )
    rec = cx.reconcile(frame)
    ids = rec.claims.cluster_id.tolist()
    assert ids[0] == ids[1]
    assert len(set(ids)) == 4
    assert rec.claims.status.tolist() == ["consistent", "consistent", "single", "single", "single"]


def test_policies() -> None:
    frame = table(
        [
            {"doc_id": "a", "value": 13, "date": "2021-03-15", "source": "Monitor"},
            {"doc_id": "b", "value": 50, "low": 24, "high": 99, "date": "2021-03-15"},
            {"doc_id": "c", "value": 8, "high": math.inf, "date": "2021-03-15", "source": "X"},
        ]
    )
    for policy in ("ucdp", "conservative", "median"):
        k = cx.reconcile(frame, policy=policy).clusters.iloc[0]
        assert k.low <= k.best <= k.high
        assert math.isfinite(k.high)
    assert cx.reconcile(frame, policy="conservative").clusters.best[0] == 8
    with pytest.raises(ValueError, match="policy"):
        cx.reconcile(frame, policy="mean")  # type: ignore[arg-type]


def test_bad_and_empty_input() -> None:
    with pytest.raises(ValueError, match="side, source"):
        cx.reconcile(
            pd.DataFrame({"doc_id": [], "value": []}).reindex(
                columns=[c for c in REQUIRED_COLUMNS if c not in ("side", "source")]
            )
        )
    with pytest.raises(TypeError):
        cx.reconcile([1, 2])  # type: ignore[arg-type]
    empty = cx.reconcile(cx.extract([]))
    assert list(empty.clusters.columns) == list(CLUSTER_COLUMNS)
    assert empty.clusters.empty and empty.claims.empty
    frame = table(
        [
            {"doc_id": "a", "value": math.nan, "low": math.nan, "high": math.nan, "date": None},
            {"doc_id": "b", "value": 3, "date": None},
        ]
    )
    rec = cx.reconcile(frame)
    assert rec.claims.status.tolist() == ["single", "single"]
    assert math.isnan(rec.clusters.best[rec.claims.cluster_id[0]])


def test_bad_cells_are_errors_naming_the_row_not_silent_nans(seeds: cx.Reconciliation) -> None:
    claims = seeds.claims.drop(columns=["cluster_id", "status"])

    def edited(column: str, row: int, cell: object) -> pd.DataFrame:
        frame = claims.copy()
        frame[column] = frame[column].astype(object)
        frame.at[frame.index[row], column] = cell
        return frame

    where = rf"claims row 3 \(claim_id '{claims.claim_id.iloc[3]}'\)"
    with pytest.raises(ValueError, match=rf"{where}: value 'five' is not a number"):
        cx.reconcile(edited("value", 3, "five"))
    with pytest.raises(ValueError, match=rf"{where}: date_from 'last Tuesday' is not a date"):
        cx.reconcile(edited("date_from", 3, "last Tuesday"))
    with pytest.raises(ValueError, match=rf"{where}: the interval is out of order"):
        cx.reconcile(edited("low", 3, 1e9))
    # the classic slip: two batches extracted with default ids, then concatenated
    first = cx.extract(["Five soldiers were killed on Monday."])
    second = cx.extract(["Seven soldiers were killed on Monday."])
    with pytest.raises(ValueError, match=r"the same doc_id and claim_id twice.*pass ids="):
        cx.reconcile(pd.concat([first, second], ignore_index=True))


def test_dates_in_any_form_read_alike(seeds: cx.Reconciliation) -> None:
    claims = seeds.claims.drop(columns=["cluster_id", "status"])
    forms = claims.assign(
        date_from=claims.date_from.dt.strftime("%Y-%m-%d"),  # ISO strings (NaT: NaN)
        date_to=claims.date_to.dt.strftime("%B %d, %Y"),  # another format
        published=claims.published.dt.tz_localize("UTC"),  # time-zone aware
    )
    pd.testing.assert_frame_equal(cx.reconcile(forms).clusters, seeds.clusters)


def test_identical_for_any_thread_count(seeds: cx.Reconciliation) -> None:
    claims = seeds.claims.drop(columns=["cluster_id", "status"])
    many = pd.concat([claims.assign(doc_id=claims.doc_id + f"-{i}") for i in range(10)])
    one = cx.reconcile(many, threads=1)
    two = cx.reconcile(many, threads=2)
    pd.testing.assert_frame_equal(one.clusters, two.clusters)
    pd.testing.assert_frame_equal(one.claims, two.claims)


def test_stories_revisions_and_their_columns(seeds: cx.Reconciliation) -> None:
    assert seeds.stories is not None
    assert list(seeds.stories.columns) == list(STORY_COLUMNS)
    assert seeds.claims.story_id.nunique() == 1, "the five Idlib reports tell one story"
    story = seeds.stories.iloc[0]
    assert story.n_docs == 5 and "idlib" in story["names"]
    assert story.first_published == pd.Timestamp("2020-02-03")
    four = seeds.claims[(seeds.claims.doc_id == "004") & (seeds.claims.mention == "four")]
    later = seeds.claims[seeds.claims.claim_id == four.superseded_by.iloc[0]]
    assert later.mention.iloc[0] == "eight" and four.revision.iloc[0] == "rise"
    assert seeds.claims.revision[seeds.claims.status != "superseded"].isna().all()
    k = cluster_of(seeds, "004", "four", "four of its soldiers")
    text = seeds.explain(int(k.cluster_id))
    assert "Story 0: 5 reports" in text and "Revised: 'four' (report 004" in text
    back = cx.Reconciliation.from_json(seeds.to_json())
    assert back.stories is not None and len(back.stories) == len(seeds.stories)


def test_a_story_column_is_used_as_given() -> None:
    frame = table(
        [
            {"doc_id": "a", "value": 5, "date": "2021-03-15", "feed": "one"},
            {"doc_id": "b", "value": 5, "date": "2021-03-15", "feed": "two"},
        ]
    )
    rec = cx.reconcile(frame, story="feed")
    assert rec.claims.story_id.tolist() == [0, 1]
    assert rec.claims.cluster_id.nunique() == 2
    assert cx.reconcile(frame).claims.cluster_id.nunique() == 1
    with pytest.raises(ValueError, match="story"):
        cx.reconcile(frame, story="nope")


def test_documents_get_stories_without_claims() -> None:
    texts = [
        "A quake struck Aceh; Bener Meriah was worst hit.",
        "Lindsay Lohan checked into the Betty Ford Center.",
        "In Bener Meriah, Aceh, rescuers dug through rubble.",
        "Lohan left the Betty Ford Center in Rancho Mirage.",
    ]
    out = cx.stories(texts, ids=["q1", "l1", "q2", "l2"])
    assert list(out.columns) == ["doc_id", "story_id"]
    assert out.story_id.tolist() == [0, 1, 0, 1]
    with pytest.raises(TypeError, match=r"texts\[1\]"):
        cx.stories(["a", 5])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="ids"):
        cx.stories(["a"], ids=["x", "y"])


def test_measures_of_one_concept_meet_and_conflict_across_reports() -> None:
    """Two reports give the deficit as two figures: one concept, one dimension, a conflict;
    a figure of another concept in the same story stays apart."""
    texts = [
        "The federal deficit reached $1.7 trillion in the fiscal year, the Treasury said. "
        "Unemployment rose to 4.2%.",
        "Congress faced a $1.8 trillion deficit for the fiscal year, the budget office said.",
    ]
    claims = cx.extract(texts, ids=["a", "b"], published=["2024-10-10", "2024-10-11"])
    claims["feed"] = "budget"
    rec = cx.reconcile(claims, story="feed")
    money = rec.clusters[rec.clusters["unit"] == "USD"]
    assert len(money) == 1, rec.clusters
    assert money.iloc[0]["verdict"] == "conflict"
    assert money.iloc[0]["n_claims"] == 2
    percent = rec.clusters[rec.clusters["unit"] == "%"]
    assert percent["n_claims"].tolist() == [1]
