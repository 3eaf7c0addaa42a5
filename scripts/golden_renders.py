#!/usr/bin/env python3
"""Digests of charts and CSVs as a given actplot binary renders them, for the byte-for-byte test
that guards refactors (Tests/ActplotTests/GoldenRenderTests.swift).

Regenerate (only when a change of the bytes is intended, and say so in the commit):
    swift build && python3 scripts/golden_renders.py .build/debug/actplot > Tests/ActplotTests/Fixtures/golden-renders.tsv

Each line: output file name, its SHA-256, then the command's arguments, all separated by tabs.
"""
import hashlib
import os
import subprocess
import sys
import tempfile

ARTICLE = ["linear", "relu", "leaky_relu", "elu", "softplus", "sigmoid", "tanh", "arctan"]

CASES = []
for name in ARTICLE:
    for ext in ("png", "svg", "pdf", "csv"):
        CASES.append((f"{name}.{ext}", [name, "-o", f"{name}.{ext}"]))
    CASES.append((f"{name}-100.png", [name, "--samples", "100", "-o", f"{name}-100.png"]))
CATALOG_SAMPLE = [
    ("gelu.png", ["gelu", "-o", "gelu.png"]),
    ("gelu-tanh.svg", ["gelu:approximate=tanh", "--second-derivative", "-o", "gelu-tanh.svg"]),
    ("hardshrink.png", ["hardshrink", "-o", "hardshrink.png"]),
    ("hardshrink.svg", ["hardshrink", "-o", "hardshrink.svg"]),
    ("softplus-threshold.png", ["softplus:beta=2,threshold=5", "--range", "-3:5", "-o", "softplus-threshold.png"]),
    ("sinc.pdf", ["sinc", "--range", "-20:20", "-o", "sinc.pdf"]),
    ("binary_step.png", ["binary_step", "-o", "binary_step.png"]),
    ("hardtanh.png", ["hardtanh:min_val=-2,max_val=3", "--range", "-5:5", "-o", "hardtanh.png"]),
    ("three.png", ["sigmoid", "tanh", "relu", "-o", "three.png"]),
    ("three.svg", ["sigmoid", "tanh", "relu", "--grid", "-o", "three.svg"]),
    ("formula.png", ["x*sigmoid(1.702*x)", "gelu", "--range", "-4:3", "-o", "formula.png"]),
    ("dark.png", ["elu", "--theme", "dark", "--grid", "--title", "ELU", "--xlabel", "x", "--ylabel", "f(x)", "-o", "dark.png"]),
    ("dark.pdf", ["elu", "--theme", "dark", "--grid", "--title", "ELU", "--xlabel", "x", "--ylabel", "f(x)", "-o", "dark.pdf"]),
    ("second.png", ["tanh", "--second-derivative", "-o", "second.png"]),
    ("legend.png", ["relu", "--legend", "lower right", "--transparent", "-o", "legend.png"]),
    ("big.png", ["gelu", "--dpi", "200", "--size", "4x3", "-o", "big.png"]),
    ("million.png", ["mish", "--samples", "3000000", "-o", "million.png"]),
    ("offset.png", ["x*1e-7+1000", "--range", "0:1", "-o", "offset.png"]),
    ("wide.png", ["sinusoid", "gaussian", "tanh", "--range", "-6:6", "--no-derivative", "-o", "wide.png"]),
    ("params.csv", ["elu:alpha=0.5", "leaky_relu:negative_slope=0.2", "--samples", "101", "--second-derivative", "-o", "params.csv"]),
    ("gallery.png", ["gallery", "-o", "gallery.png"]),
]
CASES += CATALOG_SAMPLE


def main():
    binary = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([binary, "all", "-o", "all", "--format", "png,svg,pdf,csv"], cwd=folder, check=True,
                       stdout=subprocess.DEVNULL)
        for name in sorted(os.listdir(os.path.join(folder, "all"))):
            with open(os.path.join(folder, "all", name), "rb") as f:
                digest = hashlib.sha256(f.read()).hexdigest()
            print("\t".join([f"all/{name}", digest, "all", "-o", "all", "--format", "png,svg,pdf,csv"]))
        for name, args in CASES:
            subprocess.run([binary] + args, cwd=folder, check=True, stdout=subprocess.DEVNULL)
            with open(os.path.join(folder, name), "rb") as f:
                digest = hashlib.sha256(f.read()).hexdigest()
            print("\t".join([name, digest] + args))


if __name__ == "__main__":
    main()
