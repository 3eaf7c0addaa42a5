/// Horizontal and vertical metrics of one font face, enough to lay text out without a renderer.
///
/// Layout needs text sizes (legend boxes, label spacing) before anything is drawn, and data only
/// flows forward to the renderer, so the chart library carries the metrics of the face it uses.
public struct FontMetrics: Sendable {
    public let unitsPerEm: Double
    /// Top of "l" and bottom of "p": matplotlib sizes every text line by the "lp" box.
    public let lineTop: Double
    public let lineBottom: Double
    let fallbackAdvance: Double
    let advances: [UInt32: Double]

    public init(
        unitsPerEm: Double, lineTop: Double, lineBottom: Double,
        fallbackAdvance: Double, advances: [UInt32: Double]
    ) {
        self.unitsPerEm = unitsPerEm
        self.lineTop = lineTop
        self.lineBottom = lineBottom
        self.fallbackAdvance = fallbackAdvance
        self.advances = advances
    }

    /// The advance width of `text` at `size` points.
    public func width(of text: String, size: Double) -> Double {
        var units = 0.0
        for scalar in text.unicodeScalars {
            units += advances[scalar.value] ?? fallbackAdvance
        }
        return units / unitsPerEm * size
    }

    /// Height above the baseline of a text line at `size` points, as matplotlib measures it
    /// (the "lp" box, widened by FreeType's hinting; calibrated on matplotlib's own renders).
    public func ascent(size: Double) -> Double {
        (lineTop / unitsPerEm) * size * hintingScale
    }

    /// Depth below the baseline of a text line at `size` points.
    public func descent(size: Double) -> Double {
        (-lineBottom / unitsPerEm) * size * hintingScale
    }

    /// Total height of one text line at `size` points.
    public func lineHeight(size: Double) -> Double {
        ascent(size: size) + descent(size: size)
    }

    /// matplotlib's Agg backend measures hinted glyph boxes, about 6% taller than the outlines.
    private var hintingScale: Double { 1.06 }
}
