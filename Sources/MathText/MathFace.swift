/// One font file that math is drawn with.
///
/// The files are matplotlib's own faces as Debian's `python-matplotlib-data` package installs them
/// under ``directory`` (byte-identical to those in matplotlib's wheel, so glyph indices, metrics
/// and hinting are matplotlib's). A renderer draws a ``MathGlyph`` by opening ``path`` with
/// FreeType and showing ``MathGlyph/glyphIndex``.
public enum MathFace: Int, CaseIterable, Sendable {
    case dejaVuSans, dejaVuSansOblique, dejaVuSansBold, dejaVuSansBoldOblique, dejaVuSansMono
    /// matplotlib's larger big operators (∑, ∏, ∫): DejaVu Sans' shapes scaled by √2.
    case dejaVuSansDisplay
    case stixGeneral, stixGeneralItalic, stixGeneralBold, stixGeneralBoldItalic
    /// STIX glyphs outside Unicode (calligraphic capitals, sans-serif Greek) in private-use codes.
    case stixNonUnicode, stixNonUnicodeItalic, stixNonUnicodeBold, stixNonUnicodeBoldItalic
    /// Successively larger delimiters and radicals.
    case stixSizeOne, stixSizeTwo, stixSizeThree, stixSizeFour, stixSizeFive
    /// The BaKoMa TrueType versions of Computer Modern that matplotlib's `cm` font set uses; their
    /// character codes are TeX's font encodings, not Unicode.
    case cmr10, cmmi10, cmsy10, cmex10, cmb10, cmss10, cmtt10

    /// Where Debian's `python-matplotlib-data` installs the font files.
    public static let directory = "/usr/share/matplotlib/mpl-data/fonts/ttf"

    /// The file name, as in matplotlib's `mpl-data/fonts/ttf`.
    public var fileName: String {
        switch self {
        case .dejaVuSans: "DejaVuSans.ttf"
        case .dejaVuSansOblique: "DejaVuSans-Oblique.ttf"
        case .dejaVuSansBold: "DejaVuSans-Bold.ttf"
        case .dejaVuSansBoldOblique: "DejaVuSans-BoldOblique.ttf"
        case .dejaVuSansMono: "DejaVuSansMono.ttf"
        case .dejaVuSansDisplay: "DejaVuSansDisplay.ttf"
        case .stixGeneral: "STIXGeneral.ttf"
        case .stixGeneralItalic: "STIXGeneralItalic.ttf"
        case .stixGeneralBold: "STIXGeneralBol.ttf"
        case .stixGeneralBoldItalic: "STIXGeneralBolIta.ttf"
        case .stixNonUnicode: "STIXNonUni.ttf"
        case .stixNonUnicodeItalic: "STIXNonUniIta.ttf"
        case .stixNonUnicodeBold: "STIXNonUniBol.ttf"
        case .stixNonUnicodeBoldItalic: "STIXNonUniBolIta.ttf"
        case .stixSizeOne: "STIXSizOneSymReg.ttf"
        case .stixSizeTwo: "STIXSizTwoSymReg.ttf"
        case .stixSizeThree: "STIXSizThreeSymReg.ttf"
        case .stixSizeFour: "STIXSizFourSymReg.ttf"
        case .stixSizeFive: "STIXSizFiveSymReg.ttf"
        case .cmr10: "cmr10.ttf"
        case .cmmi10: "cmmi10.ttf"
        case .cmsy10: "cmsy10.ttf"
        case .cmex10: "cmex10.ttf"
        case .cmb10: "cmb10.ttf"
        case .cmss10: "cmss10.ttf"
        case .cmtt10: "cmtt10.ttf"
        }
    }

    /// The full path of the font file on Debian.
    public var path: String { Self.directory + "/" + fileName }

    /// Whether the face's character codes are Unicode scalars (false for the BaKoMa faces).
    public var isUnicode: Bool {
        switch self {
        case .cmr10, .cmmi10, .cmsy10, .cmex10, .cmb10, .cmss10, .cmtt10: false
        default: true
        }
    }

    /// The face's glyphs and kerning, decoded from the generated tables on first use.
    var metrics: FaceMetrics { FaceMetrics.all[rawValue] }
}

/// Outline metrics of one glyph in font units, as FreeType reads them for an unhinted load.
struct GlyphRecord: Sendable {
    let glyphIndex: UInt32
    let advance: Int32
    /// The control box of the outline.
    let xMin: Int32, yMin: Int32, xMax: Int32, yMax: Int32
}

/// The glyphs of one face that actplot's math can reach, by character code, and the face's kerning.
struct FaceMetrics: Sendable {
    let unitsPerEm: Int64
    let glyphs: [UInt32: GlyphRecord]
    /// Kerning in font units, keyed by `left << 32 | right` glyph indices.
    let kerning: [UInt64: Int32]

    static let all: [FaceMetrics] = MathFace.allCases.map { face in
        FaceMetrics(
            unitsPerEm: Int64(MathFace.unitsPerEm[face.rawValue]),
            glyphs: decodeGlyphs(MathFace.encodedGlyphs[face.rawValue]),
            kerning: decodeKerning(MathFace.encodedKerning[face.rawValue]))
    }

    /// Kerning between two glyphs of this face, in font units (0 when the pair has none).
    func kern(_ left: UInt32, _ right: UInt32) -> Int32 {
        kerning.isEmpty ? 0 : kerning[UInt64(left) << 32 | UInt64(right)] ?? 0
    }

    private static func decodeGlyphs(_ text: String) -> [UInt32: GlyphRecord] {
        var glyphs: [UInt32: GlyphRecord] = [:]
        for record in records(text) where record.count == 7 {
            glyphs[UInt32(record[0])] = GlyphRecord(
                glyphIndex: UInt32(record[1]), advance: Int32(record[2]),
                xMin: Int32(record[3]), yMin: Int32(record[4]),
                xMax: Int32(record[5]), yMax: Int32(record[6]))
        }
        return glyphs
    }

    private static func decodeKerning(_ text: String) -> [UInt64: Int32] {
        var pairs: [UInt64: Int32] = [:]
        for record in records(text) where record.count == 3 {
            pairs[UInt64(record[0]) << 32 | UInt64(record[1])] = Int32(record[2])
        }
        return pairs
    }

    /// `;`-separated records of `,`-separated base-36 integers.
    private static func records(_ text: String) -> [[Int]] {
        text.split(separator: ";").map { record in
            record.split(separator: ",").map { Int($0, radix: 36) ?? 0 }
        }
    }
}
