#if canImport(Glibc)
import Glibc
#endif
import CCairo
import Chart

/// One character of a font as actplot's SVG output draws it: its outline as SVG path data, and
/// its hinted advance and extent as the ``Typesetter`` sets it, in points, for text of one size
/// with the baseline origin at (0, 0).
public struct GlyphOutline: Sendable, Equatable {
    public var character: Character
    /// SVG path data (`M`, `L`, `C`, `Z`), y growing down.
    public var path: String
    /// How far the pen moves after it, before kerning.
    public var advance: Double
    /// The character's ascent and descent as layout measures them (at least the font's).
    public var ascent: Double
    public var descent: Double
}

/// A set of characters outlined in one font and size, with the pair kerning between them.
public struct GlyphFont: Sendable {
    public var glyphs: [GlyphOutline]
    /// The pairs that kern, and by how much (added to the first one's advance), in points.
    public var kerning: [(first: Character, second: Character, amount: Double)]
}

extension GlyphOutline {
    /// The outlines of `characters` in `font` at `size` points in a figure of `dpi`: the glyphs
    /// Cairo draws for the SVG output (the same face, size and font options), and the pen
    /// positions the Typesetter gives them, so that a page lettering text with them (an
    /// interactive chart re-ticking a zoomed axis) matches the SVG.
    public static func outlines(of characters: String, font: Style.Font, size: Double, dpi: Double) throws -> GlyphFont {
        try CairoError.openLibraries()
        guard let setter = Typesetter.for(font), let face = CairoFaces.face(setter.file) else {
            throw CairoError(CAIRO_STATUS_FONT_TYPE_MISMATCH, while: "finding the font \(font.families.joined(separator: ", "))")
        }
        let surface = try Surface(
            cairo_svg_surface_create_for_stream({ _, _, _ in CAIRO_STATUS_SUCCESS }, nil, 100, 100),
            creating: "a scratch SVG surface")
        cairo_svg_surface_set_document_unit(surface.pointer, CAIRO_SVG_UNIT_PT)
        let context = try Context(surface)
        let cr = context.pointer
        cairo_set_font_face(cr, face)
        cairo_set_font_size(cr, size)
        var seen = Set<Character>()
        let unique = characters.filter { seen.insert($0).inserted }
        var glyphs: [GlyphOutline] = []
        for character in unique {
            let shaped = setter.shape(String(character), size: size, dpi: dpi, hinting: font.hinting)
            var path = ""
            if let index = shaped.glyphs.first?.index {
                var glyph = cairo_glyph_t(index: UInt(index), x: 0, y: 0)
                cairo_new_path(cr)
                cairo_glyph_path(cr, &glyph, 1)
                path = pathData(cr)
            }
            glyphs.append(
                GlyphOutline(
                    character: character, path: path, advance: shaped.extent.width, ascent: shaped.extent.ascent,
                    descent: shaped.extent.descent))
        }
        cairo_new_path(cr)
        try context.check("outlining glyphs")
        var kerning: [(first: Character, second: Character, amount: Double)] = []
        for a in glyphs {
            for b in glyphs {
                let pair = setter.shape(String([a.character, b.character]), size: size, dpi: dpi, hinting: font.hinting)
                guard pair.glyphs.count == 2 else { continue }
                let amount = pair.glyphs[1].x - a.advance
                if abs(amount) > 1e-9 { kerning.append((a.character, b.character, amount)) }
            }
        }
        return GlyphFont(glyphs: glyphs, kerning: kerning)
    }

    /// The context's current path as SVG path data.
    private static func pathData(_ cr: OpaquePointer) -> String {
        guard let path = cairo_copy_path(cr) else { return "" }
        defer { cairo_path_destroy(path) }
        var parts: [String] = []
        var i = 0
        let count = Int(path.pointee.num_data)
        let data = path.pointee.data!
        // Cairo's coordinates are multiples of 1/256: eight decimals write them exactly.
        func point(_ k: Int) -> String { "\(number(data[k].point.x, decimals: 8)) \(number(data[k].point.y, decimals: 8))" }
        while i < count {
            let header = data[i].header
            switch header.type {
            case CAIRO_PATH_MOVE_TO: parts.append("M " + point(i + 1))
            case CAIRO_PATH_LINE_TO: parts.append("L " + point(i + 1))
            case CAIRO_PATH_CURVE_TO: parts.append("C \(point(i + 1)) \(point(i + 2)) \(point(i + 3))")
            case CAIRO_PATH_CLOSE_PATH: parts.append("Z")
            default: break
            }
            i += Int(header.length)
        }
        // A move after the last close is not part of the glyph.
        if parts.last?.hasPrefix("M ") == true { parts.removeLast() }
        return parts.joined(separator: " ")
    }

    /// A number with at most `decimals` decimals, without trailing zeros.
    static func number(_ value: Double, decimals: Int = 6) -> String {
        var text = Printf.format("%.*f", precision: decimals, value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }
}

/// Numbers as Cairo's SVG writer prints them, for pages that draw next to Cairo's SVG.
public enum GlyphOutlineNumber {
    /// At most six decimals, trailing zeros dropped: `12.156863`, `100`.
    public static func fixed(_ value: Double) -> String { GlyphOutline.number(value) }
}

/// Text for XML and HTML content and attribute values, escaped as the SVG writer escapes it.
public enum Markup {
    public static func escaped(_ text: String) -> String { SVGText.escaped(text) }
}
