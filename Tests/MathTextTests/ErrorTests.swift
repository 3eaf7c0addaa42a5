import XCTest

@testable import MathText

/// Malformed math is a usage error with a message, a column and a caret; unknown commands come
/// with the closest supported ones.
final class ErrorTests: XCTestCase {
    func error(_ label: String, file: StaticString = #filePath, line: UInt = #line) -> MathTextError? {
        do {
            _ = try MathText(label).layout(fontSize: 12, dpi: 100)
            XCTFail("\(label) was accepted", file: file, line: line)
        } catch let error as MathTextError {
            return error
        } catch {
            XCTFail("\(label) threw \(error)", file: file, line: line)
        }
        return nil
    }

    func assertError(_ label: String, _ message: String, column: Int, suggestions: [String] = [],
                     file: StaticString = #filePath, line: UInt = #line) {
        guard let error = error(label, file: file, line: line) else { return }
        XCTAssertEqual(error.message, message, file: file, line: line)
        XCTAssertEqual(error.column, column, file: file, line: line)
        XCTAssertEqual(error.suggestions, suggestions, file: file, line: line)
        XCTAssertEqual(error.text, label, file: file, line: line)
    }

    /// Everything matplotlib refuses (recorded in the fixture) is refused here too.
    func testMatplotlibsRejectionsAreRejected() {
        XCTAssertGreaterThanOrEqual(FixtureTests.fixture.errors.count, 10)
        for label in FixtureTests.fixture.errors { _ = error(label) }
    }

    func testFractionWithOneGroup() {
        assertError(#"$\frac{1}$"#, #"\frac needs {numerator}{denominator}"#, column: 10)
        assertError(#"$\frac12$"#, #"\frac needs {numerator}{denominator}"#, column: 7)
    }

    func testUnknownCommandSuggestsTheClosest() {
        assertError(#"$\sigmaa(x)$"#, #"unknown command '\sigmaa'; did you mean '\sigma', '\Sigma', '\sim'?"#,
                    column: 2, suggestions: [#"\sigma"#, #"\Sigma"#, #"\sim"#])
        assertError(#"$x + \alpah$"#, #"unknown command '\alpah'; did you mean '\alpha', '\aleph', '\kappa'?"#,
                    column: 6, suggestions: [#"\alpha"#, #"\aleph"#, #"\kappa"#])
        assertError(#"$\mathrb{R}$"#, #"unknown command '\mathrb'; did you mean '\mathbb', '\mathrm', '\mathbf'?"#,
                    column: 2, suggestions: [#"\mathbb"#, #"\mathrm"#, #"\mathbf"#])
        // The newer commands' own usage errors.
        assertError(#"$x \boldsymbol \alpha$"#, #"\boldsymbol needs a group: \boldsymbol{…}"#, column: 16)
        assertError(#"$\sum_{\substack{}}$"#, #"empty \substack; write \substack{i=1 \\ j<n}"#, column: 17)
        assertError(#"$\genfrac{(}{)}{x}{}{a}{b}$"#, #"\genfrac needs a rule thickness such as 0 or 0.8"#, column: 17)
        assertError(#"$\overset{!}=$"#, #"\overset needs {annotation}{body}"#, column: 13)
        // Lengths that no figure could hold are refused before they reach the layout.
        assertError(#"$a\hspace{1001}b$"#, #"\hspace takes at most 1000 either way"#, column: 11)
        assertError(#"$\genfrac{}{}{-5000}{}{a}{b}$"#, #"\genfrac's rule takes at most 1000 either way"#, column: 15)
        assertError(#"$\qwertyuiop$"#, #"unknown command '\qwertyuiop'"#, column: 2)
    }

    func testUnbalancedBraces() {
        assertError(#"${x$"#, "'{' is never closed; add a '}'", column: 2)
        assertError(#"$\frac{1}{x + \sqrt{2}$"#, "'{' is never closed; add a '}'", column: 10)
        assertError(#"$x}$"#, "unexpected '}' without a matching '{'", column: 3)
        assertError(#"$\text{ab$"#, "'{' is never closed; add a '}'", column: 7)
    }

    func testLeftWithoutRight() {
        assertError(#"$\left( x$"#, #"\left( has no matching \right"#, column: 2)
        assertError(#"$\right)$"#, #"\right without a \left before it"#, column: 2)
        assertError(#"$\left x \right)$"#, #"\left needs a delimiter such as ( [ \{ | . after it"#, column: 8)
    }

    func testScripts() {
        assertError(#"$x^2^3$"#, "double superscript; group it as x^{ab}", column: 5)
        assertError(#"$x_1_2$"#, "double subscript; group it as x_{ab}", column: 5)
        assertError(#"$x^$"#, "'^' needs a symbol or a {group} after it", column: 4)
    }

    func testOtherMalformedMath() {
        assertError(#"$\sqrt$"#, #"\sqrt needs {value}"#, column: 7)
        assertError(#"$\sqrt[3{x}$"#, #"'[' of \sqrt is never closed"#, column: 7)
        assertError("$$", "empty math between '$' signs", column: 2)
        assertError(#"$\mathrm x$"#, #"\mathrm needs a group: \mathrm{…}"#, column: 10)
        assertError(#"$x"y$"#, #"unexpected '"' in math"#, column: 3)
        assertError("$é$", "'é' is not supported in math; put it outside the '$' signs", column: 2)
        assertError(#"a $x$ and $\frac{}{2}$"#, #"empty group in \frac; write \frac{numerator}{denominator}"#, column: 17)
    }

    /// Columns count characters of the whole label, as the caret line shows them.
    func testColumnsCountCharactersOfTheLabel() {
        assertError(#"σ′ (é) $\foo$"#, #"unknown command '\foo'; did you mean '\to', '\bot', '\cos'?"#, column: 9,
                    suggestions: [#"\to"#, #"\bot"#, #"\cos"#])
    }

    func testDescriptionHasACaretUnderTheColumn() {
        let error = self.error(#"$\sigmaa(x)$"#)
        XCTAssertEqual(error?.description, #"""
            unknown command '\sigmaa'; did you mean '\sigma', '\Sigma', '\sim'? at column 2
              $\sigmaa(x)$
               ^
            """#)
    }

    /// Deep nesting is an error, not a stack overflow.
    func testDeepNestingIsAnError() {
        let label = "$" + String(repeating: "{", count: 5000) + "x" + String(repeating: "}", count: 5000) + "$"
        XCTAssertEqual(error(label)?.message, "math nested more than 100 levels deep")
        let scripts = "$" + String(repeating: "x^{", count: 3000) + "x" + String(repeating: "}", count: 3000) + "$"
        XCTAssertEqual(error(scripts)?.message, "math nested more than 100 levels deep")
        let fine = "$" + String(repeating: "x^{", count: 30) + "x" + String(repeating: "}", count: 30) + "$"
        XCTAssertNoThrow(try MathText(fine).layout(fontSize: 12))
    }

    func testSizeOutOfRange() {
        let label = try! MathText("$x$")
        for (size, dpi) in [(0.0, 72.0), (-1, 72), (.nan, 72), (12, 0), (12, .infinity)] {
            XCTAssertThrowsError(try label.layout(fontSize: size, dpi: dpi))
        }
    }
}
