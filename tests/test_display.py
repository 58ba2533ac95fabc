"""HTML views of claims and clusters: crosscheck.display."""

from __future__ import annotations

import doctest
import html
import itertools
import re
import sys
import types
from html.parser import HTMLParser
from typing import Any, ClassVar

import crosscheck
import crosscheck.display
import pandas as pd
import pytest
from crosscheck.datasets import load_idlib
from crosscheck.display import (
    DASH,
    VERDICT_COLOURS,
    clusters_html,
    format_number,
    ordered_clusters,
    render,
    summary_text,
    to_displacy,
    unit_label,
)
from crosscheck.reconcile import CLUSTER_COLUMNS, Reconciliation

VOID = {"br"}


class _Reader(HTMLParser):
    """The text of ``div.cx-text`` and where each ``<mark>`` sits in it; checks nesting."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.in_text = 0
        self.marks: list[dict[str, Any]] = []
        self.open_mark: dict[str, Any] | None = None
        self.outside: list[str] = []

    @property
    def position(self) -> int:
        return sum(len(t) for t in self.text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        self.stack.append(tag)
        found = dict(attrs)
        if tag == "div" and found.get("class") == "cx-text":
            self.in_text = len(self.stack)
        if tag == "mark":
            assert self.open_mark is None, "nested <mark>"
            self.open_mark = {"start": self.position, **found}

    def handle_endtag(self, tag: str) -> None:
        assert self.stack, f"</{tag}> closes nothing"
        assert self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1]}>"
        if tag == "mark":
            assert self.open_mark is not None
            self.open_mark["end"] = self.position
            self.marks.append(self.open_mark)
            self.open_mark = None
        if self.in_text == len(self.stack):
            self.in_text = 0
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.in_text:
            self.text.append(data)
        elif self.stack and self.stack[-1] != "style":
            self.outside.append(data)


def read(out: str) -> _Reader:
    reader = _Reader()
    reader.feed(out)
    reader.close()
    assert reader.stack == [], f"unclosed tags {reader.stack}"
    return reader


def strip_tags(out: str) -> str:
    """The visible text of a render without a title: drop the style block and every tag."""
    out = re.sub(r"<style>.*?</style>", "", out, flags=re.S)
    return html.unescape(re.sub(r"<[^>]*>", "", out))


def covering(reader: _Reader, start: int, end: int) -> list[dict[str, Any]]:
    """The marks over ``start:end``, asserting that every character is in one."""
    marks = [m for m in reader.marks if m["start"] < end and m["end"] > start]
    covered: set[int] = set()
    for m in marks:
        covered.update(range(max(m["start"], start), min(m["end"], end)))
    assert covered == set(range(start, end)), (start, end)
    return marks


def spans_of(row: Any) -> list[tuple[str, int, int]]:
    out = [("number", int(row.start), int(row.end))]
    for role in ("counted", "source"):
        first, last = getattr(row, f"{role}_start"), getattr(row, f"{role}_end")
        if not pd.isna(first) and not pd.isna(last):
            out.append((role, int(first), int(last)))
    return out


@pytest.fixture(scope="module")
def docs() -> pd.DataFrame:
    return load_idlib()


@pytest.fixture(scope="module")
def claims(docs: pd.DataFrame) -> pd.DataFrame:
    return crosscheck.extract(docs["text"], ids=docs["id"].tolist(), published=docs["published"])


@pytest.fixture(scope="module")
def rec(claims: pd.DataFrame) -> Reconciliation:
    return crosscheck.reconcile(claims)


def frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """A hand-made claims table with nullable spans."""
    df = pd.DataFrame(rows)
    for name in ("counted_start", "counted_end", "source_start", "source_end"):
        df[name] = pd.Series(df.get(name, [None] * len(df)), dtype="Int64")
    return df


# render ---------------------------------------------------------------------------------


def test_corpus_render_marks_every_claim_and_keeps_the_text(
    docs: pd.DataFrame, claims: pd.DataFrame
) -> None:
    for doc_id, text in zip(docs["id"], docs["text"], strict=True):
        out = render(text, claims, doc_id=doc_id, jupyter=False)
        assert isinstance(out, str)
        assert strip_tags(out) == text
        reader = read(out)
        assert "".join(reader.text) == text
        mine = claims[claims["doc_id"] == doc_id]
        assert len(mine) > 0
        for row in mine.itertuples(index=False):
            for role, start, end in spans_of(row):
                marks = covering(reader, start, end)
                # the corpus has no crossing spans: each part is exactly one mark of its role
                assert [(m["start"], m["end"], m["class"].split()[0]) for m in marks] == [
                    (start, end, f"cx-{role}")
                ]
                assert row.claim_id in marks[0]["title"]


def test_labels_and_tooltips(docs: pd.DataFrame, claims: pd.DataFrame) -> None:
    text = str(docs.loc[0, "text"])
    reader = read(render(text, claims, doc_id="000", jupyter=False))
    row = claims[claims["claim_id"] == "000:1"].iloc[0]
    by_start = {(m["start"], m["class"]): m for m in reader.marks}
    number = by_start[(int(row["start"]), "cx-number")]
    assert number["data-label"] == "KILL"
    assert "value 101 · low 101 · high 101" in number["title"]
    assert "date 2020-02-10" in number["title"]
    assert "not hedged" in number["title"]
    counted = by_start[(int(row["counted_start"]), "cx-counted")]
    assert counted["data-label"] == "SOLDIER · Syria"
    source = by_start[(int(row["source_start"]), "cx-source")]
    assert source["data-label"] == "SOURCE · Turkish Ministry of Defense"
    # numbers are coloured by event
    assert crosscheck.display.EVENT_COLOURS["kill"] in number["style"]


def test_shared_attribution_is_drawn_once_with_every_claim(
    docs: pd.DataFrame, claims: pd.DataFrame
) -> None:
    reader = read(render(str(docs.loc[0, "text"]), claims, doc_id="000", jupyter=False))
    shared = [m for m in reader.marks if m["class"] == "cx-source" and m["start"] == 400]
    assert len(shared) == 1
    assert "claim 000:2" in shared[0]["title"] and "claim 000:3" in shared[0]["title"]


def test_hedged_claims_have_a_dashed_outline(claims: pd.DataFrame, docs: pd.DataFrame) -> None:
    reader = read(render(str(docs.loc[4, "text"]), claims, doc_id="004", jupyter=False))
    hedged = claims[(claims["doc_id"] == "004") & claims["hedged"]]
    assert len(hedged) > 0
    for row in hedged.itertuples(index=False):
        (mark,) = [m for m in reader.marks if m["start"] == row.start and m["end"] == row.end]
        assert "dashed" in mark["style"] and "cx-hedged" in mark["class"]
        assert "hedged: the report doubts it" in mark["title"]
    plain = [m for m in reader.marks if "cx-hedged" not in m["class"]]
    assert plain and all("dashed" not in m["style"] for m in plain)


def test_escaping() -> None:
    text = 'He wrote "<script>alert(1)</script>" & said 5 soldiers died, <b>the army</b> said.'
    start = text.index("5")
    source = text.index("<b>the army</b>")
    claims = frame(
        [
            {
                "doc_id": "x",
                "claim_id": 'x:"0"<i>',
                "start": start,
                "end": start + 1,
                "mention": "5",
                "value": 5.0,
                "low": 5.0,
                "high": 5.0,
                "event": "kill<script>",
                "what": "soldier",
                "side": '<b>"Side"</b>',
                "source": "<b>Army</b> & co",
                "hedged": False,
                "place": "<script>x</script>",
                "counted_start": start + 2,
                "counted_end": start + 10,
                "source_start": source,
                "source_end": source + len("<b>the army</b>"),
            }
        ]
    )
    out = render(text, claims, title="<b>Title</b> & <script>", jupyter=False)
    assert "<script" not in out.lower()
    assert "<b>" not in out and "<i>" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "&amp;" in out and "&quot;" in out
    reader = read(out)
    assert "".join(reader.text) == text
    assert "".join(reader.outside) == "<b>Title</b> & <script>"
    labels = {m["class"]: m["data-label"] for m in reader.marks}
    assert labels["cx-source"] == "SOURCE · <b>Army</b> & co"
    assert labels["cx-counted"] == 'SOLDIER · <b>"Side"</b>'
    assert labels["cx-number"] == "KILL<SCRIPT>"
    assert all("<script>x</script>" in m["title"] for m in reader.marks)


def test_line_breaks_are_shown_and_kept() -> None:
    text = "First line.\n\nThen 5 soldiers died.\r\nLast\rline"
    start = text.index("5")
    claims = frame([{"claim_id": "a", "start": start, "end": start + 1, "event": "kill"}])
    out = render(text, claims, jupyter=False)
    assert out.count("<br>") == 4
    assert "<br>\r\n" in out and "<br>\n<br>\n" in out
    assert strip_tags(out) == text
    # a span ending between CR and LF still gives one line break
    cut = frame([{"start": 0, "end": text.index("\r\n") + 1}])
    out = render(text, cut, jupyter=False)
    assert out.count("<br>") == 4 and strip_tags(out) == text


def test_overlapping_and_nested_spans_lose_no_text() -> None:
    text = "The ministry said 5 soldiers and 3 civilians were killed near Idlib, officials said."
    five, three = text.index("5"), text.index("3")
    ministry = text.index("The ministry")
    officials = text.index("officials")
    claims = frame(
        [
            {
                "claim_id": "a",
                "start": five,
                "end": five + 1,
                "event": "kill",
                "what": "soldier",
                # the counted phrase swallows the other claim's number
                "counted_start": five + 2,
                "counted_end": three + 1,
                "source_start": ministry,
                "source_end": ministry + len("The ministry said"),
            },
            {
                "claim_id": "b",
                "start": three,
                "end": three + 1,
                "event": "kill",
                "what": "civilian",
                # crosses the first claim's counted phrase
                "counted_start": three - 4,
                "counted_end": three + len("3 civilians"),
                # one attribution for both claims, and a second one spanning everything
                "source_start": ministry,
                "source_end": ministry + len("The ministry said"),
            },
            {
                "claim_id": "c",
                "start": three,
                "end": three + 1,
                "event": "injure",
                "source_start": 0,
                "source_end": officials + len("officials"),
            },
        ]
    )
    out = render(text, claims, jupyter=False)
    assert out == render(text, claims, jupyter=False)
    reader = read(out)
    assert "".join(reader.text) == text
    assert strip_tags(out) == text
    # pieces are disjoint and in order
    bounds = [(m["start"], m["end"]) for m in reader.marks]
    assert all(a < b for a, b in bounds)
    assert all(b1 <= a2 for (_, b1), (a2, _) in itertools.pairwise(bounds))
    # the innermost span wins: both numbers are number marks
    for at in (five, three):
        (mark,) = covering(reader, at, at + 1)
        assert mark["class"] == "cx-number"
    # the two claims on "3" share one mark, with both labels and both tooltips
    (mark,) = covering(reader, three, three + 1)
    assert mark["data-label"] == "KILL / INJURE"
    assert "claim b" in mark["title"] and "claim c" in mark["title"]
    # the shared attribution is one mark with both claims in its tooltip
    (source,) = covering(reader, ministry, ministry + len("The ministry said"))
    assert source["class"] == "cx-source"
    assert "claim a" in source["title"] and "claim b" in source["title"]
    # every label appears once
    labels = [m["data-label"] for m in reader.marks if "data-label" in m]
    assert sorted(labels) == ["CIVILIAN", "KILL", "KILL / INJURE", "SOLDIER", "SOURCE", "SOURCE"]
    # crossing counted phrases: the shorter one takes the shared words
    (shared,) = covering(reader, three - 4, three - 1)
    assert shared["data-label"] == "SOLDIER"
    # the outer attribution keeps the gaps between the inner spans and ends with its label
    assert reader.marks[-1]["class"] == "cx-source"
    assert reader.marks[-1]["end"] == officials + len("officials")


def test_na_spans_are_skipped_and_empty_claims_render_the_text() -> None:
    text = "Five soldiers died."
    claims = frame([{"claim_id": "z", "start": 0, "end": 4, "event": "kill"}])
    reader = read(render(text, claims, jupyter=False))
    assert [m["class"] for m in reader.marks] == ["cx-number"]
    empty = render(text, claims.iloc[:0], jupyter=False)
    assert "<mark" not in empty and strip_tags(empty) == text
    assert strip_tags(render("", claims.iloc[:0], jupyter=False)) == ""


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("end", 99, "outside the text"),
        ("start", 10, "reversed"),
        ("counted_start", -1, "outside the text"),
        ("source_end", 1000, "outside the text"),
        ("start", 1.5, "not integers"),
    ],
)
def test_bad_offsets_raise_naming_the_claim(column: str, value: Any, message: str) -> None:
    text = "Five soldiers died, the army said."
    claims = frame(
        [
            {"claim_id": "ok:0", "start": 0, "end": 4, "counted_start": 5, "counted_end": 13},
            {
                "claim_id": "bad:7",
                "start": 0,
                "end": 4,
                "counted_start": 5,
                "counted_end": 13,
                "source_start": 20,
                "source_end": 28,
            },
        ]
    )
    claims[column] = claims[column].astype("object")
    claims.loc[1, column] = value
    with pytest.raises(ValueError, match=rf"'bad:7'.*{message}"):
        render(text, claims, jupyter=False)
    if column in ("start", "end", "counted_start"):
        with pytest.raises(ValueError, match="'bad:7'"):
            to_displacy(text, claims)


def test_doc_id_selects_rows(docs: pd.DataFrame, claims: pd.DataFrame) -> None:
    text = str(docs.loc[2, "text"])
    out = render(text, claims, doc_id="002", jupyter=False)
    assert "claim 002:" in out and "claim 000:" not in out
    with pytest.raises(ValueError, match="doc_id"):
        render("x", pd.DataFrame({"start": [0], "end": [1]}), doc_id="1", jupyter=False)
    with pytest.raises(TypeError):
        render("x", [{"start": 0}], jupyter=False)  # type: ignore[call-overload]


def test_title_heading(docs: pd.DataFrame, claims: pd.DataFrame) -> None:
    out = render(str(docs.loc[1, "text"]), claims, doc_id="001", title="Report 001", jupyter=False)
    assert '<h3 class="cx-title"' in out and "Report 001</h3>" in out
    assert "<h3" not in render("x", claims.iloc[:0], jupyter=False)


def test_jupyter_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    claims = frame([{"start": 0, "end": 4}])
    as_str = render("Five", claims, jupyter=False)
    assert isinstance(render("Five", claims), str)  # no kernel under pytest
    ipython_display = pytest.importorskip("IPython.display")
    shown = render("Five", claims, jupyter=True)
    assert isinstance(shown, ipython_display.HTML)
    assert shown.data == as_str
    monkeypatch.setitem(sys.modules, "IPython.display", None)
    assert render("Five", claims, jupyter=True) == as_str


def test_a_kernel_is_detected(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("IPython.display")

    class Shell:
        config: ClassVar[dict[str, Any]] = {"IPKernelApp": {}}

    fake = types.ModuleType("IPython")
    fake.get_ipython = Shell  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "IPython", fake)
    assert crosscheck.display._in_kernel()
    out = render("Five", frame([{"start": 0, "end": 4}]))
    assert type(out).__name__ == "HTML"
    Shell.config = {}
    assert not crosscheck.display._in_kernel()


# to_displacy -------------------------------------------------------------------------------


def test_to_displacy_on_the_corpus(docs: pd.DataFrame, claims: pd.DataFrame) -> None:
    for doc_id, text in zip(docs["id"], docs["text"], strict=True):
        d = to_displacy(text, claims, doc_id=doc_id, title=f"report {doc_id}")
        assert d["text"] == text and d["title"] == f"report {doc_id}"
        ents = d["ents"]
        assert ents == sorted(ents, key=lambda e: e["start"])
        assert all(a["end"] <= b["start"] for a, b in itertools.pairwise(ents))
        mine = claims[claims["doc_id"] == doc_id]
        words = {(r.start, r.end, r.mention, r.event.upper()) for r in mine.itertuples()}
        words |= {
            (int(r.counted_start), int(r.counted_end), r.counted, r.what.upper())
            for r in mine.itertuples()
            if not pd.isna(r.counted_start)
        }
        got = {(e["start"], e["end"], text[e["start"] : e["end"]], e["label"]) for e in ents}
        assert got <= words
        assert len(ents) == len(words)  # the corpus has no overlaps: nothing dropped
        assert set(d) == {"text", "ents", "title"}


def test_to_displacy_drops_overlaps_keeping_the_earlier_and_longer() -> None:
    text = "Officials said 5 soldiers and 3 civilians died."
    five, three = text.index("5"), text.index("3")
    claims = frame(
        [
            {
                "start": three,
                "end": three + 1,
                "event": "kill",
                "what": "civilian",
                "counted_start": three + 2,
                "counted_end": three + 11,
            },
            {
                "start": five,
                "end": five + 1,
                "event": "kill",
                "what": "soldier",
                "counted_start": five + 2,
                "counted_end": three + 1,  # swallows the "3"
            },
            {"start": three, "end": three + 11, "event": "other"},  # longer, same start
        ]
    )
    ents = to_displacy(text, claims)["ents"]
    assert [(text[e["start"] : e["end"]], e["label"]) for e in ents] == [
        ("5", "KILL"),
        ("soldiers and 3", "SOLDIER"),
        ("civilians", "CIVILIAN"),
    ]
    assert to_displacy(text, claims.iloc[[0]])["ents"] == [
        {"start": three, "end": three + 1, "label": "KILL"},
        {"start": three + 2, "end": three + 11, "label": "CIVILIAN"},
    ]
    assert to_displacy(text, claims.iloc[[2, 0]])["ents"][0] == {
        "start": three,
        "end": three + 11,
        "label": "OTHER",
    }


# clusters_html ----------------------------------------------------------------------------


def body_rows(out: str) -> list[str]:
    tbody = out[out.index("<tbody>") : out.index("</tbody>")]
    return re.findall(r"<tr[^>]*>.*?</tr>", tbody)


def test_clusters_html_badges(rec: Reconciliation) -> None:
    out = clusters_html(rec)
    read_out = _Reader()
    read_out.feed(out)
    assert read_out.stack == []
    rows = body_rows(out)
    assert len(rows) == len(rec.clusters)
    shown = [r["verdict"] for r in ordered_clusters(rec)]
    assert sorted(shown) == sorted(rec.clusters["verdict"])
    for row, verdict in zip(rows, shown, strict=True):
        badge = re.search(r'<span class="cx-verdict" style="([^"]*)">([^<]*)</span>', row)
        assert badge is not None
        assert badge.group(2) == verdict
        assert VERDICT_COLOURS[verdict] in badge.group(1)
    assert "policy <code>ucdp</code>" in out
    assert "65 claims in 5 reports" in out
    counts = rec.clusters["verdict"].value_counts()
    footer = (
        f"{len(rec.clusters)} clusters, {counts['conflict']} conflicts, "
        f"{counts['agree']} agree, {counts['single']} single"
    )
    assert f">{footer}</p>" in out
    assert all("cx-more" not in r for r in rows)
    assert f"200 k {DASH} <strong>689 k</strong> {DASH} 999 k" in out
    assert f"3.52 M {DASH} <strong>3.6 M</strong> {DASH} 4.2 M" in out
    assert ">2020-02-10</td>" in out


def test_clusters_html_caps_rows(rec: Reconciliation) -> None:
    n = len(rec.clusters)
    out = clusters_html(rec, max_rows=4)
    rows = body_rows(out)
    assert len(rows) == 5
    assert 'class="cx-more"' in rows[2] and rows[2].count("…") == len(crosscheck.display._HEADERS)
    ids = [re.search(r"<th[^>]*>([^<]*)</th>", r).group(1) for r in rows]  # type: ignore[union-attr]
    order = [str(r["cluster_id"]) for r in ordered_clusters(rec)]
    assert ids == [order[0], order[1], "…", order[-2], order[-1]]
    assert f">{n} clusters," in out
    assert len(body_rows(clusters_html(rec, max_rows=n))) == n
    assert len(body_rows(clusters_html(rec, max_rows=n - 1))) == 2 * ((n - 1) // 2) + 1
    only_more = body_rows(clusters_html(rec, max_rows=1))
    assert len(only_more) == 1 and "cx-more" in only_more[0]
    with pytest.raises(ValueError, match="max_rows"):
        clusters_html(rec, max_rows=-1)


def hand_made(summaries: list[str], verdicts: list[str]) -> Reconciliation:
    n = len(summaries)
    clusters = pd.DataFrame(
        {
            "cluster_id": range(n),
            "event": ["kill<script>"] * n,
            "what": ["soldier"] * n,
            "side": [None] * n,
            "date_from": pd.to_datetime(["2020-02-03"] * n),
            "date_to": pd.to_datetime(["2020-02-04"] * n),
            "place": ['"Idlib" & co'] * n,
            "n_claims": [2] * n,
            "n_docs": [2] * n,
            "n_sources": [1] * n,
            "low": [5.0] * n,
            "best": [float("nan")] * n,
            "high": [float("inf")] * n,
            "spread": [0.0] * n,
            "verdict": verdicts,
            "summary": summaries,
        },
        columns=list(CLUSTER_COLUMNS),
    )
    return Reconciliation(claims=pd.DataFrame(), clusters=clusters, policy="<median>")


def test_clusters_html_escapes_and_shortens() -> None:
    long = "conflict: " + "<script>alert('x')</script> & more " * 10
    rec = hand_made([long, "agree: <b>5</b>"], ["conflict", "<i>odd</i>"])
    out = clusters_html(rec)
    assert "<script" not in out and "<b>" not in out and "<i>" not in out
    assert "&lt;median&gt;" in out and "&quot;Idlib&quot; &amp; co" in out
    reader = _Reader()
    reader.feed(out)
    assert reader.stack == []
    first, second = body_rows(out)
    # the summary, then the (empty) chain of revisions, close the row
    cell = re.search(
        r'<td style="text-align:left" title="([^"]*)">([^<]*)</td>'
        r'<td style="text-align:left"></td>$',
        first[:-5],
    )
    assert cell is not None
    assert html.unescape(cell.group(1)) == long
    shown = html.unescape(cell.group(2))
    assert shown.endswith("…") and len(shown) <= 80 and long.startswith(shown[:-1])
    assert "agree: &lt;b&gt;5&lt;/b&gt;</td>" in second
    assert f"5 {DASH} <strong>{DASH}</strong> {DASH} ∞" in first
    assert f"2020-02-03 {DASH} 2020-02-04" in first
    assert "&lt;i&gt;odd&lt;/i&gt;</span>" in second
    assert ">2 clusters, 1 conflict, 0 agree, 0 single, 1 other</p>" in out
    assert "0 claims</p>" in out


def test_clusters_html_empty() -> None:
    out = clusters_html(hand_made([], []))
    assert body_rows(out) == []
    assert ">0 clusters, 0 conflicts, 0 agree, 0 single</p>" in out


# format_number ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("x", "expected"),
    [
        (3_600_000, "3.6 M"),
        (689_000, "689 k"),
        (1240, "1,240"),
        (5, "5"),
        (0.5, "0.5"),
        (float("inf"), "∞"),
        (float("-inf"), "-∞"),
        (float("nan"), DASH),
        (None, DASH),
        (pd.NA, DASH),
        (0, "0"),
        (-0.0, "0"),
        (9_999, "9,999"),
        (10_000, "10 k"),
        (12_345, "12.3 k"),
        (999_999, "1 M"),
        (3_515_000, "3.52 M"),
        (2.5e9, "2.5 B"),
        (7.6, "7.6"),
        (1234.5, "1,234.5"),
        (0.0012, "0.0012"),
        (-5, "-5"),
    ],
)
def test_format_number(x: Any, expected: str) -> None:
    assert format_number(x) == expected


def test_docstring_examples_run() -> None:
    result = doctest.testmod(crosscheck.display, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 4
    assert result.failed == 0


def test_module_imports_only_the_standard_library_at_load() -> None:
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(crosscheck.display))
    loaded = set()
    for node in tree.body:  # module level, outside `if TYPE_CHECKING:`
        if isinstance(node, ast.Import):
            loaded |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            loaded.add(node.module.split(".")[0])
    assert loaded <= set(sys.stdlib_module_names) | {"__future__"}


def test_clusters_html_shows_the_chain_of_revisions() -> None:
    claims = crosscheck.extract(
        [
            "The quake in Aceh killed at least 30 people, officials said.",
            "The quake in Aceh killed 41 people, officials said.",
        ],
        ids=["a", "b"],
        published=["2021-10-02", "2021-10-03"],
    )
    out = clusters_html(crosscheck.reconcile(claims))
    assert "&#x27;at least 30&#x27; (report a" in out or "'at least 30' (report a" in out
    assert "refinement" in out


# second pass: what a new user tripped on ------------------------------------------------


def test_render_of_many_reports_without_doc_id_says_to_pass_it(
    docs: pd.DataFrame, claims: pd.DataFrame
) -> None:
    with pytest.raises(ValueError, match="doc_id"):
        render(docs["text"][0], claims, jupyter=False)
    with pytest.raises(ValueError, match="doc_id"):
        to_displacy(docs["text"][0], claims)
    one = claims[claims["doc_id"] == docs["id"][0]]
    assert render(docs["text"][0], one, jupyter=False) == render(
        docs["text"][0], claims, doc_id=docs["id"][0], jupyter=False
    )


def test_render_has_a_legend_of_what_it_draws(docs: pd.DataFrame, claims: pd.DataFrame) -> None:
    out = render(docs["text"][0], claims, doc_id=docs["id"][0], jupyter=False)
    legend = out[out.index('class="cx-legend"') :]
    labels = re.findall(r'data-label="([^"]*)"', legend)
    events = set(claims.loc[claims["doc_id"] == docs["id"][0], "event"])
    assert {f"{e} (figure)" for e in events} <= set(labels)
    assert "what is counted · side" in labels
    assert "who says so" in labels
    hedged = claims.loc[claims["doc_id"] == docs["id"][0], "hedged"].any()
    assert any("hedged" in label for label in labels) == bool(hedged)
    assert 'class="cx-legend"' not in render(docs["text"][0], claims, doc_id="000", legend=False)


def test_a_source_label_does_not_repeat_its_words() -> None:
    text = "Turkey said 12 soldiers were killed on Monday."
    claims = crosscheck.extract([text], published=["2021-03-17"])
    assert claims["source"].tolist() == ["Turkey"]
    out = render(text, claims, jupyter=False)
    labels = re.findall(r'data-label="([^"]*)"', out)
    assert "SOURCE" in labels
    assert not any(label.startswith("SOURCE ·") for label in labels)
    dutch = "Shelling killed five Dutch soldiers on Monday, the Dutch army said."
    out = render(dutch, crosscheck.extract([dutch], published=["2021-03-17"]), jupyter=False)
    assert 'data-label="SOURCE · Dutch military"' in out


def test_clusters_table_order_units_and_blanks(rec: Reconciliation) -> None:
    rows = ordered_clusters(rec)
    rank = {"conflict": 0, "agree": 1, "single": 2}
    assert [rank[r["verdict"]] for r in rows] == sorted(rank[r["verdict"]] for r in rows)
    out = clusters_html(rec)
    # the quake's 8 miles, the measure of report 003, says its unit
    miles = rec.claims.loc[rec.claims["unit"] == "mi", "cluster_id"]
    assert len(miles) > 0
    # (reconciliation compares lengths in one unit: the cluster says which)
    unit = rec.clusters.loc[int(miles.iloc[0]), "unit"]
    assert unit_label(unit) and f"{unit_label(unit)}</span>" in out
    assert unit_label("count") == "" and unit_label("mi") == "miles"
    cells = re.findall(r"<td[^>]*>([^<]*)</td>", out)
    assert not any(cell in ("None", "nan", "NaN", "NaT", "?") for cell in cells)


def test_print_rec_is_a_short_summary(rec: Reconciliation) -> None:
    text = repr(rec)
    assert text == summary_text(rec) == str(rec)
    assert text.startswith("Reconciliation (policy ucdp): 65 claims in 5 reports, ")
    assert len(text.splitlines()) < 30
    conflicts = rec.clusters[rec.clusters["verdict"] == "conflict"]
    first = ordered_clusters(rec)[0]
    assert first["verdict"] == "conflict"
    assert f"[{first['cluster_id']}] " in text
    assert f"{len(conflicts)} conflict" in text
    assert "DataFrame" not in text and "NaN" not in text and "None" not in text
    assert "rec.explain(" in text
    print(rec)  # a notebook user's first look: no error


# the report page -------------------------------------------------------------------------


class _PageText(HTMLParser):
    """The text a reader sees (no style, no script), and every address the page would load."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.loads: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script"):
            self.hidden += 1
        for name, value in attrs:
            if (
                name in ("src", "href", "xlink:href", "data")
                and value
                and not value.startswith("#")
            ):
                self.loads.append(value)
        if tag == "link":
            self.loads.append(str(dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script"):
            self.hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)

    @property
    def text(self) -> str:
        return " ".join("".join(self.parts).split())


def test_to_html_writes_one_self_contained_page(
    tmp_path: Any, docs: pd.DataFrame, rec: Reconciliation
) -> None:
    pytest.importorskip("matplotlib")
    path = tmp_path / "report.html"
    page = rec.to_html(path, texts=docs, title="Idlib, February 2020")
    assert path.read_text("utf-8") == page
    reader = _PageText()
    reader.feed(page)
    assert reader.loads == []  # nothing from the network, nothing from the disk
    assert "<script" not in page
    assert page.count("<svg") == 2
    for text in docs["text"]:
        assert " ".join(text.split()) in reader.text
    for cid in rec.clusters.loc[rec.clusters["verdict"] == "conflict", "cluster_id"]:
        assert html.escape(rec.explain(int(cid)).splitlines()[0]) in page
    assert 'class="cx-verdict"' in page and "Idlib, February 2020" in page
    # without the texts, each report is shown by the sentences that hold its claims
    short = _PageText()
    short.feed(rec.to_html())
    sentences = rec.claims.drop_duplicates(["doc_id", "sentence_start"])["sentence"]
    assert all(" ".join(s.split()) in short.text for s in sentences)
    assert short.text.count("pass texts= to show it whole") == docs["id"].nunique()


def _browser() -> str | None:
    import shutil

    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def test_report_page_in_a_real_browser(
    tmp_path: Any, docs: pd.DataFrame, rec: Reconciliation
) -> None:
    """Headless Chromium loads the page with no console message and shows every report."""
    import subprocess

    pytest.importorskip("matplotlib")
    browser = _browser()
    if browser is None:
        pytest.skip("no Chromium installed (apt-get install chromium) to load the report page")
    path = tmp_path / "report.html"
    rec.to_html(path, texts=docs)
    result = subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-extensions",
            "--host-resolver-rules=MAP * ~NOTFOUND",  # no network, were the page to ask
            "--enable-logging=stderr",
            "--v=0",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--dump-dom",
            path.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    console = [line for line in result.stderr.splitlines() if "CONSOLE" in line]
    assert console == []
    dom = _PageText()
    dom.feed(result.stdout)
    for text in docs["text"]:
        assert " ".join(text.split()) in dom.text
    assert "Conflicts explained" in dom.text
