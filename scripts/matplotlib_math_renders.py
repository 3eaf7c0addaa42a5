#!/usr/bin/env python3
# Regenerate: python3 scripts/matplotlib_math_renders.py  (from the package root; writes
#             Tests/ActplotTests/Fixtures/math/*.png and index.json; needs matplotlib 3.11.2, numpy,
#             scipy, Pillow, and Debian's python-matplotlib-data, whose fonts must be matplotlib's)
"""matplotlib's renders of actplot charts with math in the title, for issue 19.

Each case is `actplot sigmoid --title TITLE --rc mathtext.fontset=SET` as matplotlib draws it: x =
numpy.linspace(-10, 10, 1000), ax.plot of the sigmoid (label 'sigmoid') and of its derivative
(label 'derivative'), ax.set_title(TITLE), ax.legend(), saved as PNG at the default 6.4x4.8 in and
100 dpi with `mathtext.fontset` set. Two titles per font set: the issue's sigmoid, and one with a
prime, a radical over a sum with limits, sized parentheses around a fraction, and an integral.

Only the title region is kept: the title's `Text.get_window_extent()` in pixels from the figure's
top-left corner, widened by 2 px on every side and rounded out to whole pixels, cropped from the
PNG as `<case>.png`. index.json records, per case, the actplot arguments, the title's window
extent ([x0, y0, x1, y1], floats) and the crop ([x, y, width, height] in pixels).
"""
import io
import json
import math
import os

import numpy as np
from PIL import Image
from scipy import special

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "Tests", "ActplotTests", "Fixtures", "math")
DEBIAN_FONTS = "/usr/share/matplotlib/mpl-data/fonts/ttf"

TITLES = {
    "sigmoid": r"$\sigma(x) = \frac{1}{1+e^{-x}}$",
    "rich": r"$\sigma'(x) = \sqrt{\alpha^2 + \sum_{i=1}^{n} x_i}\,\left(\frac{\partial f}{\partial x}\right)"
            r" \leq \int_0^\infty e^{-t}\,dt$",
}
FONTSETS = ["dejavusans", "cm", "stix"]


def check_fonts():
    """actplot draws Debian's copies of matplotlib's fonts: they must be the same files."""
    bundled = os.path.join(os.path.dirname(matplotlib.__file__), "mpl-data", "fonts", "ttf")
    for name in sorted(os.listdir(DEBIAN_FONTS)):
        if name.endswith(".ttf"):
            with open(os.path.join(bundled, name), "rb") as a, open(os.path.join(DEBIAN_FONTS, name), "rb") as b:
                assert a.read() == b.read(), f"{name}: Debian's copy differs from matplotlib's"


def render(title, fontset):
    plt.rcdefaults()
    plt.rcParams["mathtext.fontset"] = fontset
    x = np.linspace(-10, 10, 1000)
    fig, ax = plt.subplots()
    s = special.expit(x)
    ax.plot(x, s, label="sigmoid")
    ax.plot(x, s * (1 - s), label="derivative")
    text = ax.set_title(title)
    ax.legend()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", metadata={"Software": None})
    height = fig.bbox.height
    box = text.get_window_extent(fig.canvas.get_renderer())
    plt.close(fig)
    extent = [box.x0, height - box.y1, box.x1, height - box.y0]
    left, top = math.floor(extent[0]) - 2, math.floor(extent[1]) - 2
    right, bottom = math.ceil(extent[2]) + 2, math.ceil(extent[3]) + 2
    image = Image.open(io.BytesIO(buffer.getvalue())).convert("RGB").crop((left, top, right, bottom))
    return image, [round(v, 4) for v in extent], [left, top, right - left, bottom - top]


def main():
    check_fonts()
    os.makedirs(OUT_DIR, exist_ok=True)
    index = {}
    for name, title in TITLES.items():
        for fontset in FONTSETS:
            case = f"{name}-{fontset}"
            image, extent, crop = render(title, fontset)
            image.save(os.path.join(OUT_DIR, case + ".png"), optimize=True)
            index[case] = {
                "arguments": ["sigmoid", "--title", title, "--rc", f"mathtext.fontset={fontset}"],
                "title_extent": extent,
                "crop": crop,
            }
    with open(os.path.join(OUT_DIR, "index.json"), "w", encoding="utf-8") as f:
        json.dump(index, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{OUT_DIR}: {len(index)} title regions")


main()
