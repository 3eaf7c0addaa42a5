"""Browser tests of actplot's HTML pages: Playwright (PyPI) driving Debian's chromium.

The pages are made by the built actplot (ACTPLOT, default .build/debug/actplot) into a
temporary folder, loaded from file:// in a context that is offline and aborts every request
that is not for a file of that folder, and checked as a reader uses them. Each test fails on
any console error or warning, any page error, and any request that tried to leave.

`make test` runs these after `swift test`; alone: `make browser-test`.
"""
import json, math, os, subprocess
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[2]
ACTPLOT = os.path.abspath(os.environ.get("ACTPLOT", str(ROOT / ".build/debug/actplot")))
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")

# matplotlib's default figure and axes box (figure.figsize, figure.subplot.*), in points; a
# page shows one point as 4/3 CSS pixels (96 per inch).
W, H = 6.4 * 72, 4.8 * 72
BOX = (0.125 * W, (1 - 0.88) * H, 0.775 * W, 0.77 * H)
PX = 4 / 3


# Styles whose ticks, grids, spines and fonts differ from the default's.
STYLES = ["default", "classic", "ggplot", "bmh", "dark_background", "seaborn-v0_8-darkgrid", "Solarize_Light2", "fivethirtyeight"]


def margins(lo, hi, m=0.05):
    return (lo - (hi - lo) * m, hi + (hi - lo) * m)


def actplot(*args, cwd):
    result = subprocess.run([ACTPLOT, *args], cwd=cwd, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="session")
def files(tmp_path_factory):
    """Every page and reference the tests use, made once."""
    d = tmp_path_factory.mktemp("pages")
    relu = ["relu", "--range", "-2:2", "--samples", "401"]
    actplot(*relu, "-o", "relu.html", cwd=d)
    actplot(*relu, "-o", "relu.svg", cwd=d)
    actplot(*relu, "--dpi", "96", "-o", "relu-96.png", cwd=d)
    actplot(*relu, "--theme", "dark", "--grid", "-o", "relu-dark.html", cwd=d)
    actplot(*relu, "--theme", "dark", "--grid", "--dpi", "96", "-o", "relu-dark-96.png", cwd=d)
    actplot(*relu, "--theme", "dark", "--grid", "-o", "relu-dark.svg", cwd=d)
    actplot("relu", "-o", "relu-default.html", cwd=d)
    actplot("elu:alpha=0.5", "elu:alpha=1", "elu:alpha=2", "--range", "-2:2", "--samples", "401", "-o", "sweep.html", cwd=d)
    actplot("explore", "-o", "explorer.html", cwd=d)
    actplot("gelu:approximate=tanh", "--range", "-5:5", "--samples", "201", "--legend", "none", "--layout", "default",
            "--dpi", "96", "-o", "gelu-tanh-96.png", cwd=d)
    # The SVG output inline in a page, at the size the chart page shows it (its width in points
    # as CSS pixels at 96 per inch), through the same rendering path as the page's SVG.
    # One chart per style, labelled, for the page's own drawing against Cairo's.
    for style in STYLES:
        actplot("gelu", "relu", "--range", "-3:2", "--title", "Two functions", "--xlabel", "x", "--ylabel", "f(x)",
                "--style", style, "-o", f"style-{style}.html", cwd=d)
    for name in ("relu.svg", "relu-dark.svg"):
        svg = (d / name).read_text()
        svg = svg[svg.index("<svg"):].replace('width="460.8pt" height="345.6pt"', 'width="614.4" height="460.8" style="display:block"', 1)
        (d / (name + ".html")).write_text('<!DOCTYPE html><html><body style="margin:8px">' + svg + "</body></html>")
    # The chart pasted twice into another page's body, and shown in an iframe.
    chart = (d / "relu.html").read_text()
    other = (d / "sweep.html").read_text()
    (d / "pasted.html").write_text("<!DOCTYPE html><html><body><h1>A blog post</h1>" + chart + "<p>and</p>" + other + "</body></html>")
    (d / "framed.html").write_text('<!DOCTYPE html><body><iframe src="relu.html" width="700" height="600"></iframe></body>')
    return d


@pytest.fixture(scope="session")
def browser():
    args = ["--no-sandbox"] if os.geteuid() == 0 else []
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=args)
        yield b
        b.close()


class Watch:
    """What a page did that it must not: console errors and warnings, page errors, requests
    that left the page's folder."""

    def __init__(self, folder):
        self.folder = "file://" + str(folder)
        self.console, self.errors, self.blocked, self.requests = [], [], [], []

    def route(self, route):
        url = route.request.url
        if url.startswith(self.folder):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()

    def request(self, request):
        self.requests.append(request.url)

    def check(self):
        assert self.console == [], self.console
        assert self.errors == [], self.errors
        assert self.blocked == [], self.blocked
        outside = [u for u in self.requests if not u.startswith(self.folder)]
        assert outside == [], outside


@pytest.fixture
def page(browser, files, request):
    touch = "touch" in request.keywords
    context = browser.new_context(viewport={"width": 1200, "height": 1100}, device_scale_factor=1, offline=True,
                                  has_touch=touch)
    watch = Watch(files)
    context.route("**/*", watch.route)
    pg = context.new_page()
    pg.on("console", lambda m: watch.console.append((m.type, m.text)) if m.type in ("error", "warning") else None)
    pg.on("pageerror", lambda e: watch.errors.append(str(e)))
    pg.on("request", watch.request)
    pg.watch = watch
    yield pg
    context.close()
    watch.check()


def open_page(pg, files, name, selector="[data-ready]"):
    pg.goto(f"file://{files}/{name}")
    pg.wait_for_selector(selector, state="attached")
    return pg


def shot(locator):
    import io
    return Image.open(io.BytesIO(locator.screenshot())).convert("RGB")


def difference(a, b, blur=False):
    """RMS difference (0–255) and the share of pixels apart by more than 64 in some channel,
    over the area both images cover. With `blur`, both are first averaged over 3×3 pixels, so
    that two rasterisers' antialiasing and pixel snapping count little and a shifted or missing
    element still counts (a chart moved by 2 pixels: rms 12.6, 1.7 % of pixels)."""
    if blur:
        from PIL import ImageFilter
        a, b = a.filter(ImageFilter.BoxBlur(1)), b.convert("RGB").filter(ImageFilter.BoxBlur(1))
    w, h = min(a.width, b.width), min(a.height, b.height)
    A = np.asarray(a.crop((0, 0, w, h)), dtype=float)
    B = np.asarray(b.convert("RGB").crop((0, 0, w, h)), dtype=float)
    d = np.abs(A - B)
    return math.sqrt((d ** 2).mean()), (d.max(axis=2) > 64).mean()


def readout(pg, root="body"):
    """The readout as {key: value text}: 'x' and each series' label."""
    return pg.evaluate("""(root) => {
        const out = {};
        const r = document.querySelector(root).querySelector('.ap-readout');
        for (const s of r.querySelectorAll('span')) {
          const b = s.querySelector('b');
          const key = s.hasAttribute('data-x') ? 'x' : s.textContent.slice(0, s.textContent.length - b.textContent.length).replace('\\u25cf', '').trim();
          out[key] = b.textContent;
        }
        return out; }""", root)


def number(text):
    return float(text.replace("\u2212", "-"))
