#!/usr/bin/env python3
# Regenerate: python3 scripts/matplotlib_legend_best.py  (from the package root; writes
#             Tests/ActplotTests/Fixtures/matplotlib-legend-best.json; needs matplotlib 3.11.2,
#             numpy, scipy). Optional: --catalog .build/debug/actplot checks that the functions
#             below are exactly the ones `actplot list --names` prints.
"""Where matplotlib's `loc='best'` puts the legend on actplot's catalog charts.

For every catalog function, the single-function chart as actplot draws it: default figure
(6.4x4.8 in, 100 dpi), `ax.plot(x, f(x), label=NAME)`, `ax.plot(x, f'(x), label='derivative')`,
`ax.legend()`, x = numpy.linspace(-10, 10, 1000). The values come from the formulas below (numpy and
scipy, written from the definitions `actplot info NAME` prints and PyTorch's documentation), not
from actplot. Three multi-function charts follow the same pattern with each function solid in its
cycle colour C0, C1, ... and its derivative dashed in the same colour, labelled NAME and NAME′.

Per chart: `loc` is the code matplotlib chose (1 upper right, 2 upper left, 3 lower left, 4 lower
right, 5 right, 6 center left, 7 center right, 8 lower center, 9 upper center, 10 center), `bbox` the
legend frame in pixels from the figure's top-left corner, and `badness` the score of each candidate
1..10 as `Legend._find_best_position` computes it (vertices strictly inside + lines crossing the box;
matplotlib stops at the first zero, the list scores all ten).
"""
import os
import subprocess
import sys

import numpy as np
from scipy import special

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from matplotlib_layout import write_json  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "ActplotTests", "Fixtures", "matplotlib-legend-best.json")

SELU_ALPHA = 1.6732632423543772848170429916717
SELU_SCALE = 1.0507009873554804934193349852946
LOC_NAMES = [None, "upper right", "upper left", "lower left", "lower right", "right",
             "center left", "center right", "lower center", "upper center", "center"]


def sigmoid(x):
    return special.expit(x)


def softplus(x):
    return np.logaddexp(0.0, x)


def leaky(slope):
    return (lambda x: np.where(x > 0, x, slope * x), lambda x: np.where(x > 0, 1.0, slope))


def sinc(x):
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(x == 0, 1.0, np.sin(x) / x)


def sinc_prime(x):
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(x == 0, 0.0, np.cos(x) / x - np.sin(x) / x**2)


def sqnl(x):
    return np.where(x > 2, 1.0, np.where(x >= 0, x - x**2 / 4, np.where(x >= -2, x + x**2 / 4, -1.0)))


def mish_prime(x):
    sp = softplus(x)
    return np.tanh(sp) + x / np.cosh(sp) ** 2 * sigmoid(x)


RRELU_SLOPE = (0.125 + 1 / 3) / 2
LAMBD = 0.5

# name -> (f, f'), default parameters, PyTorch's conventions at kinks.
FUNCTIONS = {
    "linear": (lambda x: x, lambda x: np.ones_like(x)),
    "relu": (lambda x: np.maximum(0.0, x), lambda x: np.where(x > 0, 1.0, 0.0)),
    "leaky_relu": leaky(0.01),
    "elu": (lambda x: np.where(x > 0, x, np.expm1(x)), lambda x: np.where(x > 0, 1.0, np.exp(x))),
    "softplus": (softplus, sigmoid),
    "sigmoid": (sigmoid, lambda x: sigmoid(x) * (1 - sigmoid(x))),
    "tanh": (np.tanh, lambda x: 1 / np.cosh(x) ** 2),
    "arctan": (np.arctan, lambda x: 1 / (1 + x**2)),
    "relu6": (lambda x: np.clip(x, 0.0, 6.0), lambda x: np.where((x > 0) & (x < 6), 1.0, 0.0)),
    "prelu": leaky(0.25),
    "rrelu": leaky(RRELU_SLOPE),
    "celu": (lambda x: np.where(x > 0, x, np.expm1(x)), lambda x: np.where(x > 0, 1.0, np.exp(x))),
    "selu": (lambda x: SELU_SCALE * np.where(x > 0, x, SELU_ALPHA * np.expm1(x)),
             lambda x: SELU_SCALE * np.where(x > 0, 1.0, SELU_ALPHA * np.exp(x))),
    "gelu": (lambda x: x * special.ndtr(x),
             lambda x: special.ndtr(x) + x * np.exp(-x**2 / 2) / np.sqrt(2 * np.pi)),
    "silu": (lambda x: x * sigmoid(x), lambda x: sigmoid(x) * (1 + x * (1 - sigmoid(x)))),
    "mish": (lambda x: x * np.tanh(softplus(x)), mish_prime),
    "softsign": (lambda x: x / (1 + np.abs(x)), lambda x: 1 / (1 + np.abs(x)) ** 2),
    "logsigmoid": (lambda x: -softplus(-x), lambda x: sigmoid(-x)),
    "hardsigmoid": (lambda x: np.where(x <= -3, 0.0, np.where(x >= 3, 1.0, x / 6 + 0.5)),
                    lambda x: np.where((x > -3) & (x < 3), 1 / 6, 0.0)),
    "hardswish": (lambda x: np.where(x <= -3, 0.0, np.where(x >= 3, x, x * (x + 3) / 6)),
                  lambda x: np.where(x <= -3, 0.0, np.where(x < 3, (2 * x + 3) / 6, 1.0))),
    "hardtanh": (lambda x: np.clip(x, -1.0, 1.0), lambda x: np.where((x > -1) & (x < 1), 1.0, 0.0)),
    "hardshrink": (lambda x: np.where(np.abs(x) > LAMBD, x, 0.0),
                   lambda x: np.where(np.abs(x) > LAMBD, 1.0, 0.0)),
    "softshrink": (lambda x: np.where(x > LAMBD, x - LAMBD, np.where(x < -LAMBD, x + LAMBD, 0.0)),
                   lambda x: np.where(np.abs(x) > LAMBD, 1.0, 0.0)),
    "tanhshrink": (lambda x: x - np.tanh(x), lambda x: np.tanh(x) ** 2),
    "threshold": (lambda x: np.where(x > 0, x, 0.0), lambda x: np.where(x > 0, 1.0, 0.0)),
    "squareplus": (lambda x: (x + np.sqrt(x**2 + 4)) / 2, lambda x: (1 + x / np.sqrt(x**2 + 4)) / 2),
    "sparse_plus": (lambda x: np.where(x <= -1, 0.0, np.where(x >= 1, x, (x + 1) ** 2 / 4)),
                    lambda x: np.where(x <= -1, 0.0, np.where(x >= 1, 1.0, (x + 1) / 2))),
    "sparse_sigmoid": (lambda x: np.where(x <= -1, 0.0, np.where(x >= 1, 1.0, (x + 1) / 2)),
                       lambda x: np.where((x > -1) & (x < 1), 0.5, 0.0)),
    "binary_step": (lambda x: np.heaviside(x, 1.0), lambda x: np.zeros_like(x)),
    "gaussian": (lambda x: np.exp(-x**2), lambda x: -2 * x * np.exp(-x**2)),
    "sinusoid": (np.sin, np.cos),
    "sinc": (sinc, sinc_prime),
    "bent_identity": (lambda x: (np.sqrt(x**2 + 1) - 1) / 2 + x, lambda x: x / (2 * np.sqrt(x**2 + 1)) + 1),
    "isru": (lambda x: x / np.sqrt(1 + x**2), lambda x: (1 / np.sqrt(1 + x**2)) ** 3),
    "isrlu": (lambda x: np.where(x >= 0, x, x / np.sqrt(1 + x**2)),
              lambda x: np.where(x >= 0, 1.0, (1 / np.sqrt(1 + x**2)) ** 3)),
    "sqnl": (sqnl, lambda x: np.where(np.abs(x) <= 2, 1 - np.abs(x) / 2, 0.0)),
}

MULTI = [["sinusoid", "tanh", "gaussian"], ["sigmoid", "tanh", "relu", "gelu"],
         ["relu", "gelu", "silu", "mish", "elu"]]


def r(v):
    return round(float(v), 4)


def best_position_scores(legend, renderer):
    """Every candidate's badness, as `Legend._find_best_position` scores it (without stopping)."""
    bboxes, lines, offsets = legend._auto_legend_data(renderer)
    frame = legend._legend_box.get_window_extent(renderer)
    width, height = frame.width, frame.height
    box = matplotlib.transforms.Bbox.from_bounds(0, 0, width, height)
    scores = []
    for idx in range(1, len(legend.codes)):
        left, bottom = legend._get_anchored_bbox(idx, box, legend.get_bbox_to_anchor(), renderer)
        candidate = matplotlib.transforms.Bbox.from_bounds(left, bottom, width, height)
        scores.append(int(sum(candidate.count_contains(line.vertices) for line in lines)
                          + candidate.count_contains(offsets)
                          + candidate.count_overlaps(bboxes)
                          + sum(line.intersects_bbox(candidate, filled=False) for line in lines)))
    return scores


def chart(names, x):
    plt.rcdefaults()
    fig, ax = plt.subplots()
    single = len(names) == 1
    for i, name in enumerate(names):
        f, fp = FUNCTIONS[name]
        if single:
            ax.plot(x, f(x), label=name)
            ax.plot(x, fp(x), label="derivative")
        else:
            ax.plot(x, f(x), color=f"C{i}", label=name)
            ax.plot(x, fp(x), color=f"C{i}", linestyle="--", label=name + "′")
    legend = ax.legend()
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    height = fig.bbox.height
    b = legend.get_window_extent(renderer)
    scores = best_position_scores(legend, renderer)
    # matplotlib takes the first zero, else the lowest score, ties to the lowest code.
    loc = next((i + 1 for i, s in enumerate(scores) if s == 0), None)
    if loc is None:
        loc = min(range(1, 11), key=lambda i: (scores[i - 1], i))
    a = ax.get_window_extent(renderer)
    out = {
        "functions": names,
        "labels": [t.get_text() for t in legend.get_texts()],
        "loc": loc,
        "loc_name": LOC_NAMES[loc],
        "bbox": [r(b.x0), r(height - b.y1), r(b.x1), r(height - b.y0)],
        "badness": scores,
        "axes": [r(a.x0), r(height - a.y1), r(a.x1), r(height - a.y0)],
        "ylim": [float(v) for v in ax.get_ylim()],
    }
    # The box matplotlib drew must be the candidate the scores pick.
    box = matplotlib.transforms.Bbox.from_bounds(0, 0, b.width, b.height)
    left, bottom = legend._get_anchored_bbox(loc, box, legend.get_bbox_to_anchor(), renderer)
    assert abs(left - b.x0) < 1e-9 and abs(bottom - b.y0) < 1e-9, (names, loc)
    plt.close(fig)
    return out


def check_catalog(binary):
    names = subprocess.run([binary, "list", "--names"], check=True, capture_output=True,
                           text=True).stdout.split()
    if names != list(FUNCTIONS):
        sys.exit(f"catalog differs: missing {sorted(set(names) - set(FUNCTIONS))}, "
                 f"extra {sorted(set(FUNCTIONS) - set(names))} (or the order differs)")


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--catalog":
        check_catalog(sys.argv[2])
    x = np.linspace(-10, 10, 1000)
    doc = {
        "generator": "scripts/matplotlib_legend_best.py",
        "matplotlib": matplotlib.__version__,
        "figure": "6.4x4.8 in at 100 dpi, default style; x = numpy.linspace(-10, 10, 1000)",
        "coordinates": "pixels from the figure's top-left corner, y down; boxes are [x0, y0, x1, y1]",
        "single": [chart([name], x) for name in FUNCTIONS],
        "multi": [chart(names, x) for names in MULTI],
    }
    write_json(OUT, doc)
    print(f"{OUT}: {len(doc['single'])} single-function charts, {len(doc['multi'])} multi-function charts")


if __name__ == "__main__":
    main()
