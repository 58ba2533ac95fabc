"""`crosscheck.plot`: the clusters and timeline plots, and figure labels."""

from __future__ import annotations

import math
import subprocess
import sys
from collections.abc import Iterator
from typing import cast

import crosscheck as cx
import numpy as np
import pandas as pd
import pytest
from crosscheck.datasets import load_idlib
from crosscheck.plot import figure_label, plot_clusters, plot_timeline

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")

import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.axes import Axes  # noqa: E402
from matplotlib.collections import PathCollection  # noqa: E402


@pytest.fixture(scope="module")
def seeds() -> cx.Reconciliation:
    docs = load_idlib()
    claims = cx.extract(docs["text"], ids=list(docs["id"]), published=docs["published"])
    return cx.reconcile(claims)


@pytest.fixture(autouse=True)
def close_figures() -> Iterator[None]:
    yield
    plt.close("all")


def reconciliation(rows: list[dict[str, object]]) -> cx.Reconciliation:
    """A reconciliation of hand-made claims (kill/soldier/Ruritania on 2021-03-15 unless said)."""
    base = {
        "doc_id": "a",
        "event": "kill",
        "what": "soldier",
        "side": "Ruritania",
        "source": None,
        "hedged": False,
        "place": None,
        "date_from": pd.Timestamp("2021-03-15"),
        "date_to": pd.Timestamp("2021-03-15"),
        "published": pd.Timestamp("2021-03-16"),
    }
    frame = pd.DataFrame([{**base, **r} for r in rows])
    for name in ("low", "high"):
        if name not in frame:
            frame[name] = frame["value"]
    return cx.reconcile(frame)


def tick_labels(ax: Axes) -> list[str]:
    return [t.get_text() for t in ax.get_yticklabels()]


def legend_labels(ax: Axes) -> list[str]:
    legend = ax.get_legend()
    assert legend is not None
    return [t.get_text() for t in legend.get_texts()]


def points(ax: Axes) -> np.ndarray:
    """The (x, y) of every scatter marker."""
    offsets = [
        np.asarray(c.get_offsets(), dtype=float).reshape(-1, 2)
        for c in ax.collections
        if isinstance(c, PathCollection)
    ]
    return np.vstack([o for o in offsets if len(o)])


def texts(ax: Axes) -> list[str]:
    return [t.get_text() for t in ax.texts]


# plot_clusters on the bundled corpus


def test_clusters_default_selection(seeds: cx.Reconciliation) -> None:
    ax = plot_clusters(seeds)
    assert isinstance(ax, Axes)
    shown = seeds.clusters[seeds.clusters.n_claims >= 2]
    labels = tick_labels(ax)
    assert len(ax.get_yticks()) == len(labels) == len(shown)
    assert any("kill" in label for label in labels)
    assert "kill · soldier · Turkey\n2020-02-03 · Idlib" in labels
    # conflicts first (the top row is the last tick), each with its coloured verdict prefix
    verdicts = list(reversed([t for t in texts(ax) if t in ("CONFLICT", "agree", "single")]))
    assert verdicts[0] == "CONFLICT"
    assert verdicts.count("CONFLICT") == (shown.verdict == "conflict").sum()
    assert "Claims by cluster (policy ucdp)" in ax.get_title()
    ax.figure.canvas.draw()  # the layout, the legend and the prefixes render


def test_clusters_legend_names_the_sources(seeds: cx.Reconciliation) -> None:
    ax = plot_clusters(seeds)
    shown = seeds.claims[
        seeds.claims.cluster_id.isin(seeds.clusters.cluster_id[seeds.clusters.n_claims >= 2])
    ]
    names = legend_labels(ax)
    # one colour per voice: the party of a source (Turkey for its ministry and its
    # president), else the source
    voices = [
        party if isinstance(party, str) else source
        for party, source in zip(shown.source_party, shown.source, strict=True)
        if isinstance(party, str) or isinstance(source, str)
    ]
    assert voices.count("Turkey") > 3
    for voice in set(voices):
        assert names.count(voice) == 1
    assert "Turkish Ministry of Defense" not in names
    assert names.count("unattributed") == 1
    assert "best estimate" in names
    assert "superseded" in names  # the Turkish Ministry of Defense's earlier 4
    assert "hedged" in names


def test_clusters_x_range_covers_every_figure(seeds: cx.Reconciliation) -> None:
    ax = plot_clusters(seeds)
    left, right = ax.get_xlim()
    shown = seeds.claims[
        seeds.claims.cluster_id.isin(seeds.clusters.cluster_id[seeds.clusters.n_claims >= 2])
    ]
    figures = pd.concat([shown.low, shown.value, shown.high]).to_numpy(dtype=float)
    figures = figures[np.isfinite(figures)]
    assert left <= figures.min() and figures.max() <= right
    assert ax.get_xscale() == "log"  # 4 to 4.2 million
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert "1 M" in labels and "100" in labels


def test_clusters_one_marker_per_claim_and_a_diamond_per_cluster(
    seeds: cx.Reconciliation,
) -> None:
    ax = plot_clusters(seeds, clusters=[4])
    n_claims = int(seeds.clusters.n_claims[seeds.clusters.cluster_id == 4].iloc[0])
    assert len(points(ax)) == n_claims + 1
    diamonds = [c for c in ax.collections if isinstance(c, PathCollection)]
    best = float(seeds.clusters.best[seeds.clusters.cluster_id == 4].iloc[0])
    assert any(np.allclose(c.get_offsets(), [[best, 0.0]]) for c in diamonds)


def test_clusters_subset_in_the_given_order(seeds: cx.Reconciliation) -> None:
    clusters = seeds.clusters
    host = int(clusters.loc[clusters["event"] == "host", "cluster_id"].iloc[0])
    injured = int(clusters.loc[clusters["event"] == "injure", "cluster_id"].iloc[0])
    # the injured soldiers' cluster has one claim: shown when asked
    ax = plot_clusters(seeds, clusters=[host, injured])
    labels = tick_labels(ax)
    assert labels == ["injure · soldier · Turkey\n2020-02-10", "host · refugee · Syria\nTurkey"]
    with pytest.raises(KeyError, match="no cluster 999"):
        plot_clusters(seeds, clusters=[999])


def test_clusters_cap_and_threshold(seeds: cx.Reconciliation) -> None:
    assert len(tick_labels(plot_clusters(seeds, max_clusters=3))) == 3
    assert len(tick_labels(plot_clusters(seeds, min_claims=1))) == 20
    assert len(tick_labels(plot_clusters(seeds, min_claims=1, max_clusters=100))) == len(
        seeds.clusters
    )


def test_clusters_on_given_axes(seeds: cx.Reconciliation) -> None:
    fig, ax = plt.subplots()
    assert plot_clusters(seeds, ax=ax) is ax
    assert ax.figure is fig


def test_clusters_empty_selection(seeds: cx.Reconciliation) -> None:
    ax = plot_clusters(seeds, min_claims=1000)
    assert "no cluster to show" in texts(ax)
    assert len(ax.get_yticks()) == 0
    ax = plot_clusters(seeds, clusters=[])
    assert "no cluster to show" in texts(ax)
    ax.figure.canvas.draw()


def test_clusters_single_cluster_linear_axis() -> None:
    rec = reconciliation(
        [
            {"value": 5.0, "source": "the army"},
            {"doc_id": "b", "value": 12.0, "source": "a monitor"},
        ]
    )
    ax = plot_clusters(rec)
    assert tick_labels(ax) == ["kill · soldier · Ruritania\n2021-03-15"]
    assert ax.get_xscale() == "linear"
    left, right = ax.get_xlim()
    assert left <= 5 and right >= 12
    assert {"the army", "a monitor"} <= set(legend_labels(ax))
    ax.figure.canvas.draw()


def test_clusters_infinite_high_is_an_arrow_to_the_edge() -> None:
    rec = reconciliation(
        [
            {"value": 8.0, "low": 8.0, "high": math.inf, "source": "an analyst"},
            {"doc_id": "b", "value": 9.0, "source": "the army"},
        ]
    )
    ax = plot_clusters(rec)
    left, right = ax.get_xlim()
    assert math.isfinite(left) and math.isfinite(right) and right > 9
    arrows = [a for a in ax.texts if getattr(a, "arrow_patch", None) is not None]
    assert len(arrows) == 1
    assert arrows[0].xy[0] == pytest.approx(right)  # type: ignore[attr-defined]
    ax.figure.canvas.draw()


def test_clusters_nan_best_and_figures() -> None:
    rec = reconciliation([{"value": 5.0}, {"doc_id": "b", "value": 7.0}])
    clusters = rec.clusters.copy()
    clusters["best"] = math.nan
    claims = rec.claims.copy()
    claims.loc[claims.index[0], ["value", "low", "high"]] = math.nan
    broken = cx.Reconciliation(claims=claims, clusters=clusters, policy=rec.policy)
    ax = plot_clusters(broken)
    assert len(tick_labels(ax)) == 1
    assert len(points(ax)) == 1  # no diamond, no marker for the figureless claim
    ax.figure.canvas.draw()


def test_clusters_hedged_and_superseded_styles() -> None:
    rec = reconciliation(
        [
            {"value": 4.0, "source": "the ministry"},
            {"doc_id": "b", "value": 8.0, "source": "the ministry"},
            {"doc_id": "c", "value": 20.0, "source": "a monitor", "hedged": True},
        ]
    )
    claims = rec.claims.copy()
    claims.loc[claims.value == 4.0, "status"] = "superseded"  # as "had risen to 8" would
    rec = cx.Reconciliation(claims=claims, clusters=rec.clusters, policy=rec.policy)
    ax = plot_clusters(rec)
    markers = [c for c in ax.collections if isinstance(c, PathCollection)]
    faces = [np.asarray(c.get_facecolor(), dtype=float).reshape(-1, 4) for c in markers]
    hollow = [f for f in faces if len(f) == 0 or f[0, 3] == 0]
    assert len(hollow) == 1
    styles = [cast("list[tuple[float, object]]", c.get_linestyle()) for c in markers]
    dashed = [s for s in styles if s[0][1] is not None]
    assert len(dashed) == 1
    assert {"superseded", "hedged"} <= set(legend_labels(ax))


# plot_timeline


def test_timeline_dates(seeds: cx.Reconciliation) -> None:
    ax = plot_timeline(seeds)
    assert isinstance(ax, Axes)
    days = {mdates.num2date(x).strftime("%Y-%m-%d") for x in points(ax)[:, 0]}
    assert {"2020-02-03", "2020-02-10"} <= days
    dated = seeds.clusters.dropna(subset=["date_from"])
    units = seeds.claims.drop_duplicates("cluster_id").set_index("cluster_id")["unit"]
    events = dated[(dated.event != "measure") & (dated.cluster_id.map(units) == "count")]
    assert len(events) < len(dated)  # the 8 miles of report 003 are no event
    assert len(points(ax)) == len(events)
    labels = tick_labels(ax)
    assert "kill · soldier · Turkey" in labels
    assert len(labels) == len(set(labels))
    assert "115" in texts(ax)  # the best figure of the attack on 2020-02-10
    note = [t for t in texts(ax) if t.startswith("Undated")]
    assert len(note) == 1 and "3.6 M" in note[0]
    assert "Events by day" in ax.get_title()
    ax.figure.canvas.draw()


def test_timeline_marker_size_grows_with_the_estimate() -> None:
    rec = reconciliation(
        [
            {"value": 5.0},
            {"value": 500.0, "event": "displace", "what": "person", "side": None},
        ]
    )
    ax = plot_timeline(rec)
    sizes = np.concatenate([c.get_sizes() for c in ax.collections if isinstance(c, PathCollection)])
    assert sorted(sizes)[0] < sorted(sizes)[1]
    assert not [t for t in texts(ax) if t.startswith("Undated")]


def test_timeline_without_dated_clusters() -> None:
    rec = reconciliation([{"value": 5.0, "date_from": pd.NaT, "date_to": pd.NaT}])
    ax = plot_timeline(rec)
    assert "no dated cluster to show" in texts(ax)
    assert any(t.startswith("Undated (1)") for t in texts(ax))
    ax.figure.canvas.draw()


def test_timeline_span_and_nan_best() -> None:
    rec = reconciliation([{"value": 5.0}])
    clusters = rec.clusters.copy()  # a cluster over a week, with no estimate
    clusters["date_from"] = pd.Timestamp("2021-03-01")
    clusters["date_to"] = pd.Timestamp("2021-03-07")
    clusters["best"] = math.nan
    ax = plot_timeline(cx.Reconciliation(claims=rec.claims, clusters=clusters, policy="ucdp"))
    x = points(ax)[0, 0]
    assert mdates.num2date(x).strftime("%Y-%m-%d") == "2021-03-04"  # the middle of the span
    assert "?" in texts(ax)
    assert len(ax.collections) == 2  # the span line and the marker
    ax.figure.canvas.draw()


# figure_label


@pytest.mark.parametrize(
    ("value", "label"),
    [
        (3_600_000, "3.6 M"),
        (689_000, "689 k"),
        (1240, "1,240"),
        (math.inf, "∞"),
        (-math.inf, "-∞"),
        (math.nan, "?"),
        (0, "0"),
        (5, "5"),
        (8.4, "8.4"),
        (0.5, "0.5"),
        (99_999, "99,999"),
        (100_000, "100 k"),
        (446_990, "447 k"),
        (999_999, "1 M"),
        (2_500_000_000, "2.5 bn"),
        (-5000, "-5,000"),
    ],
)
def test_figure_label(value: float, label: str) -> None:
    assert figure_label(value) == label


def test_package_imports_without_matplotlib() -> None:
    code = (
        "import sys; sys.modules['matplotlib'] = None\n"
        "import crosscheck, crosscheck.plot\n"
        "try:\n"
        "    crosscheck.plot.plot_timeline(None)\n"
        "except ImportError as e:\n"
        "    print(e)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=None
    )
    assert out.stdout.strip() == "crosscheck plots need matplotlib: pip install matplotlib"


# second pass: what a new user tripped on


def test_one_colour_per_voice(seeds: cx.Reconciliation) -> None:
    ax = plot_clusters(seeds)
    legend = ax.get_legend()
    assert legend is not None
    colour_of = {
        text.get_text(): matplotlib.colors.to_hex(handle.get_color())
        for text, handle in zip(legend.get_texts(), legend.legend_handles, strict=True)
        if text.get_text() not in ("best estimate", "superseded", "hedged")
    }
    assert len(set(colour_of.values())) == len(colour_of)  # no two voices share a colour
    # every marker of a Turkish ministry, president or government is Turkey's colour
    turkey = colour_of["Turkey"]
    shown = seeds.claims[seeds.claims.source_party == "Turkey"]
    assert shown.source.nunique() >= 3
    marker_colours = {
        matplotlib.colors.to_hex(c)
        for coll in ax.collections
        if isinstance(coll, PathCollection)
        for c in coll.get_facecolors()
        if len(coll.get_offsets()) == 1
    }
    assert turkey in marker_colours


def test_the_data_area_is_wider_than_the_labels(seeds: cx.Reconciliation) -> None:
    ax = plot_clusters(seeds)
    figure = ax.figure
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    data = ax.get_window_extent(renderer)
    labels = max(t.get_window_extent(renderer).width for t in ax.get_yticklabels())
    prefixes = max(
        t.get_window_extent(renderer).width
        for t in ax.texts
        if t.get_text() in ("CONFLICT", "agree", "single")
    )
    assert data.width > 2 * (labels + prefixes)
    assert data.width > 0.6 * figure.bbox.width


def test_timeline_bubbles_compare_within_a_unit(seeds: cx.Reconciliation) -> None:
    rows = [
        {
            "doc_id": "a",
            "value": 1_000_000.0,
            "unit": "count",
            "what": "person",
            "event": "displace",
            "side": None,
        },
        {"doc_id": "b", "value": 10.0, "unit": "count", "what": "soldier"},
        {
            "doc_id": "c",
            "value": 12.0,
            "unit": "km",
            "what": "length",
            "event": "measure",
            "side": None,
        },
    ]
    rec = reconciliation(rows)
    ax = plot_timeline(rec)
    labels = tick_labels(ax)
    assert labels == ["displace · person", "kill · soldier · Ruritania"]  # no measure lane
    note = [t for t in texts(ax) if "Not shown" in t]
    assert len(note) == 1 and "1 cluster of measures" in note[0]


def test_plot_shows_in_a_notebook_without_an_axes_repr(
    seeds: cx.Reconciliation, monkeypatch: pytest.MonkeyPatch
) -> None:
    formatters = pytest.importorskip("IPython.core.formatters")
    import crosscheck.display

    shown: list[object] = []
    monkeypatch.setattr(crosscheck.display, "_in_kernel", lambda: True)
    monkeypatch.setattr("IPython.display.display", lambda *objs, **_: shown.extend(objs))
    for kind in ("clusters", "timeline"):
        ax = seeds.plot(kind)
        data, _ = formatters.DisplayFormatter().format(ax)
        assert data == {}  # no "<Axes: title=...>" above the figure
        assert shown[-1] is ax.figure
        assert not plt.fignum_exists(ax.figure.number)  # shown once, not again at cell end
    monkeypatch.setattr(crosscheck.display, "_in_kernel", lambda: False)
    ax = seeds.plot()
    assert "_ipython_display_" not in vars(ax)  # a script keeps a plain Axes


@pytest.mark.parametrize("huge", [1e308, -1e308, 1.7976931348623157e308])
def test_a_figure_of_1e308_is_drawn(huge: float, tmp_path: object) -> None:
    rec = reconciliation(
        [
            {"doc_id": "a", "value": 5.0, "source": "s1"},
            {"doc_id": "b", "value": huge, "source": "s2"},
            {"doc_id": "c", "value": 7.0, "source": "s3"},
            # told twice: a figure told once a hundred times off every other is set apart
            {"doc_id": "d", "value": huge, "source": "s4"},
        ]
    )
    for kind in ("clusters", "timeline"):
        ax = rec.plot(kind)
        ax.figure.savefig(f"{tmp_path}/{kind}.png")  # warnings are errors here
        left, right = ax.get_xlim()
        assert math.isfinite(left) and math.isfinite(right)
    ax = rec.plot()
    ticks = [t.get_text() for t in ax.get_xticklabels()]
    assert any("e+" in t for t in ticks)
