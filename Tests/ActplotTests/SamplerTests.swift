import Activations
import Chart
import Foundation
import XCTest

@testable import ActplotKit

/// The sampling stage in process: kinks, jumps, gaps and the per-column reduction.
final class SamplerTests: XCTestCase {
    func curve(_ spec: String) throws -> any Curve { try CurveResolver.curve(for: spec) }

    func testKinksAreSampledExactlySoCornersAreSharp() throws {
        let sampler = CurveSampler(range: PlotRange(lower: -10, upper: 10), samples: 100, view: (-11, 11), columns: 496)
        let part = sampler.sample(try curve("relu"), order: .value)
        let (pieces, dots) = (part.pieces, part.dots)
        XCTAssertEqual(pieces.count, 1)
        XCTAssertTrue(pieces[0].contains(Point(0, 0)), "relu's corner is a vertex")
        XCTAssertEqual(pieces[0].count, 101, "100 linspace points plus the kink, which is not among them")
        XCTAssertTrue(dots.isEmpty, "relu itself does not jump")
    }

    func testJumpsSplitThePieceWithFilledAndOpenDots() throws {
        let sampler = CurveSampler(range: PlotRange(lower: -10, upper: 10), samples: 101, view: (-11, 11), columns: 496)
        let part = sampler.sample(try curve("relu"), order: .first)
        let (pieces, dots) = (part.pieces, part.dots)
        XCTAssertEqual(pieces.count, 2)
        XCTAssertEqual(pieces[0].last, Point(0, 0))
        XCTAssertEqual(pieces[1].first, Point(0, 1))
        XCTAssertEqual(dots, [Series.Dot(x: 0, y: 0, filled: true), Series.Dot(x: 0, y: 1, filled: false)])
        // binary_step holds its value 1 at 0, on the right side.
        let step = sampler.sample(try curve("binary_step"), order: .value).dots
        XCTAssertEqual(step, [Series.Dot(x: 0, y: 1, filled: true), Series.Dot(x: 0, y: 0, filled: false)])
    }

    func testNonFiniteValuesBecomeGaps() throws {
        let sampler = CurveSampler(range: PlotRange(lower: -1, upper: 1), samples: 201, view: (-1.1, 1.1), columns: 496)
        let pieces = sampler.sample(try curve("sqrt(x*x - 0.25)"), order: .value).pieces
        XCTAssertEqual(pieces.count, 2)
        XCTAssertTrue(pieces.allSatisfy { $0.allSatisfy { $0.y.isFinite } })
    }

    func testReductionKeepsEveryColumnsExtremesAcrossChunks() throws {
        // A spike far narrower than a pixel column, and a gap: the reduction must keep the spike's
        // height, and chunks must join into the same pieces as one pass.
        let spike = try curve("where(abs(x - 0.123) < 1e-5, 100, sin(x)) + log(where(abs(x + 5) < 0.5, -1, 1))")
        let sampler = CurveSampler(range: PlotRange(lower: -10, upper: 10), samples: 600_000, view: (-11, 11), columns: 496)
        XCTAssertTrue(sampler.reduces)
        let whole = sampler.sample(spike, order: .value)
        let chunks = sampler.chunks(cores: 3)
        XCTAssertEqual(chunks.count, 3)
        let joined = CurveSampler.join(chunks.map { sampler.sample(spike, order: .value, indices: $0) })
        for result in [whole, joined] {
            XCTAssertEqual(result.pieces.count, 2, "one gap around x = -5")
            let ys = result.pieces.flatMap { $0.map(\.y) }
            XCTAssertEqual(ys.max(), 100, "the spike survives the reduction")
            XCTAssertLessThan(result.pieces.map(\.count).reduce(0, +), 4 * 496 + 32, "at most four points per column")
            XCTAssertEqual(ys.min() ?? 0, -1, accuracy: 1e-6)
        }
    }

    /// Split across any number of cores, a long sampling joins into the very points of one pass:
    /// the chart is the same bytes on every machine. Kinks, jumps, a gap and a spike narrower
    /// than a pixel column, at sample counts that put the splits anywhere in a column.
    func testChunksJoinIntoTheOnePassPointsWhateverTheCores() throws {
        let curves = [
            try curve("where(abs(x - 0.123) < 1e-5, 100, sin(x)) + log(where(abs(x + 5) < 0.5, -1, 1))"),
            try curve("relu"), try curve("hardtanh"), try curve("binary_step"), try curve("gelu"),
        ]
        for samples in [20_001, 100_000, 123_457] {
            let sampler = CurveSampler(range: PlotRange(lower: -10, upper: 10), samples: samples, view: (-11, 11), columns: 496)
            XCTAssertTrue(sampler.reduces)
            for curve in curves {
                for order in [DerivativeOrder.value, .first] {
                    let whole = sampler.sample(curve, order: order)
                    for cores in [2, 3, 4, 7, 16] {
                        let chunks = sampler.chunks(cores: cores)
                        XCTAssertEqual(chunks.first?.lowerBound, 0)
                        XCTAssertEqual(chunks.last?.upperBound, samples)
                        XCTAssertTrue(zip(chunks, chunks.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound && !$0.isEmpty })
                        let joined = CurveSampler.join(chunks.map { sampler.sample(curve, order: order, indices: $0) })
                        let what = "\(curve.name) \(order) with \(samples) samples on \(cores) cores"
                        XCTAssertEqual(joined.pieces.map(\.count), whole.pieces.map(\.count), what)
                        let (a, b) = (joined.pieces.joined(), whole.pieces.joined())
                        if let k = zip(a, b).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
                            XCTFail("\(what): point \(k) is \(Array(a)[k]) where one pass has \(Array(b)[k])")
                        }
                        XCTAssertEqual(joined.dots, whole.dots, what)
                        XCTAssertEqual(joined.poles, whole.poles, what)
                    }
                }
            }
        }
    }

    /// A curve whose values are given by closures, for what the catalog does not produce.
    struct ClosureCurve: Curve {
        let name: String
        let value: @Sendable (Double) -> Double
        let slope: @Sendable (Double) -> Double
        var settings: [ParameterSetting] { [] }
        var kinks: [Double] { [] }
        func evaluate(_ order: DerivativeOrder, at x: Double) -> Double { order == .value ? value(x) : slope(x) }
        func evaluate(_ order: DerivativeOrder, _ xs: UnsafeBufferPointer<Double>, into ys: UnsafeMutableBufferPointer<Double>) {
            for i in xs.indices { ys[i] = evaluate(order, at: xs[i]) }
        }
    }

    func testCSVWritesNonFiniteValuesAsNumpyDoes() throws {
        let curve = ClosureCurve(name: "odd", value: { $0 < 0 ? .nan : $0 == 0 ? -.infinity : .infinity }, slope: { _ in 0.1 })
        var out = ""
        let export = DataExport(curves: [curve], range: PlotRange(lower: -1, upper: 1), samples: 3, orders: [.value, .first])
        XCTAssertTrue(CSVWriter.write(export, to: { out += $0; return true }))
        XCTAssertEqual(out, "x,odd,odd'\n-1.0,nan,0.1\n0.0,-inf,0.1\n1.0,inf,0.1\n")
        XCTAssertEqual(CSVWriter.quoted("elu(x, alpha=0.5)"), "\"elu(x, alpha=0.5)\"")
        XCTAssertEqual(CSVWriter.quoted("a\"b"), "\"a\"\"b\"")
    }

    func testRangeParsing() throws {
        XCTAssertEqual(try PlotRange(parsing: "-10:10"), PlotRange(lower: -10, upper: 10))
        XCTAssertEqual(try PlotRange(parsing: "1e-3:2.5"), PlotRange(lower: 0.001, upper: 2.5))
        for bad in ["10", "a:b", "5:5", "10:-10", "nan:1", "-inf:1", "1e999:2e999", "-10:10:3", ":", "-1e308:1e308"] {
            XCTAssertThrowsError(try PlotRange(parsing: bad), bad)
        }
    }

    func testJumpDotsForJumpsMixedWithOtherPiecesFollowNumpy() throws {
        // Fixtures/jumps.json: numpy's value at each jump and its limits (scripts/jump_reference.py).
        let data = try Data(contentsOf: fixtures.appendingPathComponent("jumps.json"))
        let cases = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        XCTAssertEqual(cases.count, 4)
        let sampler = CurveSampler(range: PlotRange(lower: -5, upper: 5), samples: 100, view: (-5.5, 5.5), columns: 496)
        for c in cases {
            let formula = c["formula"] as! String
            let (x, value, left, right) = (c["x"] as! Double, c["value"] as! Double, c["left"] as! Double, c["right"] as! Double)
            let dots = sampler.sample(try curve(formula), order: .value).dots
            let filled = dots.filter(\.filled), open = dots.filter { !$0.filled }
            XCTAssertEqual(filled.count, 1, formula)
            XCTAssertEqual(filled.first?.x, x, formula)
            XCTAssertEqual(filled.first?.y ?? .nan, value, accuracy: 1e-12, "\(formula): the filled dot holds the value")
            // One open dot, at whichever limit the value is not.
            let other = abs(left - value) > 1e-9 ? left : right
            XCTAssertEqual(open.count, 1, "\(formula): \(dots)")
            XCTAssertEqual(open.first?.y ?? .nan, other, accuracy: 1e-12, formula)
        }
    }
}
