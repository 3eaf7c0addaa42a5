#!/usr/bin/env python3
# Regenerate: python3 scripts/matplotlib_colormaps.py  (from the package root; writes
#             Sources/Chart/Style/MatplotlibColormaps.swift and
#             Tests/ChartTests/Fixtures/matplotlib-colormaps.json; needs matplotlib 3.11.2, numpy)
"""matplotlib's sequential and diverging colormaps as data, and the colours of N-value families.

The Swift file holds, for each map of matplotlib's colormap reference families "Perceptually Uniform
Sequential", "Sequential", "Sequential (2)" and "Diverging", what `matplotlib.colormaps[name]` is
built from, with every number written as Python's shortest round-trip repr of the double matplotlib
holds (Swift's `Double(String)` reads back the same double):

  listed     a ListedColormap's colour list (`.colors`);
  segmented  a LinearSegmentedColormap's `_segmentdata`, channel by channel: rows (x, y0, y1) for data
             given as rows, or a: and b: for channels matplotlib computes with a Python function of
             the form clip(a·x + b, 0, 1) (gist_gray, gist_yarg, afmhot, gist_heat), which the script
             recognises and checks. Segment rows can only approximate those functions to ~4e-16, so the
             exact form is kept.

Before writing, the script reimplements matplotlib's algorithm in plain float arithmetic from the
encoded text alone (`Colormap.__call__` indexing, `ListedColormap.resampled`,
`_create_lookup_table`, `reversed()`) and checks that it reproduces
`matplotlib.colormaps[name].resampled(N)(range(N))` bit for bit, for every map and its `_r` form and
every N from 2 to 256. It stops otherwise.

The fixture lists, for every map and its `_r` form and N in {2, 3, 7, 8, 100}, the RGBA floats of
`matplotlib.colormaps[name].resampled(N)(range(N))`: the N colours a family of N values gets.
"""
import bisect
import json
import os
import sys

import numpy as np

import matplotlib
from matplotlib import colors

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SWIFT_OUT = os.path.join(ROOT, "Sources", "Chart", "Style", "MatplotlibColormaps.swift")
FIXTURE_OUT = os.path.join(ROOT, "Tests", "ChartTests", "Fixtures", "matplotlib-colormaps.json")

# matplotlib's colormap reference (galleries/examples/color/colormap_reference.py), 3.11.
FAMILIES = [
    ("Perceptually Uniform Sequential", "viridis plasma inferno magma cividis"),
    ("Sequential", "Greys Purples Blues Greens Oranges Reds YlOrBr YlOrRd OrRd PuRd RdPu BuPu GnBu "
                   "PuBu YlGnBu PuBuGn BuGn YlGn"),
    ("Sequential (2)", "binary gist_yarg gist_gray gray bone pink spring summer autumn winter cool "
                       "Wistia hot afmhot gist_heat copper"),
    ("Diverging", "PiYG PRGn BrBG PuOr RdGy RdBu RdYlBu RdYlGn Spectral coolwarm bwr seismic berlin "
                  "managua vanimo"),
]
FIXTURE_SIZES = [2, 3, 7, 8, 100]
CHANNELS = ["red", "green", "blue", "alpha"]


def num(v):
    """Shortest round-trip text of a double, without a needless '.0'."""
    v = float(v)
    if v == int(v) and abs(v) < 1e15:
        return str(int(v))
    return repr(v)


def affine_form(func):
    """(a, b) when func(x) is computed as a*x + b for every x (checked bit for bit), else None."""
    probe = np.linspace(0, 1, 1001)
    b = float(func(np.array([0.0]))[0])
    a = float(func(np.array([1.0]))[0]) - b
    for cand_a, cand_b in [(a, b)]:
        with np.errstate(all="ignore"):
            if np.array_equal(np.asarray(func(probe), dtype=float), cand_a * probe + cand_b):
                return cand_a, cand_b
    return None


def encode(name):
    cmap = matplotlib.colormaps[name]
    if isinstance(cmap, colors.ListedColormap):
        rgba = colors.to_rgba_array(cmap.colors)
        if not (rgba[:, 3] == 1).all():
            sys.exit(f"{name}: listed colours with alpha are not expected")
        body = ";".join(",".join(num(c) for c in colors.to_rgb(col)) for col in cmap.colors)
        return f"{name} listed {body}"
    if not isinstance(cmap, colors.LinearSegmentedColormap):
        sys.exit(f"{name}: unexpected colormap class {type(cmap).__name__}")
    if cmap._gamma != 1.0:
        sys.exit(f"{name}: gamma {cmap._gamma} (resampled() drops gamma; handle it before encoding)")
    parts = []
    for channel in CHANNELS:
        data = cmap._segmentdata.get(channel)
        if data is None:
            if channel == "alpha":
                continue
            sys.exit(f"{name}: no {channel} channel")
        if callable(data):
            form = affine_form(data)
            if form is None:
                sys.exit(f"{name}: the {channel} function is not of the form a*x + b")
            parts.append(f"{channel}=f:{num(form[0])},{num(form[1])}")
        else:
            rows = np.asarray(data, dtype=float)
            parts.append(f"{channel}=s:" + ";".join(",".join(num(v) for v in row) for row in rows))
    return f"{name} segmented " + "|".join(parts)


# --- A plain-float port of matplotlib's algorithm, driven by the encoded text only. -------------

def linspace01(n):
    """numpy.linspace(0, 1, n): i * (1/(n-1)), the last value exactly 1."""
    if n == 1:
        return [0.0]
    step = 1.0 / (n - 1)
    return [i * step for i in range(n - 1)] + [1.0]


def parse(line):
    name, kind, body = line.split(" ", 2)
    if kind == "listed":
        return name, ("listed", [tuple(float(v) for v in c.split(",")) for c in body.split(";")])
    channels = {}
    for part in body.split("|"):
        channel, spec = part.split("=", 1)
        form, values = spec.split(":", 1)
        if form == "f":
            a, b = (float(v) for v in values.split(","))
            channels[channel] = ("f", a, b)
        else:
            channels[channel] = ("s", [tuple(float(v) for v in row.split(",")) for row in values.split(";")])
    return name, ("segmented", channels)


def reverse(model):
    kind, data = model
    if kind == "listed":
        return ("listed", list(reversed(data)))
    out = {}
    for channel, spec in data.items():
        if spec[0] == "f":
            out[channel] = ("fr", spec[1], spec[2])  # the function of 1 - x
        else:
            out[channel] = ("s", [(1.0 - x, y1, y0) for x, y0, y1 in reversed(spec[1])])
    return ("segmented", out)


def clip01(v):
    return 0.0 if v < 0.0 else 1.0 if v > 1.0 else v


def channel_lut(n, spec):
    """`_create_lookup_table(n, data)` with gamma 1."""
    xs = linspace01(n)
    if spec[0] == "f":
        return [clip01(spec[1] * x + spec[2]) for x in xs]
    if spec[0] == "fr":
        return [clip01(spec[1] * (1.0 - x) + spec[2]) for x in xs]
    rows = spec[1]
    if n == 1:
        return [clip01(rows[-1][1])]
    scaled = [x * (n - 1) for x, _, _ in rows]
    lut = [rows[0][2]]
    for x in xs[1:-1]:
        xi = (n - 1) * x
        k = bisect.bisect_left(scaled, xi)  # numpy.searchsorted, side='left'
        distance = (xi - scaled[k - 1]) / (scaled[k] - scaled[k - 1])
        lut.append(distance * (rows[k][1] - rows[k - 1][2]) + rows[k - 1][2])
    lut.append(rows[-1][1])
    return [clip01(v) for v in lut]


def family_colors(model, n):
    """`cmap.resampled(n)(range(n))`."""
    kind, data = model
    if kind == "listed":
        m = len(data)
        out = []
        for x in linspace01(n):
            i = int(x * m)  # Colormap.__call__: float input times N, truncated; x == 1 is N - 1
            out.append(data[min(i, m - 1)] + (1.0,))
        return out
    luts = {c: channel_lut(n, spec) for c, spec in data.items()}
    alpha = luts.get("alpha", [1.0] * n)
    return [(luts["red"][i], luts["green"][i], luts["blue"][i], alpha[i]) for i in range(n)]


def matplotlib_colors(name, n):
    return [tuple(float(v) for v in row) for row in matplotlib.colormaps[name].resampled(n)(np.arange(n))]


def verify(lines):
    for line in lines:
        name, model = parse(line)
        for variant, m in ((name, model), (name + "_r", reverse(model))):
            for n in range(2, 257):
                ours, theirs = family_colors(m, n), matplotlib_colors(variant, n)
                if ours != theirs:
                    diff = max(abs(a - b) for p, q in zip(ours, theirs) for a, b in zip(p, q))
                    sys.exit(f"{variant}: resampled({n}) differs from the port by {diff}")


def write_swift(lines):
    names = [name for _, group in FAMILIES for name in group.split()]
    out = [
        f"// Generated by scripts/matplotlib_colormaps.py from matplotlib {matplotlib.__version__}; do not edit.",
        "// Regenerate: python3 scripts/matplotlib_colormaps.py",
        "",
        f"/// matplotlib {matplotlib.__version__}'s sequential and diverging colormaps, as the data matplotlib builds them from.",
        "public enum MatplotlibColormaps {",
        "    /// The families of matplotlib's colormap reference, each with its maps in the reference's order.",
        "    public static let families: [(family: String, names: [String])] = [",
    ]
    for family, group in FAMILIES:
        out.append(f'        ("{family}", [' + ", ".join(f'"{n}"' for n in group.split()) + "]),")
    out += [
        "    ]",
        "",
        "    /// One map per line, `NAME listed COLOURS` or `NAME segmented CHANNELS`; every number is the shortest",
        "    /// text that reads back as the exact double matplotlib holds.",
        "    /// - `listed`: colours separated by `;`, each `r,g,b` (alpha 1): a `ListedColormap`'s `colors`.",
        "    /// - `segmented`: channels separated by `|`, each `red=`, `green=`, `blue=` or `alpha=` (no alpha",
        "    ///   channel: alpha 1) followed by either `s:` and rows `x,y0,y1` separated by `;` (the",
        "    ///   `LinearSegmentedColormap` segment data) or `f:a,b`: the channel is `clip(a*x + b, 0, 1)`,",
        "    ///   computed as `(a*x) + b` in Double at each sample x (for `_r` maps, at `1 - x`).",
        "    /// All gammas are 1. scripts/matplotlib_colormaps.py checks that this text reproduces",
        "    /// `matplotlib.colormaps[name].resampled(N)(range(N))` bit for bit for N = 2...256, `_r` forms included.",
        '    public static let encoded: String = """',
    ]
    by_name = {line.split(" ", 1)[0]: line for line in lines}
    out += ["        " + by_name[n] for n in names]
    out += ['        """', "}", ""]
    os.makedirs(os.path.dirname(SWIFT_OUT), exist_ok=True)
    with open(SWIFT_OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def write_fixture(names):
    rows = []
    for name in names:
        for variant in (name, name + "_r"):
            entry = {"name": variant}
            for n in FIXTURE_SIZES:
                entry[str(n)] = [[float(v) for v in c] for c in matplotlib_colors(variant, n)]
            rows.append(json.dumps(entry, separators=(",", ":")))
    with open(FIXTURE_OUT, "w", encoding="utf-8") as f:
        f.write("{\n")
        f.write(f' "generator": "scripts/matplotlib_colormaps.py",\n')
        f.write(f' "matplotlib": "{matplotlib.__version__}",\n')
        f.write(' "what": "matplotlib.colormaps[name].resampled(N)(range(N)) as RGBA floats, for N in '
                + ", ".join(map(str, FIXTURE_SIZES)) + '",\n')
        f.write(' "maps": [\n  ' + ",\n  ".join(rows) + "\n ]\n}\n")
    return len(rows)


def main():
    names = [name for _, group in FAMILIES for name in group.split()]
    lines = [encode(name) for name in names]
    verify(lines)
    write_swift(lines)
    count = write_fixture(names)
    print(f"{SWIFT_OUT}: {len(lines)} maps; {FIXTURE_OUT}: {count} maps x N in {FIXTURE_SIZES}")


if __name__ == "__main__":
    main()
