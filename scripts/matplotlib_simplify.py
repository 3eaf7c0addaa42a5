#!/usr/bin/env python3
"""matplotlib's path simplification on a few dense lines, for Tests/ChartTests/PathSimplifierTests.swift.

Regenerate: python3 scripts/matplotlib_simplify.py > Tests/ChartTests/Fixtures/matplotlib-simplify.json

Each case: a polyline in device units (as a renderer sees a chart's curve) and the vertices
matplotlib's `Path.cleaned(simplify=True)` keeps at the default `path.simplify_threshold` (1/9),
the converter its Agg backend applies before stroking. Floats are written as repr, so the
comparison can be exact.
"""
import json
import sys

import numpy as np
import matplotlib
from matplotlib.path import Path


def case(name, xs, ys):
    vertices = np.column_stack([xs, ys]).astype(float)
    cleaned = Path(vertices).cleaned(simplify=None)  # None: Path.should_simplify decides, as Agg does
    kept = [(float(x), float(y)) for (x, y), code in zip(cleaned.vertices, cleaned.codes) if code != Path.STOP]
    codes = [int(c) for c in cleaned.codes if c != Path.STOP]
    assert codes[0] == Path.MOVETO and all(c == Path.LINETO for c in codes[1:]), name
    return {"name": name, "points": [[repr(float(x)), repr(float(y))] for x, y in vertices],
            "simplified": [[repr(x), repr(y)] for x, y in kept]}


def main():
    rng = np.random.default_rng(7)
    x = np.linspace(80, 576, 1000)
    t = np.linspace(-10, 10, 1000)
    cases = [
        # relu on the default axes: a flat run, a kink sampled exactly, a straight rise
        case("relu", x, 427.2 - np.maximum(t, 0) * 18.5),
        case("sine", x, 240 - 150 * np.sin(t)),
        case("tanh-steep", x, 240 - 150 * np.tanh(5 * t)),
        case("noise", x, 240 + rng.normal(0, 0.05, 1000)),
        case("noise-large", x, 240 + rng.normal(0, 3, 1000)),
        # back and forth along one line: the anti-parallel bookkeeping
        case("zigzag-along", 300 + 100 * np.sin(np.linspace(0, 20, 400)), 200 + 50 * np.sin(np.linspace(0, 20, 400))),
        case("sawtooth", np.linspace(0, 100, 500), (np.arange(500) % 7) * 0.05),
        case("short", np.linspace(0, 10, 127), np.linspace(0, 10, 127) ** 2),
        case("dense-x", np.linspace(0, 10, 5000), np.sin(np.linspace(0, 60, 5000)) * 30),
    ]
    json.dump({"matplotlib": matplotlib.__version__, "threshold": 1 / 9, "cases": cases}, sys.stdout, indent=0)
    sys.stdout.write("\n")


main()
