"""Hostile input, nothing lost, threads, fork: crosscheck over scraped feeds must never crash,
hang, or drop a document."""

from __future__ import annotations

import math
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import crosscheck as cx
import pandas as pd
import pytest
from crosscheck.datasets import load_idlib

SAMPLE = "Shelling killed 12 Dutch soldiers on Monday, the ministry said."


def check_offsets(texts: list[str], claims: pd.DataFrame, ids: list[str]) -> None:
    by_id = dict(zip(ids, texts, strict=True))
    for row in claims.itertuples():
        text = by_id[row.doc_id]
        assert 0 <= row.start < row.end <= len(text)
        assert text[row.start : row.end] == row.mention
        assert row.low <= row.value <= row.high


def test_non_strings_among_texts_are_error_rows() -> None:
    texts = [SAMPLE, None, math.nan, b"bytes", 7, ["nested", "list"], "\ud800 lone", "", SAMPLE]
    claims, errors = cx.extract(texts, errors="collect")
    assert errors["position"].tolist() == [1, 2, 3, 4, 5, 6]
    assert "surrogate" in errors["error"][5]
    assert sorted(set(claims["doc_id"])) == ["0", "8"]
    docs = claims.attrs["documents"]
    assert docs == {"total": 9, "with_claims": 2, "without_claims": 1, "errors": 6}
    with pytest.raises(ValueError, match=r"texts\[1\].*lone surrogate"):
        cx.extract(["ok", "\ud800"])
    with pytest.raises(ValueError, match="lone surrogate"):
        cx.parse_quantity("\ud800 five")


def test_nothing_lost_on_a_corpus_with_bad_rows() -> None:
    good = list(load_idlib()["text"])
    texts: list[object] = []
    for i in range(300):
        texts.append(good[i % 5] if i % 7 else [None, 5, b"x", math.nan][i % 4])
    texts += ["No number here."] * 5
    claims, errors = cx.extract(texts, errors="collect")
    docs = claims.attrs["documents"]
    assert docs["total"] == len(texts)
    assert docs["with_claims"] + docs["without_claims"] + docs["errors"] == len(texts)
    assert docs["errors"] == len(errors) == sum(1 for t in texts if not isinstance(t, str))
    assert docs["without_claims"] == 5


@pytest.mark.parametrize(
    "text",
    [
        "",
        "9" * 400 + " people were killed",
        "1e999 soldiers were killed and 1e-999 fled",
        "," * 2_000_000 + " 5 soldiers were killed " + "," * 2_000_000,
        "one " * 100_000 + "soldiers were killed",
        "(" * 100_000 + "5 soldiers" + ")" * 100_000,
        "killed 5 of them " * 20_000,
        "Five\u200d soldiers \u202ewere\u202c killed; \u0661\u0662 rockets \u2014 7\u0301 tanks; "
        "\U0001f4a5 12 people 死亡 3 人; 5\u00a0000 fled",
        "Line one has 5 soldiers killed.\r\nLine two: 7 civilians died.\rLine three: 9 fled.",
        "<p>At least <b>12</b> people were killed &amp; 30 wounded</p><script>x=5</script>",
    ],
)
def test_hostile_texts_give_a_result(text: str) -> None:
    # That each shape takes time linear in its length is measured, not asserted (a test never
    # asserts a wall-clock time): `cargo bench --no-default-features --bench scaling`.
    claims = cx.extract([text])
    check_offsets([text], claims, ["0"])


def test_a_50_mb_document() -> None:
    report = load_idlib()["text"][0]
    copies = 50_000_000 // len(report.encode()) + 1
    big = "\n\n".join([report] * copies)
    assert len(big.encode()) > 50_000_000
    claims = cx.extract([big])
    assert len(claims) == copies * len(cx.extract([report]))
    last = claims.iloc[-1]
    assert big[last.start : last.end] == last.mention


def test_a_million_tiny_documents() -> None:
    tiny = ["5 soldiers were killed."] * 1_000_000
    many = cx.extract(tiny)
    assert many.attrs["documents"]["with_claims"] == len(tiny)
    assert many["doc_id"].iloc[-1] == "999999"


def test_concurrent_calls_from_python_threads_are_correct() -> None:
    docs = load_idlib()
    expected = cx.extract(docs["text"], ids=docs["id"], published=docs["published"])

    def run(_: int) -> pd.DataFrame:
        return cx.extract(docs["text"], ids=docs["id"], published=docs["published"])

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(run, range(16)))
    for result in results:
        pd.testing.assert_frame_equal(result, expected)


def test_identical_across_thread_counts_and_runs() -> None:
    texts = list(load_idlib()["text"]) * 40
    runs = [cx.extract(texts, threads=n) for n in (1, 2, 3, 8)] + [cx.extract(texts)]
    for other in runs[1:]:
        pd.testing.assert_frame_equal(runs[0], other)
    rec = [cx.reconcile(runs[0], threads=n) for n in (1, 2, 8)]
    for other in rec[1:]:
        pd.testing.assert_frame_equal(rec[0].clusters, other.clusters)
        pd.testing.assert_frame_equal(rec[0].claims, other.claims)


DIGEST = """
import hashlib, crosscheck as cx
from crosscheck.datasets import load_idlib
docs = load_idlib()
texts = list(docs["text"]) * 20
claims = cx.extract(texts, published=list(docs["published"]) * 20)
rec = cx.reconcile(claims)
data = claims.to_csv().encode() + rec.claims.to_csv().encode() + rec.clusters.to_csv().encode()
print(len(claims), hashlib.sha256(data).hexdigest())
"""


def test_identical_across_processes() -> None:
    # Another process, another hash seed, other thread counts: hash-ordered sets or maps
    # anywhere on the way would show here.
    outputs = set()
    for seed, threads in (("0", "1"), ("1", "2"), ("12345", "")):
        env = {**os.environ, "PYTHONHASHSEED": seed, "RAYON_NUM_THREADS": threads}
        run = subprocess.run(
            [sys.executable, "-c", DIGEST], env=env, capture_output=True, text=True, check=True
        )
        outputs.add(run.stdout)
    assert len(outputs) == 1
    assert int(outputs.pop().split()[0]) > 100


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_a_forked_child_does_not_deadlock() -> None:
    texts = [SAMPLE] * 100
    assert len(cx.extract(texts)) == 100  # the parent's pool is running
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        code = 0 if len(cx.extract(texts)) == 100 else 1
        os._exit(code)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            assert os.waitstatus_to_exitcode(status) == 0
            return
        time.sleep(0.05)
    os.kill(pid, 9)
    pytest.fail("the forked child hung")


def test_an_internal_error_is_a_crosscheck_error_naming_the_document(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A panic in the core is caught per document (tested in Rust, src/corpus) and comes back as
    # an "internal error" entry; here, what Python makes of it.
    import crosscheck.claims

    read = crosscheck.claims._read

    def read_with_a_bug(values: list[object], *args: object) -> tuple[dict[str, object], int]:
        cols, n = read(values, *args)
        cols["errors"] = [*cols["errors"], (1, "internal error while reading the document: bug")]
        return cols, n

    monkeypatch.setattr(crosscheck.claims, "_read", read_with_a_bug)
    with pytest.raises(cx.CrosscheckError, match=r"texts\[1\] \(id 'b'\): internal error"):
        cx.extract([SAMPLE, "x"], ids=["a", "b"])
    claims, errors = cx.extract([SAMPLE, "x"], ids=["a", "b"], errors="collect")
    assert errors.to_dict("records")[0]["doc_id"] == "b"
    assert claims.attrs["documents"]["errors"] == 1


def test_bad_published_and_ids_raise_clearly() -> None:
    with pytest.raises(TypeError, match=r"published\[0\]"):
        cx.extract([SAMPLE], published=[object()])
    with pytest.raises(ValueError, match="ids has 2 entries"):
        cx.extract([SAMPLE], ids=["a", "b"])


def test_a_bad_lexicon_is_a_lexicon_error_naming_the_key() -> None:
    with pytest.raises(cx.LexiconError, match=r"events\.kill\.verbs\[1\]"):
        cx.Lexicon('[events.kill]\nverbs = ["slain", " "]')
    with pytest.raises(cx.LexiconError, match='event class "Blew Up"'):
        cx.Lexicon('[events."Blew Up"]\nverbs = ["blew up"]')
    with pytest.raises(cx.LexiconError, match="TOML parse error"):
        cx.Lexicon("[[[[")
