import XCTest
@testable import Activations

/// The analytic f′ and f″ agree with central differences of f and f′ wherever f is smooth.
final class DerivativeTests: XCTestCase {
    private let grid: [Double] = stride(from: -9.0, through: 9.0, by: 0.173).map { $0 } + [-40, -25, 25, 40]

    func testCentralDifferences() {
        for spec in sampleSpecs {
            let a = activation(spec)
            let kinks = a.kinks
            for x in grid where kinks.allSatisfy({ abs($0 - x) > 1e-2 }) {
                let h = 1e-5 * max(1, abs(x))
                let d1 = (a.value(x + h) - a.value(x - h)) / (2 * h)
                let d2 = (a.derivative(x + h) - a.derivative(x - h)) / (2 * h)
                let scale1 = max(1, abs(a.value(x)) / max(1, abs(x)))
                XCTAssertEqual(a.derivative(x), d1, accuracy: 1e-7 * scale1, "\(spec) f′(\(x))")
                XCTAssertEqual(a.secondDerivative(x), d2, accuracy: 1e-7 * max(1, abs(a.derivative(x))), "\(spec) f″(\(x))")
            }
        }
    }
}
