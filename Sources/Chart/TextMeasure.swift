/// A text's layout box as matplotlib 3.11 measures it (`Text._get_layout`): the advance width,
/// the ascent above the baseline (never less than the font's typographic ascent) and the descent
/// below it (never less than the typographic descent), in points.
public struct TextExtent: Sendable, Equatable {
    /// The advance width: how far the line runs along its baseline, in points.
    public var width: Double
    /// The height above the baseline, in points.
    public var ascent: Double
    /// The depth below the baseline, in points, positive downwards.
    public var descent: Double

    /// An extent of `width`, `ascent` and `descent`, in points.
    public init(width: Double, ascent: Double, descent: Double) {
        self.width = width
        self.ascent = ascent
        self.descent = descent
    }

    /// The line's full height, ascent plus descent, in points.
    public var height: Double { ascent + descent }
}

/// Measures text for layout: the one path every label's size comes from, so that a renderer
/// with the real font can give matplotlib's hinted numbers and a math layout can plug in.
public protocol TextMeasurer: Sendable {
    /// The extent of one line of `text` in `font` at `size` points, for a figure drawn at `dpi`
    /// (hinting works on whole pixels, so the extent depends on the resolution).
    func extent(of text: String, font: Style.Font, size: Double, dpi: Double) -> TextExtent
}

extension FontMetrics: TextMeasurer {
    /// An approximation without the font file: this face's linear (unhinted) advances and
    /// typographic ascent and descent, whatever the font asked for. The renderer's measurer
    /// gives matplotlib's exact numbers.
    public func extent(of text: String, font: Style.Font, size: Double, dpi: Double) -> TextExtent {
        TextExtent(
            width: width(of: text, size: size), ascent: typoAscender / unitsPerEm * size,
            descent: typoDescender / unitsPerEm * size)
    }
}
