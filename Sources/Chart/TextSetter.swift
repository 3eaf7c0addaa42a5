import MathText
import Synchronization

/// How a chart sets each of its texts: the one place that measures a text and makes the command
/// that draws it. Plain text is measured by the ``TextMeasurer`` and drawn by a
/// ``DrawCommand/text(_:origin:size:color:anchor:rotated:font:)`` command; a text with math
/// (an even number of unescaped `$`, matplotlib's `cbook.is_math_text`) is laid out by
/// `MathText` and drawn by a ``DrawCommand/math(_:origin:color:anchor:rotated:)`` command.
///
/// A math text's layout box is matplotlib's (`Text._get_layout` over the Agg renderer's
/// `get_text_width_height_descent`, which measures math with `MathTextParser("path")`): its
/// width, height and depth each rounded up to a whole pixel at the figure's dpi, the ascent and
/// descent at least the text font's typographic ones, as for plain text.
public struct TextSetter: Sendable {
    /// What measures plain text, and the text font's typographic ascent and descent.
    public let measurer: any TextMeasurer
    /// The figure's dots per inch: math is laid out for it, and plain text hinted at it.
    public let dpi: Double
    /// `text.parse_math` and the `mathtext.*` settings.
    public let math: Style.Math

    /// A setter that measures with `measurer` for a figure of `dpi` in `math`'s font set.
    public init(measurer: any TextMeasurer, dpi: Double, math: Style.Math) {
        self.measurer = measurer
        self.dpi = dpi
        self.math = math
    }

    /// The setter of a chart in `style`.
    public init(measurer: any TextMeasurer, style: Style) {
        self.init(measurer: measurer, dpi: style.figure.dpi, math: style.math)
    }

    /// The layout box of one line of `text` in `font` at `size` points.
    public func extent(of text: String, font: Style.Font, size: Double) -> TextExtent {
        guard let run = run(text, size: size) else {
            return measurer.extent(of: math.plainText(of: text), font: font, size: size, dpi: dpi)
        }
        // The font's own ascent and descent are the least a line takes (an empty line has them).
        let line = measurer.extent(of: "", font: font, size: size, dpi: dpi)
        let (width, height, depth) = run.raster.vectorExtents
        let points = 72 / dpi
        return TextExtent(
            width: width * points, ascent: max((height - depth) * points, line.ascent),
            descent: max(depth * points, line.descent))
    }

    /// The command that draws `text` in `font` at `size` points with its baseline starting,
    /// centred or ending at `origin` (as `anchor` says), turned 90° anticlockwise if `rotated`.
    public func command(
        _ text: String, origin: Point, size: Double, color: Color, anchor: TextAnchor, rotated: Bool, font: Style.Font
    ) -> DrawCommand {
        guard var run = run(text, size: size) else {
            return .text(
                math.plainText(of: text), origin: origin, size: size, color: color, anchor: anchor, rotated: rotated,
                font: font)
        }
        run.hinting = font.hinting
        return .math(run, origin: origin, color: color, anchor: anchor, rotated: rotated)
    }

    /// `text` laid out as math at `size` points, or nil when it is plain text (or math is off).
    /// Malformed math, which the command line refuses before it lays anything out, is set as
    /// plain text.
    func run(_ text: String, size: Double) -> MathRun? {
        guard math.enabled, text.hasDollar, MathText.containsMath(text) else { return nil }
        return MathRun.laidOut(text, size: size, dpi: dpi, math: math)
    }
}

extension Style.Math {
    /// `label` as characters alone, for outputs that cannot draw math (a terminal's text, an HTML
    /// title): math as its Unicode rendering (`MathText.unicode`: `σ′(x)`, `e^(−x²)`), and
    /// `\$` as `$` in plain text, as matplotlib shows it.
    public func plainText(of label: String) -> String {
        guard enabled, label.hasDollar else { return label }
        if MathText.containsMath(label), let math = try? MathText(label) { return math.unicode }
        return label.contains("\\$") ? label.replacing("\\$", with: "$") : label
    }
}

extension String {
    /// Whether the text has a `$` at all: most texts of a chart (every tick label) have none,
    /// and then need no closer look.
    var hasDollar: Bool { utf8.contains(UInt8(ascii: "$")) }
}

/// A text with math, laid out: what a ``DrawCommand/math(_:origin:color:anchor:rotated:)``
/// draws. It carries the glyphs and rules twice, as matplotlib lays math out for each kind of
/// output: at the figure's dpi for raster images (the Agg backend's `MathTextParser("path")`
/// at `self.dpi`), and at 72 dpi, in points, for PDF and SVG (the vector backends' parse at 72);
/// and the label's Unicode rendering for renderers that draw characters.
public struct MathRun: Sendable, Equatable {
    /// The text as given, dollars included.
    public let label: String
    /// The text parsed.
    let text: MathText
    /// The text as plain Unicode characters (`MathText.unicode`), made when asked for (a PNG
    /// never needs it).
    public var unicode: String { text.unicode }
    /// The font size in points.
    public let size: Double
    /// The dpi ``raster`` is laid out at.
    public let dpi: Double
    /// The layout at ``dpi``, in device pixels.
    public let raster: MathLayout
    /// The layout at 72 dpi, in points.
    public let vector: MathLayout
    /// How a raster renderer hints the glyphs (`text.hinting`): their places are the layout's,
    /// their shapes are fitted to the pixels as plain text's are.
    public var hinting = Style.Font.Hinting.native

    /// The layout box's width in points (the raster layout's width rounded up to a whole pixel,
    /// as matplotlib measures it): what the command's anchor aligns.
    public var width: Double { raster.vectorExtents.width * 72 / dpi }

    /// Whether both are the same label laid out alike.
    public static func == (a: MathRun, b: MathRun) -> Bool {
        a.label == b.label && a.size == b.size && a.dpi == b.dpi && a.raster == b.raster && a.vector == b.vector
            && a.hinting == b.hinting
    }

    /// Layouts made before, by label, size, dpi and settings: a chart measures each text before
    /// it draws it, and a tight layout lays the chart out twice (matplotlib keeps the last 50
    /// parses, `MathTextParser._parse_cached`).
    private static let cache = Mutex<[Key: MathRun?]>([:])
    private struct Key: Hashable {
        var label: String
        var size: Double
        var dpi: Double
        var fontSet: MathFontSet
        var defaultFont: MathFontStyle
    }

    /// `label` laid out at `size` points for `dpi` in `math`'s fonts; nil when its math is
    /// malformed or has a symbol the font set lacks.
    static func laidOut(_ label: String, size: Double, dpi: Double, math: Style.Math) -> MathRun? {
        let key = Key(label: label, size: size, dpi: dpi, fontSet: math.fontSet, defaultFont: math.defaultFont)
        if let known = cache.withLock({ $0[key] }) { return known }
        var made: MathRun?
        if let text = try? MathText(label),
            let raster = try? text.layout(fontSize: size, dpi: dpi, fontSet: math.fontSet, defaultFont: math.defaultFont),
            let vector = try? text.layout(fontSize: size, dpi: 72, fontSet: math.fontSet, defaultFont: math.defaultFont)
        {
            made = MathRun(label: label, text: text, size: size, dpi: dpi, raster: raster, vector: vector)
        }
        cache.withLock { cache in
            if cache.count >= 256 { cache.removeAll() }
            cache[key] = made
        }
        return made
    }
}
