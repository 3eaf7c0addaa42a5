#!/usr/bin/env python3
"""numpy's values at the jumps of formulas that mix a jump with other pieces, for the jump-dot tests
(Tests/ActplotTests/SamplerTests.swift): at each jump, the value numpy computes at the jump itself
(where the filled dot belongs) and its limits from the left and the right (where the open dots go).

Regenerate: python3 scripts/jump_reference.py > Tests/ActplotTests/Fixtures/jumps.json
"""
import json

import numpy as np


def relu(x):
    return np.maximum(x, 0.0)


CASES = [
    # formula as actplot reads it, the same formula in numpy, the jump
    ("x + (x>1)", lambda x: x + (x > 1), 1.0),
    ("where(x<0, -1, x^2)", lambda x: np.where(x < 0, -1.0, x ** 2), 0.0),
    ("relu(x) + (x>2)", lambda x: relu(x) + (x > 2), 2.0),
    ("(x>1)", lambda x: (x > 1) * 1.0, 1.0),
]

out = []
for text, f, at in CASES:
    x = np.float64(at)
    out.append({
        "formula": text,
        "x": float(x),
        "value": float(f(x)),
        "left": float(f(np.nextafter(x, -np.inf))),
        "right": float(f(np.nextafter(x, np.inf))),
    })
print(json.dumps(out, indent=1))
