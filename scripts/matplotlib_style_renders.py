#!/usr/bin/env python3
# Regenerate: python3 scripts/matplotlib_style_renders.py  (from the package root; writes
#             Tests/ActplotTests/Fixtures/styles/*.png and index.json; needs matplotlib 3.11.2, numpy,
#             scipy)
"""matplotlib's renders of two actplot charts under every style sheet it ships, for issue 13.

For 'default' and every name in `matplotlib.style.library` (underscore-prefixed internal sheets
included), inside `plt.style.context(style, after_reset=True)` so that nothing leaks between styles:

  <style>-relu.png   the figure docs/matplotlib-relu.png shows: x = numpy.linspace(-10, 10, 100),
                     plt.plot(x, relu, label='relu'), plt.plot(x, relu', label='derivative') with
                     relu' = 0 for x <= 0 else 1, plt.legend(), saved with the style's figure size and
                     dpi (savefig.dpi 'figure' unless the style sets it).
  <style>-three.png  `actplot sigmoid tanh gelu --no-derivative --title 'Three activations' --xlabel x
                     --ylabel 'f(x)' --grid`: x = numpy.linspace(-10, 10, 1000), ax.plot of sigmoid, tanh
                     and exact gelu x·Φ(x) labelled with their names, the title and labels, ax.grid(True),
                     ax.legend().

index.json maps each style to what a renderer needs to reproduce the canvas: the PNG's pixel size,
figure.figsize, figure.dpi, savefig.dpi, the face and edge colours (rcParams strings as given) and
the rcParams the style changes, as matplotlib holds them after the style is applied. Every style
draws its text in matplotlib's bundled DejaVu Sans here (the script stops otherwise).
"""
import json
import os

import numpy as np
from scipy import special

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib import font_manager, style  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "Tests", "ActplotTests", "Fixtures", "styles")
RECORDED = [
    "figure.figsize", "figure.dpi", "savefig.dpi", "figure.facecolor", "figure.edgecolor",
    "figure.frameon", "savefig.facecolor", "savefig.edgecolor", "savefig.transparent", "savefig.bbox",
    "axes.facecolor", "axes.edgecolor", "axes.linewidth", "axes.grid", "font.size", "lines.linewidth",
    "figure.subplot.left", "figure.subplot.right", "figure.subplot.bottom", "figure.subplot.top",
    "text.hinting", "font.family",
]
METADATA = {"Software": None}


def plain(value):
    """An rcParams value as JSON: tuples as lists, everything else as its string or number."""
    if isinstance(value, (bool, int, float, str)) or value is None:
        return value
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return str(value)


def relu_chart(path):
    x = np.linspace(-10, 10, 100)
    plt.figure()
    plt.plot(x, [max(v, 0) for v in x], label="relu")
    plt.plot(x, [0 if v <= 0 else 1 for v in x], label="derivative")
    plt.legend()
    plt.savefig(path, metadata=METADATA)
    size = [int(v) for v in plt.gcf().get_size_inches() * plt.gcf().dpi]
    plt.close()
    return size


def three_chart(path):
    x = np.linspace(-10, 10, 1000)
    fig, ax = plt.subplots()
    ax.plot(x, special.expit(x), label="sigmoid")
    ax.plot(x, np.tanh(x), label="tanh")
    ax.plot(x, x * special.ndtr(x), label="gelu")
    ax.set_title("Three activations")
    ax.set_xlabel("x")
    ax.set_ylabel("f(x)")
    ax.grid(True)
    ax.legend()
    fig.savefig(path, metadata=METADATA)
    plt.close(fig)


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    return [int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")]


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    names = ["default"] + sorted(style.library, key=str.lower)
    index = {}
    for name in names:
        with plt.style.context(name, after_reset=True):
            plt.rcParams["svg.hashsalt"] = "actplot"
            relu_path = os.path.join(OUT_DIR, f"{name}-relu.png")
            three_path = os.path.join(OUT_DIR, f"{name}-three.png")
            relu_chart(relu_path)
            three_chart(three_path)
            changed = sorted(k for k in (style.library.get(name) or {}))
            # Every style must resolve to matplotlib's bundled DejaVu Sans; a machine with Arial or
            # Liberation Sans installed would render the seaborn sheets in those and must not
            # silently change the fixtures.
            font = font_manager.findfont(font_manager.FontProperties(family=plt.rcParams["font.family"]))
            assert os.path.basename(font) == "DejaVuSans.ttf", (name, font)
            index[name] = {
                "png_size": png_size(relu_path),
                **{k: plain(plt.rcParams[k]) for k in RECORDED},
                "style_keys": changed,
            }
            assert png_size(three_path) == index[name]["png_size"], name
    with open(os.path.join(OUT_DIR, "index.json"), "w", encoding="utf-8") as f:
        f.write("{\n")
        rows = [f' {json.dumps(n)}: {json.dumps(index[n], ensure_ascii=False, separators=(",", ":"))}'
                for n in names]
        f.write(",\n".join(rows) + "\n}\n")
    total = sum(os.path.getsize(os.path.join(OUT_DIR, f)) for f in os.listdir(OUT_DIR))
    print(f"{OUT_DIR}: {len(names)} styles, {2 * len(names)} PNGs, {total} bytes in all")


if __name__ == "__main__":
    main()
