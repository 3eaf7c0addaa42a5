"""A reader's session with actplot's pages, in Chromium. References are independent of the
page's own code: the base view against the SVG output (drawn by Chromium) and the PNG output
(drawn by Cairo); positions from matplotlib's figure geometry; tick labels from
matplotlib's recorded decisions (Tests/HTMLRendererTests/Fixtures/matplotlib-zoom.json);
values from Python's math. Interactive states are checked by what must be at computed pixels
rather than against stored screenshots, which the page itself would have made."""
import json, math
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from conftest import BOX, H, PX, ROOT, STYLES, W, difference, margins, number, open_page, readout, shot

RELU_X, RELU_Y = margins(-2, 2), margins(0, 2)
TAB_BLUE, TAB_ORANGE = (31, 119, 180), (255, 127, 14)
TIMINGS = ROOT / ".build" / "browser-timings.json"


def record(key, value):
    data = json.loads(TIMINGS.read_text()) if TIMINGS.exists() else {}
    data[key] = value
    TIMINGS.parent.mkdir(parents=True, exist_ok=True)
    TIMINGS.write_text(json.dumps(data, indent=1))


def svg_box(pg, root="body", frame=None):
    target = frame or pg
    return target.evaluate("""(root) => { const b = document.querySelector(root).querySelector('.ap-svg').getBoundingClientRect();
        return [b.left, b.top, b.width]; }""", root)


def point(pg, x, y, xview=RELU_X, yview=RELU_Y, root="body"):
    """The page pixel of data (x, y), from matplotlib's box and the view."""
    left, top, width = svg_box(pg, root)
    s = width / W
    fx = BOX[0] + (x - xview[0]) / (xview[1] - xview[0]) * BOX[2]
    fy = BOX[1] + BOX[3] - (y - yview[0]) / (yview[1] - yview[0]) * BOX[3]
    return left + fx * s, top + fy * s


def near(pixel, colour, tolerance=40):
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, colour))


def count(image, colour, box=None, tolerance=40):
    pixels = np.asarray((image.crop(box) if box else image).convert("RGB"), dtype=int)
    return int((np.abs(pixels - np.array(colour)).max(axis=2) <= tolerance).sum())


@pytest.mark.parametrize("name, bound", [("relu", (9, 0.01)), ("relu-dark", (16, 0.02))])
def test_the_starting_view_is_the_svg_and_the_png(page, files, name, bound):
    open_page(page, files, name + ".html")
    html = shot(page.locator(".ap-svg"))
    assert html.size == (615, 461) or html.size == (614, 461), html.size
    # The SVG output, drawn by the same browser: the page's layers paint the same pixels.
    open_page(page, files, name + ".svg.html", "svg")
    svg = shot(page.locator("svg").first)
    rms, share = difference(html, svg)
    assert rms < 4 and share < 0.0005, f"page vs the SVG output: rms {rms:.3f}, {share:.5f} of pixels apart"
    # Cairo's PNG at 96 dpi: another rasteriser (hinted glyphs, lines snapped to pixels, which
    # the dark chart's grid shows most), compared after a 3×3 blur.
    png = Image.open(files / (name + "-96.png"))
    rms, share = difference(html, png, blur=True)
    assert rms < bound[0] and share < bound[1], f"page vs Cairo's PNG: rms {rms:.3f}, {share:.5f} of pixels apart"


def test_the_crosshair_reads_actplots_samples(page, files):
    open_page(page, files, "relu.html")
    page.mouse.move(*point(page, 1, 1.6))
    assert readout(page) == {"x": "1", "relu": "1", "derivative": "1"}
    image = shot(page.locator(".ap-svg"))
    left, top, _ = svg_box(page)
    cx, cy = point(page, 1, 1)
    # Both markers sit on (1, 1); the derivative's, drawn last, is on top.
    assert near(image.getpixel((round(cx - left), round(cy - top))), TAB_ORANGE)
    lx, ly = point(page, 1, 1.9)
    line = image.getpixel((round(lx - left), round(ly - top)))
    assert max(line) < 235 and max(line) - min(line) < 10, f"a grey crosshair line at x = 1, found {line}"
    # relu′(0) = 0: PyTorch's convention, actplot's sample at the kink.
    page.mouse.move(*point(page, 0, 1.6))
    assert readout(page) == {"x": "0", "relu": "0", "derivative": "0"}


def test_arrow_keys_step_through_the_samples(page, files):
    open_page(page, files, "relu.html")
    page.mouse.click(*point(page, 1, 1.6))
    page.keyboard.press("ArrowRight")
    want = 301 * (4 / 400) + -2  # numpy.linspace(-2, 2, 401)[301]
    got = readout(page)
    assert number(got["x"]) == want and number(got["relu"]) == want and got["derivative"] == "1"
    page.keyboard.press("Shift+ArrowLeft")
    assert number(readout(page)["x"]) == 291 * (4 / 400) + -2


@pytest.mark.touch
def test_a_touch_reads_the_samples(page, files):
    open_page(page, files, "relu.html")
    page.touchscreen.tap(*point(page, 1, 1.6))
    assert readout(page)["x"] == "1"


def test_a_legend_click_hides_the_series(page, files):
    open_page(page, files, "relu.html")
    left, top, _ = svg_box(page)
    x0, y1 = point(page, RELU_X[0], RELU_Y[0])
    x1, y0 = point(page, RELU_X[1], RELU_Y[1])
    hit = page.locator(".ap-hit[data-series='0']").bounding_box()
    legend = (hit["x"] - left, 0, hit["x"] + hit["width"] - left + 10, y1 - top)
    def blue():
        image = shot(page.locator(".ap-svg"))
        # The plot area right of the legend's column, where only curves are blue.
        return count(image, TAB_BLUE, (round(legend[2]), round(y0 - top), round(x1 - left), round(y1 - top)))
    before = blue()
    assert before > 200
    page.mouse.click(hit["x"] + hit["width"] / 2, hit["y"] + hit["height"] / 2)
    assert blue() == 0
    page.mouse.move(*point(page, 1, 1.6))
    assert "relu" not in readout(page) and readout(page)["derivative"] == "1"
    page.mouse.click(hit["x"] + hit["width"] / 2, hit["y"] + hit["height"] / 2)
    assert blue() == before


def tick_labels(pg, frame=None):
    return (frame or pg).evaluate("""() => {
        const out = {x: [], y: []};
        for (const g of document.querySelectorAll('[data-js=ticks] g[data-axis]:not(.ap-offset)')) out[g.dataset.axis].push(g.dataset.text);
        return out; }""")


def test_a_zoomed_view_ticks_as_matplotlib(page, files):
    fixture = json.loads((ROOT / "Tests/HTMLRendererTests/Fixtures/matplotlib-zoom.json").read_text())["cases"][0]
    assert fixture["xview"] == [0.1, 0.2] and fixture["yview"] == [-0.1, 2.1]
    open_page(page, files, "relu.html#x=0.1:0.2")
    assert tick_labels(page) == {"x": fixture["x"]["labels"], "y": fixture["y"]["labels"]}
    assert page.evaluate("document.querySelectorAll('[data-js=ticks] .ap-offset').length") == 0
    image = shot(page.locator(".ap-svg"))
    left, top, _ = svg_box(page)
    view = (0.1, 0.2)
    for t in fixture["x"]["ticks"]:
        # The tick mark: 3.5 pt down from the frame at the tick's pixel.
        tx, ty = point(page, t, RELU_Y[0], view)
        darkest = min(max(image.getpixel((round(tx - left) + d, round(ty - top + 2.5)))) for d in (-1, 0, 1))
        assert darkest < 180, f"no tick mark at {t}"
    # relu over [0.1, 0.2] runs from (0.1, 0.1) to (0.2, 0.2).
    for x in (0.12, 0.15, 0.18):
        px, py = point(page, x, x, view)
        assert any(near(image.getpixel((round(px - left), round(py - top) + d)), TAB_BLUE, 60) for d in (-1, 0, 1)), x


def test_drag_wheel_and_double_click(page, files):
    open_page(page, files, "relu.html")
    before = shot(page.locator(".ap-svg"))
    page.mouse.move(*point(page, -1, 1.8))
    page.mouse.down()
    page.mouse.move(*point(page, 0, 1), steps=4)
    page.mouse.move(*point(page, 1, 0.2), steps=4)
    page.mouse.up()
    (x0, x1), (y0, y1) = json.loads(page.locator(".actplot-chart").get_attribute("data-view"))
    unit = (RELU_X[1] - RELU_X[0]) / (BOX[2] * PX)  # data per pixel
    assert abs(x0 + 1) < 1.5 * unit and abs(x1 - 1) < 1.5 * unit
    assert abs(y0 - 0.2) < 0.02 and abs(y1 - 1.8) < 0.02
    # Every tick label sits at its own value's pixel.
    left, top, width = svg_box(page)
    for g in page.locator("[data-js=ticks] g[data-axis=x]").all():
        value = number(g.get_attribute("data-text"))
        b = g.bounding_box()
        px, _ = point(page, value, 0, (x0, x1), (y0, y1))
        assert abs(b["x"] + b["width"] / 2 - px) < 1.5, (value, b, px)
    page.mouse.dblclick(*point(page, 0, 1, (x0, x1), (y0, y1)))
    assert json.loads(page.locator(".actplot-chart").get_attribute("data-view")) == [list(RELU_X), list(RELU_Y)]
    rms, share = difference(shot(page.locator(".ap-svg")), before)
    # The crosshair is the only difference from the starting view.
    assert share < 0.01, share
    page.mouse.move(*point(page, 0, 1))
    page.mouse.wheel(0, -300)
    (x0, x1), y = json.loads(page.locator(".actplot-chart").get_attribute("data-view"))
    assert x0 > RELU_X[0] and x1 < RELU_X[1] and y == list(RELU_Y), "the wheel zooms x around the pointer"


def test_the_sweep_slider_picks_a_value(page, files):
    open_page(page, files, "sweep.html")
    yview = margins(*page.evaluate("JSON.parse(document.querySelector('.ap-model').textContent).view[1]"))
    page.mouse.move(*point(page, -1, 0, yview=yview))
    assert len(readout(page)) == 7
    slider = page.locator("input[type=range]")
    slider.focus()
    page.keyboard.press("End")
    got = readout(page)
    assert set(got) == {"x", "elu(alpha=2)", "elu\u2032(alpha=2)"}, got
    assert got["x"] == "\u22121"
    assert number(got["elu(alpha=2)"]) == 2 * math.expm1(-1)
    assert number(got["elu\u2032(alpha=2)"]) == 2 * math.exp(-1)
    opacities = page.evaluate("[...document.querySelectorAll('.ap-layer[data-layer=series]')].map(l => l.style.opacity)")
    assert opacities == ["0.25", "0.25", "0.25", "0.25", "", ""], opacities
    record("chart slider redraw ms", float(page.locator(".actplot-chart").get_attribute("data-redraw-ms")))


def test_pasted_twice_into_a_page_and_in_an_iframe(page, files):
    open_page(page, files, "pasted.html")
    page.wait_for_function("document.querySelectorAll('[data-ready]').length === 2")
    ids = page.evaluate("[...document.querySelectorAll('[id]')].map(e => e.id)")
    assert len(ids) == len(set(ids))
    first, second = page.evaluate("[...document.querySelectorAll('.actplot-chart')].map(e => '#' + e.id)")
    page.mouse.move(*point(page, 1, 1.6, root=first))
    assert readout(page, first)["relu"] == "1" and readout(page, second) == {}
    page.goto(f"file://{files}/framed.html")
    frame = page.frame_locator("iframe")
    frame.locator("[data-ready]").wait_for(state="attached")
    inner = page.frames[1]
    fl, ft, fw = svg_box(page, frame=inner)
    # The frame's content starts inside its border.
    ix, iy = page.evaluate("(() => { const f = document.querySelector('iframe'), b = f.getBoundingClientRect(); return [b.left + f.clientLeft, b.top + f.clientTop]; })()")
    s = fw / W
    fx = BOX[0] + (1 - RELU_X[0]) / (RELU_X[1] - RELU_X[0]) * BOX[2]
    page.mouse.move(ix + fl + fx * s, iy + ft + (BOX[1] + BOX[3] / 2) * s)
    assert inner.locator(".ap-readout b").first.text_content() == "1"


def gelu_tanh(x):
    """PyTorch's tanh approximation of GELU (torch.nn.GELU(approximate='tanh'))."""
    return 0.5 * x * (1 + math.tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * x ** 3)))


def gelu_tanh_derivative(x):
    k = math.sqrt(2 / math.pi)
    t = math.tanh(k * (x + 0.044715 * x ** 3))
    return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * k * (1 + 3 * 0.044715 * x * x)


def test_the_explorer(page, files):
    open_page(page, files, "explorer.html")
    ready = page.evaluate("performance.getEntriesByType('mark').find(m => m.name.endsWith('-ready')).startTime")
    record("explorer interactive ms", ready)
    page.fill(".ax-search", "gelu")
    assert page.evaluate("[...document.querySelectorAll('.ax-list li:not([hidden])')].map(l => l.dataset.name)") == ["gelu"]
    page.press(".ax-search", "Enter")
    page.wait_for_function("document.querySelector('.ax-name').textContent === 'gelu'")
    page.select_option("select[data-control='0']", label="tanh")
    page.mouse.move(0, 0)
    chart = shot(page.locator(".ap-svg"))
    rms, share = difference(chart, Image.open(files / "gelu-tanh-96.png"), blur=True)
    assert rms < 9 and share < 0.01, f"explorer chart vs actplot's PNG of gelu:approximate=tanh: rms {rms:.3f}, share {share:.5f}"
    page.mouse.move(*point(page, 1, 0, margins(-5, 5), (0, 1)))
    got = readout(page)
    assert got["x"] == "1"
    assert math.isclose(number(got["gelu(approximate=tanh)"]), gelu_tanh(1), rel_tol=1e-15)
    assert math.isclose(number(got["gelu\u2032(approximate=tanh)"]), gelu_tanh_derivative(1), rel_tol=1e-14)
    page.check(".ax-second")
    assert page.locator(".ax-legend span").count() == 3
    page.select_option(".ax-compare", label="relu")
    page.wait_for_function("document.querySelectorAll('.ax-legend span').length === 6")
    # A slider: elu's alpha at its last position, 2.
    page.fill(".ax-search", "")
    page.click(".ax-list button[data-fn='3']")
    page.wait_for_function("document.querySelector('.ax-name').textContent === 'elu'")
    page.locator("input[data-control='0']").focus()
    page.keyboard.press("End")
    assert page.locator("output[data-control='0']").text_content() == "2"
    page.mouse.move(*point(page, -1, 0, margins(-5, 5), (0, 1)))
    got = readout(page)
    assert number(got["elu(alpha=2)"]) == 2 * math.expm1(-1)
    record("explorer slider redraw ms", float(page.locator(".actplot-chart").get_attribute("data-redraw-ms")))


def test_screen_readers_get_the_functions_kinks_and_jumps(page, files):
    open_page(page, files, "relu.html")
    svg = page.locator(".ap-svg")
    assert svg.get_attribute("role") == "img"
    title = page.locator("#" + svg.get_attribute("aria-labelledby")).text_content()
    desc = page.locator("#" + svg.get_attribute("aria-describedby")).text_content()
    assert title == "relu and its derivative"
    assert "x from \u22122 to 2" in desc and "kink at x = 0" in desc
    assert "derivative jumps at x = 0 from 0 to 1, value 0 there" in desc
    live = page.locator(".ap-readout")
    assert live.get_attribute("aria-live") == "polite"
    # The legend is a set of toggle buttons for the keyboard, too.
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.outerHTML")
    assert "aria-pressed" in focused, focused
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.getAttribute('aria-pressed')") == "false"


@pytest.mark.parametrize("style", STYLES)
def test_the_pages_own_drawing_is_cairos(page, files, style):
    """A view a hair off the starting one is drawn by the page (grid, curves, dots, ticks,
    labels with the Typesetter's kerning, the y label's place) and must look like the starting
    view, which is Cairo's SVG: per style, since ticks point in or out and sit on either side."""
    open_page(page, files, f"style-{style}.html")
    base = shot(page.locator(".ap-svg"))
    (x0, x1), (y0, y1) = json.loads(page.locator(".actplot-chart").get_attribute("data-view"))
    nudge = lambda v: v + abs(v) * 1e-13 + 1e-300
    page.goto(f"file://{files}/style-{style}.html#x={nudge(x0)!r}:{x1!r},y={nudge(y0)!r}:{y1!r}")
    page.wait_for_selector("[data-ready]", state="attached")
    assert page.evaluate("!document.querySelector('[data-js=curves]').hidden"), "the page draws the view itself"
    drawn = shot(page.locator(".ap-svg"))
    rms, share = difference(drawn, base)
    assert rms < 2 and share < 0.001, f"{style}: page's drawing vs Cairo's: rms {rms:.3f}, {share:.5f} of pixels apart"
