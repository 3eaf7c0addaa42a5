"""Generate matplotlib's tick decisions for views set by zooming: view limits -> ticks, labels.

When a reader zooms an interactive chart, matplotlib's zoom tool calls `set_xlim`/`set_ylim`
with the limits it picked and the axes re-tick without margins. This records what matplotlib
3.11.2 draws then, for the default 6.4x4.8 in, 100 dpi figure with one Axes: 60 cases (fixed
ones first, among them x in [0.1, 0.2] on the relu chart's y view, then random ones from seed
1), each axis' view, visible ticks, labels, offset text and tick space.

Writes Tests/HTMLRendererTests/Fixtures/matplotlib-zoom.json, read by the HTML page's ticker
test (node) and by the browser test of zooming. Regenerate (about 5 s):

    python3 scripts/matplotlib_zoom.py 1 60 Tests/HTMLRendererTests/Fixtures/matplotlib-zoom.json
"""
import json, sys, random
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

def axis_decision(name, axis, get_lim):
    vmin, vmax = get_lim()
    tol = 1e-12 * abs(vmax - vmin)
    index = 0 if name == "x" else 1
    visible = [l for l in axis.get_ticklabels() if vmin - tol <= l.get_position()[index] <= vmax + tol]
    return {"view": [vmin, vmax],
            "ticks": [float(l.get_position()[index]) for l in visible],
            "labels": [l.get_text() for l in visible],
            "offset": axis.get_major_formatter().get_offset(),
            "tick_space": axis.get_tick_space()}

def case(xview, yview):
    fig, ax = plt.subplots(figsize=(6.4, 4.8), dpi=100)
    ax.plot([xview[0], xview[1]], [yview[0], yview[1]])
    ax.set_xlim(*xview)
    ax.set_ylim(*yview)
    fig.canvas.draw()
    out = {"xview": list(xview), "yview": list(yview),
           "x": axis_decision("x", ax.xaxis, ax.get_xlim), "y": axis_decision("y", ax.yaxis, ax.get_ylim)}
    plt.close(fig)
    return out

def main(seed, n, path):
    rng = random.Random(seed)
    # The relu chart of the browser test (--range -2:2): y view -0.1..2.1, zoomed on x.
    fixed = [((0.1, 0.2), (-0.1, 2.1)), ((-2.2, 2.2), (-0.1, 2.1)), ((0.1, 0.2), (0.1, 0.2)),
             ((-1e-3, 1e-3), (0.9999, 1.0001)), ((0.999, 1.001), (-5e-7, 5e-7)),
             ((-10, 10), (-1.1, 1.1)), ((2.5, 2.75), (0.98, 0.99)), ((-3.3, -3.2), (1e5, 1.0002e5))]
    cases = [case(x, y) for x, y in fixed]
    while len(cases) < n:
        views = []
        for _ in range(2):
            scale = 10 ** rng.uniform(-6, 5)
            centre = rng.uniform(-1, 1) * scale * (1000 if rng.random() < 0.2 else 1)
            width = scale * rng.uniform(0.001, 2)
            views.append((centre - width / 2, centre + width / 2))
        if any(b <= a for a, b in views):
            continue
        cases.append(case(*views))
    json.dump({"generator": "matplotlib " + matplotlib.__version__
               + " default style, Figure 6.4x4.8 in at 100 dpi, one Axes, set_xlim/set_ylim to the view",
               "cases": cases}, open(path, "w"), indent=1, ensure_ascii=False)

main(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3])
