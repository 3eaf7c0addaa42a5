#!/usr/bin/env python3
"""Reference values for the Expressions module: f, f' and f'' of elementary functions and of
composite expressions, computed by mpmath at 50 significant digits.

The derivatives come from mpmath.diff (high-precision numerical differentiation, independent of the
Swift code's forward-mode rules). For the elementary functions the script also checks mpmath.diff
against the closed forms below and refuses to write the table if they disagree, so a mistake in
either shows up here rather than as a wrong reference.

Each case gives the expression in actplot's grammar, the same function written with mpmath, the
x values, and the domain where it is real: outside the domain the row says nan for all three (the
Swift side must return NaN there).

Usage (from the repository root; needs `pip install mpmath`):

    python3 scripts/expressions_reference.py > Tests/ExpressionsTests/Reference/expressions.tsv

Columns: expression, x (shortest repr of the double), value, first, second, each to 17
significant digits. The x is exactly the double the Swift test parses from the same text.
"""

import sys

import mpmath as mp

mp.mp.dps = 50

SPREAD = [-20.0, -7.5, -3.0, -1.5, -0.75, -0.2, -1e-4, 1e-6, 0.3, 0.9, 1.7, 4.0, 8.25, 25.0]
WIDE = SPREAD + [-300.0, -60.0, 60.0, 300.0]
POSITIVE = [1e-8, 1e-3, 0.05, 0.3, 0.9, 1.0, 1.7, 4.0, 8.25, 25.0, 1e6]


def everywhere(x):
    return True


def positive(x):
    return x > 0


def nonnegative(x):
    return x >= 0


def nonzero(x):
    return x != 0


def sech2(x):
    return 1 / mp.cosh(x) ** 2


# name, mpmath f, closed forms of f' and f'' (or None), x values, domain.
ELEMENTARY = [
    ("exp(x)", mp.exp, mp.exp, mp.exp, SPREAD + [-700.0, 300.0, 700.0], everywhere),
    ("expm1(x)", mp.expm1, mp.exp, mp.exp, SPREAD + [1e-12, -1e-10, 300.0], everywhere),
    ("log(x)", mp.log, lambda x: 1 / x, lambda x: -1 / x**2, POSITIVE + [-1.0, -1e-3, 1e300], nonnegative),
    ("log1p(x)", mp.log1p, lambda x: 1 / (1 + x), lambda x: -1 / (1 + x) ** 2,
     SPREAD[4:] + [-0.999, -1.5, -3.0, 1e-12, 1e12], lambda x: x > -1),
    ("sqrt(x)", mp.sqrt, lambda x: 1 / (2 * mp.sqrt(x)), lambda x: -1 / (4 * x * mp.sqrt(x)),
     POSITIVE + [-1.0, -1e-6, 1e200], nonnegative),
    ("sin(x)", mp.sin, mp.cos, lambda x: -mp.sin(x), SPREAD + [100.0], everywhere),
    ("cos(x)", mp.cos, lambda x: -mp.sin(x), lambda x: -mp.cos(x), SPREAD + [100.0], everywhere),
    ("tan(x)", mp.tan, lambda x: 1 + mp.tan(x) ** 2, lambda x: 2 * mp.tan(x) * (1 + mp.tan(x) ** 2),
     [-1.5, -1.0, -0.75, -0.2, -1e-4, 1e-6, 0.3, 0.9, 1.2, 1.57, 4.0], everywhere),
    ("atan(x)", mp.atan, lambda x: 1 / (1 + x**2), lambda x: -2 * x / (1 + x**2) ** 2,
     WIDE + [1e10, -1e100], everywhere),
    ("sinh(x)", mp.sinh, mp.cosh, mp.sinh, SPREAD + [-300.0, 700.0], everywhere),
    ("cosh(x)", mp.cosh, mp.sinh, mp.cosh, SPREAD + [-300.0, 700.0], everywhere),
    ("tanh(x)", mp.tanh, sech2, lambda x: -2 * mp.tanh(x) * sech2(x), WIDE, everywhere),
    ("erf(x)", mp.erf, lambda x: 2 / mp.sqrt(mp.pi) * mp.exp(-x**2),
     lambda x: -4 * x / mp.sqrt(mp.pi) * mp.exp(-x**2), SPREAD + [-5.5, 6.0, 26.0], everywhere),
    ("erfc(x)", mp.erfc, lambda x: -2 / mp.sqrt(mp.pi) * mp.exp(-x**2),
     lambda x: 4 * x / mp.sqrt(mp.pi) * mp.exp(-x**2), SPREAD + [-5.5, 6.0, 12.0, 26.0], everywhere),
]

SMALL = [-3.0, -1.5, -0.75, -0.2, -1e-4, 1e-6, 0.3, 0.9, 1.7, 4.0, 8.25]
# Points where the formula as written is well conditioned in double precision. Forward-mode
# differentiation is exact up to the rounding of each step, but it differentiates the formula as
# written: sin(x)/x near 0 or log(cosh(x)) for large |x| cancel in double whatever the method, so
# such points would test the formula, not the differentiation.
MODERATE = [-3.0, -1.5, -0.75, -0.2, 0.3, 0.9, 1.7, 2.5]


def sigmoid(x):
    return 1 / (1 + mp.exp(-x))


def softplus(x):
    return mp.log1p(mp.exp(x))


# Composite expressions: the chain, product, quotient and power rules, and their nesting.
COMPOSITE = [
    ("x^3", lambda x: x**3, SMALL, everywhere),
    ("x^-2", lambda x: x**-2, SMALL, nonzero),
    ("x^2.5", lambda x: x**2.5, POSITIVE[:10] + [-1.0], nonnegative),
    ("x**(1/3)", lambda x: x ** mp.mpf(1.0 / 3.0), POSITIVE[:10] + [-8.0], nonnegative),
    ("x^x", lambda x: x**x, [0.05, 0.3, 0.9, 1.7, 4.0, 8.25], positive),
    ("2^x", lambda x: mp.mpf(2) ** x, SPREAD, everywhere),
    ("e^(-x^2/2)", lambda x: mp.exp(-(x**2) / 2), SMALL, everywhere),
    ("-x^2 + 3*x - 1", lambda x: -(x**2) + 3 * x - 1, SMALL, everywhere),
    ("(1 + x^2)^(-0.5)", lambda x: (1 + x**2) ** mp.mpf(-0.5), SPREAD, everywhere),
    ("sqrt(x^2 + 1)", lambda x: mp.sqrt(x**2 + 1), SPREAD, everywhere),
    ("x*exp(-x^2/2)/sqrt(2*pi)", lambda x: x * mp.exp(-(x**2) / 2) / mp.sqrt(2 * mp.pi), SMALL, everywhere),
    ("1/(1 + exp(-x))", sigmoid, MODERATE + [-20.0, 8.25, 20.0], everywhere),
    ("x/(1 + exp(-x))", lambda x: x * sigmoid(x), SMALL + [-20.0, 20.0], everywhere),
    ("log1p(exp(x))", softplus, SMALL + [-20.0], everywhere),
    ("x*tanh(log1p(exp(x)))", lambda x: x * mp.tanh(softplus(x)), SMALL + [-20.0, 20.0], everywhere),
    ("0.5*x*erfc(-x/sqrt(2))", lambda x: x * mp.erfc(-x / mp.sqrt(2)) / 2, SMALL, everywhere),
    ("0.5*x*(1 + tanh(sqrt(2/pi)*(x + 0.044715*x^3)))",
     lambda x: x * (1 + mp.tanh(mp.sqrt(2 / mp.pi) * (x + mp.mpf(0.044715) * x**3))) / 2, SMALL, everywhere),
    ("x/(1 + abs(x))", lambda x: x / (1 + abs(x)), SMALL, nonzero),
    ("sin(x)/x", lambda x: mp.sin(x) / x, MODERATE + [4.0, 8.25], nonzero),
    ("log(cosh(x))", lambda x: mp.log(mp.cosh(x)), MODERATE, everywhere),
    ("tanh(x)^2", lambda x: mp.tanh(x) ** 2, SMALL, everywhere),
    ("exp(sin(x))*cos(x)^2", lambda x: mp.exp(mp.sin(x)) * mp.cos(x) ** 2, SMALL, everywhere),
    ("expm1(x)/x", lambda x: mp.expm1(x) / x, MODERATE + [4.0, 8.25], nonzero),
    ("atan(x^2)/(2 + x)", lambda x: mp.atan(x**2) / (2 + x), SMALL, everywhere),
    ("log(x)^2 - 1/x", lambda x: mp.log(x) ** 2 - 1 / x, POSITIVE[1:], positive),
    ("sinh(x)/cosh(2*x)", lambda x: mp.sinh(x) / mp.cosh(2 * x), SMALL, everywhere),
    ("erf(x/3)^3", lambda x: mp.erf(x / 3) ** 3, SMALL, everywhere),
    ("(x - 1)*(x + 2)/(x^2 + 1)", lambda x: (x - 1) * (x + 2) / (x**2 + 1), SMALL, everywhere),
    ("max(x, 0.1*x)", lambda x: max(x, x / 10), SMALL, nonzero),
    ("where(x > 0, x, expm1(x))", lambda x: x if x > 0 else mp.expm1(x), SMALL, nonzero),
    ("clip(x^2, 0.5, 3)", lambda x: min(max(x**2, mp.mpf(0.5)), mp.mpf(3)), [-3.0, -1.5, -0.3, 0.9, 1.5, 1.7, 4.0],
     everywhere),
    ("pi*x^2 - e", lambda x: mp.pi * x**2 - mp.e, SMALL, everywhere),
]


def number(value):
    """17 significant digits, scientific notation."""
    if value == 0:
        return "0"
    return mp.nstr(value, 17, strip_zeros=False, min_fixed=1, max_fixed=0)


def derivatives(f, x):
    """f'(x) and f''(x) by mpmath.diff, on the scale of x: with g(t) = f(x(1 + t)),
    g'(0) = x f'(x) and g''(0) = x^2 f''(x), and mpmath's default step suits t near 0 whatever
    the size of x (1e-8 and 1e300 alike). The differences run at 400 digits, so that a derivative
    far smaller than the value (atan at 1e100: f' = 1e-200 beside f = -pi/2) is still resolved."""
    with mp.workdps(400):
        if x == 0:
            return +mp.diff(f, x, 1), +mp.diff(f, x, 2)
        g = lambda t: f(x * (1 + t))
        return mp.diff(g, 0, 1) / x, mp.diff(g, 0, 2) / x**2


def rows():
    for expression, f, d1, d2, xs, domain in ELEMENTARY:
        for x in xs:
            yield expression, x, f, (d1, d2), domain
    for expression, f, xs, domain in COMPOSITE:
        for x in xs:
            yield expression, x, f, None, domain


def main():
    out = sys.stdout
    out.write("# Generated by scripts/expressions_reference.py with mpmath %s at %d digits; do not edit.\n"
              % (mp.__version__, mp.mp.dps))
    out.write("expression\tx\tvalue\tfirst\tsecond\n")
    for expression, x, f, closed, domain in rows():
        if not domain(x):
            out.write("%s\t%r\tnan\tnan\tnan\n" % (expression, x))
            continue
        at = mp.mpf(x)  # exactly the double
        value = f(at)
        first, second = derivatives(f, at)
        if closed is not None:
            for n, (numeric, form) in enumerate(zip((first, second), closed), start=1):
                exact = form(at)
                if abs(numeric - exact) > mp.mpf(10) ** -35 * max(abs(exact), mp.mpf(10) ** -300):
                    sys.exit("mpmath.diff disagrees with the closed form of %s, order %d, at x=%r: %s vs %s"
                             % (expression, n, x, numeric, exact))
                first, second = (exact, second) if n == 1 else (first, exact)
        out.write("%s\t%r\t%s\t%s\t%s\n" % (expression, x, number(value), number(first), number(second)))


if __name__ == "__main__":
    main()
