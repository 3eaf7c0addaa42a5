import Chart

/// A page of character cells, each with a character and an optional colour, written out as lines
/// with colour escapes only where the colour changes.
///
/// Cells hold one Unicode scalar each (a character of several scalars, such as a letter with a
/// combining accent, is kept aside), and colours as indices into a small palette, so that the
/// page is plain arrays of numbers.
struct TextGrid {
    let columns: Int
    let rows: Int
    /// The scalar of each cell, row by row; nil for the right half of a wide character.
    private var scalars: [Unicode.Scalar?]
    /// Cells whose character has more than one scalar.
    private var clusters: [Int: Character] = [:]
    /// Each cell's colour: 0 for the terminal's own, else an index into `palette` plus one.
    private var inks: [UInt16]
    private var palette: [Color] = []

    init(columns: Int, rows: Int) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        scalars = Array(repeating: " ", count: self.columns * self.rows)
        inks = Array(repeating: 0, count: self.columns * self.rows)
    }

    /// The palette entry of `color`, added if new; 0 for the terminal's own colour.
    mutating func ink(_ color: Color?) -> UInt16 {
        guard let color else { return 0 }
        if let i = palette.firstIndex(of: color) { return UInt16(i + 1) }
        palette.append(color)
        return UInt16(palette.count)
    }

    /// Sets one cell; cells outside the page are ignored.
    mutating func set(_ column: Int, _ row: Int, _ character: Character, color: Color? = nil) {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return }
        set(column, row, first, ink: ink(color))
        if scalars.count > 1 && column >= 0 && row >= 0 && column < columns && row < rows {
            clusters[row * columns + column] = character
        }
    }

    /// Sets one cell to a character of one scalar, in a colour from ``ink(_:)``.
    mutating func set(_ column: Int, _ row: Int, _ scalar: Unicode.Scalar, ink: UInt16) {
        guard column >= 0, row >= 0, column < columns, row < rows else { return }
        let i = row * columns + column
        scalars[i] = scalar
        if !clusters.isEmpty { clusters[i] = nil }
        inks[i] = ink
    }

    /// The character of a cell (nil for the right half of a wide one).
    func character(_ column: Int, _ row: Int) -> Character? {
        let i = row * columns + column
        return clusters[i] ?? scalars[i].map(Character.init)
    }

    /// Writes `text` from (`column`, `row`) rightwards, cut at the grid's edge; a wide character
    /// takes two cells.
    mutating func put(_ text: String, column: Int, row: Int, color: Color? = nil) {
        guard row >= 0, row < rows else { return }
        let ink = ink(color)
        var c = column
        var last: Int?  // the cell written last, which a combining mark joins
        for scalar in text.unicodeScalars {
            let w = TextGrid.width(of: scalar)
            if w == 0 {
                if let i = last { clusters[i] = Character(String(clusters[i] ?? Character(scalars[i] ?? " ")) + String(scalar)) }
                continue
            }
            last = nil
            if c >= 0 && c + w <= columns {
                set(c, row, scalar, ink: ink)
                last = row * columns + c
                if w == 2 {
                    scalars[row * columns + c + 1] = nil
                    inks[row * columns + c + 1] = ink
                }
            }
            c += w
        }
    }

    /// The lines of the page, each ending in a line feed. Colours are escape sequences at
    /// `depth` (none at ``ColorDepth/none``), reset at the end of every line, so a line cut out
    /// of the output still reads right; trailing blanks are left out.
    func lines(depth: ColorDepth) -> String {
        let sequences = [Array(depth.defaultForeground.utf8)] + palette.map { Array(depth.foreground($0).utf8) }
        var out: [UInt8] = []
        out.reserveCapacity(rows * (columns * 3 + 16))
        for row in 0..<rows {
            let start = row * columns
            var end = columns
            while end > 0, scalars[start + end - 1] == " ", inks[start + end - 1] == 0,
                clusters.isEmpty || clusters[start + end - 1] == nil
            { end -= 1 }
            var current: UInt16 = 0
            for i in start..<start + end {
                guard let scalar = scalars[i] else { continue }
                if depth != .none && inks[i] != current {
                    out += sequences[Int(inks[i])]
                    current = inks[i]
                }
                if !clusters.isEmpty, let cluster = clusters[i] {
                    out += Array(String(cluster).utf8)
                } else {
                    TextGrid.appendUTF8(scalar, to: &out)
                }
            }
            if current != 0 { out += sequences[0] }
            out.append(UInt8(ascii: "\n"))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the UTF-8 bytes of `scalar` (RFC 3629).
    static func appendUTF8(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        let v = scalar.value
        switch v {
        case 0..<0x80:
            out.append(UInt8(v))
        case 0x80..<0x800:
            out.append(0xC0 | UInt8(v >> 6))
            out.append(0x80 | UInt8(v & 0x3F))
        case 0x800..<0x10000:
            out.append(0xE0 | UInt8(v >> 12))
            out.append(0x80 | UInt8((v >> 6) & 0x3F))
            out.append(0x80 | UInt8(v & 0x3F))
        default:
            out.append(0xF0 | UInt8(v >> 18))
            out.append(0x80 | UInt8((v >> 12) & 0x3F))
            out.append(0x80 | UInt8((v >> 6) & 0x3F))
            out.append(0x80 | UInt8(v & 0x3F))
        }
    }

    /// How many cells a character takes in a terminal: 0 for combining marks and other
    /// zero-width characters, 2 for East Asian wide and fullwidth characters and emoji, else 1
    /// (Unicode's East Asian Width, the ranges `wcwidth` implementations use).
    static func width(of character: Character) -> Int {
        character.unicodeScalars.first.map(width(of:)) ?? 0
    }

    /// The cells one scalar takes; see ``width(of:)-(Character)``.
    static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        // Latin, Greek, and the punctuation, arrows, maths, box drawing and braille blocks
        // (0x2010–0x2E7F, but the zero-width and direction marks among them): one cell.
        if v < 0x300 || (0x2010...0x2027).contains(v) || (0x2030...0x205F).contains(v) || (0x2070...0x2E7F).contains(v) {
            return 1
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        return wide.contains { $0.contains(v) } ? 2 : 1
    }

    static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
        0x1F900...0x1F9FF, 0x20000...0x3FFFD,
    ]

    /// The width of a text in cells.
    static func width(of text: String) -> Int { text.unicodeScalars.reduce(0) { $0 + width(of: $1) } }
}
