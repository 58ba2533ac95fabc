"""One HTML page to send: a whole reconciliation that a reader opens in any browser.

A notebook is for the analyst; an editor or a colleague wants one file. :func:`report_html`
writes it from a :class:`crosscheck.Reconciliation`: the verdict table (conflicts first), the
explanation of every conflict in words (:meth:`Reconciliation.explain`), the plots as inline
SVG, and every report with its claims highlighted (:func:`crosscheck.display.render`). The
page is self-contained: inline styles and pictures, no script, no font, no request to the
network, so it reads the same offline, attached to a mail or archived.

``rec.to_html(path)`` and ``crosscheck report INPUT... -o report.html`` are built on it.
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

    from crosscheck.display import Reconciled

__all__ = ["report_html"]

_PAGE_STYLE = """
body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:70em;margin:2em auto;
padding:0 1.2em;color:#222;line-height:1.45}
h1{font-size:1.6em;margin-bottom:0.2em} h2{margin-top:1.8em;border-bottom:1px solid #ddd}
.cx-table{border-collapse:collapse;font-size:0.9em}
.cx-table td,.cx-table th{border:1px solid #ddd;padding:0.25em 0.5em;vertical-align:top}
.cx-table thead th{background:#f5f5f5}
pre.cx-explain{background:#fafafa;border-left:3px solid #c62828;padding:0.6em 0.9em;
white-space:pre-wrap;font-size:0.85em}
section.cx-report{margin:1.4em 0;padding:0.8em 1em;border:1px solid #e0e0e0;border-radius:6px}
figure{margin:1em 0} figure svg{max-width:100%;height:auto}
.cx-note{color:#616161;font-size:0.9em}
"""

_XML_PROLOG = re.compile(r"^\s*<\?xml[^>]*>\s*(<!DOCTYPE[^>]*>\s*)?", re.S)


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _texts_by_id(texts: Any) -> dict[str, str]:
    """The reports' texts by ``doc_id``, from a DataFrame, a Series or a mapping."""
    import pandas as pd

    if texts is None:
        return {}
    if isinstance(texts, pd.DataFrame):
        id_column = next((c for c in ("id", "doc_id") if c in texts.columns), None)
        if id_column is None or "text" not in texts.columns:
            raise ValueError(
                "texts as a DataFrame needs an id (or doc_id) column and a text column, "
                f"not {list(texts.columns)}"
            )
        pairs = zip(texts[id_column], texts["text"], strict=True)
    elif isinstance(texts, pd.Series):
        pairs = zip(texts.index, texts, strict=True)
    elif isinstance(texts, Mapping):
        pairs = zip(texts.keys(), texts.values(), strict=True)
    else:
        raise TypeError(
            "texts must be a DataFrame (id, text), a Series indexed by doc_id or a mapping, "
            f"not {type(texts).__name__}"
        )
    return {str(k): v for k, v in pairs if isinstance(v, str)}


def _excerpt(claims: pd.DataFrame) -> tuple[str, pd.DataFrame]:
    """A report rebuilt from the sentences that hold its claims, with the offsets moved.

    Sentences are joined by an ellipsis (…); a span outside its claim's sentence (an attribution
    made a sentence earlier) is dropped rather than drawn at a wrong place.
    """
    import pandas as pd

    needed = {"sentence", "sentence_start", "sentence_end"}
    if not needed <= set(claims.columns):
        return "", claims.iloc[:0]
    sentences: dict[int, tuple[int, str]] = {}
    for start, end, sentence in zip(
        claims["sentence_start"], claims["sentence_end"], claims["sentence"], strict=True
    ):
        if isinstance(sentence, str) and not pd.isna(start) and not pd.isna(end):
            sentences.setdefault(int(start), (int(end), sentence))
    pieces: list[str] = []
    moved: dict[int, int] = {}  # sentence start in the report -> start in the excerpt
    at = 0
    for start in sorted(sentences):
        end, sentence = sentences[start]
        if pieces:
            pieces.append(" … ")
            at += 3
        moved[start] = at
        pieces.append(sentence)
        at += len(sentence)
    shifted = claims.copy()
    for first, last in (
        ("start", "end"),
        ("counted_start", "counted_end"),
        ("source_start", "source_end"),
    ):
        if first not in shifted.columns or last not in shifted.columns:
            continue
        new_first: list[Any] = []
        new_last: list[Any] = []
        for s_start, s_end, a, b in zip(
            claims["sentence_start"],
            claims["sentence_end"],
            claims[first],
            claims[last],
            strict=True,
        ):
            inside = (
                not pd.isna(a)
                and not pd.isna(b)
                and not pd.isna(s_start)
                and int(s_start) in moved
                and int(s_start) <= int(a) <= int(b) <= int(s_end)
            )
            if inside:
                offset = moved[int(s_start)] - int(s_start)
                new_first.append(int(a) + offset)
                new_last.append(int(b) + offset)
            else:
                new_first.append(pd.NA)
                new_last.append(pd.NA)
        shifted[first] = pd.Series(new_first, index=claims.index, dtype="Int64")
        shifted[last] = pd.Series(new_last, index=claims.index, dtype="Int64")
    return "".join(pieces), shifted


def _svg(draw: Any, rec: Reconciled) -> str:
    """A plot as inline SVG (text as paths: no font needed), or a note without matplotlib."""
    try:
        import matplotlib
    except ImportError:
        return '<p class="cx-note">The plots need matplotlib: pip install matplotlib.</p>'
    import matplotlib.pyplot as plt

    buffer = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "path"}):
        ax = draw(rec)
        figure = ax.figure
        try:
            figure.savefig(buffer, format="svg")
        finally:
            plt.close(figure)
    return _XML_PROLOG.sub("", buffer.getvalue())


def report_html(rec: Reconciled, *, texts: Any = None, title: str | None = None) -> str:
    """A reconciliation as one self-contained HTML page.

    The page holds, in order: a heading with the counts; the verdict table (conflicts first,
    :func:`crosscheck.display.clusters_html`); the explanation of every conflict
    (:meth:`crosscheck.Reconciliation.explain`); the two plots as inline SVG (when
    matplotlib is installed); and every report with its claims highlighted and a legend
    (:func:`crosscheck.display.render`). It has no script and loads nothing.

    Parameters
    ----------
    rec
        The reconciliation, from :func:`crosscheck.reconcile`.
    texts
        The reports' texts, to show them whole: a DataFrame with ``id`` (or ``doc_id``) and
        ``text`` columns, a Series indexed by ``doc_id``, or a mapping. A report without its
        text is shown by the sentences that hold its claims, joined by an ellipsis (…).
    title
        The page's title (default ``crosscheck report``).

    Returns
    -------
    str
        The page, ``<!DOCTYPE html>`` first.

    Examples
    --------
    >>> import crosscheck as cx
    >>> from crosscheck.report import report_html
    >>> texts = ["Shelling killed five soldiers on Monday, the army said.",
    ...          "Officials said 12 soldiers died in the shelling on Monday."]
    >>> rec = cx.reconcile(cx.extract(texts, published=["2021-03-16"] * 2))
    >>> page = report_html(rec, texts={"0": texts[0], "1": texts[1]})
    >>> page.startswith("<!DOCTYPE html>"), "died in the shelling" in page, "conflict" in page
    (True, True, True)
    """
    from crosscheck.display import clusters_html, render
    from crosscheck.plot import plot_clusters, plot_timeline

    by_id = _texts_by_id(texts)
    claims = rec.claims
    clusters = rec.clusters
    heading = title or "crosscheck report"
    has_docs = "doc_id" in claims.columns
    doc_ids = [str(d) for d in dict.fromkeys(claims["doc_id"])] if has_docs else []
    doc_ids += [d for d in by_id if d not in set(doc_ids)]
    verdicts: Any = clusters["verdict"].value_counts() if "verdict" in clusters.columns else {}
    n_conflicts = int(verdicts.get("conflict", 0))
    counts = (
        f"{len(doc_ids):,} reports · {len(claims):,} claims · {len(clusters):,} clusters: "
        f"{n_conflicts:,} conflict, {int(verdicts.get('agree', 0)):,} agree, "
        f"{int(verdicts.get('single', 0)):,} single · policy {rec.policy}"
    )
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_esc(heading)}</title><style>{_PAGE_STYLE}</style></head><body>",
        f"<h1>{_esc(heading)}</h1>",
        f'<p class="cx-counts">{_esc(counts)}</p>',
        '<nav class="cx-note">Sections: <a href="#verdicts">verdicts</a> · '
        '<a href="#conflicts">conflicts explained</a> · <a href="#plots">plots</a> · '
        '<a href="#reports">reports</a></nav>',
        '<h2 id="verdicts">Verdicts</h2>',
        '<p class="cx-note">One row per cluster (claims about one thing counted), conflicts '
        "first. The figures are the reconciled low, best estimate (bold) and high.</p>",
        clusters_html(rec, max_rows=max(60, len(clusters))),
        '<h2 id="conflicts">Conflicts explained</h2>',
    ]
    conflict_ids = [
        int(c)
        for c, v in zip(clusters["cluster_id"], clusters["verdict"], strict=True)
        if v == "conflict"
    ]
    if conflict_ids:
        parts.extend(f'<pre class="cx-explain">{_esc(rec.explain(c))}</pre>' for c in conflict_ids)
    else:
        parts.append(
            '<p class="cx-note">No conflict: the reports do not contradict each other.</p>'
        )
    parts += [
        '<h2 id="plots">Plots</h2>',
        f"<figure>{_svg(plot_clusters, rec)}<figcaption class='cx-note'>Every report's figure "
        "for each cluster with more than one claim, against the reconciled range and best "
        "estimate.</figcaption></figure>",
        f"<figure>{_svg(plot_timeline, rec)}<figcaption class='cx-note'>The dated clusters "
        "by day.</figcaption></figure>",
        '<h2 id="reports">Reports</h2>',
    ]
    for doc_id in doc_ids:
        rows = claims[claims["doc_id"].astype(str) == doc_id] if has_docs else claims.iloc[:0]
        text = by_id.get(doc_id)
        note = ""
        if text is None:
            text, rows = _excerpt(rows)
            note = (
                '<p class="cx-note">The sentences of this report that hold a claim '
                "(pass texts= to show it whole).</p>"
            )
        published = ""
        if "published" in rows.columns and len(rows) and not rows["published"].isna().all():
            published = f", published {str(rows['published'].dropna().iloc[0])[:10]}"
        report_title = f"Report {doc_id}{published}: {len(rows):,} claims"
        body = render(text, rows, title=report_title, jupyter=False)
        parts.append(
            f'<section class="cx-report" data-doc-id="{_esc(doc_id)}">{note}{body}</section>'
        )
    parts.append(
        '<p class="cx-note">Made with crosscheck. Hover a highlighted figure for its claim: '
        "its interval, day, place and whether the report doubts it.</p></body></html>"
    )
    return "\n".join(parts)
