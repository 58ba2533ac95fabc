"""HTML views of claims and reconciliations, for notebooks and reports.

A claims table says *where* every claim sits in its report: the number (``start:end``), the
phrase saying what is counted (``counted_start:counted_end``) and the attribution
(``source_start:source_end``). Reading those spans back in the text is the quickest way to
check what the extractor understood, so this module draws them, in the spirit of spaCy's
displacy "ent" style:

* :func:`render` shows a report with every claim's number, counted phrase and source
  highlighted, labelled, and with a tooltip holding the claim's figures, day, place and
  whether the report doubts it;
* :func:`to_displacy` gives the same spans in spaCy's manual format, for those who render with
  ``spacy.displacy`` itself;
* :func:`clusters_html` draws the clusters of a :class:`crosscheck.Reconciliation` as a table
  with readable figures and their unit, conflicts first, and a badge per verdict;
* :func:`summary_text` is the short plain-text account that ``print(rec)`` shows;
* :func:`format_number` writes a figure the way a reader skims it (``3.6 M``, ``689 k``).

Everything that comes from a text or a DataFrame is HTML-escaped, so a report quoting
``<script>`` renders as text. The HTML is self-contained (inline styles, one small ``<style>``
block for the labels) and needs no JavaScript; pandas and IPython are imported only when used.
"""

from __future__ import annotations

import html
import itertools
import math
import re
import sys
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, Protocol, overload

if TYPE_CHECKING:
    from collections.abc import Hashable, Mapping, Sequence

    import pandas as pd
    from IPython.display import HTML

    _Row = Mapping[Hashable, Any]

__all__ = ["clusters_html", "format_number", "render", "summary_text", "to_displacy"]


class Reconciled(Protocol):
    """What the views read of a :class:`crosscheck.Reconciliation`: its tables, its policy
    and its explanations. The views (here, :mod:`crosscheck.plot`, :mod:`crosscheck.report`)
    depend on this shape rather than on the class, so that the class can offer them as
    methods (``rec.plot()``, the table in a notebook) while imports run one way."""

    @property
    def claims(self) -> pd.DataFrame: ...
    @property
    def clusters(self) -> pd.DataFrame: ...
    @property
    def policy(self) -> str: ...
    @property
    def stories(self) -> pd.DataFrame | None: ...
    def explain(self, cluster_id: int) -> str: ...


EVENT_COLOURS = {
    "kill": "#ff9e80",
    "injure": "#ffd180",
    "attack": "#ff8a80",
    "destroy": "#f48fb1",
    "displace": "#a7ffeb",
    "host": "#b9f6ca",
    "deploy": "#ccff90",
    "capture": "#ea80fc",
    "surround": "#e6ee9c",
    "measure": "#e0e0c0",
    "population": "#b2dfdb",
    "arrest": "#ffe57f",
    "other": "#e0e0e0",
}
"""Background colour of a number span, by event; other events get a stable colour of their own."""

_SPARE_COLOURS = ("#ffcc80", "#c5e1a5", "#80deea", "#ce93d8", "#ffab91", "#bcaaa4", "#f8bbd0")
COUNTED_COLOUR = "#bbdefb"
"""Background colour of a counted phrase."""
SOURCE_COLOUR = "#d7ccc8"
"""Background colour of an attribution."""

VERDICT_COLOURS = {"agree": "#2e7d32", "conflict": "#c62828", "single": "#757575"}
"""Badge colour of a cluster verdict; any other verdict is drawn in a neutral grey-blue."""

DASH = "\u2013"
"""The en dash between figures and days, and shown for a missing figure."""

_ROLES = ("number", "counted", "source")
_SEP = " · "
_SUMMARY_CHARS = 80

# Labels are drawn with CSS, so the text of the rendered report (what a reader selects and
# copies) is the report and nothing else.
_STYLE = (
    "<style>"
    ".cx-render mark[data-label]::after{content:attr(data-label);font-size:0.62em;"
    "font-weight:700;font-family:sans-serif;line-height:1;margin-left:0.45em;"
    "vertical-align:middle;letter-spacing:0.02em;color:#333}"
    ".cx-legend [data-label]::after{content:attr(data-label);margin-left:0.35em}"
    "</style>"
)
_MARK_STYLE = (
    "background:{colour};padding:0.2em 0.3em;border-radius:0.35em;line-height:1;"
    "box-decoration-break:clone;-webkit-box-decoration-break:clone{extra}"
)
_HEDGED_STYLE = ";outline:1.5px dashed #555;outline-offset:1px"


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _is_na(value: Any) -> bool:
    """True for None, NaN, NaT and pd.NA (scalars only)."""
    if value is None:
        return True
    if isinstance(value, (str, int)):
        return False
    if isinstance(value, float):
        return math.isnan(value)
    import pandas as pd

    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _text(value: Any) -> str | None:
    """A non-empty string, or None."""
    if isinstance(value, str) and value.strip():
        return value
    return None


def format_number(x: float) -> str:
    """A figure the way a reader skims it.

    Whole numbers below 10,000 keep every digit with thousands separators; larger ones are
    rounded to three significant digits with ``k``, ``M``, ``B`` or ``T``. Fractions keep two
    decimals (or two significant digits below 1).

    Parameters
    ----------
    x
        Any real number (a NaN or a missing value gives a dash).

    Returns
    -------
    str

    Examples
    --------
    >>> from crosscheck.display import DASH, format_number
    >>> [format_number(x) for x in (3600000, 689000, 1240, 5, 0.5)]
    ['3.6 M', '689 k', '1,240', '5', '0.5']
    >>> format_number(float("inf")), format_number(-12500), format_number(float("nan")) == DASH
    ('∞', '-12.5 k', True)
    >>> format_number(999999), format_number(7.6), format_number(2.5e9)
    ('1 M', '7.6', '2.5 B')
    """
    if _is_na(x):
        return DASH
    number = float(x)
    if math.isnan(number):
        return DASH
    sign = "-" if number < 0 else ""
    size = abs(number)
    if math.isinf(size):
        return f"{sign}∞"
    if size < 10_000:
        if size == int(size):
            return f"{sign}{int(size):,}"
        if size >= 1:
            return sign + f"{size:,.2f}".rstrip("0").rstrip(".")
        return f"{sign}{size:.2g}"
    scales = ((1e3, "k"), (1e6, "M"), (1e9, "B"), (1e12, "T"))
    index = max(i for i, (scale, _) in enumerate(scales) if size >= scale)
    scaled = float(f"{size / scales[index][0]:.3g}")
    if scaled >= 1000 and index + 1 < len(scales):
        index += 1
        scaled = float(f"{size / scales[index][0]:.3g}")
    digits = f"{int(scaled):,}" if scaled == int(scaled) else f"{scaled:g}"
    return f"{sign}{digits} {scales[index][1]}"


def _exact(value: Any) -> str:
    """A figure with every digit, for tooltips."""
    if _is_na(value):
        return DASH
    number = float(value)
    if math.isinf(number):
        return "-∞" if number < 0 else "∞"
    if number == int(number):
        return f"{int(number):,}"
    return f"{number:,}"


def _day(value: Any) -> str | None:
    if _is_na(value):
        return None
    strftime = getattr(value, "strftime", None)
    if callable(strftime):
        return str(strftime("%Y-%m-%d"))
    return str(value)[:10]


def _days(first: Any, last: Any) -> str | None:
    start, end = _day(first), _day(last)
    if start is None:
        return end
    if end is None or end == start:
        return start
    return f"{start} {DASH} {end}"


def _event_colour(event: str | None) -> str:
    if event is None:
        return EVENT_COLOURS["other"]
    known = EVENT_COLOURS.get(event.lower())
    if known is not None:
        return known
    return _SPARE_COLOURS[zlib.crc32(event.lower().encode("utf-8")) % len(_SPARE_COLOURS)]


@dataclass
class _Span:
    start: int
    end: int
    role: str
    label: str
    colour: str
    tips: list[str]
    hedged: bool
    order: int

    @property
    def rank(self) -> tuple[int, int, int, int]:
        """Innermost first, then the earliest, then number before counted before source."""
        return (self.end - self.start, self.start, _ROLES.index(self.role), self.order)


def _select(claims: pd.DataFrame, doc_id: str | None) -> pd.DataFrame:
    import pandas as pd

    if not isinstance(claims, pd.DataFrame):
        raise TypeError(f"claims must be a pandas DataFrame, not {type(claims).__name__}")
    if doc_id is None:
        if "doc_id" in claims.columns:
            reports = claims["doc_id"].dropna().astype(str).unique()
            if len(reports) > 1:
                named = ", ".join(repr(r) for r in reports[:3])
                more = f" and {len(reports) - 3} more" if len(reports) > 3 else ""
                raise ValueError(
                    f"claims holds {len(reports)} reports ({named}{more}): pass doc_id= to "
                    "say which one the text is, e.g. render(text, claims, doc_id="
                    f"{reports[0]!r}); their offsets point into different texts"
                )
        return claims
    if "doc_id" not in claims.columns:
        raise ValueError(f"claims has no doc_id column to select doc_id {doc_id!r}")
    return claims[claims["doc_id"].astype(str) == str(doc_id)]


def _offsets(
    row: _Row, first: str, last: str, n: int, claim: str, part: str
) -> tuple[int, int] | None:
    """The checked span ``row[first]:row[last]``, or None when it is missing or empty."""
    start: Any = row.get(first)
    end: Any = row.get(last)
    if _is_na(start) or _is_na(end):
        return None
    try:
        s, e = float(start), float(end)
    except (TypeError, ValueError):
        raise ValueError(
            f"claim {claim!r}: the {part} offsets {start!r}:{end!r} are not integers"
        ) from None
    if s != int(s) or e != int(e):
        raise ValueError(f"claim {claim!r}: the {part} offsets {start!r}:{end!r} are not integers")
    if s > e:
        raise ValueError(f"claim {claim!r}: the {part} span {int(s)}:{int(e)} is reversed")
    if s < 0 or e > n:
        raise ValueError(
            f"claim {claim!r}: the {part} span {int(s)}:{int(e)} lies outside the text (length {n})"
        )
    if s == e:
        return None
    return int(s), int(e)


def _claim_id(row: _Row, fallback: Any) -> str:
    value = row.get("claim_id")
    return str(fallback) if _is_na(value) else str(value)


def _tooltip(row: _Row, claim: str) -> str:
    """Plain text (escaped later): the claim's figures, day, place and hedging."""
    what = [v for v in (_text(row.get(k)) for k in ("event", "what", "side")) if v]
    mention = _text(row.get("mention"))
    head = f"claim {claim}"
    if mention:
        head += f": {mention}"
    if what:
        head += f" ({', '.join(what)})"
    lines = [
        head,
        f"value {_exact(row.get('value'))} · low {_exact(row.get('low'))} "
        f"· high {_exact(row.get('high'))}",
        f"date {_days(row.get('date_from'), row.get('date_to')) or 'unknown'}",
        f"place {_text(row.get('place')) or 'unknown'}",
    ]
    source = _text(row.get("source"))
    if source:
        lines.append(f"source {source}")
    lines.append("hedged: the report doubts it" if _flag(row.get("hedged")) else "not hedged")
    return "\n".join(lines)


def _flag(value: Any) -> bool:
    return False if _is_na(value) else bool(value)


def _spans(text: str, claims: pd.DataFrame) -> list[_Span]:
    """Every highlighted span, with identical spans of several claims merged."""
    n = len(text)
    merged: dict[tuple[int, int, str], _Span] = {}
    for order, (index, row) in enumerate(zip(claims.index, claims.to_dict("records"), strict=True)):
        claim = _claim_id(row, index)
        tip = _tooltip(row, claim)
        hedged = _flag(row.get("hedged"))
        event = _text(row.get("event"))
        what = _text(row.get("what"))
        side = _text(row.get("side"))
        source = _text(row.get("source"))
        parts = (
            ("number", "start", "end", (event or "number").upper(), _event_colour(event)),
            (
                "counted",
                "counted_start",
                "counted_end",
                (what or "counted").upper() + (f"{_SEP}{side}" if side else ""),
                COUNTED_COLOUR,
            ),
            ("source", "source_start", "source_end", "SOURCE", SOURCE_COLOUR),
        )
        for role, first, last, label, colour in parts:
            where = _offsets(row, first, last, n, claim, role)
            if where is None:
                continue
            if role == "source" and source and _plain(source) not in _plain(text[slice(*where)]):
                # the canonical name only where it tells more than the words marked
                label = f"{label}{_SEP}{source}"
            key = (*where, role)
            span = merged.get(key)
            if span is None:
                merged[key] = _Span(*where, role, label, colour, [tip], hedged, order)
                continue
            if tip not in span.tips:
                span.tips.append(tip)
            if label not in span.label.split(" / "):
                span.label = f"{span.label} / {label}"
            span.hedged = span.hedged or hedged
    return list(merged.values())


def _plain(value: str) -> str:
    return " ".join(value.casefold().split())


def _legend(spans: list[_Span]) -> str:
    """What the colours and the dashed outline mean, for the spans drawn."""
    items: list[str] = []
    events: dict[str, str] = {}
    for span in sorted(spans, key=lambda s: s.start):
        if span.role == "number":
            for label in span.label.split(" / "):
                events.setdefault(label.lower(), span.colour)
    # The words are drawn by CSS too, so that the text of the rendered report stays the report.
    swatch = (
        '<span class="cx-legend-item" data-label="{text}" style="margin-right:0.9em;'
        'white-space:nowrap"><span style="display:inline-block;width:1.3em;height:0.9em;'
        'vertical-align:middle;background:{colour};border-radius:0.3em;{extra}"></span></span>'
    )
    for event, colour in events.items():
        items.append(swatch.format(colour=colour, extra="", text=_esc(f"{event} (figure)")))
    roles = {span.role for span in spans}
    if "counted" in roles:
        items.append(swatch.format(colour=COUNTED_COLOUR, extra="", text="what is counted · side"))
    if "source" in roles:
        items.append(swatch.format(colour=SOURCE_COLOUR, extra="", text="who says so"))
    if any(span.hedged for span in spans):
        items.append(
            swatch.format(
                colour="#fff",
                extra="outline:1.5px dashed #555;outline-offset:1px",
                text="dashed outline: the report doubts the claim (hedged)",
            )
        )
    if not items:
        return ""
    return (
        '<div class="cx-legend" style="font-family:sans-serif;font-size:0.8em;color:#333;'
        f'margin-top:0.4em;line-height:1.9">{"".join(items)}</div>'
    )


def _segments(n: int, spans: list[_Span]) -> list[tuple[int, int, _Span | None]]:
    """Cut ``0:n`` at every span boundary; each piece goes to the innermost span covering it."""
    cuts = sorted({0, n, *(s.start for s in spans), *(s.end for s in spans)})
    pending = sorted(spans, key=lambda s: (s.start, s.order))
    active: list[_Span] = []
    out: list[tuple[int, int, _Span | None]] = []
    k = 0
    for a, b in itertools.pairwise(cuts):
        while k < len(pending) and pending[k].start <= a:
            active.append(pending[k])
            k += 1
        active = [s for s in active if s.end > a]
        owner = min(active, key=lambda s: s.rank) if active else None
        if out and out[-1][2] is owner and out[-1][1] == a:
            out[-1] = (out[-1][0], b, owner)
        else:
            out.append((a, b, owner))
    return out


_BREAK = re.compile(r"\r\n|\r|\n")


def _text_html(text: str, a: int, b: int) -> str:
    """``text[a:b]`` escaped, with a ``<br>`` before every line ending (kept in the output)."""
    piece = text[a:b]
    out: list[str] = []
    last = 0
    for match in _BREAK.finditer(piece):
        out.append(_esc(piece[last : match.start()]))
        ending = match.group()
        # A CR cut off from its LF by a span boundary: the LF carries the break.
        split_crlf = ending == "\r" and match.end() == len(piece) and text[b : b + 1] == "\n"
        out.append(ending if split_crlf else f"<br>{ending}")
        last = match.end()
    out.append(_esc(piece[last:]))
    return "".join(out)


def _in_kernel() -> bool:
    """True inside a Jupyter kernel (IPython already imported and running a kernel app)."""
    ipython = sys.modules.get("IPython")
    if ipython is None:
        return False
    try:
        shell = ipython.get_ipython()
    except Exception:
        return False
    return shell is not None and "IPKernelApp" in getattr(shell, "config", {})


@overload
def render(
    text: str,
    claims: pd.DataFrame,
    *,
    doc_id: str | None = ...,
    title: str | None = ...,
    jupyter: Literal[False],
    legend: bool = ...,
) -> str: ...


@overload
def render(
    text: str,
    claims: pd.DataFrame,
    *,
    doc_id: str | None = ...,
    title: str | None = ...,
    jupyter: bool | None = ...,
    legend: bool = ...,
) -> str | HTML: ...


def render(
    text: str,
    claims: pd.DataFrame,
    *,
    doc_id: str | None = None,
    title: str | None = None,
    jupyter: bool | None = None,
    legend: bool = True,
) -> str | HTML:
    """A report as HTML, with the number, counted phrase and source of every claim marked.

    Each claim gives up to three ``<mark>`` spans: the number (coloured by event, labelled
    with the event, e.g. ``KILL``), the counted phrase (labelled with what is counted and the
    side, e.g. ``SOLDIER · Turkey``) and the attribution (``SOURCE · <canonical source>``,
    or ``SOURCE`` alone when the words marked already say the name).
    Hovering a span shows the claim's value, low and high, day, place and whether the report
    hedges it; the spans of a hedged claim have a dashed outline. A span shared by several
    claims (one attribution for three figures) is drawn once, with every claim in its tooltip
    and their labels joined by ``/`` when they differ.

    Spans may nest or cross. The text is cut at every span boundary and each piece is marked
    by the innermost span covering it (then the earliest, then number before counted before
    source), so no character is dropped or repeated and the HTML stays well formed. A span's
    label follows its last piece. Labels are drawn by CSS (``::after``), so selecting and
    copying the rendered text gives back the report exactly.

    Parameters
    ----------
    text
        The report, exactly as it was given to :func:`crosscheck.extract` (offsets are
        code-point offsets into it).
    claims
        A claims table, or any DataFrame with some of the span columns ``start, end,
        counted_start, counted_end, source_start, source_end``; ``claim_id, mention, value,
        low, high, event, what, side, source, hedged, date_from, date_to, place`` are used
        when present. A span with a missing offset is skipped.
    doc_id
        Only the rows with this ``doc_id``. With None (the default) every row is drawn;
        a table of several reports then raises ``ValueError`` (their offsets point into
        different texts), so pass ``doc_id``.
    title
        A heading above the text.
    jupyter
        Return an ``IPython.display.HTML`` object rather than a ``str``. With None (the
        default), do so when running inside a Jupyter kernel. Without IPython, a ``str``.
    legend
        Draw a legend under the text: the colour of each event shown, of counted phrases
        and of sources, and the dashed outline of a hedged claim (default True).

    Returns
    -------
    str or IPython.display.HTML
        A ``<div class="cx-render">`` holding the text, each line ending preceded by ``<br>``.

    Raises
    ------
    ValueError
        When a span is reversed or lies outside the text, naming the claim's ``claim_id``
        (or its index when there is none); when ``doc_id`` is given and there is no
        ``doc_id`` column; or when ``doc_id`` is None and the claims hold several reports.

    See Also
    --------
    to_displacy : the same spans for ``spacy.displacy``.

    Examples
    --------
    >>> import re
    >>> import crosscheck as cx
    >>> from crosscheck.display import render
    >>> text = "Shelling killed five Dutch soldiers on Monday, the Dutch army said."
    >>> claims = cx.extract([text], published=["2021-03-17"])
    >>> out = render(text, claims, jupyter=False)
    >>> for label, words in re.findall(r'<mark [^>]*data-label="([^"]*)"[^>]*>([^<]*)<', out):
    ...     print(f"{words!r:18} {label}")
    'five'             KILL
    'Dutch soldiers'   SOLDIER · Netherlands
    'the Dutch army'   SOURCE · Dutch military
    >>> "&lt;b&gt;" in render("<b>bold</b>", claims.iloc[:0], jupyter=False)
    True
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    rows = _select(claims, doc_id)
    spans = _spans(text, rows)
    pieces = _segments(len(text), spans)
    last_piece = {id(owner): i for i, (_, _, owner) in enumerate(pieces) if owner is not None}
    body: list[str] = []
    for i, (a, b, owner) in enumerate(pieces):
        inner = _text_html(text, a, b)
        if owner is None:
            body.append(inner)
            continue
        label = f' data-label="{_esc(owner.label)}"' if last_piece[id(owner)] == i else ""
        style = _MARK_STYLE.format(colour=owner.colour, extra=_HEDGED_STYLE if owner.hedged else "")
        tip = _esc("\n\n".join(owner.tips))
        hedged = " cx-hedged" if owner.hedged else ""
        body.append(
            f'<mark class="cx-{owner.role}{hedged}"{label} title="{tip}" '
            f'style="{style}">{inner}</mark>'
        )
    heading = (
        f'<h3 class="cx-title" style="margin:0 0 0.6em 0">{_esc(title)}</h3>'
        if title is not None
        else ""
    )
    legend_html = _legend(spans) if legend else ""
    out = (
        f'<div class="cx-render" style="direction:ltr">{_STYLE}{heading}'
        f'<div class="cx-text" style="line-height:2.5">{"".join(body)}</div>{legend_html}</div>'
    )
    if jupyter is None:
        jupyter = _in_kernel()
    if jupyter:
        try:
            from IPython.display import HTML
        except ImportError:
            return out
        return HTML(out)
    return out


def to_displacy(
    text: str,
    claims: pd.DataFrame,
    *,
    doc_id: str | None = None,
    title: str | None = None,
) -> dict[str, Any]:
    """The numbers and counted phrases of the claims in spaCy's manual displacy format.

    The number spans are labelled with the event and the counted phrases with what is
    counted, both upper-case. displacy's "ent" style cannot draw overlapping entities, so they
    are removed: sorted by start, the earlier (then the longer) of two overlapping spans is
    kept. Attributions are left out (use :func:`render` to see them).

    Parameters
    ----------
    text
        The report, exactly as it was given to :func:`crosscheck.extract`.
    claims
        A claims table (see :func:`render`).
    doc_id
        Only the rows with this ``doc_id`` (default: every row).
    title
        The title displacy shows above the text.

    Returns
    -------
    dict
        ``{"text": text, "ents": [{"start": s, "end": e, "label": L}, ...], "title": title}``,
        for ``spacy.displacy.render(d, style="ent", manual=True)``.

    Raises
    ------
    ValueError
        When a span is reversed or lies outside the text, naming the claim's ``claim_id``.

    Examples
    --------
    >>> import crosscheck as cx
    >>> from crosscheck.display import to_displacy
    >>> text = "Shelling killed five Dutch soldiers on Monday, the Dutch army said."
    >>> d = to_displacy(text, cx.extract([text], published=["2021-03-17"]), title="report 0")
    >>> d["ents"]
    [{'start': 16, 'end': 20, 'label': 'KILL'}, {'start': 21, 'end': 35, 'label': 'SOLDIER'}]
    >>> [text[e["start"] : e["end"]] for e in d["ents"]], d["title"]
    (['five', 'Dutch soldiers'], 'report 0')
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    rows = _select(claims, doc_id)
    n = len(text)
    found: list[tuple[int, int, int, str]] = []
    for order, (index, row) in enumerate(zip(rows.index, rows.to_dict("records"), strict=True)):
        claim = _claim_id(row, index)
        event = (_text(row.get("event")) or "number").upper()
        what = (_text(row.get("what")) or "counted").upper()
        for role, first, last, label in (
            ("number", "start", "end", event),
            ("counted", "counted_start", "counted_end", what),
        ):
            where = _offsets(row, first, last, n, claim, role)
            if where is not None:
                found.append((where[0], where[1], 2 * order + (role == "counted"), label))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0]), f[2]))
    ents: list[dict[str, Any]] = []
    reached = 0
    for start, end, _, label in found:
        if start >= reached:
            ents.append({"start": start, "end": end, "label": label})
            reached = end
    return {"text": text, "ents": ents, "title": title}


def _badge(verdict: str) -> str:
    colour = VERDICT_COLOURS.get(verdict, "#546e7a")
    return (
        f'<span class="cx-verdict" style="background:{colour};color:#fff;border-radius:0.8em;'
        f'padding:0.1em 0.6em;font-size:0.85em;font-weight:600;white-space:nowrap">'
        f"{_esc(verdict)}</span>"
    )


def _shorten(value: str, limit: int = _SUMMARY_CHARS) -> str:
    if len(value) <= limit:
        return value
    cut = value[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


UNIT_NAMES = {
    "mi": "miles",
    "km": "km",
    "km2": "km²",
    "mi2": "sq mi",
    "m": "metres",
    "ft": "feet",
    "%": "%",
    "USD": "US$",
    "EUR": "€",
    "GBP": "£",
    "year": "years",
    "day": "days",
    "month": "months",
    "week": "weeks",
    "hour": "hours",
}
"""How a unit is written after a figure; other units are written as they are, counts not."""


def unit_label(unit: Any) -> str:
    """The unit as written after a figure (``miles``, ``%``); empty for a count or no unit.

    Examples
    --------
    >>> from crosscheck.display import unit_label
    >>> unit_label("mi"), unit_label("count"), unit_label(None), unit_label("kg")
    ('miles', '', '', 'kg')
    """
    text = _text(unit)
    if text is None or text == "count":
        return ""
    return UNIT_NAMES.get(text, text)


def _figures(row: _Row) -> tuple[str, str]:
    """The figures cell (HTML) and its tooltip (plain text), with the unit after them."""
    low: Any = row.get("low")
    best: Any = row.get("best")
    high: Any = row.get("high")
    unit = unit_label(row.get("unit"))
    after = f" {unit}" if unit else ""
    tip = f"low {_exact(low)} · best {_exact(best)} · high {_exact(high)}{after}"
    shown = [format_number(v) for v in (low, best, high)]
    if all(v == DASH for v in shown):
        return "", "no figure"
    unit_html = f' <span class="cx-unit" style="color:#555">{_esc(unit)}</span>' if unit else ""
    if shown[0] == shown[1] == shown[2]:
        return f"<strong>{_esc(shown[1])}</strong>{unit_html}", tip
    return (
        f"{_esc(shown[0])} {DASH} <strong>{_esc(shown[1])}</strong> {DASH} "
        f"{_esc(shown[2])}{unit_html}",
        tip,
    )


def _count(row: _Row, name: str) -> str:
    value: Any = row.get(name)
    return "" if _is_na(value) else f"{int(value):,}"


_HEADERS = (
    "cluster",
    "event",
    "what",
    "side",
    "day(s)",
    "place",
    f"figures (low {DASH} best {DASH} high)",
    "voices / reports",
    "verdict",
    "summary",
    "revisions",
)
_TD = '<td style="text-align:{align}">{body}</td>'


def _cluster_row(row: _Row, chains: Sequence[str] = ()) -> str:
    cells = [f'<th style="text-align:right">{_esc(_count(row, "cluster_id"))}</th>']
    for name in ("event", "what", "side"):
        cells.append(_TD.format(align="left", body=_esc(_text(row.get(name)) or "")))
    days = _days(row.get("date_from"), row.get("date_to")) or ""
    cells.append(
        f'<td style="text-align:left;white-space:nowrap">{_esc(days)}</td>'
        + _TD.format(align="left", body=_esc(_text(row.get("place")) or ""))
    )
    figures, tip = _figures(row)
    cells.append(
        f'<td style="text-align:right;white-space:nowrap" title="{_esc(tip)}">{figures}</td>'
    )
    n_claims: Any = row.get("n_claims")
    claims = "" if _is_na(n_claims) else _plural(int(n_claims), "claim")
    cells.append(
        f'<td style="text-align:right" title="{_esc(claims)}">'
        f"{_esc(_count(row, 'n_sources'))} / {_esc(_count(row, 'n_docs'))}</td>"
    )
    verdict = _text(row.get("verdict"))
    cells.append(_TD.format(align="center", body=_badge(verdict) if verdict else ""))
    summary = row.get("summary")
    full = "" if _is_na(summary) else str(summary)
    short = _shorten(full)
    title = f' title="{_esc(full)}"' if short != full else ""
    cells.append(f'<td style="text-align:left"{title}>{_esc(short)}</td>')
    cells.append(_TD.format(align="left", body="<br>".join(_esc(c) for c in chains)))
    return "<tr>" + "".join(cells) + "</tr>"


def _plural(n: int, noun: str, plural: str | None = None) -> str:
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"


VERDICT_ORDER = ("conflict", "agree", "single")
"""The order clusters are shown in: what needs a reader's eye first."""


def cluster_units(rec: Reconciled) -> dict[int, str | None]:
    """The unit of each cluster: its ``unit`` column, else the unit its claims share."""
    clusters = rec.clusters
    if "unit" in clusters.columns:
        return {
            int(c): _text(u)
            for c, u in zip(clusters["cluster_id"], clusters["unit"], strict=True)
            if not _is_na(c)
        }
    claims = rec.claims
    if "unit" not in claims.columns or "cluster_id" not in claims.columns:
        return {}
    units: dict[int, str | None] = {}
    for cid, unit in zip(claims["cluster_id"], claims["unit"], strict=True):
        if not _is_na(cid):
            units.setdefault(int(cid), _text(unit))
    return units


def ordered_clusters(rec: Reconciled) -> list[dict[Any, Any]]:
    """The cluster rows as dicts with their ``unit``: conflicts, then agreements, then singles
    (then any other verdict), each by decreasing number of claims, then by id."""
    units = cluster_units(rec)
    records = rec.clusters.to_dict("records")
    for record in records:
        cid: Any = record.get("cluster_id")
        if "unit" not in record:
            record["unit"] = None if _is_na(cid) else units.get(int(cid))

    def order(record: dict[Any, Any]) -> tuple[int, int, int]:
        verdict = str(record.get("verdict"))
        rank = VERDICT_ORDER.index(verdict) if verdict in VERDICT_ORDER else len(VERDICT_ORDER)
        n: Any = record.get("n_claims")
        cid: Any = record.get("cluster_id")
        return (rank, -(0 if _is_na(n) else int(n)), 0 if _is_na(cid) else int(cid))

    return sorted(records, key=order)


def clusters_html(rec: Reconciled, *, max_rows: int = 60) -> str:
    """The clusters of a reconciliation as an HTML table, for notebooks.

    One row per cluster, conflicts first, then agreements, then singles (each by decreasing
    number of claims): its id, event, what is counted, side, day(s), place, the low, best
    (in bold) and high figures (:func:`format_number`; the tooltip has every digit) followed
    by their unit when they are not counts (7.6, 8 and 8.4 ``miles``), independent
    voices / reports, the verdict as a badge (agree green, conflict red, single grey) and the
    summary (shortened; the tooltip holds the whole text) and the chain of revisions ("'at
    least 30' (report a, …) → '41' (report b, …): rise"). A missing value is a blank cell. As
    in pandas, a table longer than ``max_rows`` shows its first and last ``max_rows // 2``
    rows around a "…" row. A header names the policy and a footer counts the clusters by
    verdict.

    Parameters
    ----------
    rec
        A :class:`crosscheck.Reconciliation`.
    max_rows
        The most rows drawn before the table is cut (default 60).

    Returns
    -------
    str
        A ``<div class="cx-clusters">`` holding the header, the table and the footer.

    Examples
    --------
    >>> import crosscheck as cx
    >>> from crosscheck.display import DASH, clusters_html
    >>> claims = cx.extract(
    ...     ["Shelling killed five soldiers on Monday, the army said.",
    ...      "Officials said 12 soldiers died in the shelling on Monday."],
    ...     published=["2021-03-16", "2021-03-16"])
    >>> out = clusters_html(cx.reconcile(claims))
    >>> out.count("<tr>"), f"5 {DASH} <strong>5</strong> {DASH} 12" in out
    (2, True)
    >>> out[out.index('<p class="cx-footer"'):]  # doctest: +ELLIPSIS
    '<p class="cx-footer"...>1 cluster, 1 conflict, 0 agree, 0 single</p></div>'
    """
    if max_rows < 0:
        raise ValueError(f"max_rows must be at least 0, not {max_rows}")
    records = ordered_clusters(rec)
    n = len(records)
    if n > max_rows:
        half = max_rows // 2
        head, tail = records[:half], records[n - half :] if half else []
    else:
        head, tail = records, []
    from crosscheck.revisions import revision_chains

    def row_html(r: _Row) -> str:
        chains = () if _is_na(r.get("cluster_id")) else revision_chains(rec.claims, r["cluster_id"])
        return _cluster_row(r, chains)

    rows = [row_html(r) for r in head]
    if n > max_rows:
        more = "".join(
            f'<td style="text-align:center">{"…"}</td>' for _ in range(len(_HEADERS) - 1)
        )
        rows.append(f'<tr class="cx-more"><th style="text-align:right">…</th>{more}</tr>')
        rows.extend(row_html(r) for r in tail)
    verdicts = [str(r.get("verdict")) for r in records]
    tally = {v: verdicts.count(v) for v in ("conflict", "agree", "single")}
    others = n - sum(tally.values())
    footer = (
        f"{_plural(n, 'cluster')}, {_plural(tally['conflict'], 'conflict')}, "
        f"{tally['agree']:,} agree, {tally['single']:,} single"
        + (f", {others:,} other" if others else "")
    )
    n_claims = len(rec.claims)
    claims_cols = getattr(rec.claims, "columns", ())
    n_docs = rec.claims["doc_id"].nunique() if "doc_id" in claims_cols else None
    origin = _plural(n_claims, "claim") + (
        f" in {_plural(int(n_docs), 'report')}" if n_docs is not None else ""
    )
    header = (
        f'<p class="cx-caption" style="margin:0 0 0.4em 0"><strong>Reconciliation</strong>'
        f"{_SEP}policy <code>{_esc(rec.policy)}</code>{_SEP}{_esc(origin)}</p>"
    )
    head_cells = "".join(f'<th style="text-align:left">{_esc(h)}</th>' for h in _HEADERS)
    table = (
        '<table border="1" class="dataframe cx-table">'
        f"<thead><tr>{head_cells}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )
    footer_html = f'<p class="cx-footer" style="margin:0.4em 0 0 0">{_esc(footer)}</p>'
    return f'<div class="cx-clusters">{header}{table}{footer_html}</div>'


def _cluster_head(record: Mapping[Hashable, Any]) -> str:
    """``kill · soldier · Turkey · 2020-02-03 · Idlib``: what a cluster counts, where, when."""
    parts = [_text(record.get(k)) for k in ("event", "what", "side")]
    parts.append(_days(record.get("date_from"), record.get("date_to")))
    parts.append(_text(record.get("place")))
    return _SEP.join(p for p in parts if p)


def _figures_text(record: Mapping[Hashable, Any]) -> str:
    figures: list[Any] = [record.get(k) for k in ("low", "best", "high")]
    shown = [format_number(v) for v in figures]
    unit = unit_label(record.get("unit"))
    after = f" {unit}" if unit else ""
    if all(v == DASH for v in shown):
        return "no figure"
    if shown[0] == shown[1] == shown[2]:
        return shown[1] + after
    return f"{shown[0]} {DASH} {shown[1]} {DASH} {shown[2]}{after}"


_VOICE_COUNT = re.compile(r" \(\d+ reports?, \d+ independent voice\(s\)\)")


def summary_text(rec: Reconciled, *, top: int = 5) -> str:
    """A short account of a reconciliation in plain text: what ``print(rec)`` shows.

    The counts (claims, reports, clusters by verdict), then the ``top`` conflicts and
    agreements with the most claims, each on two lines: what is counted, where and when,
    then the figures (low, best and high, with their unit), the voices and the summary.

    Parameters
    ----------
    rec
        A :class:`crosscheck.Reconciliation`.
    top
        The most conflicts, and the most agreements, listed (default 5).

    Returns
    -------
    str

    Examples
    --------
    >>> import crosscheck as cx
    >>> from crosscheck.display import summary_text
    >>> claims = cx.extract(
    ...     ["Shelling killed five soldiers on Monday, the army said.",
    ...      "Officials said 12 soldiers died in the shelling on Monday."],
    ...     published=["2021-03-16", "2021-03-16"])
    >>> print(summary_text(cx.reconcile(claims)))  # doctest: +ELLIPSIS
    Reconciliation (policy ucdp): 2 claims in 2 reports, 1 cluster: 1 conflict, 0 agree, ...
    <BLANKLINE>
    Conflicts:
      [0] kill · soldier · 2021-03-15
          5 ... 12; 2 voices in 2 reports; ...
    <BLANKLINE>
    rec.clusters and rec.claims hold the tables; rec.explain(0) tells a verdict in words.
    """
    if top < 0:
        raise ValueError(f"top must be at least 0, not {top}")
    records = ordered_clusters(rec)
    claims = rec.claims
    n_docs = claims["doc_id"].nunique() if "doc_id" in getattr(claims, "columns", ()) else None
    origin = _plural(len(claims), "claim") + (
        f" in {_plural(int(n_docs), 'report')}" if n_docs is not None else ""
    )
    tally = {v: sum(1 for r in records if r.get("verdict") == v) for v in VERDICT_ORDER}
    lines = [
        f"Reconciliation (policy {rec.policy}): {origin}, {_plural(len(records), 'cluster')}: "
        f"{tally['conflict']:,} conflict, {tally['agree']:,} agree, {tally['single']:,} single"
    ]
    for verdict, heading in (("conflict", "Conflicts"), ("agree", "Agreements")):
        chosen = [r for r in records if r.get("verdict") == verdict]
        if not chosen:
            continue
        lines += ["", f"{heading}:"]
        for record in chosen[:top]:
            voices = _count(record, "n_sources")
            docs = _count(record, "n_docs")
            how = f"{_plural(int(voices.replace(',', '')), 'voice')}" if voices else ""
            if docs:
                how += f" in {_plural(int(docs.replace(',', '')), 'report')}"
            summary = _text(record.get("summary")) or ""
            summary = summary.split(": ", 1)[1] if summary.startswith(f"{verdict}: ") else summary
            summary = _VOICE_COUNT.sub("", summary)  # said just before, in words
            detail = "; ".join(p for p in (_figures_text(record), how, _shorten(summary, 110)) if p)
            lines.append(f"  [{_count(record, 'cluster_id')}] {_cluster_head(record)}")
            lines.append(f"      {detail}")
        if len(chosen) > top:
            lines.append(f"  … and {len(chosen) - top:,} more")
    first = next(
        (r for r in records if r.get("verdict") in ("conflict", "agree")),
        records[0] if records else None,
    )
    lines.append("")
    hint = "rec.clusters and rec.claims hold the tables"
    if first is not None and not _is_na(first.get("cluster_id")):
        hint += f"; rec.explain({int(first['cluster_id'])}) tells a verdict in words"
    lines.append(hint + ".")
    return "\n".join(lines)
