import Expressions
import XCTest

/// Every way an expression can be wrong gives an ExpressionError saying what and where.
final class ErrorTests: XCTestCase {
    func error(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> ExpressionError? {
        do {
            let expression = try Expression.parse(text)
            XCTFail("'\(text)' parsed as \(expression)", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    /// (text, column, a phrase of the message)
    func expect(_ text: String, column: Int?, _ phrase: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let error = error(text, file: file, line: line) else { return }
        XCTAssertEqual(error.column, column, "\(text): \(error.message)", file: file, line: line)
        XCTAssertTrue(error.message.contains(phrase), "\(text): '\(error.message)' lacks '\(phrase)'", file: file, line: line)
        XCTAssertFalse(error.message.contains("\n"), "one-line message", file: file, line: line)
        XCTAssertEqual(error.text, text.trimmingWhitespace, file: file, line: line)
    }

    func testDescriptionShowsCaretUnderColumn() {
        let error = error("x*(2))")
        XCTAssertEqual(error?.message, "unexpected ')'")
        XCTAssertEqual(error?.column, 6)
        XCTAssertEqual(error?.description, """
            unexpected ')' at column 6
              x*(2))
                   ^
            """)
        XCTAssertEqual(self.error("  exp(x,)  ")?.description, """
            unexpected ')' at column 7
              exp(x,)
                    ^
            """)
    }

    func testCaretFollowsTabs() {
        let error = error("x\t+\t)")
        XCTAssertEqual(error?.column, 5)
        XCTAssertEqual(error?.description, "unexpected ')' at column 5\n  x\t+\t)\n   \t \t^")
    }

    func testLongExpressionsAreShownAroundTheColumn() throws {
        let text = String(repeating: "x+", count: 400) + ")" + String(repeating: "+x", count: 400)
        let error = try XCTUnwrap(error(text))
        XCTAssertEqual(error.column, 801)
        let lines = error.description.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.count, 3)
        XCTAssertLessThan(lines[1].count, 210)
        // The caret sits under the ')'.
        let caret = try XCTUnwrap(lines[2].firstIndex(of: "^"))
        let offset = lines[2].distance(from: lines[2].startIndex, to: caret)
        XCTAssertEqual(Array(lines[1])[offset], ")")
    }

    func testSyntaxErrors() {
        expect("", column: nil, "empty expression")
        expect("   ", column: nil, "empty expression")
        expect("x +", column: 4, "ends")
        expect("x*(2))", column: 6, "unexpected ')'")
        expect("(x", column: 1, "unclosed '('")
        expect("((x)", column: 1, "unclosed '('")
        expect("exp(x", column: 4, "unclosed '(' of exp")
        expect("2x", column: 2, "write * to multiply")
        expect("x(x)", column: 1, "not a function")
        expect("x $ 2", column: 3, "unexpected character '$'")
        expect("[x]", column: 1, "use parentheses")
        expect("1e999", column: 1, "too large")
        expect("1.2.3", column: 4, "malformed number")
        expect("x < 1 < 2", column: 7, "cannot be chained")
        expect("x = 1", column: 3, "unexpected '='")
        expect("x ! 1", column: 3, "!=")
        expect("()", column: 2, "unexpected ')'")
        expect("x,1", column: 2, "unexpected ','")
        expect("max(x,)", column: 7, "unexpected ')'")
        expect("max(x 1)", column: 7, "expected ',' or ')'")
        expect("'tanh'", column: 1, "only allowed as a keyword value")
        expect("x + 'tanh", column: 5, "unterminated")
        expect("x^^2", column: 3, "unexpected '^'")
        expect("x***2", column: 4, "unexpected '*'")
    }

    func testUnknownNamesSuggestTheClosest() throws {
        let sigmod = try XCTUnwrap(error("x*sigmod(x)"))
        XCTAssertEqual(sigmod.column, 3)
        XCTAssertEqual(sigmod.suggestions.first, "sigmoid")
        XCTAssertTrue(sigmod.message.contains("unknown name 'sigmod'; did you mean 'sigmoid'"), sigmod.message)

        let cases: [(String, String)] = [
            ("tanhh(x)", "tanh"), ("exq(x)", "exp"), ("sqr(x)", "sqrt"), ("lg1p(x)", "log1p"),
            ("selu(x) + gleu(x)", "gelu"), ("leaky(x)", "leaky_relu"), ("y + 1", "x"), ("pii*x", "pi"),
            ("wher(x > 0, x, 0)", "where"), ("clamp(x, 0, 1)", "clip"), ("sofplus(x)", "softplus"),
            ("erfcc(x)", "erfc"), ("hardtahn(x)", "hardtanh"),
        ]
        for (text, suggestion) in cases {
            let error = try XCTUnwrap(error(text))
            XCTAssertTrue(error.suggestions.contains(suggestion), "\(text): \(error.suggestions)")
            XCTAssertTrue(error.message.hasPrefix("unknown name"), error.message)
        }
        XCTAssertEqual(error("zzzzzzzz(x)")?.suggestions, [])
        XCTAssertEqual(error("zzzzzzzz(x)")?.message, "unknown name 'zzzzzzzz'")
    }

    func testFunctionsWithoutParentheses() {
        expect("exp", column: 1, "'exp' is a function: write exp(…)")
        expect("2*gelu", column: 3, "write gelu(x)")
        expect("where + 1", column: 1, "is a function")
    }

    func testArity() {
        expect("exp(x, 2)", column: 8, "exp takes 1 argument")
        expect("exp()", column: 1, "exp takes 1 argument")
        expect("where(x, 1)", column: 1, "where takes 3 arguments, where(condition, a, b)")
        expect("clip(x, 1)", column: 1, "clip takes 3 arguments")
        expect("abs(x, 1)", column: 8, "abs takes 1 argument")
        expect("min(x)", column: 1, "at least 2")
        expect("elu(x, 2)", column: 8, "elu takes one argument and keyword parameters (alpha=…)")
        expect("elu()", column: 1, "elu needs its argument")
    }

    func testKeywordErrors() throws {
        let misspelt = try XCTUnwrap(error("elu(x, alhpa=0.5)"))
        XCTAssertEqual(misspelt.column, 8)
        XCTAssertEqual(misspelt.suggestions, ["alpha"])
        XCTAssertTrue(misspelt.message.contains("elu has no parameter 'alhpa'; did you mean 'alpha'?"), misspelt.message)

        expect("elu(x, beta=1)", column: 8, "its parameters are 'alpha'")
        expect("relu(x, alpha=1)", column: 9, "relu has no parameters")
        expect("exp(x, a=1)", column: 8, "exp takes no keyword arguments")
        expect("elu(x, alpha=1, alpha=2)", column: 17, "given twice")
        expect("elu(x, alpha=foo)", column: 14, "alpha must be a number, not 'foo'")
        expect("elu(x, alpha='big')", column: 14, "alpha must be a number, not 'big'")
        expect("elu(x, alpha=x)", column: 14, "cannot depend on x")
        expect("elu(x, alpha=2*x)", column: 14, "cannot depend on x")
        expect("elu(x, alpha=1/0)", column: 14, "finite")
        expect("elu(x, alpha=)", column: 14, "unexpected ')'")
        expect("gelu(x, approximate=foo)", column: 21, "approximate must be one of 'none' or 'tanh', not 'foo'")
        expect("gelu(x, approximate=(tanh))", column: 21, "one of 'none' or 'tanh'")
        // Domains are the catalog's; the error points at the offending value.
        expect("celu(x, alpha=0)", column: 15, "celu parameter 'alpha' must be ≠ 0, got 0")
        expect("softplus(x, beta=-1)", column: 18, "must be > 0")
        expect("hardtanh(x, min_val=2)", column: 21, "min_val")
    }

    func testNestingIsLimited() throws {
        let depth = Expression.maximumDepth
        let tooDeep = String(repeating: "(", count: depth + 1) + "x" + String(repeating: ")", count: depth + 1)
        let error = try XCTUnwrap(error(tooDeep))
        XCTAssertEqual(error.column, depth + 1)
        XCTAssertEqual(error.message, "expression nests deeper than \(depth) levels")
    }

    /// 5000 levels of parentheses, calls or powers: an error, never a stack overflow.
    func testFiveThousandLevelsAreAnErrorNotACrash() {
        let n = 5000
        let deep = [
            String(repeating: "(", count: n) + "x" + String(repeating: ")", count: n),
            String(repeating: "(", count: n),
            String(repeating: "exp(", count: n) + "x" + String(repeating: ")", count: n),
            String(repeating: "elu(", count: n) + "x" + String(repeating: ", alpha=1)", count: n),
            Array(repeating: "x", count: n).joined(separator: "^"),
            String(repeating: "-(", count: n) + "x" + String(repeating: ")", count: n),
            String(repeating: "elu(x, alpha=", count: n) + "1" + String(repeating: ")", count: n),
        ]
        for text in deep {
            let error = self.error(text)
            XCTAssertEqual(error?.message, "expression nests deeper than \(Expression.maximumDepth) levels")
        }
    }

    func testLengthIsLimited() throws {
        let text = String(repeating: "x+", count: Expression.maximumLength / 2) + "x"
        let error = try XCTUnwrap(error(text))
        XCTAssertNil(error.column)
        XCTAssertTrue(error.message.hasPrefix("expression is too long"), error.message)
        XCTAssertFalse(error.description.contains("x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x"),
                       "a huge expression is not echoed")
        // A very deep one past the length limit fails on length without recursing at all.
        XCTAssertNotNil(self.error(String(repeating: "(", count: 200_000)))
    }
}

extension String {
    var trimmingWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
