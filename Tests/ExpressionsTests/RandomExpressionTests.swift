import Activations
import Expressions
import XCTest

/// Thousands of random inputs, from garbage to well-formed: each ends in a value (possibly NaN) or
/// an ExpressionError, never a crash, and the evaluators agree bit for bit.
/// (`Expressions.Expression` in type positions: XCTest brings in Foundation, which has its own.)
final class RandomExpressionTests: XCTestCase {
    /// SplitMix64: a small seeded generator, so failures reproduce.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let probes: [Double] = [-1e308, -700, -3, -1, -0.5, -0.0, 0, 1e-300, 0.5, 1, 2.5, 30, 800, 1e308,
                                   .infinity, -.infinity, .nan]

    static let tokens: [String] = {
        var tokens = ["x", "X", "pi", "e", "inf", "0", "1", "2.5", ".5", "2.", "1e-3", "1e308", "1e999", "1e", "0x10",
                      "1.2.3", "+", "-", "*", "/", "^", "**", "(", ")", "(", ")", ",", "=", "==", "<", "<=", ">",
                      ">=", "!=", "!", "where", "min", "max", "abs", "clip", "alpha", "approximate", "negative_slope",
                      "beta", "lambd", "min_val", "threshold", "'tanh'", "\"none\"", "'", "$", "@", "[", "]", "\t",
                      "\n", "é", "π", "−", "×", "🙂", "\u{301}", "\0", "_", "x_1", "tanh", "none"]
        tokens += ["exp", "expm1", "log", "log1p", "sqrt", "sin", "cos", "tan", "atan", "sinh", "cosh", "tanh", "erf", "erfc"]
        for f in Catalog.functions { tokens += [f.name] + f.aliases }
        return tokens
    }()

    /// Parses `text`; on success evaluates it everywhere and checks the evaluators agree.
    /// Returns whether it parsed.
    @discardableResult
    func exercise(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> Bool {
        let expression: Expressions.Expression
        do {
            expression = try Expression.parse(text)
        } catch {
            XCTAssertFalse(error.message.isEmpty, file: file, line: line)
            XCTAssertFalse(error.message.contains("\n"), "'\(text)': \(error.message)", file: file, line: line)
            if let column = error.column {
                XCTAssertTrue((1...(error.text.count + 1)).contains(column), "'\(text)': column \(column)", file: file, line: line)
            }
            XCTAssertFalse(error.description.isEmpty, file: file, line: line)
            return false
        }
        let jets = expression.evaluate(at: Self.probes)
        for (x, batch) in zip(Self.probes, jets) {
            let jet = expression.evaluate(x)
            let pairs = [(jet.value, batch.value), (jet.first, batch.first), (jet.second, batch.second),
                         (jet.value, expression.value(x)), (jet.first, expression.derivative(x))]
            for (a, b) in pairs where !(a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN)) {
                XCTFail("'\(text)' at \(x): evaluators disagree, \(a) vs \(b)", file: file, line: line)
            }
            if jet.value.isNaN {
                XCTAssertTrue(jet.first.isNaN && jet.second.isNaN, "'\(text)' at \(x): \(jet)", file: file, line: line)
            }
        }
        _ = expression.kinks
        return true
    }

    func testRandomTokenSoup() {
        var rng = Generator(state: 20_261_129)
        var parsed = 0
        for _ in 0..<20_000 {
            let count = Int.random(in: 1...24, using: &rng)
            let separator = Bool.random(using: &rng) ? " " : ""
            let text = (0..<count).map { _ in Self.tokens.randomElement(using: &rng) ?? "x" }.joined(separator: separator)
            if exercise(text) { parsed += 1 }
        }
        XCTAssertGreaterThan(parsed, 20, "some soup should be edible")
    }

    func testRandomCharacters() {
        var rng = Generator(state: 7)
        let alphabet = Array("x+-*/^().,=<>!eEpi0123456789 \t\nabcdefghijklmnopqrstuvwxyz_'\"$#[]{}|&%~`?;:\\é−×π🙂")
        for _ in 0..<10_000 {
            let count = Int.random(in: 0...30, using: &rng)
            exercise(String((0..<count).map { _ in alphabet.randomElement(using: &rng) ?? "x" }))
        }
    }

    /// Random well-formed expressions from the grammar (names, keywords with valid values): all must
    /// parse, then evaluate without crashing.
    func testRandomWellFormedExpressions() {
        var rng = Generator(state: 42)
        for _ in 0..<4000 {
            let text = wellFormed(depth: Int.random(in: 1...6, using: &rng), &rng)
            XCTAssertTrue(exercise(text), "'\(text)' should parse")
        }
    }

    func wellFormed(depth: Int, _ rng: inout Generator) -> String {
        func sub() -> String { wellFormed(depth: depth - 1, &rng) }
        if depth <= 0 || Int.random(in: 0..<10, using: &rng) < 2 {
            switch Int.random(in: 0..<8, using: &rng) {
            case 0, 1, 2: return "x"
            case 3: return ["pi", "e", "inf", "X"].randomElement(using: &rng) ?? "x"
            default: return ["0", "1", "2", "0.5", "3.25", "1e-3", ".5", "2.", "1e300", "-1"].randomElement(using: &rng) ?? "1"
            }
        }
        switch Int.random(in: 0..<12, using: &rng) {
        case 0, 1:
            let op = ["+", "-", "*", "/", "^", "**", " - ", " + "].randomElement(using: &rng) ?? "+"
            return "\(sub())\(op)\(sub())"
        case 2: return "-\(sub())"
        case 3: return "(\(sub()))"
        case 4:
            let f = ["exp", "expm1", "log", "log1p", "sqrt", "sin", "cos", "tan", "atan", "sinh", "cosh", "tanh",
                     "erf", "erfc", "abs"].randomElement(using: &rng) ?? "exp"
            return "\(f)(\(sub()))"
        case 5:
            let r = ["<", "<=", ">", ">=", "==", "!="].randomElement(using: &rng) ?? "<"
            return "(\(sub()) \(r) \(sub()))"
        case 6: return "where(\(sub()), \(sub()), \(sub()))"
        case 7: return "\(Bool.random(using: &rng) ? "min" : "max")(\(sub()), \(sub())\(Bool.random(using: &rng) ? ", \(sub())" : ""))"
        case 8: return "clip(\(sub()), \(sub()), \(sub()))"
        default:
            let f = Catalog.functions.randomElement(using: &rng) ?? Catalog.functions[0]
            let name = ([f.name] + f.aliases).randomElement(using: &rng) ?? f.name
            var arguments = [sub()]
            if let p = f.parameters.randomElement(using: &rng), Bool.random(using: &rng) {
                arguments.append("\(p.name)=\(validValue(for: p, &rng))")
            }
            return "\(name)(\(arguments.joined(separator: ", ")))"
        }
    }

    /// A value the parameter accepts on its own (with the others at their defaults).
    func validValue(for parameter: Parameter, _ rng: inout Generator) -> String {
        if !parameter.choices.isEmpty { return parameter.choices.randomElement(using: &rng) ?? "none" }
        switch parameter.domain {
        case .positive, .nonNegative: return ["0.5", "2", "1/3"].randomElement(using: &rng) ?? "1"
        case .nonZero: return ["1.5", "-2"].randomElement(using: &rng) ?? "1"
        case .any: return parameter.defaultValue.map { "\($0)" } ?? "0.5"
        }
    }
}
