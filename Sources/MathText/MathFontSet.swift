/// The families of faces math is set in: matplotlib's `mathtext.fontset`.
public enum MathFontSet: String, CaseIterable, Sendable {
    /// DejaVu Sans, matplotlib's default; symbols it lacks come from STIX (sans-serif forms),
    /// sized delimiters from the STIX size faces, the prime from Computer Modern.
    case dejaVuSans = "dejavusans"
    /// Computer Modern (the BaKoMa TrueType faces); symbols they lack come from STIX. Debian's
    /// `python-matplotlib-data` has no cmti10, so `\mathit` falls back to STIX Italic, as
    /// matplotlib itself does when a face is missing.
    case cm
    /// STIX General and its size and non-Unicode faces.
    case stix
}

/// Metrics of one glyph at one size in pixels, as matplotlib's `_mathtext.FontMetrics`.
struct GlyphMetrics {
    var advance: Double
    var width: Double, height: Double
    var xMin: Double, xMax: Double, yMin: Double, yMax: Double
    /// Height above the baseline (TeX's height).
    var iceberg: Double
    var slanted: Bool
}

/// A symbol resolved to a glyph of a face.
struct ResolvedGlyph {
    let face: MathFace
    let code: UInt32
    let slanted: Bool
    let record: GlyphRecord
}

/// Constants that place scripts and fractions, as multiples of the x-height or of the font size
/// (matplotlib's `FontConstantsBase` and its subclasses, which read them from the fonts' TeX
/// tables).
struct FontConstants {
    var scriptSpace = 0.05
    var supDrop = 0.4, subDrop = 0.4
    var sup1 = 0.7, sub1 = 0.3, sub2 = 0.5
    var delta = 0.025, deltaSlanted = 0.2, deltaIntegral = 0.1
    var num1 = 1.4, num2 = 1.5, num3 = 1.3
    var denom1 = 1.3, denom2 = 1.1
    /// Multiples of the font size.
    var axisHeight: Double, quad: Double?, xHeight: Double

    /// `DejaVuSansFontConstants`.
    static let dejaVuSans: FontConstants = {
        let x = 1120.0
        return FontConstants(
            supDrop: 790.527 / x, subDrop: 102.4 / x, sup1: 845.824 / x, sub1: 307.199 / x,
            sub2: 632.832 / x, num1: 1529.86 / x, num2: 868.352 / x, num3: 970.752 / x,
            denom1: 1548.29 / x, denom2: 768 / x, axisHeight: 512 / 2048, quad: nil,
            xHeight: x / 2048)
    }()

    /// `ComputerModernFontConstants`, from cmsy10.tfm.
    static let computerModern: FontConstants = {
        let x = 451470.0
        return FontConstants(
            scriptSpace: 0.132861328125, supDrop: 404864 / x, subDrop: 52429 / x, sup1: 432949 / x,
            sub1: 157286 / x, sub2: 259226 / x, delta: 0.132861328125, deltaSlanted: 0.3,
            deltaIntegral: 0.3, num1: 709370 / x, num2: 412858 / x, num3: 465286 / x,
            denom1: 719272 / x, denom2: 361592 / x, axisHeight: 262144.0 / 1048576,
            quad: 1048579.0 / 1048576, xHeight: x / 1048576)
    }()

    /// `STIXFontConstants`.
    static let stix: FontConstants = {
        let x = 450.0
        return FontConstants(
            scriptSpace: 0.1, supDrop: 386 / x, subDrop: 50.0002 / x, sup1: 413 / x, sub1: 150 / x,
            sub2: 309 / x, delta: 0.05, deltaSlanted: 0.3, deltaIntegral: 0.3, num1: 747 / x,
            num2: 424 / x, num3: 474 / x, denom1: 756 / x, denom2: 375 / x, axisHeight: 250.0 / 1000,
            quad: 1, xHeight: x / 1000)
    }()
}

/// Glyph lookup and metrics for one font set: a port of matplotlib's `_mathtext.DejaVuSansFonts`,
/// `BakomaFonts` and `StixFonts` (with the `StixSansFonts` fallback of DejaVu) over actplot's
/// generated tables.
///
/// Font names are matplotlib's: the TeX fonts `normal`, `rm`, `it`, `bf`, `bfit`, `sf`, `tt`,
/// `cal`, the text font `default` (also `regular`), and the internal `ex` and `0`…`5` of sized
/// symbols.
struct Fonts {
    let set: MathFontSet
    /// `mathtext.default`: the font of math that names none.
    let defaultFont: String

    var constants: FontConstants {
        switch set {
        case .dejaVuSans: .dejaVuSans
        case .cm: .computerModern
        case .stix: .stix
        }
    }

    // MARK: Sizes (TruetypeFonts.get_xheight, get_axis_height, get_quad, get_underline_thickness)

    func xHeight(_ fontSize: Double, _ dpi: Double) -> Double {
        constants.xHeight * fontSize * dpi / 72
    }

    func axisHeight(_ fontSize: Double, _ dpi: Double) -> Double {
        constants.axisHeight * fontSize * dpi / 72
    }

    /// The em of the spacing commands: a constant, or the advance of the default font's 'm'.
    func quad(_ fontSize: Double, _ dpi: Double) throws -> Double {
        if let quad = constants.quad { return quad * fontSize * dpi / 72 }
        return try metrics("normal", defaultFont, "m", fontSize, dpi).advance
    }

    /// The thickness of fraction bars and radicals: matplotlib fixes it at 0.75 pt for 12 pt text.
    func underlineThickness(_ fontSize: Double, _ dpi: Double) -> Double {
        (0.75 / 12) * fontSize * dpi / 72
    }

    // MARK: Metrics (TruetypeFonts._get_info)

    /// Metrics of a symbol in pixels; throws ``MathTextError/unsupported`` when actplot's tables
    /// have no glyph for it.
    func metrics(_ font: String, _ fontClass: String, _ symbol: String, _ fontSize: Double,
                 _ dpi: Double) throws -> GlyphMetrics {
        guard let glyph = glyph(font, fontClass, symbol) else {
            throw UnsupportedSymbol(symbol: symbol)
        }
        return Self.metrics(of: glyph, fontSize, dpi)
    }

    static func metrics(of glyph: ResolvedGlyph, _ fontSize: Double, _ dpi: Double) -> GlyphMetrics {
        let face = glyph.face.metrics
        let scale = FreeTypeScale(unitsPerEm: face.unitsPerEm, fontSize: fontSize, dpi: dpi)
        let r = glyph.record
        let xMin = scale.pixels(r.xMin), xMax = scale.pixels(r.xMax)
        let yMin = scale.pixels(r.yMin), yMax = scale.pixels(r.yMax)
        let offset = Self.offset(glyph.face, height: yMax - yMin, fontSize, dpi)
        return GlyphMetrics(
            advance: scale.advance(r.advance), width: xMax - xMin, height: yMax - yMin,
            xMin: xMin, xMax: xMax, yMin: yMin + offset, yMax: yMax + offset,
            iceberg: yMax + offset, slanted: glyph.slanted)
    }

    /// cmex10's glyphs hang below the baseline; matplotlib lifts them (`TruetypeFonts._get_offset`).
    static func offset(_ face: MathFace, height: Double, _ fontSize: Double, _ dpi: Double) -> Double {
        face == .cmex10 ? height / 2 + fontSize / 3 * dpi / 72 : 0
    }

    /// Kerning between two symbols in pixels (TruetypeFonts.get_kern): only within one font name
    /// at one size, from the first glyph's face.
    func kern(_ first: CharNode, _ second: CharNode) -> Double {
        guard first.font == second.font, first.fontSize == second.fontSize,
            first.glyph.face == second.glyph.face
        else { return 0 }
        let face = first.glyph.face.metrics
        let units = face.kern(first.glyph.record.glyphIndex, second.glyph.record.glyphIndex)
        if units == 0 { return 0 }
        let scale = FreeTypeScale(unitsPerEm: face.unitsPerEm, fontSize: first.fontSize, dpi: first.dpi)
        return scale.kerning(units)
    }

    // MARK: Glyph lookup

    /// The face and code a symbol is drawn with, or nil when actplot's tables lack it.
    func glyph(_ font: String, _ fontClass: String, _ symbol: String) -> ResolvedGlyph? {
        switch set {
        case .dejaVuSans: dejaVuGlyph(font, fontClass, symbol)
        case .cm: bakomaGlyph(font, fontClass, symbol)
        case .stix: stixGlyph(font, fontClass, symbol, sans: false)
        }
    }

    private func lookup(_ face: MathFace?, _ code: UInt32, slanted: Bool) -> ResolvedGlyph? {
        guard let face, let record = face.metrics.glyphs[code] else { return nil }
        return ResolvedGlyph(face: face, code: code, slanted: slanted, record: record)
    }

    /// `DejaVuFonts._get_glyph`: the prime from Computer Modern, big operators from the display
    /// face, the rest as Unicode fonts do, falling back to STIX sans-serif.
    private func dejaVuGlyph(_ font: String, _ fontClass: String, _ symbol: String) -> ResolvedGlyph? {
        if symbol == "\\prime" { return bakomaGlyph(font, fontClass, symbol) }
        if let code = MathSymbols.scalar(of: symbol), MathFace.dejaVuSansDisplay.metrics.glyphs[code] != nil {
            return unicodeGlyph("ex", fontClass, symbol, family: .dejaVuSans)
        }
        return unicodeGlyph(font, fontClass, symbol, family: .dejaVuSans)
    }

    private func stixGlyph(_ font: String, _ fontClass: String, _ symbol: String, sans: Bool) -> ResolvedGlyph? {
        unicodeGlyph(font, fontClass, symbol, family: sans ? .stixSans : .stix)
    }

    private enum UnicodeFamily { case dejaVuSans, stix, stixSans }

    /// `UnicodeFonts._get_glyph`.
    private func unicodeGlyph(_ font: String, _ fontClass: String, _ symbol: String,
                              family: UnicodeFamily) -> ResolvedGlyph? {
        guard var code = MathSymbols.scalar(of: symbol) else { return nil }
        var font = font
        if family != .dejaVuSans { (font, code) = mapVirtualFont(font, fontClass, code, sans: family == .stixSans) }
        var chosen = font
        if font == "normal" && code < 0x10000, let scalar = Unicode.Scalar(code) {
            chosen = Self.isItalicInNormal(scalar) ? "it" : "rm"
        }
        let slanted = chosen == "it" || MathSymbols.slantedSymbols.contains(symbol)
        let face = family == .dejaVuSans ? dejaVuFace(chosen) : stixFace(chosen)
        if let found = lookup(face, code, slanted: slanted) { return found }
        switch family {
        case .dejaVuSans:
            let fallbackFont = ["it", "regular", "normal"].contains(font) ? "rm" : font
            return stixGlyph(fallbackFont, fontClass, symbol, sans: true)
        case .stix, .stixSans:
            if ["it", "regular", "normal"].contains(font) {
                return unicodeGlyph("rm", fontClass, symbol, family: family)
            }
            return nil
        }
    }

    /// Letters are italic in `normal`, except Greek capitals; everything else is upright.
    private static func isItalicInNormal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            let v = scalar.value
            let greekCapital = (0x391...0x3A9).contains(v) || v == 0x3CF || v == 0x3F4
            return !greekCapital
        default:
            return false
        }
    }

    /// `DejaVuSansFonts._fontmap` (and the default text font).
    private func dejaVuFace(_ font: String) -> MathFace? {
        switch font {
        case "rm", "sf", "0", "default", "regular": .dejaVuSans
        case "it": .dejaVuSansOblique
        case "bf": .dejaVuSansBold
        case "bfit": .dejaVuSansBoldOblique
        case "tt": .dejaVuSansMono
        case "ex": .dejaVuSansDisplay
        default: Self.stixSizeFace(font)
        }
    }

    /// `StixFonts._fontmap` (and the default text font).
    private func stixFace(_ font: String) -> MathFace? {
        switch font {
        case "rm", "0": .stixGeneral
        case "it": .stixGeneralItalic
        case "bf": .stixGeneralBold
        case "bfit": .stixGeneralBoldItalic
        case "nonunirm": .stixNonUnicode
        case "nonuniit": .stixNonUnicodeItalic
        case "nonunibf": .stixNonUnicodeBold
        case "default", "regular": .dejaVuSans
        default: Self.stixSizeFace(font)
        }
    }

    private static func stixSizeFace(_ font: String) -> MathFace? {
        switch font {
        case "1": .stixSizeOne
        case "2": .stixSizeTwo
        case "3": .stixSizeThree
        case "4": .stixSizeFour
        case "5": .stixSizeFive
        default: nil
        }
    }

    /// `StixFonts._map_virtual_font`: calligraphic, sans-serif and monospace letters live at other
    /// codes of the STIX faces; the sans-serif STIX of DejaVu's fallback maps every font there.
    private func mapVirtualFont(_ font: String, _ fontClass: String, _ code: UInt32,
                                sans: Bool) -> (String, UInt32) {
        var font = font
        var code = code
        var mapping = MathSymbols.stixVirtualFonts[font]
        var sansConversion = false
        if sans && mapping == nil && font != "regular" && font != "default" {
            mapping = MathSymbols.stixVirtualFonts["sf"]
            sansConversion = true
        }
        if let mapping, let ranges = mapping["*"] ?? mapping[fontClass] ?? mapping["rm"] {
            if let range = ranges.first(where: { $0.start <= code && code <= $0.end }) {
                code = code - range.start + range.target
                font = range.font
            } else if !sansConversion {
                code = 0x1
                font = defaultFont
            }
        }
        if font == "rm" || font == "it" || font == "normal" {
            // stix_glyph_fixes: STIX has the cap and cup glyphs swapped.
            if code == 0x22D2 { code = 0x22D3 } else if code == 0x22D3 { code = 0x22D2 }
        }
        if ["it", "rm", "bf", "bfit"].contains(font) && (0xE000...0xF8FF).contains(code) {
            font = "nonuni" + font
        }
        return (font, code)
    }

    /// `BakomaFonts._get_glyph`: TeX's own encodings, digits upright in `normal`, STIX for what
    /// the BaKoMa faces lack.
    private func bakomaGlyph(_ font: String, _ fontClass: String, _ symbol: String) -> ResolvedGlyph? {
        var font = font
        if Self.bakomaFontNames.contains(font), let (face, code) = MathSymbols.bakoma[symbol] {
            let slanted = face == .cmmi10 || MathSymbols.slantedSymbols.contains(symbol)
            if let found = lookup(face, code, slanted: slanted) { return found }
        } else if symbol.unicodeScalars.count == 1, let scalar = symbol.unicodeScalars.first {
            var slanted = font == "it" || font == "normal"
            if font == "normal" && Self.isDigit(scalar) {
                font = "rm"
                slanted = false
            }
            if let found = lookup(Self.bakomaFace(font), scalar.value, slanted: slanted) { return found }
        }
        return stixGlyph(font, fontClass, symbol, sans: false)
    }

    /// Names in `BakomaFonts.fontmap`.
    private static let bakomaFontNames: Set<String> = ["normal", "cal", "rm", "tt", "it", "bf", "sf", "ex"]

    private static func bakomaFace(_ font: String) -> MathFace? {
        switch font {
        case "normal": .cmmi10
        case "cal": .cmsy10
        case "rm": .cmr10
        case "tt": .cmtt10
        case "bf": .cmb10
        case "sf": .cmss10
        case "ex": .cmex10
        case "default", "regular": .dejaVuSans
        default: nil  // "it" is cmti10, which Debian does not ship
        }
    }

    /// Python's `str.isdigit` for one character.
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.numericType {
        case .decimal, .digit: true
        default: false
        }
    }

    // MARK: Sized alternatives (get_sized_alternatives_for_symbol)

    /// Successively larger versions of a delimiter or radical, as (font name, symbol) pairs.
    func sizedAlternatives(_ font: String, _ symbol: String) -> [(String, String)] {
        switch set {
        case .cm: Self.bakomaSizes[symbol] ?? [(font, symbol)]
        case .dejaVuSans, .stix: stixSizes(font, symbol)
        }
    }

    private func stixSizes(_ font: String, _ symbol: String) -> [(String, String)] {
        let fixes = ["\\{": "{", "\\}": "}", "\\[": "[", "\\]": "]", "<": "\u{27E8}", ">": "\u{27E9}"]
        let fixed = fixes[symbol] ?? symbol
        guard let code = MathSymbols.scalar(of: fixed), let scalar = Unicode.Scalar(code) else {
            return [(font, symbol)]
        }
        let faces: [MathFace] = [.stixGeneral, .stixSizeOne, .stixSizeTwo, .stixSizeThree, .stixSizeFour, .stixSizeFive]
        var alternatives: [(String, String)] = []
        for (index, face) in faces.enumerated() where face.metrics.glyphs[code] != nil {
            alternatives.append((String(index), String(Character(scalar))))
        }
        // The largest STIX radical has metrics that detach it from its stem.
        if fixed == "\\__sqrt__" && !alternatives.isEmpty { alternatives.removeLast() }
        return alternatives
    }

    /// `BakomaFonts._size_alternatives`, for the supported delimiters.
    private static let bakomaSizes: [String: [(String, String)]] = {
        let sizes = ["big", "Big", "bigg", "Bigg"]
        func ex(_ name: String, first: (String, String)? = nil) -> [(String, String)] {
            (first.map { [$0] } ?? []) + sizes.map { ("ex", "\\__\(name)\($0)__") }
        }
        var table: [String: [(String, String)]] = [
            "(": ex("parenleft", first: ("rm", "(")), ")": ex("parenright", first: ("rm", ")")),
            "{": ex("braceleft"), "}": ex("braceright"),
            "[": ex("bracketleft", first: ("rm", "[")), "]": ex("bracketright", first: ("rm", "]")),
            "<": ex("angbracketleft", first: ("cal", "\\__angbracketleft__")),
            ">": ex("angbracketright", first: ("cal", "\\__angbracketright__")),
            "\\lfloor": ex("floorleft"), "\\rfloor": ex("floorright"),
            "\\lceil": ex("ceilingleft"), "\\rceil": ex("ceilingright"),
            "\\__sqrt__": ex("radical"), "\\backslash": ex("backslash"),
            "/": ex("slash", first: ("rm", "/")),
        ]
        for (alias, target) in [
            ("\\leftparen", "("), ("\\rightparen", ")"), ("\\leftbrace", "{"), ("\\rightbrace", "}"),
            ("\\leftbracket", "["), ("\\rightbracket", "]"), ("\\langle", "<"), ("\\rangle", ">"),
            ("\\{", "{"), ("\\}", "}"), ("\\[", "["), ("\\]", "]"),
        ] {
            table[alias] = table[target]
        }
        return table
    }()
}

/// A symbol for which actplot's font tables have no glyph; the typesetter adds the column.
struct UnsupportedSymbol: Error {
    let symbol: String
}
