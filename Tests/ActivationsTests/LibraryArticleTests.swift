import Foundation
import XCTest

// Only the public API, as a package that depends on Activations sees it.
import Activations

/// The code of the documentation article "Using Activations as a library"
/// (Sources/Activations/Activations.docc/UsingActivations.md) lives here, between
/// `// article:begin` and `// article:end`, where it is compiled and run; the values it promises
/// in its comments are checked against formulas written out independently below.
/// `testArticleShowsThisCode` requires every swift code block of the article to be one of these
/// regions, in order, so the article cannot drift from code that works.
final class LibraryArticleTests: XCTestCase {
    func testEvaluate() throws {
        // article:begin
        let elu = try Catalog.activation("elu:alpha=0.5")
        let y = elu.value(-1)  // 0.5 · (e⁻¹ − 1) ≈ −0.316
        let slope = elu.derivative(-1)  // 0.5 · e⁻¹ ≈ 0.184
        let curvature = elu.secondDerivative(-1)  // 0.5 · e⁻¹ as well
        // article:end
        XCTAssertEqual(y, 0.5 * (exp(-1) - 1), accuracy: 1e-15)
        XCTAssertEqual(slope, 0.5 * exp(-1), accuracy: 1e-15)
        XCTAssertEqual(curvature, 0.5 * exp(-1), accuracy: 1e-15)
    }

    func testSpecErrors() {
        // article:begin
        do {
            _ = try Catalog.activation("relu:alpha=2")
        } catch {
            print(error.message)  // relu takes no parameters, but 'alpha' was given
        }
        // article:end
        XCTAssertThrowsError(try Catalog.activation("relu:alpha=2")) { error in
            XCTAssertEqual((error as? SpecError)?.message, "relu takes no parameters, but 'alpha' was given")
        }
    }

    func testParameters() throws {
        // article:begin
        let leaky = try Catalog.resolve("LeakyReLU")  // names ignore case, aliases work
        for parameter in leaky.parameters {
            print(parameter.name, parameter.defaultValue.map(parameter.format) ?? "unset", parameter.meaning)
            // negative_slope 0.01 slope for x < 0
        }
        let steep = try leaky.bind(values: ["negative_slope": 0.2])
        print(steep.label)  // leaky_relu(negative_slope=0.2)
        print(steep.value(-10))  // -2.0
        // article:end
        XCTAssertEqual(leaky.name, "leaky_relu")
        XCTAssertEqual(leaky.parameters.map(\.name), ["negative_slope"])
        XCTAssertEqual(leaky.parameters.first?.defaultValue?.number, 0.01)
        XCTAssertEqual(leaky.parameters.first?.meaning, "slope for x < 0")
        XCTAssertEqual(steep.label, "leaky_relu(negative_slope=0.2)")
        XCTAssertEqual(steep.value(-10), -2.0)
        XCTAssertEqual(steep.argument("negative_slope")?.number, 0.2)
    }

    func testSample() throws {
        // article:begin
        let xs = Linspace(from: -3, through: 3, count: 7)  // −3, −2, …, 3, as numpy.linspace
        let gelu = try Catalog.activation("gelu")
        let values = xs.map(gelu.value)
        let slopes = xs.map(gelu.evaluator(order: .first))  // f′ with the parameters bound once
        // article:end
        XCTAssertEqual(Array(xs), [-3, -2, -1, 0, 1, 2, 3])
        // gelu(x) = x·Φ(x) and gelu′(x) = Φ(x) + x·φ(x), Φ the normal CDF, φ its density.
        for (i, x) in xs.enumerated() {
            let cdf = 0.5 * erfc(-x / 2.0.squareRoot()), density = exp(-x * x / 2) / (2 * Double.pi).squareRoot()
            XCTAssertEqual(values[i], x * cdf, accuracy: 1e-15)
            XCTAssertEqual(slopes[i], cdf + x * density, accuracy: 1e-15)
        }
    }

    func testKinks() throws {
        // article:begin
        let hardtanh = try Catalog.activation("hardtanh")
        print(hardtanh.kinks)  // [-1.0, 1.0]
        print(hardtanh.derivative(1))  // 0.0, PyTorch's value at the kink
        print(hardtanh.derivative(1.0.nextDown))  // 1.0, just left of it
        print(hardtanh.function.metadata.kinkConvention ?? "smooth")
        // article:end
        XCTAssertEqual(hardtanh.kinks, [-1, 1])
        XCTAssertEqual(hardtanh.derivative(1), 0)
        XCTAssertEqual(hardtanh.derivative(1.0.nextDown), 1)
        XCTAssertNotNil(hardtanh.function.metadata.kinkConvention)
    }

    func testBrowse() {
        // article:begin
        let smooth = Catalog.functions.filter { $0.metadata.continuity == "C∞" }
        print(smooth.map(\.name))  // ["linear", "sigmoid", "tanh", "arctan", "gelu", …]
        // article:end
        XCTAssertEqual(Array(smooth.map(\.name).prefix(5)), ["linear", "sigmoid", "tanh", "arctan", "gelu"])
        XCTAssertFalse(smooth.contains { $0.name == "relu" })
    }

    /// Every ```swift block of the article is one of the regions above, in the same order.
    func testArticleShowsThisCode() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let article = try String(
            contentsOf: root.appendingPathComponent("Sources/Activations/Activations.docc/UsingActivations.md"),
            encoding: .utf8)
        let tests = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let blocks = Self.blocks(in: article.split(separator: "\n", omittingEmptySubsequences: false),
                                 from: { $0 == "```swift" }, to: { $0 == "```" })
        let regions = Self.blocks(in: tests.split(separator: "\n", omittingEmptySubsequences: false),
                                  from: { $0.hasSuffix("// article:begin") }, to: { $0.hasSuffix("// article:end") })
        XCTAssertEqual(regions.count, 6)
        XCTAssertEqual(blocks.count, regions.count, "the article has \(blocks.count) swift blocks")
        for (block, region) in zip(blocks, regions) {
            XCTAssertEqual(block, region)
        }
    }

    /// The lines between each opening and closing line, less their common indentation.
    static func blocks(in lines: [Substring], from opens: (Substring) -> Bool, to closes: (Substring) -> Bool)
        -> [String]
    {
        var result: [String] = []
        var current: [Substring]?
        for line in lines {
            if var body = current {
                if closes(line) {
                    let indent = body.filter { !$0.allSatisfy(\.isWhitespace) }
                        .map { $0.prefix { $0 == " " }.count }.min() ?? 0
                    result.append(body.map { String($0.dropFirst(indent)) }.joined(separator: "\n"))
                    current = nil
                } else {
                    body.append(line)
                    current = body
                }
            } else if opens(line) {
                current = []
            }
        }
        return result
    }
}
