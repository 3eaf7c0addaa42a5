#!/usr/bin/env python3
"""Record how matplotlib's mathtext lays out labels, for Tests/MathTextTests.

Run (from the repository root; needs matplotlib 3.11 and fontTools from PyPI, and Debian's
python-matplotlib-data for scripts/mathtext_fonts.py's check that its fonts are matplotlib's):

    python3 scripts/mathtext_reference.py > Tests/MathTextTests/Fixtures/mathtext.json

Each case is a label, a font set (`mathtext.fontset`), `mathtext.default`, a font size in points
and a dpi. The label goes through matplotlib's own parser and box model (`_mathtext.Parser.parse`,
then `_mathtext.ship`, which is what `MathTextParser("path").parse` does) with glyphs loaded
unhinted, as matplotlib's vector backends load them. Recorded per case: the box's width, height
and depth; every glyph's font file, character code, glyph index, size, origin and outline box;
every rectangle. Coordinates are pixels at the case's dpi from the left end of the baseline,
y upwards (a glyph's y includes matplotlib's cmex10 offset, as `VectorParse` does).

The `errors` list holds labels that matplotlib refuses, so that the tests can check actplot
refuses them too.
"""

import json
import os
import sys

import matplotlib as mpl
from matplotlib import _mathtext
from matplotlib.ft2font import LoadFlags

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mathtext_fonts import FONTSETS, make_fontset  # noqa: E402

# Fonts and constructs beyond the list, in every font set.
LATER = [
    r"$x \in \mathbb{R}^n,\ \mathbb{N}_0 \mathbb{Z}\mathbb{Q}\mathbb{C} 0123$",
    r"$\mathfrak{g} \mathfrak{ABC} \mathscr{L} \mathscr{ABCDEFGHIJ}$",
    r"$a \overset{!}{=} b,\ \underset{x}{\mathrm{arg\,min}}\ f,\ \overset{\mathrm{def}}{=},\ \underset{i}{\sum} x_i$",
    r"$\genfrac{(}{)}{0}{}{n}{k} + \genfrac{[}{]}{0.8}{0}{a}{b} + \genfrac{}{}{1}{2}{x}{y} + \genfrac{\{}{.}{0}{3}{p}{q}$",
    r"$\sum_{\substack{i=1 \\ j<n}} x_{ij}\ \prod_{\substack{a \\ bc \\ d}} y$",
    r"$\boldsymbol{\theta} \leftarrow \boldsymbol{\theta - \eta} \nabla \boldsymbol{x} + \boldsymbol{W_1 \lambda 2 + y^2}$",
]

# Every construct of the issue, alone and nested, in labels like those of activation plots.
DEJAVU = [
    r"$\sigma(x) = \frac{1}{1+e^{-x}}$",
    r"$\sigma'(x) = \sigma(x)\,(1-\sigma(x))$",
    r"$e^{-x^2}$",
    r"$x_i^2$",
    r"$a_{i,j}^{(k)}$",
    r"$e^{e^{e^x}}$",
    r"$x_{i_{j_k}}$",
    r"$\alpha\beta\gamma\delta\epsilon\zeta\eta\theta\iota\kappa\lambda\mu$",
    r"$\nu\xi\pi\rho\sigma\tau\upsilon\phi\chi\psi\omega$",
    r"$\varepsilon\vartheta\varphi\varrho\varsigma\varpi$",
    r"$\Gamma\Delta\Theta\Lambda\Xi\Pi\Sigma\Upsilon\Phi\Psi\Omega$",
    r"$\sin x + \cos x$",
    r"$\exp(x)$",
    r"$\log(1+e^x)$",
    r"$\tanh(x)$",
    r"$\max(0, x)$",
    r"$\max_{i} x_i$",
    r"$\lim_{x \to 0} f(x)$",
    r"$\sin^2 x + \cos^2 x = 1$",
    r"$\frac{a}{b}$",
    r"$\frac{1}{1+\frac{1}{x}}$",
    r"$\dfrac{\partial f}{\partial x}$",
    r"$\sqrt{x}$",
    r"$\sqrt[3]{x}$",
    r"$\sqrt{1+x^2}$",
    r"$\sqrt{\frac{a}{b}}$",
    r"$\mathrm{ReLU}(x) = \max(0, x)$",
    r"$\mathbf{W}x + \mathbf{b}$",
    r"$\mathit{softplus}(x)$",
    r"$\mathcal{L}(\theta)$",
    r"$\mathrm{d}x$",
    r"$f'(x)$",
    r"$f''(x)$",
    r"$f^\prime(x)$",
    r"$a \cdot b \times c \pm d$",
    r"$x \leq y \geq z \neq w \approx v$",
    r"$\infty$",
    r"$\partial_x \nabla f$",
    r"$\sum_{i=1}^{n} x_i$",
    r"$\int_0^1 f(x)\,dx$",
    r"$\int_{-\infty}^{\infty} e^{-x^2}\,dx = \sqrt{\pi}$",
    r"$\left( \frac{a}{b} \right)$",
    r"$\left[ x \right]$",
    r"$\left\{ \frac{1}{2} \right\}$",
    r"$\left| x \right|$",
    r"$\left\langle x \right\rangle$",
    r"$\left\lfloor x \right\rfloor$",
    r"$\left. \frac{df}{dx} \right|_{x=0}$",
    r"$\left( \frac{\frac{a}{b}}{c} \right)^2$",
    r"$a\,b\;c\quad d\qquad e$",
    r"$a\!b\ c$",
    r"$\$5$",
    r"price \$5 and $x$",
    r"plain $x$ and $y^2$ spans",
    r"$\text{if } x > 0$",
    r"$\operatorname{softplus}(x)$",
    r"$\hat{y} = \bar{x}$",
    r"$\vec{v}$",
    r"$\overline{x+y}$",
    r"$\underline{x}$",
    r"$\binom{n}{k}$",
    r"Sigmoid: $\sigma(x)$",
    r"ELU ($\alpha = 1$)",
    r"$\alpha = 0.5$",
    r"$-x$",
    r"$x = -1$",
    r"$f(x) = \{0, x\}$",
    r"$x\,\Phi(x)$",
    r"$\frac{x}{2}\left(1 + \mathrm{erf}\left(\frac{x}{\sqrt{2}}\right)\right)$",
    r"$x \cdot \sigma(\beta x)$",
    r"$x \tanh(\ln(1 + e^x))$",
    r"$\mathrm{\Gamma}(x) \mathbf{\alpha}$",
    r"$\mathsf{x} \mathtt{x}$",
    r"$\mathbfit{x}$",
    r"$\frac{d}{dx}\sigma(x)$",
    r"$\sqrt{x^2 + \sqrt{y}}$",
    r"$\prod_{k=1}^{K} p_k$",
    r"$\oint_C F \cdot dr$",
    r"$\left( x \right)_{i}^{2}$",
    r"$\sigma$ vs. $\tanh$",
    # Where matplotlib's grammar spaces operators and punctuation, and where it keeps spaces.
    r"$x^ 2 + y_ i$",
    r"$a,b; c. d! 1.5 \{1,2\} {,}$",
    r"$(-x) + [-y] = -z \leq -w$",
    r"$x = +1, y: -2 \times -3$",
    r"$\sin\left(x\right) + \sin(x) + \sin x + \sin^2 x$",
    r"$\operatorname{arg\,max}_x f + \max_{a+b} g$",
    r"${\rm d}x \, \frac{\rm a}{b} c$",
    r"$\mathrm{x}\it y \bf z$",
    r"$\left( x \middle| y \right)$",
    r"$\left. x \right)$",
    r"$x'' + y'_1 + {z}'$",
    r"$\frac{\frac{\frac{1}{2}}{3}}{4}$",
    r"$\sqrt[n+1]{\frac{x}{y}}$",
    r"$10^{-3} \times 2^{10}$",
    r"$\lim_{n \to \infty} (1 + \frac{1}{n})^n$",
    r"$\hspace{0.5}x\hspace{1}y$",
    r"$\alpha_{\beta_{\gamma}}^{\delta^{\epsilon}}$",
    r"AVA Te $AVA$ To",
    # Radicals and delimiters tall enough for the larger STIX sizes.
    r"$\sqrt{\alpha^2 + \sum_{i=1}^{n} x_i}$",
    r"$\sqrt{\frac{\sum_{i=1}^{n} x_i}{\frac{a}{b}}}$",
    r"$\left( \frac{\frac{a}{b}}{\frac{c}{d}} \right)$",
] + LATER

# Each other font set gets a sample of the same constructs.
OTHER = [
    r"$\sigma(x) = \frac{1}{1+e^{-x}}$",
    r"$e^{-x^2}$",
    r"$x_i^2$",
    r"$\alpha\beta\gamma\Gamma\Omega$",
    r"$\sin x + \log(1+e^x)$",
    r"$\sqrt[3]{x} + \sqrt{\frac{a}{b}}$",
    r"$\mathrm{ReLU}(x) \mathbf{W} \mathcal{L}$",
    r"$f'(x) \cdot g''$",
    r"$x \leq y \neq z \approx \infty$",
    r"$\sum_{i=1}^{n} x_i \int_0^1 f\,dx$",
    r"$\left( \frac{a}{b} \right) \left[ x \right]$",
    r"$\partial_x \nabla f \pm \times$",
    r"$\max_{i} x_i$",
    r"$\hat{y} \left\{ \frac{1}{2} \right\}$",
    r"$\sqrt{\frac{\sum_{i=1}^{n} x_i}{\frac{a}{b}}}$",
] + LATER

# mathtext.default other than matplotlib's default 'normal'.
DEFAULTS = [
    ("it", r"$x^2 + \alpha_1 = \Gamma(3)$"),
    ("rm", r"$x^2 + \alpha_1 = \Gamma(3)$"),
    ("bf", r"$f(x) = 2x$"),
    ("regular", r"$x_1 + \sigma$"),
    ("bb", r"$x^2 + R_n$"),
    ("frak", r"$g(x) = 2$"),
    ("scr", r"$L + \alpha$"),
]

ERRORS = [
    r"$\frac{1}$",
    r"$\frac12$",
    r"$\foo$",
    r"$\sigmaa(x)$",
    r"${x$",
    r"$x}$",
    r"$\left( x$",
    r"$\left x \right)$",
    r"$x^2^3$",
    r"$x_1_2$",
    r"$x^$",
    r"$\sqrt$",
    r"$\sqrt[3{x}$",
    r"$\text{ab$",
    r"$$",
    r"$\mathrm x$",
]


def r(value):
    return round(float(value), 5)


def record(label, fontset_name, default, size, dpi):
    mpl.rcParams["mathtext.default"] = default
    fontset = make_fontset(FONTSETS[fontset_name], size)
    box = _mathtext.Parser().parse(label, fontset, size, dpi)
    output = _mathtext.ship(box)
    glyphs = []
    for ox, oy, info in output.glyphs:
        base = box.height - oy
        m = info.metrics
        glyphs.append({
            "file": os.path.basename(info.font.fname),
            "code": info.num,
            "glyph": info.glyph_index,
            "size": r(info.fontsize),
            "x": r(ox),
            "y": r(base + info.offset),
            "ink": [r(ox + m.xmin), r(base + m.ymin), r(ox + m.xmax), r(base + m.ymax)],
        })
    rects = [[r(x), r(box.height - (y + h)), r(w), r(h)] for x, y, w, h in output.rects]
    return {
        "label": label, "fontset": fontset_name, "default": default, "size": size, "dpi": dpi,
        "width": r(box.width), "height": r(box.height), "depth": r(box.depth),
        "glyphs": glyphs, "rects": rects,
    }


def main():
    cases = []
    for size in (10, 14):
        for label in DEJAVU:
            cases.append(record(label, "dejavusans", "normal", size, 100))
        for fontset in ("cm", "stix"):
            for label in OTHER:
                cases.append(record(label, fontset, "normal", size, 100))
    for default, label in DEFAULTS:
        cases.append(record(label, "dejavusans", default, 12, 100))
    # Vector backends lay math out at 72 dpi.
    cases.append(record(DEJAVU[0], "dejavusans", "normal", 12, 72))
    mpl.rcParams["mathtext.default"] = "normal"
    errors = []
    for label in ERRORS:
        try:
            _mathtext.Parser().parse(label, make_fontset(FONTSETS["dejavusans"]), 12, 100)
        except ValueError:
            errors.append(label)
        else:
            sys.exit(f"matplotlib accepts {label!r}")
    json.dump({"matplotlib": mpl.__version__, "cases": cases, "errors": errors}, sys.stdout,
              separators=(",", ":"), ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
