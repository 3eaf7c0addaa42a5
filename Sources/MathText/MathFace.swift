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

    /// The face's glyphs and kerning, decoded from the generated tables when first used.
    var metrics: FaceMetrics {
        switch self {
        case .dejaVuSans: FaceMetrics.Decoded.dejaVuSans
        case .dejaVuSansOblique: FaceMetrics.Decoded.dejaVuSansOblique
        case .dejaVuSansBold: FaceMetrics.Decoded.dejaVuSansBold
        case .dejaVuSansBoldOblique: FaceMetrics.Decoded.dejaVuSansBoldOblique
        case .dejaVuSansMono: FaceMetrics.Decoded.dejaVuSansMono
        case .dejaVuSansDisplay: FaceMetrics.Decoded.dejaVuSansDisplay
        case .stixGeneral: FaceMetrics.Decoded.stixGeneral
        case .stixGeneralItalic: FaceMetrics.Decoded.stixGeneralItalic
        case .stixGeneralBold: FaceMetrics.Decoded.stixGeneralBold
        case .stixGeneralBoldItalic: FaceMetrics.Decoded.stixGeneralBoldItalic
        case .stixNonUnicode: FaceMetrics.Decoded.stixNonUnicode
        case .stixNonUnicodeItalic: FaceMetrics.Decoded.stixNonUnicodeItalic
        case .stixNonUnicodeBold: FaceMetrics.Decoded.stixNonUnicodeBold
        case .stixNonUnicodeBoldItalic: FaceMetrics.Decoded.stixNonUnicodeBoldItalic
        case .stixSizeOne: FaceMetrics.Decoded.stixSizeOne
        case .stixSizeTwo: FaceMetrics.Decoded.stixSizeTwo
        case .stixSizeThree: FaceMetrics.Decoded.stixSizeThree
        case .stixSizeFour: FaceMetrics.Decoded.stixSizeFour
        case .stixSizeFive: FaceMetrics.Decoded.stixSizeFive
        case .cmr10: FaceMetrics.Decoded.cmr10
        case .cmmi10: FaceMetrics.Decoded.cmmi10
        case .cmsy10: FaceMetrics.Decoded.cmsy10
        case .cmex10: FaceMetrics.Decoded.cmex10
        case .cmb10: FaceMetrics.Decoded.cmb10
        case .cmss10: FaceMetrics.Decoded.cmss10
        case .cmtt10: FaceMetrics.Decoded.cmtt10
        }
    }
}

/// Outline metrics of one glyph in font units, as FreeType reads them for an unhinted load.
struct GlyphRecord: Sendable {
    let glyphIndex: UInt32
    let advance: Int32
    /// The control box of the outline.
    let xMin: Int32, yMin: Int32, xMax: Int32, yMax: Int32
}

/// Values by key, sorted by key and found by bisection. The generated tables list their records
/// in key order, so decoding one is appending; filling a dictionary instead cost a chart's first
/// label with math more than laying it out.
struct SortedTable<Key: Comparable & Hashable & Sendable, Value: Sendable>: Sendable {
    private(set) var keys: [Key] = []
    private(set) var values: [Value] = []
    private var inOrder = true

    /// Adds a record. Records come in key order from the generator; should one not, the table
    /// sorts itself when ``sorted()`` is asked for it.
    mutating func append(_ key: Key, _ value: Value) {
        if let last = keys.last, key <= last { inOrder = false }
        keys.append(key)
        values.append(value)
    }

    /// The table ready for lookups: sorted by key, the last record of a repeated key kept.
    func sorted() -> SortedTable {
        guard !inOrder else { return self }
        var last: [Key: Int] = [:]
        for (i, key) in keys.enumerated() { last[key] = i }
        var table = SortedTable()
        for (key, i) in last.sorted(by: { $0.key < $1.key }) { table.append(key, values[i]) }
        return table
    }

    var isEmpty: Bool { keys.isEmpty }

    subscript(key: Key) -> Value? {
        var low = 0, high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < keys.count && keys[low] == key ? values[low] : nil
    }
}

/// The glyphs of one face that actplot's math can reach, by character code, and the face's kerning.
struct FaceMetrics: Sendable {
    let unitsPerEm: Int64
    let glyphs: SortedTable<UInt32, GlyphRecord>
    /// Kerning in font units, keyed by `left << 32 | right` glyph indices.
    let kerning: SortedTable<UInt64, Int32>

    /// One static per face, so that a label decodes only the faces it uses (once, thread-safely).
    enum Decoded {
        static let dejaVuSans = FaceMetrics(.dejaVuSans)
        static let dejaVuSansOblique = FaceMetrics(.dejaVuSansOblique)
        static let dejaVuSansBold = FaceMetrics(.dejaVuSansBold)
        static let dejaVuSansBoldOblique = FaceMetrics(.dejaVuSansBoldOblique)
        static let dejaVuSansMono = FaceMetrics(.dejaVuSansMono)
        static let dejaVuSansDisplay = FaceMetrics(.dejaVuSansDisplay)
        static let stixGeneral = FaceMetrics(.stixGeneral)
        static let stixGeneralItalic = FaceMetrics(.stixGeneralItalic)
        static let stixGeneralBold = FaceMetrics(.stixGeneralBold)
        static let stixGeneralBoldItalic = FaceMetrics(.stixGeneralBoldItalic)
        static let stixNonUnicode = FaceMetrics(.stixNonUnicode)
        static let stixNonUnicodeItalic = FaceMetrics(.stixNonUnicodeItalic)
        static let stixNonUnicodeBold = FaceMetrics(.stixNonUnicodeBold)
        static let stixNonUnicodeBoldItalic = FaceMetrics(.stixNonUnicodeBoldItalic)
        static let stixSizeOne = FaceMetrics(.stixSizeOne)
        static let stixSizeTwo = FaceMetrics(.stixSizeTwo)
        static let stixSizeThree = FaceMetrics(.stixSizeThree)
        static let stixSizeFour = FaceMetrics(.stixSizeFour)
        static let stixSizeFive = FaceMetrics(.stixSizeFive)
        static let cmr10 = FaceMetrics(.cmr10)
        static let cmmi10 = FaceMetrics(.cmmi10)
        static let cmsy10 = FaceMetrics(.cmsy10)
        static let cmex10 = FaceMetrics(.cmex10)
        static let cmb10 = FaceMetrics(.cmb10)
        static let cmss10 = FaceMetrics(.cmss10)
        static let cmtt10 = FaceMetrics(.cmtt10)
    }

    private init(_ face: MathFace) {
        unitsPerEm = Int64(MathFace.unitsPerEm[face.rawValue])
        var glyphs = SortedTable<UInt32, GlyphRecord>()
        Self.decode(MathFace.encodedGlyphs[face.rawValue], fields: 7) { r in
            glyphs.append(
                UInt32(r[0]),
                GlyphRecord(
                    glyphIndex: UInt32(r[1]), advance: Int32(r[2]),
                    xMin: Int32(r[3]), yMin: Int32(r[4]), xMax: Int32(r[5]), yMax: Int32(r[6])))
        }
        var kerning = SortedTable<UInt64, Int32>()
        Self.decode(MathFace.encodedKerning[face.rawValue], fields: 3) { r in
            kerning.append(UInt64(r[0]) << 32 | UInt64(r[1]), Int32(r[2]))
        }
        self.glyphs = glyphs.sorted()
        self.kerning = kerning.sorted()
    }

    /// Kerning between two glyphs of this face, in font units (0 when the pair has none).
    func kern(_ left: UInt32, _ right: UInt32) -> Int32 {
        kerning.isEmpty ? 0 : kerning[UInt64(left) << 32 | UInt64(right)] ?? 0
    }

    /// Calls `record` with each `;`-separated record of `fields` `,`-separated base-36 integers.
    static func decode(_ text: String, fields: Int, _ record: (UnsafeBufferPointer<Int>) -> Void) {
        var text = text
        // The tables are read on a chart's first label with math: bytes in place, fields in a
        // buffer on the stack.
        text.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: fields) { values in
                values.initialize(repeating: 0)
                var index = 0, value = 0, negative = false
                func finish() {
                    if index < fields { values[index] = negative ? -value : value }
                    index += 1
                    value = 0
                    negative = false
                }
                for byte in bytes {
                    switch byte {
                    case UInt8(ascii: "0")...UInt8(ascii: "9"): value = value &* 36 &+ Int(byte &- UInt8(ascii: "0"))
                    case UInt8(ascii: "a")...UInt8(ascii: "z"): value = value &* 36 &+ Int(byte &- UInt8(ascii: "a")) &+ 10
                    case UInt8(ascii: "-"): negative = true
                    case UInt8(ascii: ","): finish()
                    case UInt8(ascii: ";"):
                        finish()
                        if index == fields { record(UnsafeBufferPointer(values)) }
                        index = 0
                    default: break
                    }
                }
                if index > 0 || value > 0 {
                    finish()
                    if index == fields { record(UnsafeBufferPointer(values)) }
                }
            }
        }
    }
}
