import XCTest

@testable import Support

final class EchoTests: XCTestCase {
    func testValuesAreOneLineAndCutAtTheLimit() {
        XCTAssertEqual(Echo.value("a\nb\tc\u{1B}[31m"), "a\\nb\\tc\\u{1B}[31m")
        XCTAssertEqual(Echo.value(String(repeating: "x", count: 5), limit: 3), "xxx…")
        XCTAssertEqual(Echo.value("σ′(x) 漢字"), "σ′(x) 漢字")
    }

    func testTheCaretStandsUnderTheColumnAsATerminalShowsIt() {
        // Plain text; one past the end points just after it.
        XCTAssertEqual(Echo.pointer(at: 3, in: "x*)"), "  x*)\n    ^")
        XCTAssertEqual(Echo.pointer(at: 4, in: "x*("), "  x*(\n     ^")
        // An escape takes the columns of its characters, and the terminal never sees the ESC.
        XCTAssertEqual(Echo.pointer(at: 3, in: "x\u{1B}y"), "  x\\u{1B}y\n         ^")
        // Wide characters take two columns, a combining mark none.
        XCTAssertEqual(Echo.pointer(at: 3, in: "漢字$"), "  漢字$\n      ^")
        XCTAssertEqual(Echo.pointer(at: 2, in: "e\u{301}$"), "  e\u{301}$\n   ^")
        // Tabs stay tabs, and the caret line copies them; a line break shows as a space.
        XCTAssertEqual(Echo.pointer(at: 3, in: "\t\n)"), "  \t )\n  \t ^")
    }

    func testALongTextShowsAWindowAroundTheColumn() {
        let text = String(repeating: "a", count: 150) + "!" + String(repeating: "b", count: 150)
        let lines = Echo.pointer(at: 151, in: text, limit: 20).split(separator: "\n")
        XCTAssertEqual(lines[0], "  …" + String(repeating: "a", count: 10) + "!" + String(repeating: "b", count: 9) + "…")
        XCTAssertEqual(lines[1], "   " + String(repeating: " ", count: 10) + "^")
    }
}
