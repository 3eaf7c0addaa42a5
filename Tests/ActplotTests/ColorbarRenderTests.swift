import CairoRenderer
import Chart
import Foundation
import XCTest

/// A colorbar drawn by actplot against the same figure drawn by matplotlib 3.11
/// (Fixtures/matplotlib-colorbar.png, made by scripts/matplotlib_colorbar_render.py): under 1% of
/// pixels differ by 32 or more in a channel (StyleFidelityTests' rule), the bands show no seam,
/// and SVG and PDF carry the bands as one image.
final class ColorbarRenderTests: XCTestCase {
    /// Collects a renderer's bytes.
    final class Bytes: ByteSink {
        var data = Data()
        func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
            data.append(contentsOf: bytes)
            return true
        }
    }

    /// matplotlib's figure: a line from (−10, 0) to (10, 1) in the first colour of the cycle,
    /// axis labels, and a viridis colorbar over 0…2 labelled α.
    static func scene() throws -> Scene {
        var spec = ChartSpec()
        spec.xLabel = "x"
        spec.yLabel = "f(x)"
        spec.legend = .hidden
        spec.series = [Series(label: nil, color: Color.tab10[0], pieces: [[Point(-10, 0), Point(10, 1)]])]
        spec.colorbars = [ColorbarSpec(colormap: try Colormap.named("viridis"), range: (0, 2), scale: .linear, label: "α")]
        let (layout, warnings) = ChartLayout.fitted(spec, measurer: FontMeasurer())
        XCTAssertEqual(warnings, [])
        XCTAssertEqual(layout.spec.layout, .auto)
        return layout.scene()
    }

    func render(_ format: CairoRenderer.Format) throws -> Data {
        let sink = Bytes()
        try CairoRenderer(format: format).render(try Self.scene(), to: sink)
        return sink.data
    }

    func png() throws -> RasterImage {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actplot-colorbar-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("colorbar.png")
        try render(.png).write(to: file)
        return try RasterImage(pngAt: file.path)
    }

    func testTheFigureMatchesMatplotlibsRender() throws {
        let ours = try png()
        let theirs = try RasterImage(pngAt: fixtures.appendingPathComponent("matplotlib-colorbar.png").path)
        XCTAssertEqual(ours.width, theirs.width)
        XCTAssertEqual(ours.height, theirs.height)
        var differing = 0, inBar = 0
        for y in 0..<ours.height {
            for x in 0..<ours.width {
                let p = ours.pixel(x, y), q = theirs.pixel(x, y)
                let far = [abs(Int(p.r) - Int(q.r)), abs(Int(p.g) - Int(q.g)), abs(Int(p.b) - Int(q.b))].contains { $0 >= 32 }
                if far {
                    differing += 1
                    if (501...521).contains(x) && (57...428).contains(y) { inBar += 1 }
                }
            }
        }
        let share = Double(differing) / Double(ours.width * ours.height)
        print("colorbar figure: \(differing) pixels differ (\(share * 100)%), \(inBar) in the colorbar")
        XCTAssertLessThan(share, 0.01, "\(share * 100)% of pixels differ")
        // The colorbar itself (its box is 501.6…520.08 × 57.6…427.2 px) matches almost everywhere.
        XCTAssertLessThan(inBar, 40, "\(inBar) pixels of the colorbar differ")
    }

    func testBandsShowNoSeam() throws {
        // Down the middle of the colorbar, each row takes a band's colour: the green channel of
        // viridis only grows upwards, so from the bottom up it never falls, and no row is lighter
        // or darker than both neighbours (a seam would be).
        let image = try png()
        let x = 511
        let rows = Array(60...424)
        let greens = rows.map { Int(image.pixel(x, $0).g) }
        for (below, above) in zip(greens.reversed(), greens.reversed().dropFirst()) {
            XCTAssertLessThanOrEqual(below, above, "green falls going up at column \(x)")
        }
        for i in 1..<(rows.count - 1) {
            let p = image.pixel(x, rows[i]), up = image.pixel(x, rows[i - 1]), down = image.pixel(x, rows[i + 1])
            let seam = (p.r > max(up.r, down.r) && p.b > max(up.b, down.b)) || (p.g < min(up.g, down.g))
            XCTAssertFalse(seam, "row \(rows[i]) stands out from its neighbours")
        }
        // Each row inside the outline shows the band at its centre, in 8 bits (the colorbar spans
        // rows 57.6…427.2: 256 bands of 1.44 px, the first at the bottom); a centre on a band
        // edge may take either band.
        let table = try Colormap.named("viridis").table
        for y in rows {
            let position = (427.2 - (Double(y) + 0.5)) / 369.6 * 256
            let edge = abs(position - position.rounded()) < 1e-6
            let bands = edge ? [Int(position.rounded()) - 1, Int(position.rounded())] : [Int(position.rounded(.down))]
            let p = image.pixel(x, y)
            let expected = bands.map { band in [table[band].red, table[band].green, table[band].blue].map { Int(($0 * 255).rounded()) } }
            XCTAssertTrue(expected.contains([p.r, p.g, p.b].map(Int.init)), "row \(y): \(p) is not band \(bands)")
        }
    }

    func testVectorFilesCarryTheBandsAsOneImage() throws {
        let svg = String(decoding: try render(.svg), as: UTF8.self)
        XCTAssertEqual(svg.components(separatedBy: "<image").count - 1, 1, "one image in the SVG")
        let pdf = try render(.pdf)
        let text = String(decoding: pdf, as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("%PDF-"))
        XCTAssertEqual(text.components(separatedBy: "/Subtype /Image").count - 1, 1, "one image in the PDF")
        XCTAssertTrue(text.contains("/Interpolate false"), "drawn without smoothing between bands")
    }
}
