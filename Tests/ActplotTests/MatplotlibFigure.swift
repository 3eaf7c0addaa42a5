import Chart
import XCTest

/// What the layout fixture tests share: the figure matplotlib's generators draw, and where
/// matplotlib's texts start.
enum MatplotlibFigure {
    /// A chart the size, resolution and font size of a generator's figure: every text at
    /// `fontSize`, the title at matplotlib's `large` (1.2×).
    static func spec(figsize: [Double], dpi: Double, fontSize: Double) -> ChartSpec {
        var spec = ChartSpec()
        spec.style.figure.width = figsize[0]
        spec.style.figure.height = figsize[1]
        spec.style.figure.dpi = dpi
        spec.style.text.size = fontSize
        spec.style.xTicks.labelSize = fontSize
        spec.style.yTicks.labelSize = fontSize
        spec.style.axes.labelSize = fontSize
        spec.style.axes.titleSize = 1.2 * fontSize
        spec.style.legend.fontSize = fontSize
        return spec
    }

    /// Where a text's baseline starts, in pixels at `scale` pixels per point: matplotlib's
    /// origin. Ours is the anchor point of the aligned text.
    static func baselineStart(_ text: PlacedText, scale: Double) -> (x: Double, y: Double)? {
        let origin: Point, anchor: TextAnchor, rotated: Bool
        switch text.command {
        case .text(_, let o, _, _, let a, let r, _), .math(_, let o, _, let a, let r): (origin, anchor, rotated) = (o, a, r)
        default: return nil
        }
        let width = rotated ? text.box.height : text.box.width
        let shift = anchor == .center ? width / 2 : (anchor == .right ? width : 0)
        return rotated ? (origin.x * scale, (origin.y + shift) * scale) : ((origin.x - shift) * scale, origin.y * scale)
    }

    /// Asserts that `ours`, in points, is matplotlib's `[x0, y0, x1, y1]` in pixels.
    static func assertBox(
        _ ours: Rect, _ theirs: [Double], scale: Double, accuracy: Double, _ what: String,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        for (a, b) in zip([ours.minX, ours.minY, ours.maxX, ours.maxY].map { $0 * scale }, theirs) {
            XCTAssertEqual(a, b, accuracy: accuracy, "\(what): \(ours) × \(scale) vs \(theirs)", file: file, line: line)
        }
    }
}
