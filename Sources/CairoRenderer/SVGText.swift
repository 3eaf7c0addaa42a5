import Chart

/// `svg.fonttype: none`: a scene's texts as SVG `<text>` elements, editable in a drawing program
/// and shown in whatever font the viewer has of the family, instead of glyph outlines.
enum SVGText {
    /// `document` with an element per text of `scene`, in the scene's order, before `</svg>`.
    static func insert(_ scene: Scene, into document: [UInt8]) -> [UInt8] {
        var elements = ""
        for item in scene.items {
            guard case .text(let text, let origin, let size, let color, let anchor, let rotated, let font) = item.command else { continue }
            let family = (try? FontLibrary.face(for: font))?.family ?? font.families.first ?? "sans-serif"
            let alignment = anchor == .left ? "start" : (anchor == .center ? "middle" : "end")
            let x = number(origin.x), y = number(origin.y)
            var element = "<text x=\"\(x)\" y=\"\(y)\" font-family=\"\(escaped(family))\" font-size=\"\(number(size))\""
            if font.weight == .bold { element += " font-weight=\"bold\"" }
            if font.slant != .normal { element += " font-style=\"\(font.slant.rawValue)\"" }
            element += " text-anchor=\"\(alignment)\" fill=\"\(rgb(color))\""
            if color.alpha < 1 { element += " fill-opacity=\"\(number(color.alpha))\"" }
            if rotated { element += " transform=\"rotate(-90 \(x) \(y))\"" }
            elements += element + ">\(escaped(text))</text>\n"
        }
        let closing = Array("</svg>".utf8)
        guard let end = lastRange(of: closing, in: document) else { return document + Array(elements.utf8) }
        return Array(document[..<end]) + Array(elements.utf8) + Array(document[end...])
    }

    static func number(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    static func rgb(_ color: Color) -> String {
        func channel(_ v: Double) -> Int { Int((min(max(v, 0), 1) * 255).rounded()) }
        return "rgb(\(channel(color.red)),\(channel(color.green)),\(channel(color.blue)))"
    }

    static func escaped(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }

    static func lastRange(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        var i = bytes.count - needle.count
        while i >= 0 {
            if bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i -= 1
        }
        return nil
    }
}
