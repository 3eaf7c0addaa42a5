import Chart
import MathText

/// `svg.fonttype: none`: a scene's texts as SVG `<text>` elements, editable in a drawing program
/// and shown in whatever font the viewer has of the family, instead of glyph outlines.
enum SVGText {
    /// `document` with an element per text of `scene`, in the scene's order, before `</svg>`.
    static func insert(_ scene: Scene, into document: [UInt8]) -> [UInt8] {
        var elements = ""
        for item in scene.items {
            if case .math(let run, let origin, let color, let anchor, let rotated) = item.command {
                elements += math(run, origin: origin, color: color, anchor: anchor, rotated: rotated)
                continue
            }
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

    /// A math text as matplotlib's SVG backend writes it for `svg.fonttype: none`: one `<text>`
    /// with a `<tspan>` per glyph, in the glyph's family, style, weight and size, at its place
    /// in the 72-dpi layout; and a `<rect>` per fraction bar or radical overline.
    static func math(_ run: MathRun, origin: Point, color: Color, anchor: TextAnchor, rotated: Bool) -> String {
        let layout = run.vector
        let up = layout.baselineShift
        let shift = anchor.shift(width: run.width)
        var transform = "translate(\(number(origin.x)) \(number(origin.y)))"
        if rotated { transform += " rotate(-90)" }
        var group = "<g transform=\"\(transform)\" fill=\"\(rgb(color))\""
        if color.alpha < 1 { group += " fill-opacity=\"\(number(color.alpha))\"" }
        group += ">\n<text>"
        for glyph in layout.glyphs where !glyph.text.isEmpty {
            let face = glyph.face
            group += "<tspan x=\"\(number(shift + glyph.x))\" y=\"\(number(-(glyph.y + up)))\""
            group += " font-family=\"\(escaped(face.familyName))\" font-size=\"\(number(glyph.size))\""
            if face.isBold { group += " font-weight=\"bold\"" }
            if let style = face.fontStyle { group += " font-style=\"\(style)\"" }
            group += ">\(escaped(glyph.text == " " ? "\u{A0}" : glyph.text))</tspan>"
        }
        group += "</text>\n"
        for r in layout.rectangles {
            group += "<rect x=\"\(number(shift + r.x))\" y=\"\(number(-(r.y + r.height + up)))\""
            group += " width=\"\(number(r.width))\" height=\"\(number(r.height))\"/>\n"
        }
        return group + "</g>\n"
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

extension MathFace {
    /// The family the face's file names, as an SVG `font-family` asks for it.
    var familyName: String {
        switch self {
        case .dejaVuSans, .dejaVuSansOblique, .dejaVuSansBold, .dejaVuSansBoldOblique: "DejaVu Sans"
        case .dejaVuSansMono: "DejaVu Sans Mono"
        case .dejaVuSansDisplay: "DejaVu Sans Display"
        case .stixGeneral, .stixGeneralItalic, .stixGeneralBold, .stixGeneralBoldItalic: "STIXGeneral"
        case .stixNonUnicode, .stixNonUnicodeItalic, .stixNonUnicodeBold, .stixNonUnicodeBoldItalic: "STIXNonUnicode"
        case .stixSizeOne: "STIXSizeOneSym"
        case .stixSizeTwo: "STIXSizeTwoSym"
        case .stixSizeThree: "STIXSizeThreeSym"
        case .stixSizeFour: "STIXSizeFourSym"
        case .stixSizeFive: "STIXSizeFiveSym"
        case .cmr10, .cmmi10, .cmsy10, .cmex10, .cmb10, .cmss10, .cmtt10: String(fileName.dropLast(4))
        }
    }

    var isBold: Bool {
        [.dejaVuSansBold, .dejaVuSansBoldOblique, .stixGeneralBold, .stixGeneralBoldItalic, .stixNonUnicodeBold,
         .stixNonUnicodeBoldItalic, .cmb10].contains(self)
    }

    /// The face's slant as an SVG `font-style`, nil when upright (cmmi10's letters are
    /// italic shapes in an upright face).
    var fontStyle: String? {
        switch self {
        case .dejaVuSansOblique, .dejaVuSansBoldOblique: "oblique"
        case .stixGeneralItalic, .stixGeneralBoldItalic, .stixNonUnicodeItalic, .stixNonUnicodeBoldItalic: "italic"
        default: nil
        }
    }
}
