"""Plots of a reconciliation: where reports agree, where they conflict, and when things happened.

A :class:`crosscheck.Reconciliation` is two tables; these plots are the quickest way to read
them. :func:`plot_clusters` draws one row per cluster with the reconciled range, the best
estimate and every report's own figure coloured by who said it, so a conflict is visible at a
glance; :func:`plot_timeline` places the dated clusters on a calendar. :func:`figure_label`
writes a figure the way a reader expects it (``3.6 M``, ``689 k``, ``1,240``).

matplotlib is an optional dependency: it is imported inside the functions, so the package
imports without it, and a plot asked for without it raises ``ImportError``.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from crosscheck.display import Reconciled

__all__ = ["figure_label", "plot_clusters", "plot_timeline"]

_NEED_MATPLOTLIB = "crosscheck plots need matplotlib: pip install matplotlib"

VERDICT_COLOURS = {"conflict": "#c62828", "agree": "#2e7d32", "single": "#757575"}
"""The colour of each verdict, in both plots."""

VERDICT_PREFIX = {"conflict": "CONFLICT", "agree": "agree", "single": "single"}
"""How each verdict is written before a cluster's label."""

UNATTRIBUTED = "unattributed"
UNATTRIBUTED_COLOUR = "#9e9e9e"

# The x axis is drawn in figures divided by this much when they reach it, so that a figure
# near the largest float (1e308) leaves room for the margins and the ticks without overflow.
_HUGE = 1e200


def _voice(claim: dict[Any, Any]) -> str:
    """Who a figure comes from, as one colour: the party (``Turkey``) for all of its
    ministries and officials, else the source, else ``unattributed``."""
    for key in ("source_party", "source"):
        value = claim.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return UNATTRIBUTED


_VERDICT_RANK = {"conflict": 0, "agree": 1, "single": 2}
_UNITS = ((1e9, "bn"), (1e6, "M"), (1e3, "k"))  # used from 100,000 on


def _require_matplotlib() -> None:
    try:
        import matplotlib  # noqa: F401
    except ImportError as error:
        raise ImportError(_NEED_MATPLOTLIB) from error


def figure_label(value: float) -> str:
    """A figure written for a reader: ``3.6 M``, ``689 k``, ``1,240``, ``∞``.

    Millions and billions get three significant digits and a unit, figures from 100,000 are
    written in thousands, smaller ones in full with thousands separators, from a trillion on
    in scientific notation; a missing figure (NaN) is ``?``.

    Parameters
    ----------
    value
        The figure.

    Returns
    -------
    str
        The label.

    Examples
    --------
    >>> from crosscheck.plot import figure_label
    >>> [figure_label(v) for v in (3600000, 689000, 1240, 8.4, float("inf"), 1e308)]
    ['3.6 M', '689 k', '1,240', '8.4', '∞', '1e+308']
    """
    number = float(value)
    if math.isnan(number):
        return "?"
    if number < 0:
        return "-" + figure_label(-number)
    if math.isinf(number):
        return "∞"
    if number >= 1e12:  # beyond billions a reader wants the exponent, not 300 digits
        return f"{number:.3g}"
    if number >= 1e5:
        i = next(i for i, (scale, _) in enumerate(_UNITS) if number >= scale)
        mantissa = float(f"{number / _UNITS[i][0]:.3g}")
        if mantissa >= 1000 and i > 0:  # 999,999 rounds up to 1 M, not 1000 k
            mantissa = float(f"{mantissa * _UNITS[i][0] / _UNITS[i - 1][0]:.3g}")
            i -= 1
        text = f"{mantissa:,.0f}" if mantissa >= 1000 else f"{mantissa:g}"
        return f"{text} {_UNITS[i][1]}"
    if number == int(number):
        return f"{int(number):,}"
    if number >= 100:
        return f"{number:,.0f}"
    return f"{number:.3g}"


def _finite(value: Any) -> float | None:
    """``value`` as a finite float, else None (NaN, infinities, None, non-numbers)."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _number(value: Any) -> float:
    """``value`` as a float, NaN when it is not a number."""
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


def _day(value: Any) -> str | None:
    """An ISO day, or None for NaT/None."""
    if value is None or value != value:  # NaT is not equal to itself
        return None
    return str(value)[:10]


def _cluster_label(row: dict[Any, Any], lines: int = 1) -> str:
    """``kill · soldier · Turkey · 2020-02-03 · Idlib``: what the cluster counts; with
    ``lines=2`` the day and place go on a second line (row labels narrower than the data)."""
    parts = [str(row["event"]), str(row["what"])]
    if isinstance(row.get("side"), str):
        parts.append(row["side"])
    where: list[str] = []
    first, last = _day(row.get("date_from")), _day(row.get("date_to"))
    if first is not None:
        where.append(first if last in (None, first) else f"{first} \u2013 {last}")
    if isinstance(row.get("place"), str):
        where.append(row["place"])
    if lines == 2 and where:
        return " · ".join(parts) + "\n" + " · ".join(where)
    return " · ".join(parts + where)


def _lane_label(lane: tuple[str, str, str | None]) -> str:
    return " · ".join(p for p in lane if p is not None)


def _select(
    rec: Reconciled, clusters: Sequence[int] | None, min_claims: int, max_clusters: int
) -> list[dict[Any, Any]]:
    """The cluster rows to draw, top row first."""
    rows = rec.clusters.to_dict("records")
    if clusters is not None:
        by_id = {int(r["cluster_id"]): r for r in rows}
        missing = [c for c in clusters if int(c) not in by_id]
        if missing:
            raise KeyError(f"no cluster {missing[0]!r}")
        return [by_id[int(c)] for c in clusters]
    chosen = [r for r in rows if int(r["n_claims"]) >= min_claims]

    def order(row: dict[Any, Any]) -> tuple[int, float, int]:
        spread = _number(row["spread"])
        return (
            _VERDICT_RANK.get(str(row["verdict"]), 3),
            -spread if not math.isnan(spread) else math.inf,
            int(row["cluster_id"]),
        )

    chosen.sort(key=order)
    return chosen[: max(0, max_clusters)]


def _source_colours(sources: list[str]) -> dict[str, str]:
    """One colour per distinct source, in order of appearance; ``unattributed`` grey."""
    from matplotlib import colormaps
    from matplotlib.colors import to_hex

    distinct = [s for s in dict.fromkeys(sources) if s != UNATTRIBUTED]
    tab10 = [to_hex(colormaps["tab10"](i)) for i in range(10) if i != 7]  # 7 is grey
    tab20 = [to_hex(colormaps["tab20"](i)) for i in range(20) if i not in (14, 15)]
    palette = tab10 if len(distinct) <= len(tab10) else tab20
    colours = {s: palette[i % len(palette)] for i, s in enumerate(distinct)}
    if UNATTRIBUTED in sources:
        colours[UNATTRIBUTED] = UNATTRIBUTED_COLOUR
    return colours


def _x_limits(values: list[float], log: bool, unbounded: bool) -> tuple[float, float]:
    """Padded x limits around the finite figures; more room on the right for arrows to ∞."""
    if not values:
        return (0.0, 1.0)
    lo, hi = min(values), max(values)
    if log:
        return (lo / 1.6, hi * (4.0 if unbounded else 1.6))
    width = hi - lo
    pad = width * 0.06 if width > 0 else max(abs(hi) * 0.1, 1.0)
    left = max(lo - pad, 0.0) if lo > 0 else lo - pad  # positive figures: no negative axis
    return (left, hi + pad * (4.0 if unbounded else 1.0))


def _offsets(n: int) -> list[float]:
    """Vertical offsets of ``n`` claims in a row, off the centre line where the ◆ is."""
    slots = n if n % 2 == 0 else n + 1
    spread = [-0.3 + 0.6 * k / (slots - 1) for k in range(slots)]
    if slots > n:
        del spread[slots // 2]
    return spread


def _figure_axis(
    ax: Axes, log: bool, zero: bool, smallest: float, decades: float, scale: float = 1.0
) -> None:
    """Log or linear x axis with :func:`figure_label` ticks (of ``x * scale``)."""
    from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter

    if log:
        if zero:
            ax.set_xscale("symlog", linthresh=smallest)
        else:
            ax.set_xscale("log")
            subs = (1.0, 2.0, 5.0) if decades <= 4 else (1.0,)
            ax.xaxis.set_major_locator(LogLocator(base=10, subs=subs))
        ax.xaxis.set_minor_formatter(NullFormatter())
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: figure_label(float(x) * scale)))


def plot_clusters(
    rec: Reconciled,
    *,
    clusters: Sequence[int] | None = None,
    min_claims: int = 2,
    ax: Axes | None = None,
    max_clusters: int = 20,
) -> Axes:
    """Every report's figure for each cluster, against the reconciled range and estimate.

    One horizontal row per cluster: a translucent bar from the cluster's ``low`` to its
    ``high`` (coloured by verdict), a diamond at the ``best`` estimate, and each claim's
    figure coloured by its source: a dot when exact, a short segment from its ``low`` to its
    ``high`` when it is an interval, an arrow to the right edge when it has no upper bound.
    Superseded claims are hollow, hedged ones (the report doubts them) have a dashed edge.
    The row label is the verdict (coloured) then ``event · counted · side · day · place``.
    The x axis is logarithmic when the figures span more than two orders of magnitude.

    Parameters
    ----------
    rec
        The reconciliation, from :func:`crosscheck.reconcile`.
    clusters
        Cluster ids to draw, in this order (``min_claims`` and ``max_clusters`` are then not
        applied). Default: the clusters with at least ``min_claims`` claims, conflicts first
        then by decreasing spread.
    min_claims
        The fewest claims a cluster needs to be drawn by default.
    ax
        The Axes to draw on (default: a new figure sized to the number of rows).
    max_clusters
        The most clusters drawn by default.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on. An empty selection gives an Axes saying "no cluster to show".

    Raises
    ------
    ImportError
        When matplotlib is not installed.
    KeyError
        When ``clusters`` names a cluster that does not exist.

    Examples
    --------
    >>> import crosscheck as cx
    >>> from crosscheck.plot import plot_clusters
    >>> claims = cx.extract(
    ...     ["Shelling killed five soldiers on Monday, the army said.",
    ...      "Officials said 12 soldiers died in the shelling on Monday."],
    ...     published=["2021-03-16", "2021-03-16"])
    >>> ax = plot_clusters(cx.reconcile(claims))
    >>> print(ax.get_yticklabels()[0].get_text())
    kill · soldier
    2021-03-15
    >>> ax.figure.savefig("clusters.png")  # doctest: +SKIP
    """
    _require_matplotlib()
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    rows = _select(rec, clusters, min_claims, max_clusters)
    if ax is None:
        height = max(3.0, 0.62 * len(rows) + 2.4)
        _, ax = plt.subplots(figsize=(11, height), layout="constrained")
    ax.set_title(
        f"Claims by cluster (policy {rec.policy}): low\u2013high range, best estimate ◆, "
        "each report's figure"
    )
    if not rows:
        ax.text(0.5, 0.5, "no cluster to show", ha="center", va="center", transform=ax.transAxes)
        ax.set_xticks([])
        ax.set_yticks([])
        return ax

    claims = rec.claims
    ids = [int(r["cluster_id"]) for r in rows]
    members = {
        cid: sorted(
            claims[claims["cluster_id"] == cid].to_dict("records"),
            key=lambda c: (_number(c.get("value")), _number(c.get("low"))),
        )
        for cid in ids
    }
    voices = [_voice(c) for cid in ids for c in members[cid]]
    colours = _source_colours(voices)

    named_all: list[Any] = []
    for row in rows:
        named_all += [row[k] for k in ("low", "best", "high")]
        for c in members[int(row["cluster_id"])]:
            named_all += [c.get(k) for k in ("low", "value", "high")]
    largest = max((abs(v) for v in map(_finite, named_all) if v is not None), default=0.0)
    scale = 10.0 ** (math.floor(math.log10(largest)) - 6) if largest >= _HUGE else 1.0

    def at(value: Any) -> float:
        """A figure as an x coordinate (NaN when it is none)."""
        return _number(value) / scale

    figures: list[float] = []
    unbounded = False
    for row in rows:
        named = [row[k] for k in ("low", "best", "high")]
        for c in members[int(row["cluster_id"])]:
            named += [c.get(k) for k in ("low", "value", "high")]
        unbounded |= any(_number(v) == math.inf for v in named)
        figures += [v / scale for v in map(_finite, named) if v is not None]
    positive = [v for v in figures if v > 0]
    decades = math.log10(max(positive) / min(positive)) if positive else 0.0
    log = decades > 2
    zero = log and len(positive) < len(figures)
    if log:
        left, right = _x_limits(positive, True, unbounded)
        if zero:
            left = min(figures) - 0.5 * min(positive)
    else:
        left, right = _x_limits(figures, False, unbounded)

    n = len(rows)
    styles = set()
    for i, row in enumerate(rows):
        y = n - 1 - i
        verdict = str(row["verdict"])
        low, best, high = (at(row[k]) for k in ("low", "best", "high"))
        if not math.isnan(low) and not math.isnan(high):
            end = right if math.isinf(high) else high
            ax.barh(
                y,
                end - low,
                left=low,
                height=0.72,
                color=VERDICT_COLOURS.get(verdict, "#757575"),
                alpha=0.18,
                linewidth=0,
                zorder=1,
            )
        if math.isfinite(best):
            ax.scatter(
                [best],
                [y],
                marker="D",
                s=70,
                facecolor="black",
                edgecolor="white",
                linewidth=0.8,
                zorder=5,
            )
        group = members[int(row["cluster_id"])]
        offsets = _offsets(len(group))
        for claim, dy in zip(group, offsets, strict=True):
            colour = colours[_voice(claim)]
            superseded = claim.get("status") == "superseded"
            hedged = claim.get("hedged") is True or bool(claim.get("hedged") == 1)
            styles |= {s for s, on in (("superseded", superseded), ("hedged", hedged)) if on}
            c_low, c_value, c_high = (at(claim.get(k)) for k in ("low", "value", "high"))
            x = c_value if math.isfinite(c_value) else c_low
            if not math.isfinite(x):
                continue
            line = "--" if hedged else "-"
            if math.isinf(c_high) and c_high > 0:
                start = c_low if math.isfinite(c_low) else x
                ax.annotate(
                    "",
                    xy=(right, y + dy),
                    xytext=(start, y + dy),
                    zorder=3,
                    arrowprops={
                        "arrowstyle": "-|>",
                        "color": colour,
                        "linewidth": 1.6,
                        "linestyle": line,
                        "shrinkA": 0,
                        "shrinkB": 0,
                    },
                )
            elif math.isfinite(c_low) and math.isfinite(c_high) and c_high > c_low:
                ax.hlines(
                    y + dy,
                    c_low,
                    c_high,
                    colors=colour,
                    linewidth=2,
                    linestyles="--" if hedged else "-",
                    zorder=3,
                )
            ax.scatter(
                [x],
                [y + dy],
                s=48,
                zorder=4,
                facecolor="none" if superseded else colour,
                edgecolor="black" if hedged and not superseded else colour,
                linewidth=1.4,
                linestyle="--" if hedged else "-",
            )

    ax.set_ylim(-0.6, n - 0.4)
    ax.set_yticks(range(n))
    labels = ax.set_yticklabels([_cluster_label(r, lines=2) for r in reversed(rows)])
    for label, row in zip(labels, reversed(rows), strict=True):
        verdict = str(row["verdict"])
        ax.annotate(
            VERDICT_PREFIX.get(verdict, verdict),
            xy=(0, 0.5),
            xycoords=label,
            xytext=(-5, 0),
            textcoords="offset points",
            ha="right",
            va="center",
            color=VERDICT_COLOURS.get(verdict, "black"),
            fontweight="bold",
            fontsize=label.get_fontsize(),
        )
    _figure_axis(ax, log, zero, min(positive) if positive else 1.0, decades, scale)
    ax.set_xlim(left, right)
    ax.set_xlabel("figure reported" + (" (log scale)" if log else ""))
    # The y axis label heads the column of row labels (a rotated label would sit on the
    # verdict prefixes, which the axis does not know of).
    ax.annotate(
        "verdict  event · counted · side\nday · place",
        xy=(0, 0),
        xycoords="axes fraction",
        xytext=(-6, -8),
        textcoords="offset points",
        ha="right",
        va="top",
        fontsize="small",
        fontstyle="italic",
        color="#616161",
    )
    ax.grid(axis="x", alpha=0.3, zorder=0)
    ax.set_axisbelow(True)

    handles = [
        Line2D([], [], marker="o", linestyle="-", linewidth=2, color=colours[s], label=s)
        for s in colours
    ]
    handles.append(
        Line2D([], [], marker="D", linestyle="none", color="black", label="best estimate")
    )
    if "superseded" in styles:
        handles.append(
            Line2D(
                [],
                [],
                marker="o",
                linestyle="none",
                markerfacecolor="none",
                markeredgecolor="#424242",
                label="superseded",
            )
        )
    if "hedged" in styles:
        handles.append(Line2D([], [], marker="o", linestyle="--", color="#424242", label="hedged"))
    # Under the plot, so that the figures get the width: one colour per voice.
    ax.legend(
        handles=handles,
        title="Who gives the figure (one colour per party or source)",
        loc="upper center",
        bbox_to_anchor=(0.5, -0.16 if n > 3 else -0.3),
        borderaxespad=0.0,
        ncols=min(4, len(handles)),
        fontsize="small",
        title_fontsize="small",
        frameon=False,
    )
    _quiet_in_notebook(ax)
    return ax


def _quiet_in_notebook(ax: Axes) -> None:
    """In a Jupyter kernel, `rec.plot()` shows the figure once, without an Axes repr above it.

    IPython calls ``_ipython_display_`` instead of printing the repr: the figure is
    displayed there and closed in pyplot, so that the inline backend does not show it again
    at the end of the cell. Elsewhere (a script, a terminal) the Axes is left as it is.
    """
    from crosscheck.display import _in_kernel

    if not _in_kernel():
        return

    def show() -> None:
        import matplotlib.pyplot as plt
        from IPython.display import display

        display(ax.figure)
        plt.close(ax.figure)  # type: ignore[arg-type]

    ax._ipython_display_ = show  # type: ignore[attr-defined]


def plot_timeline(rec: Reconciled, *, ax: Axes | None = None) -> Axes:
    """The dated clusters on a calendar, one lane per event, counted class and side.

    Each cluster is a marker at its day (a line across its days when it spans several), with
    an area growing with the square root of its best estimate (compared within one unit
    only), coloured by its verdict and labelled with the estimate. Clusters without a day are
    listed in a note under the plot; measures (distances, durations, money: event
    ``measure`` or a unit other than a count) are no events and are left out, with a note.

    Parameters
    ----------
    rec
        The reconciliation, from :func:`crosscheck.reconcile`.
    ax
        The Axes to draw on (default: a new figure sized to the number of lanes).

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on.

    Raises
    ------
    ImportError
        When matplotlib is not installed.

    Examples
    --------
    >>> import crosscheck as cx
    >>> from crosscheck.plot import plot_timeline
    >>> claims = cx.extract(
    ...     ["Shelling killed five soldiers on Monday, the army said.",
    ...      "Officials said 12 soldiers died in the shelling on Monday."],
    ...     published=["2021-03-16", "2021-03-16"])
    >>> ax = plot_timeline(cx.reconcile(claims))
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['kill · soldier']
    >>> ax.figure.savefig("timeline.png")  # doctest: +SKIP
    """
    _require_matplotlib()
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    import numpy as np
    from matplotlib.lines import Line2D

    from crosscheck.display import cluster_units

    units = cluster_units(rec)
    every = rec.clusters.to_dict("records")
    for r in every:
        r["unit"] = units.get(int(r["cluster_id"]))
    # Measures (distances, durations, money, shares) are no events: they stay off the calendar.
    rows = [r for r in every if r["event"] != "measure" and r["unit"] in (None, "count")]
    n_measures = len(every) - len(rows)
    dated = [r for r in rows if _day(r["date_from"]) is not None]
    undated = [r for r in rows if _day(r["date_from"]) is None]

    def lane_of(row: dict[Any, Any]) -> tuple[str, str, str | None]:
        side = row["side"] if isinstance(row.get("side"), str) else None
        return (str(row["event"]), str(row["what"]), side)

    lanes = sorted({lane_of(r) for r in dated}, key=lambda k: (k[0], k[1], k[2] or ""))
    # Clusters of one lane on one day (same event, other places) share the lane, stacked.
    crowd: dict[tuple[tuple[str, str, str | None], str], list[dict[Any, Any]]] = {}
    for r in sorted(dated, key=lambda r: int(r["cluster_id"])):
        crowd.setdefault((lane_of(r), str(_day(r["date_from"]))), []).append(r)
    slots = {lane: max(len(g) for (k, _), g in crowd.items() if k == lane) for lane in lanes}
    heights = [1.0 if slots[lane] < 2 else 0.4 * slots[lane] + 0.3 for lane in lanes]
    centres: dict[tuple[str, str, str | None], float] = {}
    below = 0.0
    for lane, height in zip(reversed(lanes), reversed(heights), strict=True):
        centres[lane] = below + height / 2
        below += height
    if ax is None:
        size = max(3.0, 0.42 * sum(heights) + 2.6)
        _, ax = plt.subplots(figsize=(11, size), layout="constrained")
    ax.set_title(f"Events by day (policy {rec.policy}): best estimate of each cluster")

    if not dated:
        ax.text(
            0.5, 0.5, "no dated cluster to show", ha="center", va="center", transform=ax.transAxes
        )
        ax.set_xticks([])
        ax.set_yticks([])
    else:
        # Marker areas compare within one unit only: each unit's largest estimate is full size.
        top: dict[Any, float] = {}
        for r in dated:
            b = _finite(r["best"])
            if b is not None:
                top[r["unit"]] = max(top.get(r["unit"], 0.0), abs(b))
        points: dict[str, tuple[list[float], list[float], list[float]]] = {}
        for (lane, _), group in crowd.items():
            for k, r in enumerate(group):
                y = centres[lane] + 0.4 * ((len(group) - 1) / 2 - k)
                first = float(mdates.date2num(np.datetime64(r["date_from"], "ns")))
                last = float(mdates.date2num(np.datetime64(r["date_to"], "ns")))
                if last > first:
                    ax.hlines(y, first, last, colors="#616161", linewidth=2.5, alpha=0.6, zorder=2)
                best = _finite(r["best"])
                largest = top.get(r["unit"]) or 1.0
                area = 25.0 + 600.0 * math.sqrt(abs(best) / largest) if best is not None else 25.0
                x = (first + last) / 2
                verdict = str(r["verdict"])
                xs, ys, sizes = points.setdefault(verdict, ([], [], []))
                xs.append(x)
                ys.append(y)
                sizes.append(area)
                label = figure_label(_number(r["best"]))
                if isinstance(r.get("place"), str):
                    label += f" ({r['place']})"
                ax.annotate(
                    label,
                    xy=(x, y),
                    xytext=(math.sqrt(area) / 2 + 3, 0),
                    textcoords="offset points",
                    ha="left",
                    va="center",
                    fontsize="small",
                    zorder=4,
                )
        for verdict in sorted(points, key=lambda v: _VERDICT_RANK.get(v, 3)):
            xs, ys, sizes = points[verdict]
            ax.scatter(
                xs,
                ys,
                s=sizes,
                color=VERDICT_COLOURS.get(verdict, "#757575"),
                alpha=0.8,
                edgecolor="white",
                linewidth=0.8,
                zorder=3,
                label=verdict,
            )
        starts = [float(mdates.date2num(np.datetime64(r["date_from"], "ns"))) for r in dated]
        ends = [float(mdates.date2num(np.datetime64(r["date_to"], "ns"))) for r in dated]
        span = max(ends) - min(starts)
        ax.set_xlim(min(starts) - max(1.0, 0.05 * span), max(ends) + max(1.5, 0.12 * span))
        locator = mdates.AutoDateLocator(minticks=3, maxticks=10)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        ax.set_yticks([centres[lane] for lane in lanes])
        ax.set_yticklabels([_lane_label(lane) for lane in lanes])
        ax.set_ylim(-0.2, below + 0.2)
        ax.grid(axis="x", alpha=0.3)
        ax.set_axisbelow(True)
        handles = [
            Line2D(
                [],
                [],
                marker="o",
                linestyle="none",
                markersize=8,
                alpha=0.8,
                color=VERDICT_COLOURS.get(v, "#757575"),
                label=v,
            )
            for v in sorted(points, key=lambda v: _VERDICT_RANK.get(v, 3))
        ]
        ax.legend(
            handles=handles,
            title="Verdict",
            loc="upper left",
            bbox_to_anchor=(1.01, 1.0),
            borderaxespad=0.0,
            fontsize="small",
            title_fontsize="small",
            frameon=False,
        )
    ax.set_xlabel("day of the event")
    ax.set_ylabel("event · counted · side")
    _quiet_in_notebook(ax)

    notes = []
    if undated:
        undated.sort(key=lambda r: (-int(r["n_claims"]), int(r["cluster_id"])))
        shown = [f"{_cluster_label(r)}: {figure_label(_number(r['best']))}" for r in undated[:8]]
        more = len(undated) - len(shown)
        notes.append(
            f"Undated ({len(undated)}): "
            + "; ".join(shown)
            + (f"; and {more} more" if more else "")
        )
    if n_measures:
        notes.append(
            f"Not shown: {n_measures} cluster{'s' if n_measures != 1 else ''} of measures "
            "(distances, areas, durations, money, shares), which are no events."
        )
    if notes:
        note = "\n".join(textwrap.fill(n, 140) for n in notes)
        ax.annotate(
            note,
            xy=(0, 0),
            xycoords="axes fraction",
            xytext=(0, -40),
            textcoords="offset points",
            ha="left",
            va="top",
            fontsize="small",
            color="#424242",
        )
    return ax
