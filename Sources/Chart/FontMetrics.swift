/// Horizontal and vertical metrics of one font face, enough to lay text out without a renderer.
///
/// Layout needs text sizes (legend boxes, label spacing) before anything is drawn, and data only
/// flows forward to the renderer, so the chart library carries the metrics of the face it uses.
public struct FontMetrics: Sendable {
    /// The face's design units per em (the `head` table's `unitsPerEm`): every other metric
    /// here is in these units, and a size in points is one em.
    public let unitsPerEm: Double
    /// The OS/2 table's typographic ascender, in font units, which matplotlib 3.11 takes as
    /// every line's least ascent.
    public let typoAscender: Double
    /// The OS/2 table's typographic descender, in font units, positive downwards, which
    /// matplotlib 3.11 takes as every line's least descent.
    public let typoDescender: Double
    let fallbackAdvance: Double
    let advances: [UInt32: Double]

    /// Metrics from a face's tables, in font units: `advances` maps Unicode scalar values to
    /// their advance widths, and `fallbackAdvance` is the width of a character not in it.
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
