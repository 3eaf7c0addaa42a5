import CairoRenderer
import Chart
import XCTest

@testable import HTMLRenderer

/// The glyph outlines the page letters zoomed tick labels with are the ones Cairo's SVG output
/// draws: the same path data for every character, placed at the same advances.
final class GlyphOutlineTests: XCTestCase {
    func testOutlinesEqualCairosSVGGlyphs() throws {
        let text = "\u{2212}0123456789.+e"
        var scene = Scene(width: 200, height: 50, dpi: 100, background: nil)
        scene.items = [
            SceneItem(
                plot: nil, element: .title,
                command: .text(text, origin: Point(10, 30), size: 10, color: .black, anchor: .left, rotated: false, font: Style.matplotlib.font))
        ]
        let sink = StringSink()
        try CairoRenderer(format: .svg).render(scene, to: sink)
        let svg = sink.text
        // Cairo's symbols in order of their <use>, which follow the text.
        var symbols: [String: String] = [:]
        for part in svg.split(separator: "<symbol").dropFirst() {
            let id = part.split(separator: "id=\"")[1].prefix { $0 != "\"" }
            let path = part.split(separator: " d=\"")[1].prefix { $0 != "\"" }
            symbols[String(id)] = String(path).trimmingSpaces
        }
        let uses = svg.split(separator: "<use xlink:href=\"#").dropFirst().map { part in
            (id: String(part.prefix { $0 != "\"" }), x: Double(part.split(separator: "x=\"")[1].prefix { $0 != "\"" })!)
        }
        XCTAssertEqual(uses.count, text.count)
        let font = try GlyphOutline.outlines(of: text, font: Style.matplotlib.font, size: 10, dpi: 100)
        let outlines = font.glyphs
        var x = 10.0
        var previous: Character?
        for (use, glyph) in zip(uses, outlines) {
            // The Typesetter's pen: hinted advances plus pair kerning.
            if let previous { x += font.kerning.first { $0.first == previous && $0.second == glyph.character }?.amount ?? 0 }
            previous = glyph.character
            // Cairo's SVG writer prints six decimals (more below 0.1) and closes with a move back
            // to the start: compare the coordinates up to that.
            let want = Self.numbers(symbols[use.id] ?? ""), got = Self.numbers(glyph.path)
            XCTAssertEqual(want.count, got.count + 2, "glyph \(glyph.character)")
            for (a, b) in zip(want, got) { XCTAssertEqual(a, b, accuracy: 1e-6, "glyph \(glyph.character)") }
            XCTAssertEqual(use.x, x, accuracy: 2e-6, "position of \(glyph.character)")
            x += glyph.advance
        }
    }
}

extension GlyphOutlineTests {
    static func numbers(_ path: String) -> [Double] {
        path.split(whereSeparator: { $0 == " " }).compactMap { Double($0) }
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        String(self).split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}
