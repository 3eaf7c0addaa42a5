#!/usr/bin/env python3
# Regenerate: python3 scripts/matplotlib_colorbar_render.py  (from the package root; writes
#             Tests/ActplotTests/Fixtures/matplotlib-colorbar.png; needs matplotlib 3.11.2)
"""A figure with a colorbar as matplotlib 3.11 draws it, for ColorbarRenderTests' pixel comparison.

matplotlib's defaults (6.4x4.8 in at 100 dpi, Agg): a line from (-10, 0) to (10, 1), axis labels
"x" and "f(x)", and `fig.colorbar(ScalarMappable(Normalize(0, 2), 'viridis'), ax=ax)` labelled "α".
Saved without the Software metadata, so the same matplotlib gives the same bytes.
"""
import os

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib import cm, colors  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "ActplotTests", "Fixtures", "matplotlib-colorbar.png")


def main():
    plt.rcdefaults()
    fig, ax = plt.subplots()
    ax.plot([-10, 10], [0, 1])
    ax.set_xlabel("x")
    ax.set_ylabel("f(x)")
    cbar = fig.colorbar(cm.ScalarMappable(norm=colors.Normalize(0, 2), cmap="viridis"), ax=ax)
    cbar.set_label("α")
    fig.savefig(OUT, metadata={"Software": None})
    plt.close(fig)
    print(OUT)


if __name__ == "__main__":
    main()
