import CairoRenderer
import Chart

/// Builds the JSON a page embeds. Numbers are written in shortest round-trip form, so the page
/// reads back the exact doubles actplot computed; `<`, `>` and `&` are escaped in strings so the
/// text is safe inside a `<script>` element.
public enum JSONText {
    /// A double in shortest round-trip form (`1`, `0.5`, `1e-05`); non-finite values, which JSON
    /// cannot write, as the strings `"nan"`, `"inf"`, `"-inf"`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "\"nan\"" : value > 0 ? "\"inf\"" : "\"-inf\"" }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    /// A JSON string literal; `forHTML` also escapes what could end a `<script>` element or
    /// break a JavaScript string (`<`, `>`, `&`, U+2028, U+2029).
    public static func string(_ value: String, forHTML: Bool = true) -> String {
        // Most strings (names, base64 samples) need no escape: one pass over the bytes.
        let plain = value.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x80 && $0 != 0x22 && $0 != 0x5C && $0 != 0x3C && $0 != 0x3E && $0 != 0x26 }
        if plain { return "\"" + value + "\"" }
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<" where forHTML: out += "\\u003c"
            case ">" where forHTML: out += "\\u003e"
            case "&" where forHTML: out += "\\u0026"
            case "\u{2028}" where forHTML: out += "\\u2028"
            case "\u{2029}" where forHTML: out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static func array(_ values: [Double]) -> String {
        "[" + values.map(number).joined(separator: ",") + "]"
    }

    static func array(_ items: [String]) -> String {
        "[" + items.joined(separator: ",") + "]"
    }

    static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }

    static func bool(_ value: Bool) -> String { value ? "true" : "false" }

    static func rect(_ r: Rect) -> String { array([r.x, r.y, r.width, r.height]) }

    /// A colour as Cairo's SVG writes it, `rgb(12.156863%,46.666667%,70.588235%)`, so the page's
    /// own drawing rounds to the same 8-bit values; the alpha goes separately.
    static func color(_ c: Color) -> String {
        string("rgb(\(percent(c.red)),\(percent(c.green)),\(percent(c.blue)))")
    }

    static func percent(_ v: Double) -> String {
        GlyphOutlineNumber.fixed(v * 100) + "%"
    }
}
