import XCTest
@testable import Activations

/// f, f′ and f″ against PyTorch's autograd (f″ by double backward), and JAX's for JAX-only
/// functions: at every kink, one ulp either side, and on a grid (Reference/autograd.tsv, made by
/// scripts/autograd_reference.py).
final class AutogradFixtureTests: XCTestCase {
    private struct MalformedRow: Error {
        let line: String
    }

    private struct Row {
        let spec: String, x: Double, columns: [Double], place: String, source: String
    }

    private func rows() throws -> [Row] {
        try referenceLines("autograd.tsv").map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 7, let x = Double(fields[1]) else {
                throw MalformedRow(line: String(line))
            }
            let columns = fields[2...4].map { Double($0) ?? .nan }
            return Row(spec: fields[0], x: x, columns: columns, place: fields[5], source: fields[6])
        }
    }

    /// Where PyTorch's own arithmetic is below our bar (1e-12 relative), how far off it may be.
    ///
    /// - hardsigmoid′: PyTorch's hardsigmoid_backward multiplies by 1/6 rounded to float32
    ///   (0.1666666716337204), 3e−8 from 1/6.
    /// - One ulp beside a kink the rows tell which branch each side takes; PyTorch's own digits there
    ///   can be poor (softplus″ = z(1 − z) with z = σ(20) keeps 8 of them), so 1e−6 relative.
    /// - On the grid PyTorch evaluates the textbook forms, which cancel (tanh′ = 1 − tanh² is
    ///   1.3e−3 at x = 4 with its absolute error ≈ 1e−16, mish″ loses digits in the tail), so grid
    ///   points are compared at 1e−9 relative, or 1e−15 absolute where the truth is that small: a
    ///   check that both compute the same function, not of the last digits (the mpmath tables do
    ///   that).
    private func tolerance(_ row: Row, order: Int) -> (relative: Double, absolute: Double) {
        if row.spec == "hardsigmoid" && order == 1 { return (1e-7, 0) }
        if row.place == "beside" { return (1e-6, 1e-300) }
        if row.place == "grid" { return (1e-9, 1e-15) }
        return (1e-12, 1e-300)
    }

    func testEveryRowAgreesWithTheFramework() throws {
        let rows = try rows()
        XCTAssertGreaterThan(rows.count, 2000)
        var failures: [String] = []
        var kinks = 0
        for row in rows {
            let a = activation(row.spec)
            if row.place == "kink" { kinks += 1 }
            let ours = [a.value(row.x), a.derivative(row.x), a.secondDerivative(row.x)]
            for order in 0..<3 {
                let (got, want) = (ours[order], row.columns[order])
                let (relative, absolute) = tolerance(row, order: order)
                if !(abs(got - want) <= max(relative * abs(want), absolute)) {
                    let what = ["f", "f′", "f″"][order]
                    failures.append("\(row.spec) \(what)(\(row.x)) = \(got), \(row.source) \(want) [\(row.place)]")
                }
            }
        }
        XCTAssertGreaterThan(kinks, 40)
        XCTAssertTrue(failures.isEmpty, "\(failures.count) disagreements:\n" + failures.prefix(40).joined(separator: "\n"))
    }

    /// Every catalog function with kinks is in the fixture unless its convention is a stated rule.
    func testEveryKinkedFrameworkFunctionIsCovered() throws {
        let covered = Set(try rows().map { $0.spec.split(separator: ":")[0] }.map(String.init))
        let statedRules: Set = ["isrlu", "sqnl"]
        for f in Catalog.functions where !f.standard.kinks.isEmpty && !statedRules.contains(f.name) {
            XCTAssertTrue(covered.contains(f.name), "\(f.name) has kinks but no autograd rows")
        }
    }
}
