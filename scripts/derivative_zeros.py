#!/usr/bin/env python3
"""The zeros of f' and f'' of actplot's catalog functions, computed with mpmath, with the Taylor
expansions the formulas need around those where their closed forms cancel, and reference values
around every zero for the tests.

Writes:
- Sources/Activations/DerivativeZeros+Table.swift: every zero of f' and f'' in [-24, 24] of every
  catalog function at its default parameters (and gelu's tanh form), as double-double, with its kind
  (minimum, maximum, inflection) and f there; `actplot info` prints it. For the derivatives whose
  closed forms add terms of opposite sign (listed in CANCELLING, with those terms), also a radius
  and the Taylor coefficients of that derivative around the zero, which the formulas use within
  the radius. And the double-double constants sinc's derivatives need (pi/2 in three parts, 1/n!).
- Tests/ActivationsTests/Reference/derivative_zeros.tsv: f, f', f'' (as activations.tsv, from
  scripts/activations_reference.py's definitions and its two-precision check) at 101 points in
  windows of relative width 1e-13, 1e-9 and 1e-5 around every zero of f' and f'' of every spec that
  activations.tsv covers (absolute width for a zero at 0), and at distances 10^-16 ... 10^-0.5
  (times max(1, |r|)) either side, where the closed forms and the expansions meet. sinusoid and sinc
  have infinitely many zeros: those within [-10, 10] are tabulated, and those nearest 1e2, 1e3, 1e6,
  1e9, 1e12 and 1e15.

How each step is made sure of:
- Zeros: a scan at steps of 1/32 between kinks finds the sign changes of f' and f'' (and zeros of
  f' where f'' changes sign, for a double zero such as tanhshrink's at 0; likewise for f'' with
  f''' by mpmath.diff); each is refined by bisection, then by Newton's method at 120 digits, and
  kept if the derivative there is below 1e-100. Intervals where a derivative is identically 0
  (relu' for x < 0) have no isolated zeros and are skipped.
- Radius: the smallest power of two 2^-j (at most |r|/2, so that x - r_hi is exact) such that, on
  [r - 1, r + 1] outside it, the sum of the absolute values of the closed form's terms is at most
  16 times the absolute value of their sum. The formulas' closed forms then lose at most 4 bits.
- Coefficients: mpmath.taylor at 80 and at 120 digits, which must agree to 1e-40 relative; as many
  as make the truncated series good to 2^-60 relative on the whole radius (checked at 160 points),
  and Horner's rule in doubles with the rounded coefficients (Python floats, the same operations as
  DerivativeZero.expansion) good to 4 ulps there.

Usage (from the package root; needs mpmath and numpy):  python3 scripts/derivative_zeros.py
"""
import math
import os
import sys

import mpmath
from mpmath import mp, mpf

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import activations_reference as ref  # noqa: E402  (the same definitions as the main reference table)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SWIFT = os.path.join(ROOT, "Sources", "Activations", "DerivativeZeros+Table.swift")
TSV = os.path.join(ROOT, "Tests", "ActivationsTests", "Reference", "derivative_zeros.tsv")

SCAN = 24            # zeros are looked for in [-SCAN, SCAN]
STEP = mpf(1) / 32
PERIODIC = {"sinusoid", "sinc"}
PERIODIC_LISTED = 10  # of their zeros, those in [-10, 10] are tabulated
FAR = [1e2, 1e3, 1e6, 1e9, 1e12, 1e15]
WIDTHS = [1e-13, 1e-9, 1e-5]
SWEEP = [mpf(10) ** (-mpf(k) / 2) for k in range(32, 0, -1)]  # 1e-16 ... 10^-0.5
CANCELLATION = 16

sig, sp = ref.sig, ref.sp
K = mp.sqrt(2 / mp.pi)
C = mpf("0.044715")


def u(x):
    return K * (x + C * x**3)


def u1(x):
    return K * (1 + 3 * C * x**2)


def u2(x):
    return 6 * K * C * x


# (spec, order) -> the terms the Swift closed form adds (up to a common factor), which cancel near
# the zeros. Every other derivative zero of the catalog is computed without such a cancellation
# (a product with a factor that has the zero, such as tanh(x/2) or the fused 2x^2 - 1), which is
# why the formulas need no expansion there; Catalog.swift says why next to each.
CANCELLING = {
    ("gelu", 1): lambda x: [ref.Phi(x), x * ref.phi(x)],
    ("gelu:approximate=tanh", 1): lambda x: [(1 + mp.tanh(u(x))) / 2, x / 2 * mp.sech(u(x)) ** 2 * u1(x)],
    ("gelu:approximate=tanh", 2): lambda x: [4 * u1(x), 2 * x * u2(x), -4 * x * u1(x) ** 2 * mp.tanh(u(x))],
    ("silu", 1): lambda x: [1, x * sig(-x)],
    ("silu", 2): lambda x: [2, -x * mp.tanh(x / 2)],
    ("mish", 1): lambda x: [mp.tanh(sp(x)), x * mp.sech(sp(x)) ** 2 * sig(x)],
    ("mish", 2): lambda x: [2, x * sig(-x), -2 * x * mp.tanh(sp(x)) * sig(x)],
}

# How the zeros of the periodic functions go on past those listed.
CONTINUED = {
    ("sinusoid", 1): "and every π further: x = π/2 + kπ",
    ("sinusoid", 2): "and every π further: x = kπ",
    ("sinc", 1): "and one root of tan x = x in each (kπ, (k + ½)π) and its negative, for every k ≥ 1",
    ("sinc", 2): "and one root of tan x = 2x/(2 − x²) in each ((k − ½)π, kπ) and its negative, for every k ≥ 1",
}


def parse_params(params):
    return {k: (None if v is None else mpf(v)) for k, v in params.items()}


def derivative(name, order, p):
    """f^(order) as a function of x, for order 1, 2 (closed forms) and 3 (mpmath.diff of f'')."""
    f, d1, d2, _ = ref.FUNCS[name]
    if order == 1:
        return lambda x: d1(x, p)
    if order == 2:
        return lambda x: d2(x, p)
    return lambda x: mp.diff(lambda t: d2(t, p), x)


def sign(v):
    return 0 if v == 0 else (1 if v > 0 else -1)


def refine(g, g1, a, b):
    """The zero of g in [a, b] (g(a)g(b) < 0), to 100 digits."""
    with mp.workdps(60):
        r = mp.findroot(g, (mpf(a), mpf(b)), solver="anderson")
    with mp.workdps(120):
        r = mpf(r)
        for _ in range(8):
            r -= g(r) / g1(r)
        if abs(g(r)) > mpf(10) ** -100:
            sys.exit(f"zero near {float(r)} does not converge")
        return +r


def intervals(kinks):
    cuts = [mpf(-SCAN)] + sorted(mpf(k) for k in kinks if -SCAN < k < SCAN) + [mpf(SCAN)]
    return list(zip(cuts, cuts[1:]))


def scan(name, p, order, lo, hi):
    """Zeros of f^(order) in the open interval (lo, hi)."""
    g = derivative(name, order, p)
    g1 = derivative(name, order + 1, p)
    n = int((hi - lo) / STEP)
    xs = [lo + (hi - lo) * i / n for i in range(1, n)]
    with mp.workdps(30):
        values = [g(x) for x in xs]
    if all(v == 0 for v in values):
        return []  # identically zero here
    zeros = set()
    for i, (x, v) in enumerate(zip(xs, values)):
        if v == 0:
            with mp.workdps(120):
                if g(mpf(x)) == 0:
                    zeros.add(mpf(x))
                    continue
        if i + 1 < len(xs) and sign(v) * sign(values[i + 1]) < 0:
            zeros.add(refine(g, g1, x, xs[i + 1]))
    # Even-order zeros: where the next derivative changes sign and this one vanishes.
    with mp.workdps(30):
        slopes = [g1(x) for x in xs]
    for i in range(len(xs) - 1):
        if sign(slopes[i]) * sign(slopes[i + 1]) < 0:
            g2 = derivative(name, order + 2, p) if order + 2 <= 3 else (lambda t: mp.diff(g1, t))
            r = refine(g1, g2, xs[i], xs[i + 1])
            with mp.workdps(120):
                if abs(g(r)) < mpf(10) ** -90 and not any(abs(r - z) < mpf(10) ** -50 for z in zeros):
                    zeros.add(r)
    return sorted(zeros)


def far_zeros(name, order, p):
    """The zeros of sinusoid's and sinc's derivatives nearest each x in FAR."""
    g = derivative(name, order, p)
    g1 = derivative(name, order + 1, p)
    out = []
    for x0 in FAR:
        with mp.workdps(60 + int(math.log10(x0))):
            k = mp.nint(mpf(x0) / mp.pi)
            if name == "sinusoid":
                r = (k + mpf(1) / 2) * mp.pi if order == 1 else k * mp.pi
            else:
                q = (k + mpf(1) / 2) * mp.pi if order == 1 else k * mp.pi
                r = q - (1 if order == 1 else 2) / q
                for _ in range(60):
                    r -= g(r) / g1(r)
            if abs(g(r)) > mpf(10) ** -(40 + int(math.log10(x0))):
                sys.exit(f"{name}: far zero near {x0} does not converge")
            out.append(+r)
    return out


def kind(name, p, order, r):
    with mp.workdps(120):
        g = derivative(name, order, p)
        left, right = g(r - mpf(10) ** -30), g(r + mpf(10) ** -30)
        if order == 2:
            return "inflection" if sign(left) * sign(right) < 0 else None
        if sign(left) * sign(right) > 0:
            return "saddle"
        return "minimum" if right > 0 else "maximum"


def double_double(r):
    with mp.workdps(120):
        hi = float(r)
        lo = float(r - mpf(hi))
        if r != 0 and abs(r - mpf(hi) - mpf(lo)) > abs(r) * mpf(2) ** -105:
            sys.exit(f"{r} is not a double-double")
        return hi, lo


def cancellation_radius(terms, r):
    """The smallest 2^-j outside which the terms cancel by at most CANCELLATION on [r - 1, r + 1]."""
    def kappa(x):
        ts = terms(x)
        return sum(abs(t) for t in ts) / abs(sum(ts))
    with mp.workdps(40):
        for j in range(8, 0, -1):
            rho = mpf(2) ** -j
            if all(kappa(r + s * (rho + (1 - rho) * i / 128)) <= CANCELLATION for s in (-1, 1) for i in range(129)):
                if rho > abs(r) / 2:
                    sys.exit(f"radius {rho} around {r} is too wide for x - r_hi to be exact")
                return rho
    sys.exit(f"no radius around {r} keeps the cancellation below {CANCELLATION}")


def horner(coefficients, t):
    """DerivativeZero.expansion in Python floats: the same operations, the same roundings."""
    total = 0.0
    for c in reversed(coefficients):
        total = total * t + c
    return total * t


def expansion(g, r, rho):
    """Coefficients c1..cN of g(r + t) = sum c_k t^k, and a check of them on |t| < rho."""
    with mp.workdps(80):
        a = mp.taylor(g, r, 48)
    with mp.workdps(120):
        b = mp.taylor(g, r, 48)
        for k, (x, y) in enumerate(zip(a, b)):
            if abs(x - y) > mpf(10) ** -40 * max(abs(y), mpf(10) ** -60):
                sys.exit(f"Taylor coefficient {k} around {float(r)} is unstable: {x} vs {y}")
        if abs(b[0]) > mpf(10) ** -90:
            sys.exit(f"{float(r)} is not a zero")
        ts = [rho * i / 80 for i in range(-80, 81) if i != 0]
        exact = [g(r + t) for t in ts]
        for n in range(2, 48):
            worst = max(abs(sum(b[k] * t**k for k in range(1, n + 1)) - e) / abs(e) for t, e in zip(ts, exact))
            if worst < mpf(2) ** -60:
                break
        else:
            sys.exit(f"the series around {float(r)} does not converge on radius {rho}")
        coefficients = [float(c) for c in b[1:n + 1]]
        hi, lo = double_double(r)
        for t, e in zip(ts, exact):
            x = hi + float(t)  # a double near r + t; its exact distance from r is what Horner sees
            tt = (x - hi) - lo
            got = horner(coefficients, tt)
            want = g(mpf(x))
            if abs(mpf(got) - want) > 4 * mpf(2) ** -53 * abs(want):
                sys.exit(f"Horner's rule around {float(r)} is off by {float(abs(got - want) / abs(want))} at {x}")
    return coefficients


def hexfloat(v):
    if v == 0:
        return "0"
    return float(v).hex().replace("0x1.0000000000000p", "0x1p").replace("+", "")


def decimal(v):
    return repr(float(v)).replace("-", "−")


def swift_zero(entry):
    comment = f"x ≈ {decimal(entry['x'])}: {entry['kind']}"
    if entry["order"] == 1:
        comment += f", f ≈ {decimal(entry['value'])}"
    fields = [f"order: {entry['order']}", f"kind: .{entry['kind']}", f"x: {hexfloat(entry['x'])}",
              f"low: {hexfloat(entry['low'])}", f"value: {hexfloat(entry['value'])}"]
    lines = [f"            // {comment}"]
    if entry["coefficients"]:
        fields.append(f"radius: {hexfloat(entry['radius'])}")
        head = "            DerivativeZero(" + ", ".join(fields) + ", coefficients: ["
        lines.append(head)
        cs = [hexfloat(c) + "," for c in entry["coefficients"]]
        for i in range(0, len(cs), 3):
            lines.append("                " + " ".join(cs[i:i + 3]))
        lines.append("            ]),")
    else:
        fields.append("radius: 0, coefficients: []")
        lines.append("            DerivativeZero(" + ", ".join(fields) + "),")
    return lines


def swift_identifier(spec):
    if spec == "gelu:approximate=tanh":
        return "geluTanh"
    head, *rest = spec.split("_")
    return head + "".join(w.capitalize() for w in rest)


def swift_arguments(name, params):
    """The parameter values as Activation.arguments holds them ([ParameterValue?])."""
    order = {
        "softplus": ["beta", "threshold"], "gelu": ["approximate"], "squareplus": ["b"],
        "isru": ["alpha"],
    }.get(name, [])
    choices = {"approximate"}  # enumerated parameters: the value is the index of the word
    values = []
    for key in order:
        v = params.get(key)
        if v is None:
            values.append("nil")
        elif key in choices:
            values.append(f".choice({int(v)})")
        else:
            values.append(f".number({repr(float(v))})")
    return "[" + ", ".join(values) + "]"


def write_swift(table):
    lines = [
        f"// Generated by scripts/derivative_zeros.py (mpmath {mpmath.__version__}); do not edit.",
        "// Numbers are hexadecimal so that they are exactly mpmath's roundings; the comments give them",
        "// in decimal.",
        "",
        "extension DerivativeZeros {",
        "    /// Every function with a stationary or an inflection point, at its default parameters, and",
        "    /// gelu's tanh form; in catalog order.",
        "    public static let all: [DerivativeZeros] = [",
    ]
    ids = [swift_identifier(spec) for spec, *_ in table]
    for i in range(0, len(ids), 6):
        lines.append("        " + " ".join(x + "," for x in ids[i:i + 6]))
    lines.append("    ]")
    for (spec, name, params, zeros), ident in zip(table, ids):
        lines += ["", f"    static let {ident} = DerivativeZeros(",
                  f"        function: \"{name}\", arguments: {swift_arguments(name, params)},"]
        for order, label in [(1, "stationary"), (2, "inflection")]:
            entries = [z for z in zeros if z["order"] == order]
            if not entries:
                lines.append(f"        {label}: [],")
                continue
            lines.append(f"        {label}: [")
            for entry in entries:
                lines += swift_zero(entry)
            lines.append("        ],")
        continued = [(f"{label}Continued", CONTINUED[(name, order)])
                     for order, label in [(1, "stationary"), (2, "inflection")] if (name, order) in CONTINUED]
        if continued:
            for key, text in continued:
                lines.append(f"        {key}: \"{text}\",")
        lines[-1] = lines[-1].rstrip(",") + ")"
    lines += ["}", "", "extension DoubleDouble {"]
    with mp.workdps(120):
        half_pi = mp.pi / 2
        p0 = float(half_pi)
        p1 = float(half_pi - p0)
        p2 = float(half_pi - p0 - p1)
        lines += [
            "    /// π/2 = P₀ + P₁ + P₂ to about 2⁻¹⁶¹, each part the double nearest what the previous ones leave.",
            f"    static let halfPiParts = ({hexfloat(p0)}, {hexfloat(p1)}, {hexfloat(p2)})",
            "",
            "    /// 1/n! for n = 0 … 29, as double-doubles.",
            "    static let inverseFactorials: [DoubleDouble] = [",
        ]
        for n in range(30):
            v = 1 / mp.factorial(n)
            hi = float(v)
            lo = float(v - hi)
            lines.append(f"        DoubleDouble({hexfloat(hi)}, {hexfloat(lo)}),  // 1/{n}!")
    lines += ["    ]", "}"]
    with open(SWIFT, "w") as out:
        out.write("\n".join(lines) + "\n")


def window_points(r):
    pts = set()
    hi, _ = double_double(r)
    pts.add(hi)
    with mp.workdps(60):
        for w in WIDTHS:
            half = mpf(w) * (abs(r) if r != 0 else 1) / 2
            for i in range(101):
                pts.add(float(r - half + 2 * half * i / 100))
        scale = max(abs(r), 1)
        for d in SWEEP:
            pts.add(float(r - d * scale))
            pts.add(float(r + d * scale))
    return pts


def main():
    mp.dps = 50
    defaults = {name for name in ref.CATALOG_ORDER}
    table = []      # (spec, name, params, zeros) for the Swift table
    rows = ["# actplot derivative-zero reference, generated by scripts/derivative_zeros.py (mpmath "
            + mpmath.__version__ + "). Do not edit.",
            "# spec\tx\tf\tdf\td2f   (around zeros of f' and f''; the zero's spec and order in the comment lines)"]
    for spec, name, params in ref.all_specs():
        p = parse_params(params)
        f, d1, d2, kinks = ref.FUNCS[name]
        zeros = []
        for order in (1, 2):
            found = []
            for lo, hi in intervals([float(k) for k in kinks(p)]):
                found += scan(name, p, order, lo, hi)
            if name in PERIODIC:
                found = [r for r in found if abs(r) <= PERIODIC_LISTED]
            for r in found:
                hi_, lo_ = double_double(r)
                with mp.workdps(120):
                    value = float(f(r, p))
                entry = {"order": order, "x": hi_, "low": lo_, "kind": kind(name, p, order, r),
                         "value": value, "radius": 0, "coefficients": []}
                if entry["kind"] is None:
                    continue  # f'' touches 0 without changing sign: not an inflection point
                if (spec, order) in CANCELLING:
                    rho = cancellation_radius(CANCELLING[(spec, order)], r)
                    entry["radius"] = float(rho)
                    entry["coefficients"] = expansion(derivative(name, order, p), r, rho)
                zeros.append(entry)
            tested = found + (far_zeros(name, order, p) if name in PERIODIC else [])
            for r in tested:
                rows.append(f"# {spec} f{'′' if order == 1 else '″'} = 0 at x ≈ {float(r)!r}")
                for x in sorted(window_points(r)):
                    values = [ref.careful(g, x, params) for g in (f, d1, d2)]
                    rows.append(f"{spec}\t{ref.fmt(x)}\t" + "\t".join(ref.fmt(v) for v in values))
            print(f"{spec}: f^({order}) zeros {[float(r) for r in tested]}", file=sys.stderr)
        if zeros and (spec in defaults or spec == "gelu:approximate=tanh"):
            table.append((spec, name, params, zeros))
    order = {n: i for i, n in enumerate(ref.CATALOG_ORDER)}
    table.sort(key=lambda e: (order[e[1]], e[0]))
    write_swift(table)
    with open(TSV, "w") as out:
        out.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
