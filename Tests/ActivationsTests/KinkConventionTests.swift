import XCTest
@testable import Activations

/// f′ (and f″) at kinks follow PyTorch's autograd; kink lists are where charts sample exactly.
final class KinkConventionTests: XCTestCase {
    private func check(_ spec: String, at x: Double, f: Double? = nil, d1: Double, d2: Double? = nil,
                       file: StaticString = #filePath, line: UInt = #line) {
        let a = activation(spec)
        if let f { XCTAssertEqual(a.value(x), f, "\(spec) f(\(x))", file: file, line: line) }
        XCTAssertEqual(a.derivative(x), d1, "\(spec) f′(\(x))", file: file, line: line)
        if let d2 { XCTAssertEqual(a.secondDerivative(x), d2, "\(spec) f″(\(x))", file: file, line: line) }
    }

    func testPyTorchConventions() {
        check("relu", at: 0, f: 0, d1: 0, d2: 0)
        check("leaky_relu", at: 0, f: 0, d1: 0.01, d2: 0)
        check("leaky_relu:negative_slope=0.2", at: 0, d1: 0.2)
        check("prelu", at: 0, d1: 0.25)
        check("rrelu", at: 0, d1: (1.0 / 8 + 1.0 / 3) / 2)
        check("rrelu:lower=0.1,upper=0.3", at: 0, d1: 0.2)
        // f″ at a kink is PyTorch's double backward: 0 at elu's, celu's and selu's 0, the one-sided
        // value just left of it.
        check("elu", at: 0, f: 0, d1: 1, d2: 0)
        check("elu", at: -0.0, f: 0, d1: 1, d2: 0)
        check("elu", at: Double(0).nextDown, d1: 1, d2: 1)
        check("elu:alpha=2", at: 0, d1: 2, d2: 0)
        check("celu:alpha=2", at: 0, f: 0, d1: 1, d2: 0)
        check("celu:alpha=2", at: Double(0).nextDown, d1: 1, d2: 0.5)
        check("selu", at: 0, f: 0, d1: seluScale * seluAlpha, d2: 0)
        check("relu6", at: 0, f: 0, d1: 0)
        check("relu6", at: 6, f: 6, d1: 0)
        check("hardtanh", at: -1, f: -1, d1: 0)
        check("hardtanh", at: 1, f: 1, d1: 0)
        check("hardtanh:min_val=-2,max_val=3", at: -2, f: -2, d1: 0)
        check("hardtanh:min_val=-2,max_val=3", at: 3, f: 3, d1: 0)
        check("hardsigmoid", at: -3, f: 0, d1: 0)
        check("hardsigmoid", at: 3, f: 1, d1: 0)
        check("hardswish", at: -3, f: 0, d1: 0, d2: 0)
        check("hardswish", at: 3, f: 3, d1: 1, d2: 0)
        check("hardshrink", at: -0.5, f: 0, d1: 0)
        check("hardshrink", at: 0.5, f: 0, d1: 0)
        check("hardshrink", at: 0, f: 0, d1: 0)
        check("softshrink", at: -0.5, f: 0, d1: 0)
        check("softshrink", at: 0.5, f: 0, d1: 0)
        check("softshrink:lambda=0.3", at: 0.3, f: 0, d1: 0)
        check("threshold", at: 0, f: 0, d1: 0)
        check("threshold:threshold=0.5,value=-1", at: 0.5, f: -1, d1: 0)
        check("softplus:threshold=20", at: 20.5, f: 20.5, d1: 1, d2: 0)
        // At βx = threshold, f and f′ take the log branch but f″ is already 0.
        // (The exact values are in the autograd fixture.)
        let softplus = activation("softplus:threshold=20")
        XCTAssertGreaterThan(softplus.value(20), 20)
        XCTAssertLessThan(softplus.derivative(20), 1)
        XCTAssertEqual(softplus.secondDerivative(20), 0)
        XCTAssertGreaterThan(softplus.secondDerivative(20.nextDown), 0)
    }

    func testOwnConventions() {
        check("binary_step", at: 0, f: 1, d1: 0, d2: 0)
        check("binary_step", at: -0.0, f: 1, d1: 0)
        check("binary_step", at: -1e-300, f: 0, d1: 0)
        check("binary_step", at: 5, f: 1, d1: 0)
        check("sparse_plus", at: -1, f: 0, d1: 0, d2: 0)
        check("sparse_plus", at: 1, f: 1, d1: 1, d2: 0)
        check("sparse_sigmoid", at: -1, f: 0, d1: 0.25, d2: 0)
        check("sparse_sigmoid", at: 1, f: 1, d1: 0.25, d2: 0)
        check("sparse_sigmoid", at: 1.nextUp, f: 1, d1: 0)
        check("softsign", at: 0, f: 0, d1: 1, d2: 0)
        check("isrlu", at: 0, f: 0, d1: 1, d2: 0)
        check("sqnl", at: 0, f: 0, d1: 1, d2: -0.5)
        check("sqnl", at: 2, f: 1, d1: 0, d2: -0.5)
        check("sqnl", at: -2, f: -1, d1: 0, d2: 0.5)
        check("sinc", at: 0, f: 1, d1: 0, d2: -1.0 / 3)
    }

    func testKinkLists() {
        XCTAssertEqual(activation("relu").kinks, [0])
        XCTAssertEqual(activation("linear").kinks, [])
        XCTAssertEqual(activation("softplus").kinks, [])
        XCTAssertEqual(activation("softplus:threshold=20").kinks, [20])
        XCTAssertEqual(activation("softplus:beta=2,threshold=20").kinks, [10])
        XCTAssertEqual(activation("relu6").kinks, [0, 6])
        XCTAssertEqual(activation("hardtanh").kinks, [-1, 1])
        XCTAssertEqual(activation("hardtanh:min_val=-2,max_val=3").kinks, [-2, 3])
        XCTAssertEqual(activation("hardshrink").kinks, [-0.5, 0.5])
        XCTAssertEqual(activation("hardshrink:lambd=0").kinks, [0])
        XCTAssertEqual(activation("binary_step").kinks, [0])
        XCTAssertEqual(activation("hardswish").kinks, [-3, 3])
        XCTAssertEqual(activation("sqnl").kinks, [-2, 0, 2])
        XCTAssertEqual(activation("threshold:threshold=0.5,value=-1").kinks, [0.5])
        for spec in sampleSpecs {
            let kinks = activation(spec).kinks
            XCTAssertEqual(kinks, kinks.sorted(), spec)
            XCTAssertEqual(kinks.count, Set(kinks).count, spec)
            XCTAssertTrue(kinks.allSatisfy(\.isFinite), spec)
        }
    }

    /// Every non-smooth function declares its kinks and explains its convention.
    func testKinkedFunctionsDocumentTheirConvention() {
        for f in Catalog.functions where !f.standard.kinks.isEmpty {
            XCTAssertNotNil(f.metadata.kinkConvention, "\(f.name) has kinks but no kinkConvention")
        }
    }

    /// Jumps are visible one ulp either side of a kink (what charts rely on).
    func testJumpsAreVisibleAtNeighbouringDoubles() {
        let step = activation("binary_step")
        XCTAssertEqual(step.value(Double(0).nextDown), 0)
        XCTAssertEqual(step.value(Double(0).nextUp), 1)
        let shrink = activation("hardshrink")
        XCTAssertEqual(shrink.value(0.5.nextUp), 0.5.nextUp)
        XCTAssertEqual(shrink.value(0.5.nextDown), 0)
        let relu = activation("relu")
        XCTAssertEqual(relu.derivative(Double(0).nextUp), 1)
        XCTAssertEqual(relu.derivative(Double(0).nextDown), 0)
    }
}
