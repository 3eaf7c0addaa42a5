/// A grid of character cells, each a small block of dots, on which lines are drawn dot by dot.
///
/// A braille cell holds 2×4 dots and shows them as one character of Unicode's braille block:
/// U+2800 plus one bit per dot (dots 1, 2, 3 down the left column are bits 0, 1, 2; dots 4, 5, 6
/// down the right are bits 3, 4, 5; the bottom row's dots 7 and 8 are bits 6 and 7). An empty
/// cell is U+2800 itself, not a space, so every font keeps the grid. An ASCII cell holds 2×3
/// dots and shows the character that best follows them (`'`, `-`, `_`, `/`, `\`, `|`).
///
/// Each cell remembers the ink (a series index) of the last line that put a dot in it: where two
/// series share a cell, the later one's colour wins.
public struct DotCanvas: Sendable {
    public enum Kind: Sendable {
        case braille, ascii
    }

    public let kind: Kind
    /// The size in cells.
    public let columns: Int
    public let rows: Int
    /// Dots per cell across and down.
    public let cellWidth = 2
    public let cellHeight: Int
    /// One bit per dot of each cell, row by row.
    private(set) var bits: [UInt8]
    /// The ink of the last line that touched each cell; -1 where none did.
    private(set) var inks: [Int32]

    public init(kind: Kind, columns: Int, rows: Int) {
        self.kind = kind
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        cellHeight = kind == .braille ? 4 : 3
        bits = Array(repeating: 0, count: self.columns * self.rows)
        inks = Array(repeating: -1, count: self.columns * self.rows)
    }

    /// The size in dots.
    public var width: Int { columns * cellWidth }
    public var height: Int { rows * cellHeight }

    /// The bit of dot (`dx`, `dy`) inside its cell.
    func bit(_ dx: Int, _ dy: Int) -> UInt8 {
        switch kind {
        case .braille: dy < 3 ? UInt8(1) << (dy + 3 * dx) : UInt8(0x40) << dx
        case .ascii: UInt8(1) << (dy + 3 * dx)
        }
    }

    /// Sets the dot at (`x`, `y`), counted from the top-left corner; dots outside are ignored.
    public mutating func set(_ x: Int, _ y: Int, ink: Int) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        let cell = (y / cellHeight) * columns + x / cellWidth
        bits[cell] |= bit(x % cellWidth, y % cellHeight)
        inks[cell] = Int32(truncatingIfNeeded: ink)
    }

    /// Whether the dot at (`x`, `y`) is set.
    public func isSet(_ x: Int, _ y: Int) -> Bool {
        guard x >= 0, y >= 0, x < width, y < height else { return false }
        return bits[(y / cellHeight) * columns + x / cellWidth] & bit(x % cellWidth, y % cellHeight) != 0
    }

    /// The ink of cell (`column`, `row`), if a line touched it.
    public func ink(column: Int, row: Int) -> Int? {
        let ink = inks[row * columns + column]
        return ink < 0 ? nil : Int(ink)
    }

    /// Whether cell (`column`, `row`) has no dot.
    public func isEmpty(column: Int, row: Int) -> Bool { bits[row * columns + column] == 0 }

    /// Draws the segment from `a` to `b`, in dot coordinates (a dot covers one unit square, so
    /// (0.5, 0.5) is the middle of the top-left dot), clipped to the canvas. `dash` is on/off
    /// lengths in dots, empty for a solid line; `phase` carries the distance along a polyline
    /// from one segment to the next so that dashes continue across vertices.
    public mutating func line(
        from a: (x: Double, y: Double), to b: (x: Double, y: Double), ink: Int, dash: [Double] = [],
        phase: inout Double
    ) {
        // Most segments of a densely sampled curve lie within one dot.
        let (ax, ay) = (a.x.rounded(.down), a.y.rounded(.down))
        if dash.isEmpty, ax == b.x.rounded(.down), ay == b.y.rounded(.down), ax >= 0, ay >= 0, ax < Double(width), ay < Double(height) {
            set(Int(ax), Int(ay), ink: ink)
            return
        }
        // The distance along the line matters to dashes alone.
        let length = dash.isEmpty ? 0 : ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
        defer { if length.isFinite { phase += length } }
        guard let (p, q) = clip(a, b) else { return }
        let (dx, dy) = (q.x - p.x, q.y - p.y)
        var (start, run) = (phase, 0.0)
        if !dash.isEmpty {
            let skipped = ((p.x - a.x) * (p.x - a.x) + (p.y - a.y) * (p.y - a.y)).squareRoot()
            start += skipped.isFinite ? skipped : 0
            run = (dx * dx + dy * dy).squareRoot()
        }
        // One step per dot along the longer direction: every dot the segment passes is set.
        let steps = Int(min(max(abs(dx), abs(dy)).rounded(.up), Double(4 * (width + height))))
        for k in 0...steps {
            let t = steps == 0 ? 0 : Double(k) / Double(steps)
            if !dash.isEmpty && !DotCanvas.isOn(dash, at: start + t * run) { continue }
            set(DotCanvas.index(p.x + dx * t, below: width), DotCanvas.index(p.y + dy * t, below: height), ink: ink)
        }
    }

    /// The dot a coordinate falls in, kept inside `0..<count` (a clipped end may land a rounding
    /// error outside).
    static func index(_ value: Double, below count: Int) -> Int {
        Int(min(max(value.rounded(.down), 0), Double(count - 1)))
    }

    /// Whether a dash pattern draws at distance `s` along the line.
    static func isOn(_ dash: [Double], at s: Double) -> Bool {
        let period = dash.reduce(0, +)
        guard period > 0, s.isFinite else { return true }
        var r = s.truncatingRemainder(dividingBy: period)
        for (i, length) in dash.enumerated() {
            if r < length { return i % 2 == 0 }
            r -= length
        }
        return true
    }

    /// The part of the segment inside the canvas, cut edge by edge (Cohen–Sutherland). Each cut
    /// takes the share of the way to the edge first, then moves the other coordinate by that
    /// share, so that ends as far out as 1e300 still land on the edge exactly.
    private func clip(_ a: (x: Double, y: Double), _ b: (x: Double, y: Double)) -> ((x: Double, y: Double), (x: Double, y: Double))? {
        guard a.x.isFinite, a.y.isFinite, b.x.isFinite, b.y.isFinite, width > 0, height > 0 else { return nil }
        var (p, q) = (a, b)
        // Edge k: x ≥ 0, x ≤ width, y ≥ 0, y ≤ height.
        for k in 0..<4 {
            let vertical = k < 2
            let edge = k == 0 || k == 2 ? 0 : Double(vertical ? width : height)
            func inside(_ v: (x: Double, y: Double)) -> Bool {
                let c = vertical ? v.x : v.y
                return k % 2 == 0 ? c >= edge : c <= edge
            }
            func cut(_ from: (x: Double, y: Double), _ to: (x: Double, y: Double)) -> (x: Double, y: Double) {
                if vertical {
                    let t = (edge - from.x) / (to.x - from.x)
                    return (edge, from.y + t * to.y - t * from.y)
                }
                let t = (edge - from.y) / (to.y - from.y)
                return (from.x + t * to.x - t * from.x, edge)
            }
            switch (inside(p), inside(q)) {
            case (false, false): return nil
            case (false, true): p = cut(p, q)
            case (true, false): q = cut(q, p)
            case (true, true): continue
            }
            guard p.x.isFinite, p.y.isFinite, q.x.isFinite, q.y.isFinite else { return nil }
        }
        return (p, q)
    }

    /// The character cell (`column`, `row`) shows.
    public func glyph(column: Int, row: Int) -> Character { Character(scalar(column: column, row: row)) }

    /// The character cell (`column`, `row`) shows, as its one scalar.
    func scalar(column: Int, row: Int) -> Unicode.Scalar {
        let b = bits[row * columns + column]
        switch kind {
        case .braille:
            return Unicode.Scalar(0x2800 + UInt32(b))!
        case .ascii:
            return DotCanvas.asciiGlyph(b)
        }
    }

    /// The ASCII character for a 2×3 block of dots: one row alone gives `'`, `-` or `_` (top,
    /// middle, bottom); dots across rows give `/` when the right column is higher, `\` when the
    /// left is, `|` otherwise.
    static func asciiGlyph(_ b: UInt8) -> Unicode.Scalar {
        guard b != 0 else { return " " }
        let left = b & 0b111, right = (b >> 3) & 0b111
        let rowsUsed = left | right
        switch rowsUsed {
        case 0b001: return "'"
        case 0b010: return "-"
        case 0b100: return "_"
        default: break
        }
        guard left != 0, right != 0 else { return "|" }
        func middle(_ column: UInt8) -> Double {
            let rows = (0..<3).filter { column & (1 << $0) != 0 }
            return Double(rows.reduce(0, +)) / Double(rows.count)
        }
        let (l, r) = (middle(left), middle(right))
        return r < l ? "/" : l < r ? "\\" : "|"
    }
}
