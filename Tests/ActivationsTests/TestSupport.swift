import Foundation
@testable import Activations

/// The directory holding this file; reference tables live in `Reference/` beside it.
let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

/// Lines of `Reference/<name>`, without comments and blank lines.
func referenceLines(_ name: String) throws -> [Substring] {
    let url = testsDirectory.appendingPathComponent("Reference").appendingPathComponent(name)
    let text = try String(contentsOf: url, encoding: .utf8)
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }
}

/// The numerics bar: within 1e-12 relative of the truth, or 1e-300 absolute where the truth is
/// below 1e-300 in magnitude; infinities and NaN must match exactly.
func meetsBar(_ got: Double, _ want: Double) -> Bool {
    if want.isNaN { return got.isNaN }
    if want.isInfinite { return got == want }
    if !got.isFinite { return false }
    if abs(want) < 1e-300 { return abs(got - want) <= 1e-300 }
    return abs(got - want) <= 1e-12 * abs(want)
}

/// The specs exercised everywhere: every function's defaults plus some non-default parameters.
let sampleSpecs: [String] = Catalog.functions.map(\.name) + [
    "leaky_relu:negative_slope=0.2", "elu:alpha=0.5", "elu:alpha=2", "softplus:beta=2",
    "softplus:threshold=20", "softplus:beta=0.5,threshold=5", "prelu:weight=0.1",
    "rrelu:lower=0.1,upper=0.3", "celu:alpha=0.5", "celu:alpha=2", "gelu:approximate=tanh",
    "hardtanh:min_val=-2,max_val=3", "hardshrink:lambd=0.3", "softshrink:lambda=0.3",
    "threshold:threshold=0.5,value=-1", "squareplus:b=1", "isru:alpha=0.25", "isrlu:alpha=3",
]

/// `Catalog.activation(spec)`, failing loudly on a spec the tests expect to be valid.
func activation(_ spec: String) -> Activation {
    do {
        return try Catalog.activation(spec)
    } catch {
        fatalError("test spec '\(spec)' rejected: \(error)")
    }
}

/// What checking a reference table of `spec  x  f  f′  f″` rows (as scripts/activations_reference.py
/// writes them; `-` for a value not tabulated) found.
struct ReferenceCheck {
    var rows = 0
    var checked = 0
    var specs: Set<String> = []
    var failures: [String] = []
}

/// Every tabulated value of `Reference/<name>` against ``meetsBar(_:_:)``.
func checkReferenceTable(_ name: String) throws -> ReferenceCheck {
    var result = ReferenceCheck()
    var cache: [String: Activation] = [:]
    for row in try referenceLines(name) {
        result.rows += 1
        let fields = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 5, let x = Double(fields[1]) else {
            result.failures.append("malformed row: \(row)")
            continue
        }
        let spec = fields[0]
        let a = try cache[spec] ?? Catalog.activation(spec)
        cache[spec] = a
        let columns: [(String, (Double) -> Double)] = [("f", a.value), ("f′", a.derivative), ("f″", a.secondDerivative)]
        for (i, (what, evaluate)) in columns.enumerated() where fields[2 + i] != "-" {
            guard let want = Double(fields[2 + i]) else {
                result.failures.append("unparsable reference \(fields[2 + i])")
                continue
            }
            let got = evaluate(x)
            result.checked += 1
            if !meetsBar(got, want) {
                let error = want == 0 ? abs(got) : abs(got - want) / abs(want)
                result.failures.append("\(spec) \(what)(\(x)) = \(got), mpmath \(want) (error \(error))")
            }
        }
    }
    result.specs = Set(cache.keys)
    return result
}
