/// Horizontal and vertical metrics of one font face, enough to lay text out without a renderer.
///
/// Layout needs text sizes (legend boxes, label spacing) before anything is drawn, and data only
/// flows forward to the renderer, so the chart library carries the metrics of the face it uses.
public struct FontMetrics: Sendable {
    public let unitsPerEm: Double
    /// The OS/2 table's typographic ascender and descender (positive, down), which matplotlib
    /// 3.11 takes as every line's least ascent and descent.
    public let typoAscender: Double
    public let typoDescender: Double
    let fallbackAdvance: Double
    let advances: [UInt32: Double]

    public init(
        unitsPerEm: Double, typoAscender: Double, typoDescender: Double,
        fallbackAdvance: Double, advances: [UInt32: Double]
    ) {
        self.unitsPerEm = unitsPerEm
        self.typoAscender = typoAscender
        self.typoDescender = typoDescender
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
}
