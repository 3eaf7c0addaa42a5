import XCTest
@testable import Activations

/// No NaN or infinity where the truth is finite, over the whole double range; limits at ±∞.
final class StabilityTests: XCTestCase {
    /// ±0, subnormals, 10^k for k = −320…308, the largest doubles, and ±∞.
    private var sweep: [Double] {
        var magnitudes: [Double] = [0, .leastNonzeroMagnitude, .leastNormalMagnitude, .greatestFiniteMagnitude]
        for k in stride(from: -320, through: 308, by: 1) {
            magnitudes.append(Double("1e\(k)")!)
        }
        for x in stride(from: 0.0, through: 800, by: 0.37) { magnitudes.append(x) }
        return magnitudes.flatMap { [$0, -$0] }
    }

    func testFiniteInputsGiveFiniteOutputs() {
        for spec in sampleSpecs {
            let a = activation(spec)
            for x in sweep {
                for (what, y) in [("f", a.value(x)), ("f′", a.derivative(x)), ("f″", a.secondDerivative(x))] {
                    if abs(x) > 1e307 {
                        // selu (1.05x) and bent_identity (1.5x) legitimately pass the largest double here;
                        // the reference table checks the exact values.
                        XCTAssertFalse(y.isNaN, "\(spec) \(what)(\(x)) = \(y)")
                    } else {
                        XCTAssertTrue(y.isFinite, "\(spec) \(what)(\(x)) = \(y)")
                    }
                }
            }
        }
    }

    func testInfiniteInputsGiveLimitsNotNaN() {
        for spec in sampleSpecs where spec != "sinusoid" {
            let a = activation(spec)
            for x in [Double.infinity, -.infinity] {
                for (what, y) in [("f", a.value(x)), ("f′", a.derivative(x)), ("f″", a.secondDerivative(x))] {
                    XCTAssertFalse(y.isNaN, "\(spec) \(what)(\(x)) is NaN")
                }
            }
        }
        // sin has no limit at ±∞.
        XCTAssertTrue(activation("sinusoid").value(.infinity).isNaN)
    }

    func testSpotLimits() {
        XCTAssertEqual(activation("sigmoid").value(-.infinity), 0)
        XCTAssertEqual(activation("sigmoid").value(.infinity), 1)
        XCTAssertEqual(activation("softplus").value(-.infinity), 0)
        XCTAssertEqual(activation("softplus").value(.infinity), .infinity)
        XCTAssertEqual(activation("silu").value(-.infinity), 0)
        XCTAssertEqual(activation("silu").derivative(.infinity), 1)
        XCTAssertEqual(activation("mish").derivative(-.infinity), 0)
        XCTAssertEqual(activation("gelu").value(-.infinity), 0)
        XCTAssertEqual(activation("gelu:approximate=tanh").value(-.infinity), 0)
        XCTAssertEqual(activation("softsign").value(-.infinity), -1)
        XCTAssertEqual(activation("isru").value(.infinity), 1)
        XCTAssertEqual(activation("isru:alpha=0.25").value(-.infinity), -2)
        XCTAssertEqual(activation("squareplus").derivative(.infinity), 1)
        XCTAssertEqual(activation("bent_identity").derivative(-.infinity), 0.5)
        XCTAssertEqual(activation("sinc").value(.infinity), 0)
        XCTAssertEqual(activation("logsigmoid").value(-.infinity), -.infinity)
        XCTAssertEqual(activation("tanh").value(-1e308), -1)
    }

    func testNaiveFormsWouldHaveFailedHere() {
        // softplus(710): log(1 + e^710) overflows naively.
        XCTAssertEqual(activation("softplus").value(710), 710, accuracy: 1e-12)
        // tanh(±356): the exponential quotient gives NaN.
        XCTAssertEqual(activation("tanh").value(356), 1)
        // tanh′(20) = sech² 20 ≈ 1.7e−17, but 1 − tanh² = 0.
        XCTAssertEqual(activation("tanh").derivative(20), 1.6993417021166355e-17, accuracy: 1e-29)
        // x − tanh x at 1e−8 is 3.3e−25, not 0.
        XCTAssertEqual(activation("tanhshrink").value(1e-8), 3.333333333333333e-25, accuracy: 1e-38)
        // squareplus(−1e8) = b/(2(√(x²+b) − x)) ≈ 1e−8, where (x + √(x²+b))/2 gives 0.
        XCTAssertEqual(activation("squareplus").value(-1e8), 1e-8, accuracy: 1e-20)
        // elu(1e−20) with expm1: α(e^x − 1) would give 0.
        XCTAssertEqual(activation("elu").value(-1e-20), -1e-20, accuracy: 1e-32)
    }
}
