#!/usr/bin/env python3
"""What PyTorch's autograd (and JAX's, for JAX-only functions) says f, f' and f'' are, at every
kink of every catalog function they have and on a grid.

Writes Tests/ActivationsTests/Reference/autograd.tsv. Each row is one spec at one x: the value
from the framework's own function, f' from torch.autograd.grad, and f'' from a second
torch.autograd.grad through the first (create_graph=True), all in float64. The kink conventions in
Sources/Activations/Catalog.swift follow these numbers; ActivationsTests/AutogradFixtureTests.swift
checks them.

- PyTorch has most of the catalog. At each kink k the rows are k itself and the doubles either side
  (math.nextafter), so the test sees which branch each side and the kink take.
- Where PyTorch has no double backward (hardsigmoid: "derivative for aten::hardsigmoid_backward is
  not implemented") or no derivative at all, the missing column comes from JAX, and the source
  column says so.
- squareplus, sparse_plus, sparse_sigmoid and binary_step (jnp.heaviside(x, 1)) come from JAX,
  with jax_enable_x64. JAX rows have no nextafter neighbours: JAX's sparse_sigmoid computes
  clip(x + 1, 0, 2), and x + 1 rounds to 0 or 2 one ulp from the kinks, which says more about
  that rounding than about the convention.
- gaussian, sinc, bent_identity, isru, isrlu and sqnl are in neither framework; their conventions
  are stated rules, checked in KinkConventionTests.swift.

Usage (from the package root):
    pip install torch jax jaxlib     # a CPU build of torch is enough
    python3 scripts/autograd_reference.py
"""
import math
import os
import sys

import numpy as np
import torch
import torch.nn.functional as F

import jax
import jax.numpy as jnp

jax.config.update("jax_enable_x64", True)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "ActivationsTests", "Reference", "autograd.tsv")


def prelu(weight):
    return lambda x: F.prelu(x, torch.tensor([weight], dtype=torch.float64))


# spec as actplot spells it -> (PyTorch function, kinks)
TORCH = {
    "linear": (lambda x: x * 1, []),
    "relu": (F.relu, [0.0]),
    "leaky_relu": (lambda x: F.leaky_relu(x, 0.01), [0.0]),
    "leaky_relu:negative_slope=0.2": (lambda x: F.leaky_relu(x, 0.2), [0.0]),
    "elu": (lambda x: F.elu(x, 1.0), [0.0]),
    "elu:alpha=0.5": (lambda x: F.elu(x, 0.5), [0.0]),
    "elu:alpha=2": (lambda x: F.elu(x, 2.0), [0.0]),
    # actplot's softplus has no threshold unless one is given; PyTorch's always has one.
    "softplus": (lambda x: F.softplus(x, 1.0, math.inf), []),
    "softplus:beta=2": (lambda x: F.softplus(x, 2.0, math.inf), []),
    "softplus:threshold=20": (lambda x: F.softplus(x, 1.0, 20.0), [20.0]),
    "softplus:beta=0.5,threshold=5": (lambda x: F.softplus(x, 0.5, 5.0), [10.0]),
    "softplus:beta=2,threshold=20": (lambda x: F.softplus(x, 2.0, 20.0), [10.0]),
    "sigmoid": (torch.sigmoid, []),
    "tanh": (torch.tanh, []),
    "arctan": (torch.atan, []),
    "relu6": (F.relu6, [0.0, 6.0]),
    "prelu": (prelu(0.25), [0.0]),
    "prelu:weight=0.1": (prelu(0.1), [0.0]),
    "rrelu": (lambda x: F.rrelu(x, 1 / 8, 1 / 3, training=False), [0.0]),
    "rrelu:lower=0.1,upper=0.3": (lambda x: F.rrelu(x, 0.1, 0.3, training=False), [0.0]),
    "celu": (lambda x: F.celu(x, 1.0), [0.0]),
    "celu:alpha=0.5": (lambda x: F.celu(x, 0.5), [0.0]),
    "celu:alpha=2": (lambda x: F.celu(x, 2.0), [0.0]),
    "selu": (F.selu, [0.0]),
    "gelu": (F.gelu, []),
    "gelu:approximate=tanh": (lambda x: F.gelu(x, approximate="tanh"), []),
    "silu": (F.silu, []),
    "mish": (F.mish, []),
    "softsign": (F.softsign, [0.0]),
    "logsigmoid": (F.logsigmoid, []),
    "hardsigmoid": (F.hardsigmoid, [-3.0, 3.0]),
    "hardswish": (F.hardswish, [-3.0, 3.0]),
    "hardtanh": (F.hardtanh, [-1.0, 1.0]),
    "hardtanh:min_val=-2,max_val=3": (lambda x: F.hardtanh(x, -2.0, 3.0), [-2.0, 3.0]),
    "hardshrink": (lambda x: F.hardshrink(x, 0.5), [-0.5, 0.5]),
    "hardshrink:lambd=0.3": (lambda x: F.hardshrink(x, 0.3), [-0.3, 0.3]),
    "softshrink": (lambda x: F.softshrink(x, 0.5), [-0.5, 0.5]),
    "softshrink:lambda=0.3": (lambda x: F.softshrink(x, 0.3), [-0.3, 0.3]),
    "tanhshrink": (F.tanhshrink, []),
    "threshold": (lambda x: F.threshold(x, 0.0, 0.0), [0.0]),
    "threshold:threshold=0.5,value=-1": (lambda x: F.threshold(x, 0.5, -1.0), [0.5]),
    "sinusoid": (torch.sin, []),
}

# Where PyTorch has no double backward, f'' from JAX's function of the same definition.
JAX_SECOND = {
    "hardsigmoid": jax.nn.hard_sigmoid,
}

# In JAX only.
JAX = {
    "squareplus": (lambda x: jax.nn.squareplus(x, 4.0), []),
    "squareplus:b=1": (lambda x: jax.nn.squareplus(x, 1.0), []),
    "sparse_plus": (jax.nn.sparse_plus, [-1.0, 1.0]),
    "sparse_sigmoid": (jax.nn.sparse_sigmoid, [-1.0, 1.0]),
    "binary_step": (lambda x: jnp.heaviside(x, 1.0), [0.0]),
}

GRID = [float(v) for v in np.linspace(-6, 6, 49)]


def torch_columns(f, xs, spec):
    """f, f' and f'' at xs by PyTorch's autograd; None where PyTorch has no such derivative."""
    x = torch.tensor(xs, dtype=torch.float64, requires_grad=True)
    y = f(x)
    (first,) = torch.autograd.grad(y.sum(), x, create_graph=True)
    second = None
    if not first.requires_grad:
        second = [0.0] * len(xs)  # f' does not depend on x: autograd has nothing to differentiate
    else:
        try:
            (h,) = torch.autograd.grad(first.sum(), x, allow_unused=True)
            second = [0.0] * len(xs) if h is None else [float(v) for v in h]
        except RuntimeError as error:
            print(f"{spec}: PyTorch has no f'' ({error}); taking JAX's", file=sys.stderr)
    return [float(v) for v in y.detach()], [float(v) for v in first.detach()], second


def jax_columns(f, xs):
    g = jax.grad(f)
    h = jax.grad(g)
    return ([float(f(x)) for x in xs], [float(g(x)) for x in xs], [float(h(x)) for x in xs])


def kink_points(kinks, neighbours):
    out = set()
    for k in kinks:
        out.add(k)
        if neighbours:
            out.add(math.nextafter(k, -math.inf))
            out.add(math.nextafter(k, math.inf))
    return out


def rows_for(spec, kinks, columns, neighbours):
    near = kink_points(kinks, neighbours)
    xs = sorted(near | set(GRID))
    values, firsts, seconds, sources = columns(xs)
    for i, x in enumerate(xs):
        where = "kink" if x in kinks else ("beside" if x in near else "grid")
        yield "\t".join([spec, repr(x), repr(values[i]), repr(firsts[i]), repr(seconds[i]), where, sources])


def main():
    lines = [
        f"# f, f', f'' from PyTorch {torch.__version__} autograd (float64; f'' by create_graph=True) and, where",
        f"# the source column says so, JAX {jax.__version__} (jax_enable_x64). Generated by scripts/autograd_reference.py.",
        "# spec\tx\tf\tdf\td2f\twhere (kink, beside = one ulp either side, grid)\tsource",
    ]
    for spec, (f, kinks) in TORCH.items():
        def columns(xs, f=f, spec=spec):
            values, firsts, seconds = torch_columns(f, xs, spec)
            if seconds is None:
                seconds = jax_columns(JAX_SECOND[spec.split(":")[0]], xs)[2]
                return values, firsts, seconds, "torch, f'' jax"
            return values, firsts, seconds, "torch"
        lines += rows_for(spec, kinks, columns, neighbours=True)
    for spec, (f, kinks) in JAX.items():
        def columns(xs, f=f):
            return (*jax_columns(f, xs), "jax")
        lines += rows_for(spec, kinks, columns, neighbours=False)
    with open(OUT, "w") as out:
        out.write("\n".join(lines) + "\n")
    print(f"wrote {OUT}: {len(lines) - 3} rows", file=sys.stderr)


if __name__ == "__main__":
    main()
