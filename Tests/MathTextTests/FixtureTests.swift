import Foundation
import XCTest

@testable import MathText

/// Layouts against matplotlib 3.11's own, recorded by scripts/mathtext_reference.py into
/// Fixtures/mathtext.json: every glyph's face, character, glyph index, size, origin and outline
/// box, every rectangle, and the box's extents.
final class FixtureTests: XCTestCase {
    struct Fixture: Decodable {
        let matplotlib: String
        let cases: [Case]
        let errors: [String]
    }

    struct Case: Decodable {
        let label: String
        let fontset: String
        let `default`: String
        let size: Double
        let dpi: Double
        let width: Double, height: Double, depth: Double
        let glyphs: [Glyph]
        let rects: [[Double]]
    }

    struct Glyph: Decodable {
        let file: String
        let code: UInt32
        let glyph: UInt32
        let size: Double
        let x: Double, y: Double
        let ink: [Double]
    }

    static let fixture: Fixture = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/mathtext.json")
        let data = try! Data(contentsOf: url)
        return try! JSONDecoder().decode(Fixture.self, from: data)
    }()

    /// The issue asks for glyph positions within one pixel at 100 dpi; the port repeats
    /// matplotlib's arithmetic, so it is held to FreeType's own rounding step, 1/64 pixel.
    let tolerance = 0.02

    func layout(_ c: Case) throws -> MathLayout {
        try MathText(c.label).layout(
            fontSize: c.size, dpi: c.dpi, fontSet: MathFontSet(rawValue: c.fontset)!,
            defaultFont: MathFontStyle(rawValue: c.default)!)
    }

    /// Differences from matplotlib in one case, empty when it matches within the tolerance.
    func differences(_ c: Case) -> [String] {
        let ours: MathLayout
        do { ours = try layout(c) } catch { return ["throws \(error)"] }
        var problems: [String] = []
        func check(_ name: String, _ a: Double, _ b: Double) {
            if !(abs(a - b) <= tolerance) { problems.append("\(name): \(a) vs matplotlib's \(b)") }
        }
        check("width", ours.width, c.width)
        check("height", ours.height, c.height)
        check("depth", ours.depth, c.depth)
        if ours.glyphs.count != c.glyphs.count {
            problems.append("\(ours.glyphs.count) glyphs vs matplotlib's \(c.glyphs.count): "
                + ours.text + " vs " + c.glyphs.map { String(UnicodeScalar($0.code).map(Character.init) ?? "?") }.joined())
            return problems
        }
        for (i, (g, m)) in zip(ours.glyphs, c.glyphs).enumerated() {
            if g.face.fileName != m.file || g.character != m.code || g.glyphIndex != m.glyph {
                problems.append("glyph \(i): \(g.face.fileName) \(g.character) #\(g.glyphIndex) vs \(m.file) \(m.code) #\(m.glyph)")
                continue
            }
            if abs(g.size - m.size) > 1e-3 { problems.append("glyph \(i) size \(g.size) vs \(m.size)") }
            check("glyph \(i) x", g.x, m.x)
            check("glyph \(i) y", g.y, m.y)
            check("glyph \(i) ink minX", g.inkMinX, m.ink[0])
            check("glyph \(i) ink minY", g.inkMinY, m.ink[1])
            check("glyph \(i) ink maxX", g.inkMaxX, m.ink[2])
            check("glyph \(i) ink maxY", g.inkMaxY, m.ink[3])
        }
        if ours.rectangles.count != c.rects.count {
            problems.append("\(ours.rectangles.count) rectangles vs \(c.rects.count)")
        } else {
            for (i, (r, m)) in zip(ours.rectangles, c.rects).enumerated() {
                check("rect \(i) x", r.x, m[0])
                check("rect \(i) y", r.y, m[1])
                check("rect \(i) width", r.width, m[2])
                check("rect \(i) height", r.height, m[3])
            }
        }
        return problems
    }

    /// Checks the cases of one font set and `mathtext.default`; returns how many there were.
    @discardableResult
    func checkCases(fontSet: String, default style: String = "normal", file: StaticString = #filePath,
                    line: UInt = #line) -> Int {
        let cases = Self.fixture.cases.filter { $0.fontset == fontSet && $0.default == style }
        for c in cases {
            let problems = differences(c)
            XCTAssert(problems.isEmpty, "\(c.label) [\(c.size) pt, \(c.dpi) dpi]:\n  "
                + problems.prefix(6).joined(separator: "\n  "), file: file, line: line)
        }
        return cases.count
    }

    func testFixtureIsMatplotlibs() {
        XCTAssert(Self.fixture.matplotlib.hasPrefix("3.11"), Self.fixture.matplotlib)
        XCTAssertGreaterThanOrEqual(Set(Self.fixture.cases.map(\.label)).count, 60)
    }

    func testDejaVuSans() {
        XCTAssertGreaterThanOrEqual(checkCases(fontSet: "dejavusans"), 160)
    }

    func testComputerModern() {
        XCTAssertGreaterThanOrEqual(checkCases(fontSet: "cm"), 28)
    }

    func testStix() {
        XCTAssertGreaterThanOrEqual(checkCases(fontSet: "stix"), 28)
    }

    func testMathtextDefault() {
        for style in ["it", "rm", "bf", "regular"] {
            XCTAssertEqual(checkCases(fontSet: "dejavusans", default: style), 1, style)
        }
    }
}
