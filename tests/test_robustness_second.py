"""The red-team round (issue 16): fork during a first call, unbounded threads, Ctrl-C, generators
held whole, lexicons built under the GIL, bad JSON documents and claims tables whose errors
named nothing. Timings are in scripts/ (a test never asserts a wall-clock time)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from typing import Any

import crosscheck as cx
import numpy as np
import pandas as pd
import pytest

SAMPLE = "Shelling killed 12 Dutch soldiers on Monday, the ministry said."


def run_python(code: str, timeout: float, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **env},
    )


# --- fork while another thread makes the first call ------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="fork is POSIX")
@pytest.mark.parametrize("delay", [0.0, 0.01])
def test_a_fork_during_the_first_call_of_another_thread_does_not_hang(delay: float) -> None:
    # The child used to wait forever on a half-built lazy value (a std::sync::Once) that the
    # other thread of the parent was building when the fork happened.
    code = f"""
    import multiprocessing as mp, threading, time
    import crosscheck as cx

    def work(text):
        return len(cx.extract([text]))

    if __name__ == "__main__":
        threading.Thread(target=cx.extract, args=(["5 soldiers were killed."],)).start()
        time.sleep({delay})
        with mp.get_context("fork").Pool(2) as pool:
            print(pool.map_async(work, ["5 soldiers were killed."] * 4).get(timeout=60))
    """
    done = run_python(code, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[1, 1, 1, 1]"


# --- threads= and CROSSCHECK_THREADS ------------------------------------------------------------


@pytest.mark.parametrize("threads", [0, -1, 10**6, 10**30])
def test_a_thread_count_out_of_bounds_is_refused_at_once(threads: int) -> None:
    with pytest.raises(ValueError, match="threads must be between 1 and 256"):
        cx.extract([SAMPLE], threads=threads)
    with pytest.raises(ValueError, match="threads must be between 1 and 256"):
        cx.quantities([SAMPLE], threads=threads)
    with pytest.raises(ValueError, match="threads must be between 1 and 256"):
        cx.reconcile(cx.extract([SAMPLE]), threads=threads)


@pytest.mark.parametrize("threads", [2.5, "4", True])
def test_a_thread_count_that_is_no_int_is_a_type_error(threads: Any) -> None:
    with pytest.raises(TypeError, match="threads must be an int or None"):
        cx.extract([SAMPLE], threads=threads)


def test_numpy_ints_and_the_cap_itself_are_thread_counts() -> None:
    assert len(cx.extract([SAMPLE], threads=np.int64(2))) == 1
    assert len(cx.extract([SAMPLE], threads=256)) == 1


@pytest.mark.parametrize("value", ["100000", "0", "-3", "many"])
def test_crosscheck_threads_is_held_to_the_same_bounds(
    value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CROSSCHECK_THREADS", value)
    with pytest.raises(ValueError, match="CROSSCHECK_THREADS must be an integer between 1 and 256"):
        cx.extract([SAMPLE])


# --- Ctrl-C -------------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child is POSIX")
def test_ctrl_c_stops_a_long_batch_while_the_core_works() -> None:
    # One call into the core with work for many minutes (2,000,000 paragraphs of dates, years,
    # times and phone numbers, none a claim); a SIGINT once it runs must surface as a
    # KeyboardInterrupt out of that call, long before the work could end (before: only when the
    # batch ended). The timeout is the test's only clock.
    code = """
    import sys
    from crosscheck import _core
    text = ("On 12 March 2019 at 10:30, and again in 2020 and 2021, the council met in room "
            "4B to plan the years 2030 to 2040; call 555-0100 for details. ") * 8
    n = 2_000_000
    print("started", flush=True)
    try:
        _core._claim_columns([text] * n, [None] * n)
    except KeyboardInterrupt:
        print("interrupted", flush=True)
        sys.exit(0)
    print("finished", flush=True)
    """
    child = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "started"
        threading.Event().wait(1.0)  # let the core start on the batch
        child.send_signal(signal.SIGINT)
        out, err = child.communicate(timeout=90)
    finally:
        child.kill()
        child.wait()
    assert out.strip() == "interrupted", err
    assert child.returncode == 0


# --- many tiny documents ------------------------------------------------------------------------


def test_a_generator_is_read_in_batches_not_held_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    import crosscheck.claims

    pulled = 0

    def texts() -> Iterator[str]:
        nonlocal pulled
        for i in range(95):
            pulled += 1
            yield f"Shelling killed {i + 2} soldiers on Monday, the army said."

    seen: list[tuple[int, int]] = []
    read = crosscheck._core._claim_columns

    def read_batch(batch: list[Any], *args: Any, **kwargs: Any) -> dict[str, Any]:
        seen.append((len(batch), pulled))
        return read(batch, *args, **kwargs)

    monkeypatch.setattr(crosscheck.claims, "BATCH_DOCUMENTS", 10)
    monkeypatch.setattr(crosscheck.claims._core, "_claim_columns", read_batch)
    claims = cx.extract(texts(), published="2021-03-17")
    monkeypatch.undo()
    # each batch is read before the next texts are pulled
    assert seen[0] == (10, 10)
    assert [n for n, _ in seen] == [10] * 9 + [5]
    assert all(p <= 10 * (i + 1) for i, (_, p) in enumerate(seen))
    whole = cx.extract(list(texts()), published="2021-03-17")
    pd.testing.assert_frame_equal(claims, whole)
    assert claims.attrs["documents"] == whole.attrs["documents"]
    assert claims["doc_id"].tolist()[-1] == "94"


def test_batches_keep_positions_ids_and_days_of_the_whole_input(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import crosscheck.claims

    texts: list[Any] = [SAMPLE, None, SAMPLE, "no number", SAMPLE, 5, SAMPLE]
    days = ["2021-03-17", None, "2021-03-18", None, "2021-03-19", None, "2021-03-20"]
    whole, whole_errors = cx.extract(texts, published=days, errors="collect")
    monkeypatch.setattr(crosscheck.claims, "BATCH_DOCUMENTS", 2)
    parts, part_errors = cx.extract(iter(texts), published=days, errors="collect")
    pd.testing.assert_frame_equal(parts, whole)
    pd.testing.assert_frame_equal(part_errors, whole_errors)
    assert part_errors["position"].tolist() == [1, 5]
    with pytest.raises(TypeError, match=r"texts\[1\] \(id .1.\)"):
        cx.extract(iter(texts))
    with pytest.raises(ValueError, match=r"published\[4\] is not a day"):
        cx.extract(iter(texts), published=[*days[:4], "someday", *days[5:]])
    with pytest.raises(ValueError, match="published has 3 entries but texts has 7"):
        cx.extract(iter(texts), published=days[:3])
    with pytest.raises(ValueError, match="ids has 2 entries but texts has 7"):
        cx.extract(iter(texts), ids=["a", "b"])


def test_claim_columns_share_their_repeated_strings() -> None:
    claims = cx.extract([SAMPLE] * 50)
    for name in ("event", "what", "unit", "side", "source", "kind"):
        column = claims[name].tolist()
        assert len({id(v) for v in column}) == 1, name
    # every column stays writable: nothing is a read-only view of a buffer
    claims.loc[0, "value"] = 99.0
    claims["start"] += 1


# --- lexicons -----------------------------------------------------------------------------


def test_building_a_large_lexicon_lets_other_threads_run() -> None:
    toml = "".join(
        f'[[source]]\nname = "Source number {i}"\naliases = ["alias number {i}"]\n'
        for i in range(100_000)
    )
    ticks = 0
    stop = threading.Event()

    def tick() -> None:
        nonlocal ticks
        while not stop.is_set():
            ticks += 1
            stop.wait(0.001)

    ticker = threading.Thread(target=tick)
    ticker.start()
    try:
        before = ticks
        lexicon = cx.Lexicon(toml)
        during = ticks - before
    finally:
        stop.set()
        ticker.join()
    assert "sources=100" in repr(lexicon)
    # with the GIL held all along, the other thread could not run once during the build
    assert during >= 5


def test_a_lexicon_phrase_longer_than_sixteen_tokens_is_found() -> None:
    name = "Directorate " + " ".join(f"w{i}" for i in range(18))
    lexicon = cx.Lexicon(f'[[place]]\nname = "{name}"\ncountry = "Syria"\nkind = "town"\n')
    text = f"Shelling killed 12 soldiers in {name} on Monday."
    claims = cx.extract([text], lexicon=lexicon)
    assert claims["place"].tolist() == [name]


# --- to_json / from_json ------------------------------------------------------------------------


def reconciled() -> cx.Reconciliation:
    claims = cx.extract(
        [SAMPLE, "Officials said 30 soldiers died in the shelling on Monday."],
        published=["2021-03-16", "2021-03-16"],
    )
    return cx.reconcile(claims)


def test_json_keeps_a_zone_and_a_time_of_day() -> None:
    rec = reconciled()
    claims = rec.claims.copy()
    claims["published"] = pd.to_datetime(
        ["2021-03-16 10:30:00", "2021-03-16 23:15:00"]
    ).tz_localize("Europe/Paris")
    rec = cx.reconcile(claims)
    back = cx.Reconciliation.from_json(rec.to_json())
    pd.testing.assert_frame_equal(back.claims, rec.claims)
    pd.testing.assert_frame_equal(back.clusters, rec.clusters)
    naive = rec.claims.copy()
    naive["published"] = pd.to_datetime(["2021-03-16 10:30:00", "2021-03-16 00:00:00"])
    rec = cx.reconcile(naive)
    back = cx.Reconciliation.from_json(rec.to_json())
    assert back.claims["published"].tolist() == naive["published"].tolist()


def corrupt(edit: Any) -> str:
    document = json.loads(reconciled().to_json())
    edit(document)
    return json.dumps(document)


@pytest.mark.parametrize(
    ("edit", "named"),
    [
        (lambda d: d.update(claims={}), "claims is dict, not a list of rows"),
        (lambda d: d["claims"][0].update(hedged="false"), r"claims\[0\].hedged is 'false'"),
        (lambda d: d["clusters"][0].update(n_claims=2.5), r"clusters\[0\].n_claims is 2.5"),
        (lambda d: d["claims"][1].pop("value"), r"claims\[1\] lacks value"),
        (lambda d: d.pop("dtypes"), "key 'dtypes' is missing"),
        (lambda d: d.update(policy="best"), "policy is 'best'"),
        (lambda d: d["clusters"][0].update(date_from=5), r"clusters\[0\].date_from is 5"),
        (lambda d: d["claims"].__setitem__(0, [1, 2]), r"claims\[0\] is list"),
        (lambda d: d["clusters"][0].update(low="many"), r"clusters\[0\].low is 'many'"),
        (lambda d: d["clusters"][0].update(date_to="March"), "clusters column 'date_to'"),
    ],
)
def test_a_corrupted_json_document_is_one_clear_error(edit: Any, named: str) -> None:
    with pytest.raises(ValueError, match=r"not a valid crosscheck\.reconciliation/1 document: "):
        cx.Reconciliation.from_json(corrupt(edit))
    with pytest.raises(ValueError, match=named):
        cx.Reconciliation.from_json(corrupt(edit))


def test_json_that_is_not_json_is_a_value_error() -> None:
    with pytest.raises(ValueError, match=r"not a crosscheck\.reconciliation/1 document"):
        cx.Reconciliation.from_json("{claims")


# --- claims tables whose errors named nothing ---------------------------------------------------


def table(n: int = 3, **columns: Any) -> pd.DataFrame:
    base: dict[str, Any] = {
        "doc_id": [f"d{i}" for i in range(n)],
        "claim_id": [f"c{i}" for i in range(n)],
        "value": 5.0,
        "low": 5.0,
        "high": 5.0,
        "event": "kill",
        "what": "soldier",
        "side": None,
        "source": [f"s{i}" for i in range(n)],
        "hedged": False,
        "date_from": "2021-03-15",
        "date_to": "2021-03-15",
        "place": None,
    }
    base.update(columns)
    return pd.DataFrame(base)


@pytest.mark.parametrize(
    ("columns", "message"),
    [
        ({"value": pd.Series([5, 10**400, 5], dtype=object)}, r"row 1 .*value .* too large"),
        ({"value": [5.0, 5 + 1j, 5.0]}, r"row 1 .*value .*5\+1j.* is complex"),
        ({"date_from": ["2021-03-15", "0001-01-01", "2021-03-15"]}, r"row 1 .*date_from"),
        ({"date_to": ["2021-03-15", "2021-03-15", "9999-12-31"]}, r"row 2 .*outside the days"),
        ({"date_to": ["2021-03-15", "2021-03-14", "2021-03-15"]}, r"row 1 .*later than date_to"),
        ({"date_from": [18701, 18701, 18701], "date_to": [18701] * 3}, r"row 0 .*a number"),
        ({"side": ["Syria", 5, None]}, r"row 1 .*side 5 is not a str"),
        ({"event": ["kill", "kill", 3.5]}, r"row 2 .*event 3.5 is not a str"),
        ({"hedged": ["False", "maybe", "no"]}, r"row 1 .*hedged 'maybe' is not true or false"),
    ],
)
def test_a_bad_cell_is_an_error_naming_its_row(columns: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        cx.reconcile(table(**columns))


def test_a_duplicated_column_is_named() -> None:
    claims = table()
    claims = pd.concat([claims, claims[["side"]]], axis=1)
    with pytest.raises(ValueError, match="'side' more than once"):
        cx.reconcile(claims)


def test_hedged_as_text_is_read_as_booleans() -> None:
    words = ["False", "false", "0", "no", "", "True", "yes", "1"]
    claims = table(len(words), hedged=words)
    as_bools = table(len(words), hedged=[False] * 5 + [True] * 3)
    rec = cx.reconcile(claims)
    expected = cx.reconcile(as_bools)
    pd.testing.assert_frame_equal(rec.clusters, expected.clusters)
    # the CSV round trip: read_csv(dtype=str) gives "False"; doubts must not spread, and the
    # estimate must not move (figures 9 are doubted, 5 not: the range stays 5 to 5)
    figures = [5.0, 5.0, 9.0, 9.0]
    csv = table(4, value=figures, low=figures, high=figures, hedged=[False, False, True, True])
    text = pd.read_csv(__import__("io").StringIO(csv.to_csv(index=False)), dtype=str)
    assert text["hedged"].tolist() == ["False", "False", "True", "True"]
    for name in ("value", "low", "high"):
        text[name] = text[name].astype(float)
    assert cx.reconcile(text).clusters["high"].tolist() == [5.0]
    pd.testing.assert_frame_equal(cx.reconcile(text).clusters, cx.reconcile(csv).clusters)


def test_a_complex_column_with_no_imaginary_part_is_read_as_its_real_part() -> None:
    rec = cx.reconcile(table(value=[5 + 0j] * 3, low=[5 + 0j] * 3, high=[5 + 0j] * 3))
    assert rec.clusters["best"].tolist() == [5.0]


def test_quantities_reads_a_generator_in_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    import crosscheck.claims

    texts = [f"Nearly {i + 2},000 people fled in 2019." for i in range(25)]
    whole = cx.quantities(texts)
    monkeypatch.setattr(crosscheck.claims, "BATCH_DOCUMENTS", 4)
    pd.testing.assert_frame_equal(cx.quantities(iter(texts)), whole)
    assert whole["doc_id"].tolist()[-1] == "24"
    with pytest.raises(TypeError, match=r"texts\[9\]"):
        cx.quantities(iter([*texts[:9], None, *texts[9:]]))
    with pytest.raises(ValueError, match=r"texts\[6\].*surrogate"):
        cx.quantities(iter([*texts[:6], "\ud800", *texts[6:]]))
