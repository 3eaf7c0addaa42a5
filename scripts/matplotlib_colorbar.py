#!/usr/bin/env python3
# Regenerate: python3 scripts/matplotlib_colorbar.py  (from the package root; writes
#             Tests/ChartTests/Fixtures/matplotlib-colorbar.json; needs matplotlib 3.11.2, numpy)
"""matplotlib's default colorbar geometry beside one axes, for issue 14's sweeps of more than 7 values.

Each case: `fig, ax = plt.subplots(figsize, dpi)`, a line over x -10..10, y 0..1 (the main axes'
data), optional title and axis labels, then
`cbar = fig.colorbar(ScalarMappable(norm, cmap='viridis'), ax=ax)` with the defaults (fraction 0.15,
pad 0.05, aspect 20, location right; `use_gridspec=True`, so matplotlib goes through
`colorbar.make_axes_gridspec`) and `cbar.set_label(label)` when the case has one. The norm is
`Normalize(vmin, vmax)` or `LogNorm(vmin, vmax)`.

A case's `more` lists further colorbars, made by further `fig.colorbar(..., ax=ax)` calls in that
order: each takes its room from the main axes as they are at that moment.

Recorded, in pixels from the figure's top-left corner (boxes [x0, y0, x1, y1]), after a draw:
the main axes box and, in `colorbars`, each colorbar's axes box, its ticks (values inside the
norm's range), their labels' text and boxes, its minor ticks, offset text and label (same text
records as scripts/matplotlib_layout.py: bbox, anchor, origin, wad, ha, va, rotation), the main
axes' own axis records, and the same after `fig.tight_layout()`.

Besides the cases:
- `log_ticks`: the ticks of a LogNorm colorbar on the default figure (and on a 3.5x2.6 in one,
  where fewer labels fit) for ranges from a fraction of a decade to 60 decades: the major and minor
  ticks drawn, with their labels (matplotlib's mathtext strings; minor ticks are labelled when the
  range spans at most one decade).
- `linear_ticks`: a Normalize colorbar's view and ticks where the norm's range is degenerate
  (`_process_values` widens it first), tiny or far from zero. (A reversed range is not recorded:
  matplotlib swaps the ends one at a time, and the norm's change callback in between widens the
  first end, e.g. Normalize(2, -1) shows -1.1..2.)
- `bands`: the 256 colours a continuous colorbar paints, bottom to top
  (`cbar.solids.get_facecolor()` after a draw), for a listed, a segmented and a function-defined
  reversed colormap.
"""
import os
import warnings

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib import cm, colors  # noqa: E402

from matplotlib_layout import axis_record, box, r, set_labels, text_record, write_json  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "ChartTests", "Fixtures", "matplotlib-colorbar.json")

CASES = [
    {"figsize": [6.4, 4.8], "dpi": 100, "font_size": 10, "norm": "linear", "range": [0, 1],
     "labels": {}, "cbar_label": None},
    {"figsize": [6.4, 4.8], "dpi": 100, "font_size": 10, "norm": "linear", "range": [0.5, 2],
     "labels": {"xlabel": "x", "ylabel": "f(x)"}, "cbar_label": "α"},
    {"figsize": [6.4, 4.8], "dpi": 100, "font_size": 10, "norm": "linear", "range": [0.01, 0.3],
     "labels": {"title": "leaky_relu", "xlabel": "x", "ylabel": "f(x)"}, "cbar_label": "negative_slope"},
    {"figsize": [6.4, 4.8], "dpi": 100, "font_size": 10, "norm": "log", "range": [0.01, 100],
     "labels": {"xlabel": "x", "ylabel": "f(x)"}, "cbar_label": "β"},
    {"figsize": [3.5, 2.6], "dpi": 100, "font_size": 10, "norm": "linear", "range": [0, 1],
     "labels": {"xlabel": "x", "ylabel": "σ(x)"}, "cbar_label": "alpha"},
    {"figsize": [3.5, 2.6], "dpi": 100, "font_size": 10, "norm": "log", "range": [0.1, 10],
     "labels": {}, "cbar_label": None},
    {"figsize": [12, 9], "dpi": 100, "font_size": 10, "norm": "linear", "range": [-1, 1],
     "labels": {"title": "Plain title here", "xlabel": "x", "ylabel": "f(x)"}, "cbar_label": "threshold"},
    {"figsize": [4.8, 2.7], "dpi": 267, "font_size": 10, "norm": "linear", "range": [1, 256],
     "labels": {"xlabel": "x", "ylabel": "f(x)"}, "cbar_label": "b"},
    {"figsize": [6.4, 4.8], "dpi": 100, "font_size": 10, "norm": "linear", "range": [0, 2e-5],
     "labels": {}, "cbar_label": "λ"},
    {"figsize": [8, 6], "dpi": 100, "font_size": 12, "norm": "log", "range": [0.001, 1000],
     "labels": {"title": "Plain title here", "xlabel": "x", "ylabel": "f(x)"}, "cbar_label": "beta"},
    {"figsize": [6.4, 4.8], "dpi": 100, "font_size": 10, "norm": "linear", "range": [0, 2],
     "labels": {"xlabel": "x", "ylabel": "f(x)"}, "cbar_label": "α",
     "more": [{"norm": "log", "range": [0.1, 10], "cbar_label": "β"}]},
    {"figsize": [4, 3], "dpi": 100, "font_size": 10, "norm": "linear", "range": [-1, 1],
     "labels": {"title": "Two sweeps", "xlabel": "x"}, "cbar_label": "a",
     "more": [{"norm": "linear", "range": [0, 300], "cbar_label": "b"},
              {"norm": "linear", "range": [0, 1e-5], "cbar_label": None}]},
]

LOG_RANGES = [[0.5, 2], [1.1, 1.9], [0.2, 0.3], [1, 5], [3, 3000], [0.01, 100], [1e-5, 1], [1, 1e10],
              [1e-30, 1e30], [7e-4, 0.02]]
LINEAR_RANGES = [[1, 1], [0, 0], [0, 1e-9], [1e6, 1e6 + 5]]
BAND_MAPS = ["viridis", "coolwarm", "gist_heat_r"]


def colorbar_record(cbar, renderer, height):
    """The colorbar's box and outline, its right-hand tick labels (the view is the norm's vmin..vmax),
    minor tick values, offset text and label."""
    axis = cbar.ax.yaxis
    rec = {
        "axes": box(cbar.ax.get_window_extent(renderer), height),
        "outline": box(cbar.outline.get_window_extent(renderer), height),
    }
    rec.update(axis_record(axis, renderer, height, side="label2"))
    rec["minor_ticks"] = [float(t.get_loc()) for t in axis._update_ticks() if t in axis.minorTicks]
    return rec


def snapshot(fig, ax, cbars, renderer, height):
    return {
        "axes": box(ax.get_window_extent(renderer), height),
        "title": text_record(ax.title, renderer, height),
        "x": axis_record(ax.xaxis, renderer, height),
        "y": axis_record(ax.yaxis, renderer, height),
        "colorbars": [colorbar_record(cbar, renderer, height) for cbar in cbars],
    }


def add_colorbar(fig, ax, bar, cmap="viridis"):
    vmin, vmax = bar["range"]
    norm = colors.LogNorm(vmin, vmax) if bar["norm"] == "log" else colors.Normalize(vmin, vmax)
    cbar = fig.colorbar(cm.ScalarMappable(norm=norm, cmap=cmap), ax=ax)
    if bar.get("cbar_label"):
        cbar.set_label(bar["cbar_label"])
    return cbar


def run_case(case):
    plt.rcdefaults()
    plt.rcParams["font.size"] = case["font_size"]
    fig, ax = plt.subplots(figsize=case["figsize"], dpi=case["dpi"])
    ax.plot([-10, 10], [0, 1])
    set_labels(ax, case["labels"])
    cbars = [add_colorbar(fig, ax, bar) for bar in [case] + case.get("more", [])]
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    height = fig.bbox.height
    out = dict(case)
    out["figure_px"] = [r(fig.bbox.width), r(height)]
    out["default"] = snapshot(fig, ax, cbars, renderer, height)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig.tight_layout()
    fig.canvas.draw()
    out["tight"] = snapshot(fig, ax, cbars, renderer, height)
    messages = [str(w.message) for w in caught if issubclass(w.category, UserWarning)]
    out["tight"]["warning"] = messages[0] if messages else None
    plt.close(fig)
    return out


def tick_record(cbar):
    """The ticks a colorbar draws, major and minor, with their (right-hand) labels."""
    axis = cbar.ax.yaxis
    drawn = axis._update_ticks()
    def ticks(group):
        return [[float(t.get_loc()), t.label2.get_text()] for t in drawn if t in group]
    return {"view": [float(v) for v in axis.get_view_interval()], "major": ticks(axis.majorTicks),
            "minor": ticks(axis.minorTicks)}


def ticks_case(norm, figsize, vrange):
    plt.rcdefaults()
    fig, ax = plt.subplots(figsize=figsize, dpi=100)
    cbar = add_colorbar(fig, ax, {"norm": norm, "range": vrange})
    fig.canvas.draw()
    out = {"figsize": figsize, "range": vrange}
    out.update(tick_record(cbar))
    plt.close(fig)
    return out


def bands(name):
    plt.rcdefaults()
    fig, ax = plt.subplots()
    cbar = add_colorbar(fig, ax, {"norm": "linear", "range": [0, 1]}, cmap=name)
    fig.canvas.draw()
    faces = [[float(v) for v in row] for row in cbar.solids.get_facecolor()]
    plt.close(fig)
    return {"name": name, "colors": faces}


def main():
    results = [run_case(c) for c in CASES]
    write_json(OUT, {
        "generator": "scripts/matplotlib_colorbar.py",
        "matplotlib": matplotlib.__version__,
        "coordinates": "pixels from the figure's top-left corner, y down; boxes are [x0, y0, x1, y1]",
        "cases": results,
        "log_ticks": [ticks_case("log", size, v) for size in ([6.4, 4.8], [3.5, 2.6]) for v in LOG_RANGES],
        "linear_ticks": [ticks_case("linear", [6.4, 4.8], v) for v in LINEAR_RANGES],
        "bands": [bands(name) for name in BAND_MAPS],
    })
    print(f"{OUT}: {len(results)} cases")


if __name__ == "__main__":
    main()
