// `make bench`'s timing of math in labels (bench/bench.py runs it): what a chart does for each
// label with math, parse it, lay it out at the figure's dpi and at 72 dpi (PNG and PDF/SVG
// layouts) and render it as Unicode, timed in process so that start-up does not hide it.
// Prints one JSON object: the first label in a fresh process (which also decodes the font
// tables), and the mean and slowest per label over many rounds afterwards, in milliseconds.
#if canImport(Glibc)
import Glibc
#endif
import MathText

/// Labels of the kinds the issue names: activations, derivatives, fractions, scripts, roots,
/// big operators, delimiters, Greek, and every font set.
let labels: [(String, MathFontSet)] = [
    ("$\\sigma(x) = \\frac{1}{1+e^{-x}}$", .dejaVuSans),
    ("$\\sigma'(x) = \\sigma(x)\\,(1-\\sigma(x))$", .dejaVuSans),
    ("$e^{-x^2}$", .dejaVuSans),
    ("$\\mathrm{GELU}(x) = x\\,\\Phi(x)$", .dejaVuSans),
    ("$\\tanh(x) = \\frac{e^x - e^{-x}}{e^x + e^{-x}}$", .dejaVuSans),
    ("$\\sqrt{\\alpha^2 + \\sum_{i=1}^{n} x_i}\\,\\left(\\frac{\\partial f}{\\partial x}\\right)$", .dejaVuSans),
    ("$\\int_{-\\infty}^{\\infty} e^{-x^2}\\,dx = \\sqrt{\\pi}$", .dejaVuSans),
    ("$x_i^2 \\leq \\max(0, x)$ and $\\alpha = 0.5$", .dejaVuSans),
    ("$\\sigma(x) = \\frac{1}{1+e^{-x}}$", .cm),
    ("$\\sigma(x) = \\frac{1}{1+e^{-x}}$", .stix),
]

func seconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

/// What a chart does with one label; returns something of the result so that none is dropped.
func setLabel(_ label: String, _ fontSet: MathFontSet) -> Int {
    do {
        let math = try MathText(label)
        let raster = try math.layout(fontSize: 12, dpi: 100, fontSet: fontSet)
        let vector = try math.layout(fontSize: 12, dpi: 72, fontSet: fontSet)
        return raster.glyphs.count + vector.rectangles.count + math.unicode.utf8.count
    } catch {
        print("math bench: \(label): \(error)")
        exit(1)
    }
}

var sink = 0
let start = seconds()
sink &+= setLabel(labels[0].0, labels[0].1)
let first = seconds() - start
let rounds = 200
var slowest = 0.0, total = 0.0
for _ in 0..<rounds {
    for (label, fontSet) in labels {
        let t = seconds()
        sink &+= setLabel(label, fontSet)
        let took = seconds() - t
        total += took
        slowest = max(slowest, took)
    }
}
let mean = total / Double(rounds * labels.count)
print("{\"first_ms\": \(first * 1000), \"mean_ms\": \(mean * 1000), \"slowest_ms\": \(slowest * 1000), \"labels\": \(labels.count), \"rounds\": \(rounds), \"check\": \(sink % 7)}")
