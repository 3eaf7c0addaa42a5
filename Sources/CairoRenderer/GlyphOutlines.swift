#if canImport(Glibc)
import Glibc
#endif
import CCairo
import Chart

/// One character of DejaVu Sans as Cairo's SVG output draws it: its outline as SVG path data and
/// its advance, in points, for text of one size with the baseline origin at (0, 0).
public struct GlyphOutline: Sendable, Equatable {
    public var character: Character
    /// SVG path data (`M`, `L`, `C`, `Z`), y growing down.
    public var path: String
    /// How far the next character starts (Cairo's toy text API does not kern).
    public var advance: Double
}

extension GlyphOutline {
    /// The outlines of `characters` at `size` points, from the font and font options Cairo's SVG
    /// surface uses, so that a page drawing text with them matches the SVG that Cairo writes
    /// (an interactive chart re-ticking a zoomed axis draws its labels with these).
    public static func outlines(of characters: String, size: Double) throws -> [GlyphOutline] {
        let surface = try Surface(
            cairo_svg_surface_create_for_stream({ _, _, _ in CAIRO_STATUS_SUCCESS }, nil, 100, 100),
            creating: "a scratch SVG surface")
        cairo_svg_surface_set_document_unit(surface.pointer, CAIRO_SVG_UNIT_PT)
        let context = try Context(surface)
        let cr = context.pointer
        FontFace.shared.select(on: cr)
        cairo_set_font_size(cr, size)
        var seen = Set<Character>()
        var out: [GlyphOutline] = []
        for character in characters where seen.insert(character).inserted {
            let text = String(character)
            var extents = cairo_text_extents_t()
            cairo_text_extents(cr, text, &extents)
            cairo_new_path(cr)
            cairo_move_to(cr, 0, 0)
            cairo_text_path(cr, text)
            out.append(GlyphOutline(character: character, path: pathData(cr), advance: extents.x_advance))
        }
        cairo_new_path(cr)
        try context.check("outlining glyphs")
        return out
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
        // The move_to(0, 0) before the text and the one to the advance after it are not part of
        // the glyph.
        if parts.first == "M 0 0" { parts.removeFirst() }
        if parts.last?.hasPrefix("M ") == true { parts.removeLast() }
        return parts.joined(separator: " ")
    }

    /// A number with at most `decimals` decimals, without trailing zeros.
    static func number(_ value: Double, decimals: Int = 6) -> String {
        var text = CFormat.fixed(value, decimals: decimals)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }
}

/// `%.*f` through the C library, for path coordinates.
enum CFormat {
    static func fixed(_ value: Double, decimals: Int) -> String {
        var buffer = [CChar](repeating: 0, count: 64)
        let n = withVaList([Int32(decimals), value]) { vsnprintf(&buffer, buffer.count, "%.*f", $0) }
        guard n > 0, n < buffer.count else { return "\(value)" }
        return String(decoding: buffer[0..<Int(n)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// Numbers as Cairo's SVG writer prints them, for pages that draw next to Cairo's SVG.
public enum GlyphOutlineNumber {
    /// At most six decimals, trailing zeros dropped: `12.156863`, `100`.
    public static func fixed(_ value: Double) -> String { GlyphOutline.number(value) }
}
