/// A label that may contain math between dollar signs, parsed as matplotlib's mathtext parses it.
///
/// A label is math when it has an even, non-zero number of unescaped `$` (matplotlib's
/// `cbook.is_math_text`); `\$` is a literal dollar, inside or outside math. Text outside the
/// dollars is ordinary text in the default font; several math spans may follow each other.
///
///     let label = try MathText("$\\sigma(x) = \\frac{1}{1+e^{-x}}$")
///     let layout = try label.layout(fontSize: 12, dpi: 100)
///     label.unicode  // "σ(x) = 1/(1 + e^(−x))"
///
/// Math supports, as matplotlib does: letters (italic), digits and operators (upright); Greek
/// `\alpha`…`\omega`, `\Gamma`…`\Omega` and the `\var…` forms; sub- and superscripts `x_i^2`,
/// nested to any depth with braces; primes `f'` and `\prime`; `\frac`, `\dfrac`, `\binom`;
/// `\sqrt{x}`, `\sqrt[3]{x}`; function names `\sin`, `\exp`, `\log`, `\tanh`, `\max`, `\lim`, …
/// and `\operatorname{…}`; fonts `\mathrm`, `\mathit`, `\mathbf`, `\mathbfit`, `\mathsf`,
/// `\mathtt`, `\mathcal`, `\mathregular` and the switches `\rm`, `\it`, …; `\text{…}`;
/// `\cdot \times \pm \mp \div \leq \geq \neq \approx \equiv \sim \propto \in \to \infty
/// \partial \nabla \ell \ldots \cdots` and more; `\sum`, `\prod`, `\int`, `\oint` with limits;
/// `\left( … \middle| … \right)` with `( ) [ ] \{ \} | \| \langle \rangle \lfloor \rfloor \lceil
/// \rceil / .`; accents `\hat \bar \vec \dot \ddot \tilde \acute \grave \breve`; `\overline`,
/// `\underline`; spaces `\, \: \; \ \quad \qquad \! ~ \hspace{…}`; `\$ \% \{ \} \_ \#`.
public struct MathText: Sendable {
    /// The label as given.
    public let label: String
    /// Whether the label has math; matplotlib sets labels without math as plain text, which
    /// callers should do too.
    public let isMath: Bool
    let segments: [MathSegment]

    /// Parses `label`; throws ``MathTextError`` for malformed math.
    public init(_ label: String) throws {
        self.label = label
        isMath = Self.containsMath(label)
        let scalars = Array(label.unicodeScalars)
        if !isMath {
            segments = [.text(Self.unescapingDollars(scalars[...]), offset: 0)]
            return
        }
        var segments: [MathSegment] = []
        var i = 0
        while true {
            // Ordinary text: anything but `$`, with `\$` for a dollar.
            let start = i
            while i < scalars.count && scalars[i] != "$" {
                i += scalars[i] == "\\" && i + 1 < scalars.count && scalars[i + 1] == "$" ? 2 : 1
            }
            if i > start { segments.append(.text(Self.unescapingDollars(scalars[start..<i]), offset: start)) }
            if i == scalars.count { break }
            // Math: up to the next `$` that no backslash escapes.
            let open = i
            i += 1
            while i < scalars.count && scalars[i] != "$" {
                i += scalars[i] == "\\" && i + 1 < scalars.count ? 2 : 1
            }
            if i >= scalars.count {
                throw MathTextError("'$' opens math that no '$' closes", offset: open, label: label)
            }
            var parser = MathParser(Array(scalars[(open + 1)..<i]), offset: open + 1, label: label)
            segments.append(.math(try parser.parse(), offset: open + 1))
            i += 1
        }
        self.segments = segments
    }

    /// Whether a label holds math: an even, non-zero number of `$` not escaped as `\$`.
    public static func containsMath(_ label: String) -> Bool {
        let scalars = Array(label.unicodeScalars)
        var dollars = 0, escaped = 0
        for (index, scalar) in scalars.enumerated() where scalar == "$" {
            dollars += 1
            if index > 0 && scalars[index - 1] == "\\" { escaped += 1 }
        }
        let count = dollars - escaped
        return count > 0 && count % 2 == 0
    }

    private static func unescapingDollars(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var text = String.UnicodeScalarView()
        var i = scalars.startIndex
        while i < scalars.endIndex {
            if scalars[i] == "\\" && i + 1 < scalars.endIndex && scalars[i + 1] == "$" { i += 1 }
            text.append(scalars[i])
            i += 1
        }
        return String(text)
    }

    /// Lays the whole label out as matplotlib's mathtext does, at `fontSize` points on a device of
    /// `dpi` dots per inch: every length in the result is in device units (pixels; points when
    /// `dpi` is 72, which is what matplotlib's vector backends use).
    ///
    /// - Parameters:
    ///   - fontSet: `mathtext.fontset`.
    ///   - defaultFont: `mathtext.default`, the font of math that names none.
    /// - Throws: ``MathTextError`` when a symbol has no glyph in actplot's font tables.
    public func layout(fontSize: Double, dpi: Double = 72, fontSet: MathFontSet = .dejaVuSans,
                       defaultFont: MathFontStyle = .normal) throws -> MathLayout {
        guard fontSize.isFinite, fontSize > 0, fontSize <= 10_000, dpi.isFinite, dpi >= 1, dpi <= 100_000 else {
            throw MathTextError("font size \(fontSize) pt at \(dpi) dpi is out of range", offset: 0, label: label)
        }
        let fonts = Fonts(set: fontSet, defaultFont: defaultFont.rawValue)
        var typesetter = Typesetter(fonts: fonts, fontSize: fontSize, dpi: dpi, label: label)
        let box = try typesetter.typeset(segments)
        return MathLayout(box, dpi: dpi)
    }
}

/// A font of math (matplotlib's TeX font names), for `mathtext.default`.
public enum MathFontStyle: String, CaseIterable, Sendable {
    /// Italic letters, upright digits, symbols and Greek capitals (matplotlib's default).
    case normal
    case rm, it, bf, bfit, sf, tt, cal
    /// Blackboard bold, Fraktur and script letters, from STIX.
    case bb, frak, scr
    /// The font of ordinary text.
    case regular
}

/// A laid-out label: its box and what to draw, in device units at the layout's dpi.
///
/// The origin is the left end of the baseline; y grows upwards. Draw each glyph of
/// ``glyphs`` at its origin and fill each of ``rectangles``.
public struct MathLayout: Sendable, Equatable {
    /// The advance width of the label.
    public let width: Double
    /// Extent above the baseline.
    public let height: Double
    /// Extent below the baseline (positive downwards).
    public let depth: Double
    /// Glyphs in reading order (the order matplotlib ships them).
    public let glyphs: [MathGlyph]
    /// Fraction bars and radical overlines.
    public let rectangles: [MathRectangle]

    /// The text the glyphs stand for, in reading order, for a PDF's text layer.
    public var text: String { glyphs.map(\.text).joined() }

    /// The extents matplotlib's vector backends report (`MathTextParser("path").parse`): width,
    /// height and depth each rounded up to a whole unit, as `(width, height + depth, depth)`.
    public var vectorExtents: (width: Double, height: Double, depth: Double) {
        (width.rounded(.up), height.rounded(.up) + depth.rounded(.up), depth.rounded(.up))
    }

    /// How far matplotlib's backends draw the glyphs and rectangles above the baseline they are
    /// given: they keep the box's top at its height rounded up (`VectorParse` puts a glyph at
    /// `ceil(height) - oy`), so everything moves up by the rounding.
    public var baselineShift: Double { height.rounded(.up) - height }

    /// The box of all ink (glyph outlines' control boxes and rectangles), or nil when nothing
    /// is drawn: what matplotlib's Agg backend measures a math label by (its `to_raster` adds
    /// one pixel on every side).
    public var inkBounds: (minX: Double, minY: Double, maxX: Double, maxY: Double)? {
        var bounds: (Double, Double, Double, Double)?
        func add(_ minX: Double, _ minY: Double, _ maxX: Double, _ maxY: Double) {
            guard let b = bounds else { bounds = (minX, minY, maxX, maxY); return }
            bounds = (min(b.0, minX), min(b.1, minY), max(b.2, maxX), max(b.3, maxY))
        }
        for glyph in glyphs where glyph.inkMaxX > glyph.inkMinX || glyph.inkMaxY > glyph.inkMinY {
            add(glyph.inkMinX, glyph.inkMinY, glyph.inkMaxX, glyph.inkMaxY)
        }
        for r in rectangles { add(r.x, r.y, r.x + r.width, r.y + r.height) }
        return bounds.map { (minX: $0.0, minY: $0.1, maxX: $0.2, maxY: $0.3) }
    }

    public static func == (a: MathLayout, b: MathLayout) -> Bool {
        a.width == b.width && a.height == b.height && a.depth == b.depth && a.glyphs == b.glyphs
            && a.rectangles == b.rectangles
    }

    init(_ box: HListNode, dpi: Double) {
        width = box.width
        height = box.height
        depth = box.depth
        let ship = Ship(box)
        glyphs = ship.glyphs.map { placed in
            let char = placed.char
            let metrics = Fonts.metrics(of: char.glyph, char.fontSize, dpi)
            let offset = Fonts.offset(char.glyph.face, height: metrics.height, char.fontSize, dpi)
            let x = placed.x
            let baselineY = box.height - placed.y
            return MathGlyph(
                face: char.glyph.face, glyphIndex: char.glyph.record.glyphIndex, character: char.glyph.code,
                text: char.text, size: char.fontSize, x: x, y: baselineY + offset,
                inkMinX: x + metrics.xMin, inkMinY: baselineY + metrics.yMin,
                inkMaxX: x + metrics.xMax, inkMaxY: baselineY + metrics.yMax)
        }
        rectangles = ship.rects.map { r in
            MathRectangle(x: r.0, y: box.height - (r.1 + r.3), width: r.2, height: r.3)
        }
    }
}

/// One glyph to draw: FreeType's glyph `glyphIndex` of `face` at `size` points, its origin at
/// (`x`, `y`).
public struct MathGlyph: Sendable, Equatable {
    public let face: MathFace
    /// The glyph's index in ``face``'s file (what `cairo_show_glyphs` takes).
    public let glyphIndex: UInt32
    /// The character code the glyph has in the face's character map (Unicode, except for the
    /// BaKoMa faces, whose codes are TeX's).
    public let character: UInt32
    /// The text the glyph stands for (a calligraphic L stands for "L", a big parenthesis for "(").
    public let text: String
    /// The font size in points; at `dpi` it is `size * dpi / 72` device units per em.
    public let size: Double
    /// The glyph origin, in device units from the left end of the baseline, y upwards.
    public let x: Double, y: Double
    /// The control box of the glyph's outline, in the same coordinates.
    public let inkMinX: Double, inkMinY: Double, inkMaxX: Double, inkMaxY: Double
}

/// A filled rectangle: lower left corner (`x`, `y`), y upwards from the baseline.
public struct MathRectangle: Sendable, Equatable {
    public let x: Double, y: Double, width: Double, height: Double
}
