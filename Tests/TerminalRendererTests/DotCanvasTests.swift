import XCTest

@testable import TerminalRenderer

/// The braille canvas against Unicode's braille patterns (U+2800 + one bit per dot, dots 1–8 as
/// bits 0–7, with 1, 2, 3, 7 down the left column and 4, 5, 6, 8 down the right).
final class DotCanvasTests: XCTestCase {
    func text(_ canvas: DotCanvas) -> [String] {
        (0..<canvas.rows).map { r in String((0..<canvas.columns).map { canvas.glyph(column: $0, row: r) }) }
    }

    func testEachDotIsItsBrailleBit() {
        let expected: [(x: Int, y: Int, character: Character)] = [
            (0, 0, "\u{2801}"), (0, 1, "\u{2802}"), (0, 2, "\u{2804}"), (1, 0, "\u{2808}"),
            (1, 1, "\u{2810}"), (1, 2, "\u{2820}"), (0, 3, "\u{2840}"), (1, 3, "\u{2880}"),
        ]
        for dot in expected {
            var canvas = DotCanvas(kind: .braille, columns: 1, rows: 1)
            canvas.set(dot.x, dot.y, ink: 0)
            XCTAssertEqual(canvas.glyph(column: 0, row: 0), dot.character, "dot \(dot.x),\(dot.y)")
        }
        var full = DotCanvas(kind: .braille, columns: 1, rows: 1)
        for x in 0..<2 { for y in 0..<4 { full.set(x, y, ink: 0) } }
        XCTAssertEqual(full.glyph(column: 0, row: 0), "\u{28FF}")
        XCTAssertEqual(DotCanvas(kind: .braille, columns: 1, rows: 1).glyph(column: 0, row: 0), "\u{2800}")
    }

    func testLinesSetEveryDotTheyPass() {
        var phase = 0.0
        var canvas = DotCanvas(kind: .braille, columns: 2, rows: 2)
        // Across the top row of dots, down the left column, and a diagonal in between.
        canvas.line(from: (0.5, 0.5), to: (3.5, 0.5), ink: 0, phase: &phase)
        canvas.line(from: (0.5, 0.5), to: (0.5, 7.5), ink: 0, phase: &phase)
        canvas.line(from: (0.5, 0.5), to: (3.5, 3.5), ink: 0, phase: &phase)
        // Cell (0,0): dots (0,0) (1,0) (0,1..3) (1,1) → 1+8+2+4+64+16 = 0x5F.
        // Cell (1,0): (2,0) (3,0) (2,2) (3,3) → 1+8+4+128 = 0x8D. Cell (0,1): the left column, 0x47.
        XCTAssertEqual(text(canvas), ["\u{285F}\u{288D}", "\u{2847}\u{2800}"])
    }

    func testClippingKeepsThePartInsideAndSurvivesHugeCoordinates() {
        var phase = 0.0
        var canvas = DotCanvas(kind: .braille, columns: 2, rows: 1)
        canvas.line(from: (-1e300, 1.5), to: (1e300, 1.5), ink: 0, phase: &phase)
        XCTAssertEqual(text(canvas), ["\u{2812}\u{2812}"])
        var other = DotCanvas(kind: .braille, columns: 2, rows: 1)
        other.line(from: (0, .infinity), to: (1, 1), ink: 0, phase: &phase)
        other.line(from: (-5, -5), to: (-1, -9), ink: 0, phase: &phase)
        other.line(from: (.nan, 0), to: (1, 1), ink: 0, phase: &phase)
        XCTAssertEqual(text(other), ["\u{2800}\u{2800}"])
    }

    func testDashesFollowTheirPatternAlongTheLine() {
        var phase = 0.0
        var canvas = DotCanvas(kind: .braille, columns: 4, rows: 1)
        canvas.line(from: (0.5, 0.5), to: (7.5, 0.5), ink: 0, dash: [2, 2], phase: &phase)
        let set = (0..<8).filter { canvas.isSet($0, 0) }
        XCTAssertEqual(set, [0, 1, 4, 5])
    }

    func testTheLaterInkWinsACell() {
        var canvas = DotCanvas(kind: .braille, columns: 1, rows: 1)
        canvas.set(0, 0, ink: 0)
        canvas.set(1, 3, ink: 1)
        XCTAssertEqual(canvas.ink(column: 0, row: 0), 1)
        XCTAssertEqual(canvas.glyph(column: 0, row: 0), "\u{2881}")
    }

    func testASCIIGlyphsFollowTheDots() {
        func glyph(_ dots: [(Int, Int)]) -> Character {
            var canvas = DotCanvas(kind: .ascii, columns: 1, rows: 1)
            for (x, y) in dots { canvas.set(x, y, ink: 0) }
            return canvas.glyph(column: 0, row: 0)
        }
        XCTAssertEqual(glyph([]), " ")
        XCTAssertEqual(glyph([(0, 0), (1, 0)]), "'")
        XCTAssertEqual(glyph([(0, 1), (1, 1)]), "-")
        XCTAssertEqual(glyph([(0, 2), (1, 2)]), "_")
        XCTAssertEqual(glyph([(0, 2), (1, 0)]), "/")
        XCTAssertEqual(glyph([(0, 0), (1, 2)]), "\\")
        XCTAssertEqual(glyph([(0, 0), (0, 1), (0, 2)]), "|")
    }
}
