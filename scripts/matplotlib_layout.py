#!/usr/bin/env python3
# Regenerate: python3 scripts/matplotlib_layout.py  (from the package root; writes
#             Tests/ChartTests/Fixtures/matplotlib-layout.json; needs matplotlib 3.11.2, numpy)
"""matplotlib's text placement and `tight_layout` on a grid of figures, for actplot's layout tests.

Each case is one figure as actplot draws it: `fig, ax = plt.subplots(figsize, dpi)`, one or more
straight lines spanning the data limits (so the locator and formatter see the same interval as a
curve with that range), optional title / x label / y label, and a legend inside (`loc='best'`) or
outside (`loc='upper left', bbox_to_anchor=(1.02, 1)`). For each case the file records what
matplotlib computes twice: at the default subplot box, and after `fig.tight_layout()`.

Coordinates are pixels with the origin at the figure's TOP-LEFT corner (y down), floats rounded to
1e-4 px. A box is [x0, y0, x1, y1] with y0 < y1. For every text:
  bbox    `Text.get_window_extent()`: the layout box matplotlib uses for layout (not the ink).
  anchor  the text's position after its transform: the point `ha`/`va` align to.
  origin  where the first (only) line's baseline starts: anchor + the line offset that
          `Text._get_layout` returns, the point `Text.draw` hands to the renderer (Agg 3.11 places
          each glyph at its pen position to 1/64 px).
  wad     `_get_layout`'s (width, ascent, descent) of that line, in pixels.
Ticks are the ones matplotlib draws (inside the view interval); `tick_labels` pairs them with
their text. `tight.warning` is the text of the UserWarning `tight_layout` gave (figure too small),
or null. `default.layout_bbox` is `Axes.get_tightbbox(for_layout_only=True)`, the
box `_tight_layout._auto_adjust_subplotpars` measures.
"""
import json
import os
import warnings

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "ChartTests", "Fixtures", "matplotlib-layout.json")

TITLE = "Plain title here"
LABELS = {
    "none": {},
    "xlabel": {"xlabel": "x"},
    "ylabel": {"ylabel": "f(x)"},
    "both": {"xlabel": "x", "ylabel": "f(x)"},
    "title+both": {"title": TITLE, "xlabel": "x", "ylabel": "f(x)"},
    "long": {
        "title": "Activation functions and their first derivatives over a wide input range",
        "xlabel": "pre-activation input x (arbitrary units)",
        "ylabel": "activation value f(x) and derivative",
    },
    "sigma": {"xlabel": "x", "ylabel": "σ(x)"},
    "title+sigma": {"title": TITLE, "xlabel": "x", "ylabel": "σ(x)"},
    "title": {"title": TITLE},
    "math": {
        "title": r"$\sigma(x) = \frac{1}{1+e^{-x}}$",
        "xlabel": r"$x$",
        "ylabel": r"$\sigma'(x) = \sigma(x)\,(1-\sigma(x))$",
    },
}
DATA = {
    "unit": ([-10, 10], [0, 1]),              # sigmoid-like
    "wide": ([-2, 2], [-250000, 250000]),     # 1/x on -2:2 before limits: long tick labels
    "million": ([-2, 2], [-2.5e6, 2.5e6]),    # scientific notation: offset text "1e6"
    "milli": ([-10, 10], [0, 0.001]),         # many decimals
    "micro": ([0, 1], [0, 2e-5]),             # scientific notation: offset text "1e−5"
    "offset": ([-10, 10], [1000, 1000.01]),   # additive offset text
    "neg": ([-10, 10], [-10, 10]),            # minus signs on both axes
}
ENTRY_NAMES = ["relu", "relu′", "gelu", "gelu′", "silu", "silu′"]
# Legend entries in mathtext, for the cases that ask for them.
MATH_ENTRY_NAMES = [r"$\sigma(x)$", r"$\sigma'(x)$", r"$e^{-x^2}$", r"$\frac{\partial}{\partial x} e^{-x^2}$"]


def r(v):
    return round(float(v), 4)


def box(b, height):
    """A display Bbox (origin bottom-left) as [x0, y0, x1, y1] from the top-left corner."""
    return [r(b.x0), r(height - b.y1), r(b.x1), r(height - b.y0)]


def point(x, y, height):
    return [r(x), r(height - y)]


def text_record(t, renderer, height):
    out = {"text": t.get_text()}
    out["bbox"] = box(t.get_window_extent(renderer), height)
    x, y = t.get_transform().transform(t.get_unitless_position())
    out["anchor"] = point(x, y, height)
    if t.get_text():
        _, info, _ = t._get_layout(renderer)
        _, (w, a, d), (dx, dy) = info[0]
        out["origin"] = point(x + dx, y + dy, height)
        out["wad"] = [r(w), r(a), r(d)]
    out["ha"] = t.get_horizontalalignment()
    out["va"] = t.get_verticalalignment()
    out["rotation"] = r(t.get_rotation())
    return out


def axis_record(axis, renderer, height, side="label1"):
    """The ticks matplotlib draws (inside the view interval), their `side` labels, offset text, label."""
    ticks = [t for t in axis._update_ticks() if t in axis.majorTicks]
    labels = []
    for tick in ticks:
        rec = {"loc": float(tick.get_loc())}
        rec.update(text_record(getattr(tick, side), renderer, height))
        del rec["ha"], rec["va"], rec["rotation"]
        labels.append(rec)
    first = getattr(ticks[0] if ticks else axis.majorTicks[0], side)
    return {
        "view": [float(v) for v in axis.get_view_interval()],
        "tick_label_align": [first.get_horizontalalignment(), first.get_verticalalignment()],
        "tick_labels": labels,
        "offset_text": text_record(axis.offsetText, renderer, height),
        "label": text_record(axis.label, renderer, height),
    }


def snapshot(fig, ax, renderer, height):
    rec = {
        "axes": box(ax.get_window_extent(renderer), height),
        "subplotpars": {k: r(getattr(fig.subplotpars, k)) for k in ("left", "right", "bottom", "top")},
        "title": text_record(ax.title, renderer, height),
        "x": axis_record(ax.xaxis, renderer, height),
        "y": axis_record(ax.yaxis, renderer, height),
    }
    legend = ax.get_legend()
    if legend is not None:
        rec["legend"] = {
            "bbox": box(legend.get_window_extent(renderer), height),
            "texts": [text_record(t, renderer, height) for t in legend.get_texts()],
        }
    return rec


def set_labels(ax, labels):
    """Title and axis labels from a dict with optional keys title, xlabel, ylabel."""
    if "title" in labels:
        ax.set_title(labels["title"])
    if "xlabel" in labels:
        ax.set_xlabel(labels["xlabel"])
    if "ylabel" in labels:
        ax.set_ylabel(labels["ylabel"])


def run_case(case):
    plt.rcdefaults()
    plt.rcParams["font.size"] = case["font_size"]
    plt.rcParams["svg.hashsalt"] = "actplot"
    fig, ax = plt.subplots(figsize=case["figsize"], dpi=case["dpi"])
    (x0, x1), (y0, y1) = case["xdata"], case["ydata"]
    n = case["entries"]
    for i in range(max(n, 1)):
        ax.plot([x0, x1], [y0, y1], label=case.get("entry_names", ENTRY_NAMES)[i] if n else None)
    labels = LABELS[case["labels"]]
    set_labels(ax, labels)
    if case["legend"] == "best":
        ax.legend()
    elif case["legend"] == "outside":
        ax.legend(loc="upper left", bbox_to_anchor=(1.02, 1))
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    height = fig.bbox.height
    out = dict(case)
    out["labels"] = labels
    out["labels_kind"] = case["labels"]
    out["figure_px"] = [r(fig.bbox.width), r(height)]
    out["default"] = snapshot(fig, ax, renderer, height)
    out["default"]["layout_bbox"] = box(ax.get_tightbbox(renderer, for_layout_only=True), height)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig.tight_layout()
    fig.canvas.draw()
    tight = snapshot(fig, ax, renderer, height)
    messages = [str(w.message) for w in caught if issubclass(w.category, UserWarning)]
    tight["warning"] = messages[0] if messages else None
    out["tight"] = tight
    plt.close(fig)
    return out


def cases():
    out = []

    def add(figsize, labels, *, dpi=100, font_size=10, data="unit", legend=None, entries=0, names=None):
        if legend and not entries:
            entries = 2
        xdata, ydata = DATA[data]
        name = f"{figsize[0]}x{figsize[1]}@{dpi} fs{font_size} {labels} {data}"
        if legend:
            name += f" legend-{legend}-{entries}"
        case = {
            "name": name, "figsize": list(figsize), "dpi": dpi, "font_size": font_size,
            "labels": labels, "data": data, "xdata": xdata, "ydata": ydata,
            "legend": legend, "entries": entries,
        }
        if names:
            case["entry_names"] = names[:entries]
        out.append(case)

    # Label combinations over the size range, default font and dpi.
    for size in [(2, 1.5), (3.5, 2.6), (4, 3), (6.4, 4.8), (12, 9)]:
        for labels in ["none", "xlabel", "ylabel", "both", "title+both", "long"]:
            add(size, labels)
    for size in [(3, 2.25), (5, 3.75), (8, 6), (10, 4)]:
        add(size, "title+both")
    add((6.4, 4.8), "title")
    add((3.5, 2.6), "sigma")
    add((3.5, 2.6), "title+sigma")
    add((6.4, 4.8), "title+sigma")
    # Font sizes.
    for fs in [8, 12, 16]:
        for size in [(3.5, 2.6), (6.4, 4.8), (8, 6)]:
            add(size, "title+both", font_size=fs)
    add((2, 1.5), "title+both", font_size=16)
    add((2, 1.5), "title+both", font_size=8)
    # Tick label widths, offset texts.
    for data in ["wide", "million", "milli", "micro", "offset", "neg"]:
        add((6.4, 4.8), "title+both", data=data)
        add((3.5, 2.6), "title+both", data=data)
    add((6.4, 4.8), "none", data="million")
    add((6.4, 4.8), "none", data="wide")
    # Other resolutions.
    for size, dpi in [((4.8, 2.7), 267), ((6.4, 4.8), 72), ((6.4, 4.8), 150), ((3.5, 2.6), 300),
                      ((4, 3), 200)]:
        add(size, "both", dpi=dpi)
        add(size, "title+both", dpi=dpi)
    add((4.8, 2.7), "none", dpi=267)
    # Legends: inside (best) and outside, with 2 and 6 entries.
    add((6.4, 4.8), "none", legend="best")
    add((6.4, 4.8), "title+both", legend="best")
    add((3.5, 2.6), "title+both", legend="best", entries=6)
    for entries in [2, 6]:
        for size in [(3.5, 2.6), (6.4, 4.8), (12, 9)]:
            add(size, "title+both", legend="outside", entries=entries)
        add((6.4, 4.8), "none", legend="outside", entries=entries)
    add((2, 1.5), "title+both", legend="outside", entries=6)
    add((4.8, 2.7), "title+both", dpi=267, legend="outside", entries=2)
    add((6.4, 4.8), "title+both", font_size=16, legend="outside", entries=6)
    # Too small even for tight_layout: matplotlib warns and keeps the default box.
    add((2, 1.5), "title+both", font_size=16, legend="outside", entries=6)
    add((2, 1), "title+both", font_size=16)
    add((2, 1.5), "long", font_size=12, legend="outside", entries=2)
    # Math in the title, both axis labels and the legend (issue 19).
    add((6.4, 4.8), "math", legend="best", names=MATH_ENTRY_NAMES)
    add((6.4, 4.8), "math", font_size=14, legend="outside", entries=4, names=MATH_ENTRY_NAMES)
    add((3.5, 2.6), "math", dpi=200, font_size=8, legend="best", entries=4, names=MATH_ENTRY_NAMES)
    add((4, 3), "math", dpi=72)
    return out


def write_json(path, doc):
    """JSON with each list of records one record per line: small enough to commit, diffable per case."""
    parts = []
    for key, value in doc.items():
        if isinstance(value, list):
            rows = [json.dumps(v, ensure_ascii=False, separators=(",", ":")) for v in value]
            parts.append(f" {json.dumps(key)}: [\n  " + ",\n  ".join(rows) + "\n ]")
        else:
            parts.append(f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}")
    with open(path, "w", encoding="utf-8") as f:
        f.write("{\n" + ",\n".join(parts) + "\n}\n")


def main():
    results = [run_case(c) for c in cases()]
    doc = {
        "generator": "scripts/matplotlib_layout.py",
        "matplotlib": matplotlib.__version__,
        "coordinates": "pixels from the figure's top-left corner, y down; boxes are [x0, y0, x1, y1]",
        "cases": results,
    }
    write_json(OUT, doc)
    print(f"{OUT}: {len(results)} cases")


if __name__ == "__main__":
    main()
