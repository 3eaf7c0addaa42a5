"""Generate matplotlib axis reference cases: data interval -> view limits, ticks, labels.

Writes Tests/ChartTests/Fixtures/matplotlib-axes.json, which TickerTests and LayoutTests read:
160 cases (18 fixed intervals, then random ones from seed 1), each the view limits, tick
locations, tick labels, offset text and tick space that matplotlib chose for both axes of a
6.4x4.8 in, 100 dpi figure with one Axes and one line over [lo, hi].

Regenerate (needs matplotlib 3.11.2; takes about 15 s):

    python3 scripts/matplotlib_axes.py 1 160 Tests/ChartTests/Fixtures/matplotlib-axes.json
"""
import json, sys, random
import numpy as np
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

def case(lo, hi, figsize=(6.4, 4.8), dpi=100):
    fig, ax = plt.subplots(figsize=figsize, dpi=dpi)
    # a line over [lo, hi] on both axes, like a curve whose x and y span these
    ax.plot([lo, hi], [lo, hi])
    fig.canvas.draw()
    out = {"data": [lo, hi], "figsize_in": list(figsize), "dpi": dpi}
    for name, axis, get_lim in (("x", ax.xaxis, ax.get_xlim), ("y", ax.yaxis, ax.get_ylim)):
        vmin, vmax = get_lim()
        locs = [float(t) for t in axis.get_majorticklocs() if vmin - 1e-12*abs(vmax-vmin) <= t <= vmax + 1e-12*abs(vmax-vmin)]
        fmt = axis.get_major_formatter()
        labels = [t.get_text() for t in axis.get_ticklabels() if t.get_text() != ""]
        visible = [l for l in axis.get_ticklabels() if vmin - 1e-12*abs(vmax-vmin) <= l.get_position()[0 if name=="x" else 1] <= vmax + 1e-12*abs(vmax-vmin)]
        out[name] = {"view": [vmin, vmax], "ticks": locs,
                     "labels": [l.get_text() for l in visible],
                     "offset": fmt.get_offset(),
                     "tick_space": axis.get_tick_space()}
    plt.close(fig)
    return out

def main(seed, n, path):
    rng = random.Random(seed)
    cases = []
    fixed = [(-10, 10), (0, 10), (-0.1, 10), (0, 1), (-1, 1), (-1.5707963, 1.5707963), (-5, 5), (-3, 3),
             (-0.1, 0.1), (0, 0.25), (-1000, 1000), (1e-5, 3e-5), (99990, 100010), (-1e6, 1e6), (0.5, 0.50001),
             (-7, 13), (0, 4.5399929762484854e-05), (-1.7580993408473766, 10)]
    if seed == 1:
        for lo, hi in fixed: cases.append(case(lo, hi))
    while len(cases) < n:
        kind = rng.random()
        scale = 10 ** rng.uniform(-6, 7)
        if kind < 0.5:
            lo = -rng.uniform(0, 1) * scale; hi = rng.uniform(0, 1) * scale
        elif kind < 0.8:
            lo = rng.uniform(-1, 1) * scale; hi = lo + rng.uniform(0.01, 2) * scale
        else:
            c = rng.uniform(-1, 1) * scale * 1000; w = scale * rng.uniform(0.01, 1)
            lo, hi = c - w, c + w
        if hi <= lo: continue
        cases.append(case(lo, hi))
    json.dump({"generator": "matplotlib " + matplotlib.__version__ + " default style, Figure 6.4x4.8 in at 100 dpi, one Axes, ax.plot([lo,hi],[lo,hi])",
               "cases": cases}, open(path, "w"), indent=1)

main(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3])
