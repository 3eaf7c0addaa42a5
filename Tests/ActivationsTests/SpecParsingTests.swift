import XCTest
@testable import Activations

final class SpecParsingTests: XCTestCase {
    private func message(_ spec: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            let a = try Catalog.activation(spec)
            XCTFail("'\(spec)' was accepted as \(a.label)", file: file, line: line)
            return ""
        } catch {
            XCTAssertFalse(error.message.contains("\n"), "messages are one line", file: file, line: line)
            XCTAssertFalse(error.message.isEmpty, file: file, line: line)
            XCTAssertEqual(error.description, error.message, file: file, line: line)
            return error.message
        }
    }

    func testNamesAreCaseInsensitiveWithDashesAndAliases() throws {
        for (spec, name) in [
            ("relu", "relu"), ("ReLU", "relu"), ("RELU", "relu"), (" relu ", "relu"),
            ("leaky-relu", "leaky_relu"), ("Leaky_ReLU", "leaky_relu"), ("identity", "linear"),
            ("swish", "silu"), ("SiLU", "silu"), ("logistic", "sigmoid"), ("atan", "arctan"),
            ("log_sigmoid", "logsigmoid"), ("hard_sigmoid", "hardsigmoid"), ("hard-swish", "hardswish"),
            ("hard_silu", "hardswish"), ("heaviside", "binary_step"), ("sin", "sinusoid"),
            ("hard_tanh", "hardtanh"), ("soft_sign", "softsign"),
        ] {
            XCTAssertEqual(try Catalog.activation(spec).function.name, name, spec)
            XCTAssertEqual(Catalog.lookup(spec)?.name, name, spec)
        }
    }

    func testParametersAndLabels() throws {
        let leaky = try Catalog.activation("leaky-relu:negative_slope=0.2")
        XCTAssertEqual(leaky.arguments, [0.2])
        XCTAssertEqual(leaky.label, "leaky_relu(negative_slope=0.2)")
        XCTAssertEqual(try Catalog.activation("relu").label, "relu")
        XCTAssertEqual(try Catalog.activation("elu:alpha=1").label, "elu", "default values are not shown")
        XCTAssertEqual(try Catalog.activation("ELU: Alpha = 2 ").label, "elu(alpha=2)")
        let shrink = try Catalog.activation("softshrink:lambda=0.3")
        XCTAssertEqual(shrink.arguments, [0.3])
        XCTAssertEqual(shrink.argument("lambd"), 0.3)
        XCTAssertEqual(shrink.label, "softshrink(lambd=0.3)")
        let gelu = try Catalog.activation("gelu:approximate=TANH")
        XCTAssertEqual(gelu.arguments, [.choice(1)])
        XCTAssertEqual(gelu.label, "gelu(approximate=tanh)")
        XCTAssertEqual(try Catalog.activation("gelu:approximate=none").label, "gelu")
        let softplus = try Catalog.activation("softplus:threshold=20")
        XCTAssertEqual(softplus.arguments, [1, 20])
        XCTAssertEqual(softplus.label, "softplus(threshold=20)")
        XCTAssertEqual(try Catalog.activation("softplus").arguments, [1, nil])
        XCTAssertEqual(try Catalog.activation("rrelu:lower=1/10,upper=3e-1").arguments, [0.1, 0.3])
        XCTAssertEqual(try Catalog.activation("hardtanh:max_val=2,min_val=-0.5").label,
                       "hardtanh(min_val=-0.5, max_val=2)")
        XCTAssertEqual(try Catalog.activation("leaky_relu:negative_slope=1e-3").label,
                       "leaky_relu(negative_slope=0.001)")
        XCTAssertEqual(Catalog.lookup("elu")!.standard, try Catalog.activation("elu"))
        XCTAssertEqual(try Catalog.lookup("elu")!.bind(values: ["alpha": 0.5]).label, "elu(alpha=0.5)")
        XCTAssertEqual(try Catalog.lookup("gelu")!.bind(values: ["approximate": .choice(1)]).label, "gelu(approximate=tanh)")
    }

    func testUnknownFunctionSuggestsNeighbours() {
        XCTAssertEqual(message("rleu"),
                       "unknown function 'rleu'; did you mean relu, elu, celu? ('actplot list' shows them all)")
        XCTAssertTrue(message("sigmod").contains("did you mean sigmoid"))
        XCTAssertEqual(message("qqqqqqqqqqqq"), "unknown function 'qqqqqqqqqqqq' ('actplot list' shows them all)")
    }

    func testSoftmaxIsExplained() {
        for spec in ["softmax", "SoftMax", "softmax:dim=1"] {
            let text = message(spec)
            XCTAssertTrue(text.contains("vector-valued"), text)
            XCTAssertTrue(text.contains("sigmoid"), text)
            XCTAssertTrue(text.contains("article"), text)
        }
    }

    func testParameterErrors() {
        let cases: [(String, [String])] = [
            ("elu:beta=1", ["unknown parameter 'beta'", "alpha"]),
            ("relu:alpha=1", ["relu takes no parameters", "'alpha'"]),
            ("elu:alpha=abc", ["'abc'", "not a number"]),
            ("elu:alpha=nan", ["'nan'", "finite"]),
            ("elu:alpha=inf", ["'inf'", "finite"]),
            ("elu:alpha=-infinity", ["'-infinity'", "finite"]),
            ("elu:alpha=", ["missing value", "alpha=NUMBER"]),
            ("elu:", ["nothing after 'elu:'", "alpha"]),
            ("elu:alpha", ["'alpha'", "no value", "alpha=VALUE"]),
            ("elu:=1", ["missing parameter name", "alpha"]),
            ("elu:alpha=1,,", ["empty parameter"]),
            ("elu:alpha=1,alpha=2", ["'alpha'", "more than once"]),
            ("softshrink:lambd=0.1,lambda=0.2", ["'lambd'", "more than once"]),
            ("gelu:approximate=fast", ["'fast'", "none, tanh"]),
            ("softplus:beta=0", ["beta", "> 0", "0"]),
            ("softplus:beta=-1", ["beta", "> 0", "-1"]),
            ("hardtanh:min_val=1,max_val=-1", ["min_val < max_val", "min_val=1", "max_val=-1"]),
            ("hardtanh:min_val=1,max_val=1", ["min_val < max_val"]),
            ("rrelu:lower=0.5,upper=0.1", ["lower ≤ upper", "lower=0.5"]),
            ("hardshrink:lambd=-1", ["lambd", "≥ 0", "-1"]),
            ("softshrink:lambda=-0.1", ["lambd", "≥ 0", "-0.1"]),
            ("celu:alpha=0", ["alpha", "≠ 0"]),
            ("squareplus:b=0", ["'b'", "> 0"]),
            ("isru:alpha=-1", ["alpha", "≥ 0"]),
            ("", ["empty activation spec", "NAME:key=value"]),
            ("   ", ["empty activation spec"]),
            (":alpha=1", ["missing function name"]),
            ("rleu:alpha=1", ["unknown function 'rleu'"]),
        ]
        for (spec, fragments) in cases {
            let text = message(spec)
            for fragment in fragments {
                XCTAssertTrue(text.contains(fragment), "'\(spec)': \"\(text)\" lacks \"\(fragment)\"")
            }
        }
    }
}
