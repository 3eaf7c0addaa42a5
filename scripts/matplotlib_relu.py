"""Render the article's relu figure with matplotlib, exactly as the article's code does.

Writes Tests/ActplotTests/Fixtures/matplotlib-relu.png, which PixelTests compares actplot's
relu chart with (frame rows and columns, legend box, the whole figure), and the same image
shown in the README, docs/matplotlib-relu.png. matplotlib defaults, 100 samples of
numpy.linspace(-10, 10), relu and its derivative as the article defines them (der_relu(0) = 0),
legend labels "relu" and "derivative".

Regenerate (needs matplotlib 3.11.2):

    python3 scripts/matplotlib_relu.py Tests/ActplotTests/Fixtures/matplotlib-relu.png docs/matplotlib-relu.png
"""
import sys

import numpy as np
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt


def relu(x): return max(x, 0)
def der_relu(x): return 0 if x <= 0 else 1


x = np.linspace(-10, 10, 100)
for path in sys.argv[1:]:
    plt.figure()
    plt.plot(x, list(map(lambda x: relu(x), x)), label="relu")
    plt.plot(x, list(map(lambda x: der_relu(x), x)), label="derivative")
    plt.legend()
    plt.savefig(path)
    plt.close()
