#!/usr/bin/env python3
"""Reference values for actplot's Activations module, computed with mpmath.

Writes Tests/ActivationsTests/Reference/activations.tsv (value, f', f'' of every catalog
function, default and some non-default parameters, every value of the sweeps in SWEEPS (listed
with numpy's values in sweeps.tsv), on x from 1e-300 to 1e308 in magnitude,
and ±inf as limits) and Tests/ActivationsTests/Reference/linspace.tsv (numpy.linspace cases).

The formulas below are the textbook definitions, written independently of the Swift code:
no stability tricks. Accuracy comes from precision instead: every point is evaluated at
400 + 3·|log10 |x|| significant digits (enough to absorb the cancellation of the naive forms
for |x| up to 1e308 and down to 1e-300) and again at 150 more digits; the two must agree to
1e-25 relative (or 1e-320 absolute), or the script stops. Closed-form derivatives are checked
against mpmath.diff on a grid before the table is written.

Usage:  python3 scripts/activations_reference.py      (from the package root; needs mpmath, numpy)
"""
import math
import os
import sys

import mpmath
from mpmath import mp, mpf

mp.dps = 50

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "Tests", "ActivationsTests", "Reference")

SELU_ALPHA = mpf("1.6732632423543772848170429916717")
SELU_SCALE = mpf("1.0507009873554804934193349852946")


def sig(x):
    return 1 / (1 + mp.exp(-x))


def piecewise(cond, a, b):
    return a if cond else b


# Each entry: name -> (parameter defaults, f(x, p), f'(x, p), f''(x, p), kinks(p)).
# p is a dict of mpf parameter values. Derivatives are closed forms of the definitions.
def F(f, d1, d2, kinks=lambda p: []):
    return (f, d1, d2, kinks)


def gelu_u(x):
    return mp.sqrt(2 / mp.pi) * (x + mpf("0.044715") * x**3)


def gelu_u1(x):
    return mp.sqrt(2 / mp.pi) * (1 + 3 * mpf("0.044715") * x**2)


def gelu_u2(x):
    return mp.sqrt(2 / mp.pi) * 6 * mpf("0.044715") * x


def Phi(x):
    return (1 + mp.erf(x / mp.sqrt(2))) / 2


def phi(x):
    return mp.exp(-x**2 / 2) / mp.sqrt(2 * mp.pi)


def sp(x):
    return mp.log(1 + mp.exp(x))


FUNCS = {
    "linear": F(lambda x, p: x, lambda x, p: 1, lambda x, p: 0),
    "relu": F(lambda x, p: max(x, 0), lambda x, p: piecewise(x > 0, 1, 0), lambda x, p: 0, lambda p: [0]),
    "leaky_relu": F(lambda x, p: piecewise(x > 0, x, p["negative_slope"] * x),
                    lambda x, p: piecewise(x > 0, 1, p["negative_slope"]), lambda x, p: 0, lambda p: [0]),
    "elu": F(lambda x, p: piecewise(x > 0, x, p["alpha"] * (mp.exp(x) - 1)),
             lambda x, p: piecewise(x > 0, 1, p["alpha"] * mp.exp(x)),
             lambda x, p: piecewise(x > 0, 0, p["alpha"] * mp.exp(x)), lambda p: [0]),
    "softplus": F(lambda x, p: piecewise(p["threshold"] is not None and p["beta"] * x > p["threshold"],
                                         x, mp.log(1 + mp.exp(p["beta"] * x)) / p["beta"]),
                  lambda x, p: piecewise(p["threshold"] is not None and p["beta"] * x > p["threshold"],
                                         1, mp.exp(p["beta"] * x) / (1 + mp.exp(p["beta"] * x))),
                  lambda x, p: piecewise(p["threshold"] is not None and p["beta"] * x > p["threshold"],
                                         0, p["beta"] * mp.exp(p["beta"] * x) / (1 + mp.exp(p["beta"] * x))**2),
                  lambda p: [] if p["threshold"] is None else [p["threshold"] / p["beta"]]),
    "sigmoid": F(lambda x, p: sig(x), lambda x, p: sig(x) * (1 - sig(x)),
                 lambda x, p: sig(x) * (1 - sig(x)) * (1 - 2 * sig(x))),
    "tanh": F(lambda x, p: mp.tanh(x), lambda x, p: 1 - mp.tanh(x)**2,
              lambda x, p: -2 * mp.tanh(x) * (1 - mp.tanh(x)**2)),
    "arctan": F(lambda x, p: mp.atan(x), lambda x, p: 1 / (1 + x**2), lambda x, p: -2 * x / (1 + x**2)**2),
    "relu6": F(lambda x, p: min(max(x, 0), 6), lambda x, p: piecewise(0 < x < 6, 1, 0), lambda x, p: 0,
               lambda p: [0, 6]),
    "prelu": F(lambda x, p: piecewise(x > 0, x, p["weight"] * x), lambda x, p: piecewise(x > 0, 1, p["weight"]),
               lambda x, p: 0, lambda p: [0]),
    "rrelu": F(lambda x, p: piecewise(x > 0, x, (p["lower"] + p["upper"]) / 2 * x),
               lambda x, p: piecewise(x > 0, 1, (p["lower"] + p["upper"]) / 2), lambda x, p: 0, lambda p: [0]),
    "celu": F(lambda x, p: piecewise(x > 0, x, p["alpha"] * (mp.exp(x / p["alpha"]) - 1)),
              lambda x, p: piecewise(x > 0, 1, mp.exp(x / p["alpha"])),
              lambda x, p: piecewise(x > 0, 0, mp.exp(x / p["alpha"]) / p["alpha"]), lambda p: [0]),
    "selu": F(lambda x, p: SELU_SCALE * piecewise(x > 0, x, SELU_ALPHA * (mp.exp(x) - 1)),
              lambda x, p: SELU_SCALE * piecewise(x > 0, 1, SELU_ALPHA * mp.exp(x)),
              lambda x, p: SELU_SCALE * piecewise(x > 0, 0, SELU_ALPHA * mp.exp(x)), lambda p: [0]),
    "gelu": F(lambda x, p: x * Phi(x) if p["approximate"] == 0 else x / 2 * (1 + mp.tanh(gelu_u(x))),
              lambda x, p: (Phi(x) + x * phi(x)) if p["approximate"] == 0 else
              (1 + mp.tanh(gelu_u(x))) / 2 + x / 2 * mp.sech(gelu_u(x))**2 * gelu_u1(x),
              lambda x, p: phi(x) * (2 - x**2) if p["approximate"] == 0 else
              mp.sech(gelu_u(x))**2 * gelu_u1(x)
              + x / 2 * (-2 * mp.tanh(gelu_u(x)) * mp.sech(gelu_u(x))**2 * gelu_u1(x)**2
                         + mp.sech(gelu_u(x))**2 * gelu_u2(x))),
    "silu": F(lambda x, p: x * sig(x), lambda x, p: sig(x) + x * sig(x) * (1 - sig(x)),
              lambda x, p: 2 * sig(x) * (1 - sig(x)) + x * sig(x) * (1 - sig(x)) * (1 - 2 * sig(x))),
    "mish": F(lambda x, p: x * mp.tanh(sp(x)),
              lambda x, p: mp.tanh(sp(x)) + x * mp.sech(sp(x))**2 * sig(x),
              lambda x, p: 2 * mp.sech(sp(x))**2 * sig(x)
              + x * (-2 * mp.tanh(sp(x)) * mp.sech(sp(x))**2 * sig(x)**2
                     + mp.sech(sp(x))**2 * sig(x) * (1 - sig(x)))),
    "softsign": F(lambda x, p: x / (1 + abs(x)), lambda x, p: 1 / (1 + abs(x))**2,
                  lambda x, p: -2 * mp.sign(x) / (1 + abs(x))**3, lambda p: [0]),
    "logsigmoid": F(lambda x, p: mp.log(sig(x)), lambda x, p: 1 - sig(x), lambda x, p: -sig(x) * (1 - sig(x))),
    "hardsigmoid": F(lambda x, p: min(max(x + 3, 0), 6) / 6, lambda x, p: piecewise(-3 < x < 3, mpf(1) / 6, 0),
                     lambda x, p: 0, lambda p: [-3, 3]),
    "hardswish": F(lambda x, p: x * min(max(x + 3, 0), 6) / 6,
                   lambda x, p: 0 if x < -3 else (1 if x > 3 else (2 * x + 3) / 6),
                   lambda x, p: piecewise(-3 < x < 3, mpf(1) / 3, 0), lambda p: [-3, 3]),
    "hardtanh": F(lambda x, p: min(max(x, p["min_val"]), p["max_val"]),
                  lambda x, p: piecewise(p["min_val"] < x < p["max_val"], 1, 0), lambda x, p: 0,
                  lambda p: [p["min_val"], p["max_val"]]),
    "hardshrink": F(lambda x, p: piecewise(abs(x) > p["lambd"], x, 0),
                    lambda x, p: piecewise(abs(x) > p["lambd"], 1, 0), lambda x, p: 0,
                    lambda p: [-p["lambd"], p["lambd"]]),
    "softshrink": F(lambda x, p: mp.sign(x) * max(abs(x) - p["lambd"], 0),
                    lambda x, p: piecewise(abs(x) > p["lambd"], 1, 0), lambda x, p: 0,
                    lambda p: [-p["lambd"], p["lambd"]]),
    "tanhshrink": F(lambda x, p: x - mp.tanh(x), lambda x, p: 1 - (1 - mp.tanh(x)**2),
                    lambda x, p: 2 * mp.tanh(x) * (1 - mp.tanh(x)**2)),
    "threshold": F(lambda x, p: piecewise(x > p["threshold"], x, p["value"]),
                   lambda x, p: piecewise(x > p["threshold"], 1, 0), lambda x, p: 0, lambda p: [p["threshold"]]),
    "squareplus": F(lambda x, p: (x + mp.sqrt(x**2 + p["b"])) / 2,
                    lambda x, p: (1 + x / mp.sqrt(x**2 + p["b"])) / 2,
                    lambda x, p: p["b"] / (2 * mp.sqrt(x**2 + p["b"])**3)),
    "sparse_plus": F(lambda x, p: 0 if x <= -1 else (x if x >= 1 else (x + 1)**2 / 4),
                     lambda x, p: 0 if x <= -1 else (1 if x >= 1 else (x + 1) / 2),
                     lambda x, p: piecewise(-1 < x < 1, mpf(1) / 2, 0), lambda p: [-1, 1]),
    "sparse_sigmoid": F(lambda x, p: min(max(x + 1, 0), 2) / 2, lambda x, p: piecewise(-1 < x < 1, mpf(1) / 2, 0),
                        lambda x, p: 0, lambda p: [-1, 1]),
    "binary_step": F(lambda x, p: piecewise(x >= 0, 1, 0), lambda x, p: 0, lambda x, p: 0, lambda p: [0]),
    "gaussian": F(lambda x, p: mp.exp(-x**2), lambda x, p: -2 * x * mp.exp(-x**2),
                  lambda x, p: (4 * x**2 - 2) * mp.exp(-x**2)),
    "sinusoid": F(lambda x, p: mp.sin(x), lambda x, p: mp.cos(x), lambda x, p: -mp.sin(x)),
    "sinc": F(lambda x, p: mp.sin(x) / x if x != 0 else mpf(1),
              lambda x, p: (mp.cos(x) / x - mp.sin(x) / x**2) if x != 0 else mpf(0),
              lambda x, p: (-mp.sin(x) / x - 2 * mp.cos(x) / x**2 + 2 * mp.sin(x) / x**3) if x != 0 else mpf(-1) / 3),
    "bent_identity": F(lambda x, p: (mp.sqrt(x**2 + 1) - 1) / 2 + x, lambda x, p: x / (2 * mp.sqrt(x**2 + 1)) + 1,
                       lambda x, p: 1 / (2 * (x**2 + 1)**mpf(1.5))),
    "isru": F(lambda x, p: x / mp.sqrt(1 + p["alpha"] * x**2), lambda x, p: (1 + p["alpha"] * x**2)**mpf(-1.5),
              lambda x, p: -3 * p["alpha"] * x * (1 + p["alpha"] * x**2)**mpf(-2.5)),
    "isrlu": F(lambda x, p: x if x >= 0 else x / mp.sqrt(1 + p["alpha"] * x**2),
               lambda x, p: 1 if x >= 0 else (1 + p["alpha"] * x**2)**mpf(-1.5),
               lambda x, p: 0 if x >= 0 else -3 * p["alpha"] * x * (1 + p["alpha"] * x**2)**mpf(-2.5),
               lambda p: [0]),
    "sqnl": F(lambda x, p: 1 if x > 2 else (-1 if x < -2 else (x - x**2 / 4 if x >= 0 else x + x**2 / 4)),
              lambda x, p: 0 if abs(x) > 2 else 1 - abs(x) / 2,
              lambda x, p: 0 if abs(x) > 2 else (mpf(-1) / 2 if x >= 0 else mpf(1) / 2), lambda p: [-2, 0, 2]),
}

# (spec as actplot spells it, function name, parameter values; None = absent)
DEFAULTS = {
    "leaky_relu": {"negative_slope": 0.01}, "elu": {"alpha": 1}, "softplus": {"beta": 1, "threshold": None},
    "prelu": {"weight": 0.25}, "rrelu": {"lower": 1 / 8, "upper": 1 / 3}, "celu": {"alpha": 1},
    "gelu": {"approximate": 0}, "hardtanh": {"min_val": -1, "max_val": 1}, "hardshrink": {"lambd": 0.5},
    "softshrink": {"lambd": 0.5}, "threshold": {"threshold": 0, "value": 0}, "squareplus": {"b": 4},
    "isru": {"alpha": 1}, "isrlu": {"alpha": 1},
}

EXTRA_SPECS = [
    ("leaky_relu:negative_slope=0.2", "leaky_relu", {"negative_slope": 0.2}),
    ("elu:alpha=0.5", "elu", {"alpha": 0.5}),
    ("elu:alpha=2", "elu", {"alpha": 2}),
    ("softplus:beta=2", "softplus", {"beta": 2, "threshold": None}),
    ("softplus:threshold=20", "softplus", {"beta": 1, "threshold": 20}),
    ("softplus:beta=0.5,threshold=5", "softplus", {"beta": 0.5, "threshold": 5}),
    ("prelu:weight=0.1", "prelu", {"weight": 0.1}),
    ("rrelu:lower=0.1,upper=0.3", "rrelu", {"lower": 0.1, "upper": 0.3}),
    ("celu:alpha=0.5", "celu", {"alpha": 0.5}),
    ("celu:alpha=2", "celu", {"alpha": 2}),
    ("gelu:approximate=tanh", "gelu", {"approximate": 1}),
    ("hardtanh:min_val=-2,max_val=3", "hardtanh", {"min_val": -2, "max_val": 3}),
    ("hardshrink:lambd=0.3", "hardshrink", {"lambd": 0.3}),
    ("softshrink:lambda=0.3", "softshrink", {"lambd": 0.3}),
    ("threshold:threshold=0.5,value=-1", "threshold", {"threshold": 0.5, "value": -1}),
    ("squareplus:b=1", "squareplus", {"b": 1}),
    ("isru:alpha=0.25", "isru", {"alpha": 0.25}),
    ("isrlu:alpha=3", "isrlu", {"alpha": 3}),
]

# Parameter sweeps (`--vary NAME=VALUES`) whose every curve the tests check: each value becomes a
# spec of the table, and sweeps.tsv records the values numpy gives for the sweep's text.
SWEEPS = [
    ("elu", "alpha", "0.5,1,2"),
    ("softplus", "beta", "0.5:2:4"),
    ("leaky_relu", "negative_slope", "0.01:1:3:log"),
    ("celu", "alpha", "0.1:10:5:log"),
    ("gelu", "approximate", "none,tanh"),
]
GELU_FORMS = ["none", "tanh"]


def sweep_values(text):
    """The values of a sweep's text, as numpy computes them (linspace, geomspace), or the list."""
    import numpy as np
    parts = text.split(":")
    if len(parts) == 1:
        return parts[0].split(",")
    start, stop, count = float(parts[0]), float(parts[1]), int(parts[2])
    values = np.geomspace(start, stop, count) if parts[3:] == ["log"] else np.linspace(start, stop, count)
    return [repr(float(v)) for v in values]


def sweep_specs():
    """(spec, name, params) for every value of every sweep, skipping those already tabulated."""
    known = {spec for spec, _, _ in EXTRA_SPECS} | set(DEFAULTS) | set(FUNCS)
    for name, key, text in SWEEPS:
        for value in sweep_values(text):
            params = dict(DEFAULTS.get(name, {}))
            params[key] = GELU_FORMS.index(value) if key == "approximate" else float(value)
            spec = f"{name}:{key}={value}"
            if spec not in known:
                known.add(spec)
                yield spec, name, params


def write_sweeps():
    lines = ["# --vary sweeps the tests check; generated by scripts/activations_reference.py (numpy "
             + __import__("numpy").__version__ + ")",
             "# function\tvary\tvalues (comma-separated, as numpy computes them; each is a spec NAME:KEY=VALUE of activations.tsv)"]
    for name, key, text in SWEEPS:
        lines.append(f"{name}\t{key}={text}\t" + ",".join(sweep_values(text)))
    with open(os.path.join(OUT_DIR, "sweeps.tsv"), "w") as out:
        out.write("\n".join(lines) + "\n")


CATALOG_ORDER = [
    "linear", "relu", "leaky_relu", "elu", "softplus", "sigmoid", "tanh", "arctan",
    "relu6", "prelu", "rrelu", "celu", "selu", "gelu", "silu", "mish", "softsign", "logsigmoid",
    "hardsigmoid", "hardswish", "hardtanh", "hardshrink", "softshrink", "tanhshrink", "threshold",
    "squareplus", "sparse_plus", "sparse_sigmoid", "binary_step", "gaussian", "sinusoid", "sinc",
    "bent_identity", "isru", "isrlu", "sqnl",
]
assert sorted(CATALOG_ORDER) == sorted(FUNCS)


def base_points():
    import numpy as np
    pts = set()
    pts.update(float(v) for v in np.linspace(-1000, 1000, 41))
    for v in [0.1, 0.5, 1.3, 2.5, 3.7, 7.9, 15.3, 33.3, 100.7, 355.0, 400.2, 700.5, 709.78, 710.5,
              720.25, 745.13, 750.0, 760.0, 1e-15, 1e-8, 1e-30, 1e-300, 1e10, 1e100, 1e154, 1e200, 1e308,
              1.7976931348623157e308]:
        pts.add(v)
        pts.add(-v)
    pts.update(float(v) for v in np.linspace(-1e-3, 1e-3, 9))
    pts.update(float(v) for v in np.linspace(-750, -700, 11))
    rng = np.random.default_rng(2024)
    pts.update(float(v) for v in rng.uniform(-12, 12, 24))
    mags = rng.uniform(-6, 3, 16)
    signs = rng.choice([-1.0, 1.0], 16)
    pts.update(float(s * 10**m) for s, m in zip(signs, mags))
    pts.add(0.0)
    return sorted(pts)


def kink_neighbours(k, exact_compare):
    """Points near a kink k (a double), not on it."""
    out = set()
    for d in [1e-3, 0.25, 1e-9 * max(1.0, abs(k))]:
        out.add(k - d)
        out.add(k + d)
    if exact_compare:
        out.add(math.nextafter(k, -math.inf))
        out.add(math.nextafter(k, math.inf))
    out.discard(k)
    return out


def working_dps(x):
    if x == 0:
        return 400
    return 400 + int(3 * abs(math.log10(abs(x))))


def evaluate(fn, x, params, dps):
    with mp.workdps(dps):
        p = {k: (None if v is None else mpf(v)) for k, v in params.items()}
        return mpf(fn(mpf(x), p))


def careful(fn, x, params):
    """fn at x, at two precisions that must agree."""
    dps = working_dps(x)
    a = evaluate(fn, x, params, dps)
    b = evaluate(fn, x, params, dps + 150)
    with mp.workdps(dps + 150):
        if not (abs(a - b) <= mpf("1e-25") * abs(b) or abs(a - b) <= mpf("1e-320")):
            sys.exit(f"precision check failed at x={x!r}: {a} vs {b}")
    return b


def limit(fn, sign, params):
    """The limit at sign·∞, estimated as fn(±1e400) at high precision."""
    with mp.workdps(1400):
        p = {k: (None if v is None else mpf(v)) for k, v in params.items()}
        v = mpf(fn(sign * mpf(10) ** 400, p))
        if abs(v) > mpf("1e309"):
            return math.copysign(math.inf, v)
        return v


def fmt(v):
    if isinstance(v, float):
        return repr(v)
    if v == 0:
        return "0"
    if abs(v) < mpf("1e-330"):  # below the smallest subnormal: the double is a signed zero
        return "-0" if v < 0 else "0"
    return mpmath.nstr(v, 20, min_fixed=-5, max_fixed=5, strip_zeros=False)


def check_derivatives():
    """Closed-form f', f'' against mpmath.diff at moderate points away from kinks."""
    grid = [-4.7, -2.2, -1.1, -0.6, -0.13, 0.07, 0.4, 0.9, 1.7, 2.8, 4.3]
    for spec, name, params in all_specs():
        f, d1, d2, kinks = FUNCS[name]
        with mp.workdps(60):
            p = {k: (None if v is None else mpf(v)) for k, v in params.items()}
            ks = kinks(p)
            for x in grid:
                if any(abs(mpf(x) - k) < mpf("0.05") for k in ks):
                    continue
                x = mpf(x)
                n1 = mp.diff(lambda t: f(t, p), x, 1)
                n2 = mp.diff(lambda t: f(t, p), x, 2)
                for got, want, order in [(d1(x, p), n1, 1), (d2(x, p), n2, 2)]:
                    if abs(got - want) > mpf("1e-30") * (1 + abs(want)):
                        sys.exit(f"{spec}: f^({order}) closed form {got} != mpmath.diff {want} at {x}")


def all_specs():
    for name in CATALOG_ORDER:
        yield name, name, DEFAULTS.get(name, {})
    for spec in EXTRA_SPECS:
        yield spec
    yield from sweep_specs()


def write_table():
    base = base_points()
    rows = ["# actplot activation reference, generated by scripts/activations_reference.py (mpmath "
            + mpmath.__version__ + "). Do not edit.",
            "# spec\tx\tf\tdf\td2f   ('-' = not tabulated: x is a kink, see the kink conventions)"]
    for spec, name, params in all_specs():
        f, d1, d2, kinks = FUNCS[name]
        ks = [float(k) for k in kinks({k: (None if v is None else mpf(v)) for k, v in params.items()})]
        is_threshold_softplus = name == "softplus" and params.get("threshold") is not None
        pts = set(base)
        for k in ks:
            pts.update(kink_neighbours(k, exact_compare=not is_threshold_softplus))
            if not is_threshold_softplus:
                pts.add(k)
        for x in sorted(pts):
            if x in ks:
                rows.append(f"{spec}\t{fmt(x)}\t{fmt(careful(f, x, params))}\t-\t-")
                continue
            vals = [careful(g, x, params) for g in (f, d1, d2)]
            rows.append(f"{spec}\t{fmt(x)}\t" + "\t".join(fmt(v) for v in vals))
        for sign, text in [(-1, "-inf"), (1, "inf")]:
            if name == "sinusoid":
                rows.append(f"{spec}\t{text}\tnan\tnan\tnan")  # no limit
                continue
            vals = [limit(g, sign, params) for g in (f, d1, d2)]
            rows.append(f"{spec}\t{text}\t" + "\t".join(fmt(v) for v in vals))
        print(f"{spec}: {len(pts) + 2} points", file=sys.stderr)
    with open(os.path.join(OUT_DIR, "activations.tsv"), "w") as out:
        out.write("\n".join(rows) + "\n")


def write_linspace():
    import numpy as np
    cases = [(-5.0, 5.0, 11), (-10.0, 10.0, 400), (0.0, 1.0, 7), (-1e-3, 1e-3, 101), (0.1, 0.7, 13),
             (-3.0, 3.3, 1000), (5.0, -5.0, 9), (2.0, 2.0, 5), (1.5, 1.5, 1), (0.0, 1.0, 2),
             (-7.3, 11.9, 1), (-1000.0, 1000.0, 2001), (-6.0, 6.0, 0), (1e-300, 3e-300, 17),
             (-1e308, 1e308, 5), (0.3, 0.30000000000000004, 3)]
    lines = ["# numpy " + np.__version__ + " linspace(start, stop, count); generated by scripts/activations_reference.py",
             "# start\tstop\tcount\tvalues (comma-separated, repr)"]
    for start, stop, count in cases:
        with np.errstate(all="ignore"):
            values = np.linspace(start, stop, count)
        lines.append(f"{start!r}\t{stop!r}\t{count}\t" + ",".join(repr(float(v)) for v in values))
    with open(os.path.join(OUT_DIR, "linspace.tsv"), "w") as out:
        out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    os.makedirs(OUT_DIR, exist_ok=True)
    check_derivatives()
    write_linspace()
    write_sweeps()
    write_table()
