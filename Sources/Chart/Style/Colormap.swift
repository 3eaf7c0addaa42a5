#if canImport(Glibc)
import Glibc
#endif
import Support

/// One of matplotlib's colormaps: the colours of a family of N values (a parameter sweep) and
/// the 256 colours a colorbar is painted with, bit for bit as matplotlib 3.11 computes them.
///
/// The maps are those of ``MatplotlibColormaps`` (matplotlib's sequential and diverging maps),
/// each also reversed with `_r` (`viridis_r`), and matplotlib's alias spellings (`grey`,
/// `gist_grey`, `gist_yerg`, `Grays`). Names are matched exactly, as matplotlib does.
///
/// Only the map asked for is read from the generated table, and only when it is asked for: a
/// chart without a colormap pays nothing.
public struct Colormap: Sendable, Equatable, CustomStringConvertible {
    /// The name the map was asked for by (`viridis`, `RdBu_r`, `grey`).
    public let name: String
    let source: Source

    /// What matplotlib builds a map from.
    enum Source: Sendable, Equatable {
        /// A `ListedColormap`: its colours, picked by index.
        case listed([Color])
        /// A `LinearSegmentedColormap`: one piecewise-linear (or affine) function per channel; no
        /// alpha channel is alpha 1.
        case segmented(red: Channel, green: Channel, blue: Channel, alpha: Channel?)
    }

    /// One channel of a segmented map.
    enum Channel: Sendable, Equatable {
        /// Segment rows `(x, y0, y1)`: at `x` the channel jumps from `y0` (coming from the left)
        /// to `y1` (going right), and is linear in between.
        case rows([Row])
        /// `clip(a·x + b, 0, 1)` at x, or at `1 − x` when `mirrored` (the `_r` form).
        case affine(a: Double, b: Double, mirrored: Bool)
    }

    /// One row of matplotlib's segment data.
    struct Row: Sendable, Equatable {
        var x: Double
        var y0: Double
        var y1: Double
    }

    init(name: String, source: Source) {
        self.name = name
        self.source = source
    }

    /// The map called `name`: a map of ``MatplotlibColormaps``, its `_r` reversed form, or one
    /// of matplotlib's alias spellings.
    ///
    /// - Throws: ``ColormapError`` for any other name, with the closest known names.
    public static func named(_ name: String) throws(ColormapError) -> Colormap {
        var base = name
        var reversed = false
        if !baseNames.contains(base), !aliases.keys.contains(base), base.hasSuffix("_r") {
            base.removeLast(2)
            reversed = true
        }
        base = aliases[base] ?? base
        guard baseNames.contains(base), let source = encodedSource(of: base) else {
            throw ColormapError(name: name)
        }
        return Colormap(name: name, source: reversed ? source.reversed : source)
    }

    /// Every name ``named(_:)`` takes, for help and shell completion: each map in the order of
    /// matplotlib's colormap reference followed by its `_r` form, then the aliases and theirs.
    public static let names: [String] = (baseNames + aliases.keys.sorted()).flatMap { [$0, $0 + "_r"] }

    /// The maps of ``MatplotlibColormaps``, in its families' order.
    static let baseNames: [String] = MatplotlibColormaps.families.flatMap(\.names)

    /// Other spellings matplotlib registers (`cm._gen_cmap_registry`'s synonyms), and the map
    /// each names.
    static let aliases: [String: String] = [
        "grey": "gray", "gist_grey": "gist_gray", "gist_yerg": "gist_yarg", "Grays": "Greys",
    ]

    /// The name.
    public var description: String { name }

    /// The colours of `count` values, lowest first: matplotlib's
    /// `cmap.resampled(count)(range(count))`, which is how a family of `count` curves is coloured.
    ///
    /// The samples are `numpy.linspace(0, 1, count)`. A listed map (viridis and the other
    /// perceptually uniform maps) gives the colour at index `min(⌊x·256⌋, 255)` of its 256; a
    /// segmented map is evaluated at x itself (not at the nearest of 256 entries), by
    /// `colors._create_lookup_table(count, data)`. Every operation is done in matplotlib's order,
    /// so the colours are matplotlib's to the last bit. An empty array for `count` < 1.
    public func colors(count: Int) -> [Color] {
        guard count > 0 else { return [] }
        let xs = Colormap.linspace01(count)
        switch source {
        case .listed(let colors):
            let m = colors.count
            // Colormap.__call__ on floats: x·N truncated, x = 1 being the last colour.
            return xs.map { colors[min(Int(($0 * Double(m)).rounded(.towardZero)), m - 1)] }
        case .segmented(let red, let green, let blue, let alpha):
            let r = red.lookupTable(count, xs), g = green.lookupTable(count, xs), b = blue.lookupTable(count, xs)
            let a = alpha?.lookupTable(count, xs)
            return (0..<count).map { Color(red: r[$0], green: g[$0], blue: b[$0], alpha: a?[$0] ?? 1) }
        }
    }

    /// The 256 colours matplotlib's colormap holds (`cmap(range(256))`), lowest first: a
    /// continuous colorbar is painted with these, one band each, from the bottom up.
    public var table: [Color] { colors(count: Colormap.tableSize) }

    /// The size of matplotlib's lookup tables (`rcParams['image.lut']`).
    public static let tableSize = 256

    /// `numpy.linspace(0, 1, n)`: `i × (1 / (n − 1))`, the step computed once, the last value
    /// exactly 1.
    static func linspace01(_ n: Int) -> [Double] {
        guard n > 1 else { return n == 1 ? [0] : [] }
        let step = 1.0 / Double(n - 1)
        var xs = (0..<n).map { Double($0) * step }
        xs[n - 1] = 1
        return xs
    }
}

extension Colormap.Source {
    /// matplotlib's `reversed()`: a listed map's colours backwards; a segmented map's rows
    /// mirrored, `(1 − x, y1, y0)` in reverse order; a function channel evaluated at `1 − x`.
    var reversed: Colormap.Source {
        switch self {
        case .listed(let colors):
            return .listed(colors.reversed())
        case .segmented(let red, let green, let blue, let alpha):
            return .segmented(red: red.reversed, green: green.reversed, blue: blue.reversed, alpha: alpha?.reversed)
        }
    }
}

extension Colormap.Channel {
    var reversed: Colormap.Channel {
        switch self {
        case .rows(let rows):
            return .rows(rows.reversed().map { Colormap.Row(x: 1 - $0.x, y0: $0.y1, y1: $0.y0) })
        case .affine(let a, let b, let mirrored):
            return .affine(a: a, b: b, mirrored: !mirrored)
        }
    }

    /// matplotlib's `colors._create_lookup_table(n, data)` with gamma 1, at the samples `xs`
    /// (`linspace(0, 1, n)`), each value clipped to 0...1.
    func lookupTable(_ n: Int, _ xs: [Double]) -> [Double] {
        func clip(_ v: Double) -> Double { v < 0 ? 0 : (v > 1 ? 1 : v) }
        switch self {
        case .affine(let a, let b, let mirrored):
            return xs.map { clip(a * (mirrored ? 1 - $0 : $0) + b) }
        case .rows(let rows):
            guard n > 1 else { return [clip(rows[rows.count - 1].y0)] }
            let last = Double(n - 1)
            let scaled = rows.map { $0.x * last }
            var lut = [Double](repeating: 0, count: n)
            lut[0] = rows[0].y1
            lut[n - 1] = rows[rows.count - 1].y0
            for i in 1..<(n - 1) {
                let xi = last * xs[i]
                // numpy.searchsorted(scaled, xi, side='left'): the first row at or after xi.
                var k = 0
                while k < scaled.count - 1 && scaled[k] < xi { k += 1 }
                k = max(k, 1)
                let distance = (xi - scaled[k - 1]) / (scaled[k] - scaled[k - 1])
                lut[i] = distance * (rows[k].y0 - rows[k - 1].y1) + rows[k - 1].y1
            }
            return lut.map(clip)
        }
    }
}

/// A colormap name that is not one of ``Colormap/names``.
public struct ColormapError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The name asked for.
    public let name: String
    /// The known names closest to it, closest first (possibly none).
    public let suggestions: [String]

    init(name: String) {
        self.name = name
        let groups = Colormap.names.indices.filter { $0 % 2 == 0 }.map { Array(Colormap.names[$0...($0 + 1)]) }
        self.suggestions = Suggestions.closest(to: name, amongGroups: groups)
    }

    /// One line for the user: the closest names, or, when none is close, every map (each also
    /// with `_r`).
    public var description: String {
        let start = "unknown colormap '\(Echo.value(name))'; "
        if !suggestions.isEmpty { return start + "did you mean \(suggestions.joined(separator: ", "))?" }
        return start + "colormaps are \(Colormap.baseNames.joined(separator: ", ")), each also reversed with _r"
    }
}

// MARK: Reading the generated table

extension Colormap {
    /// The source of map `name`, read from its line of ``MatplotlibColormaps/encoded`` alone.
    static func encodedSource(of name: String) -> Source? {
        let text = MatplotlibColormaps.encoded
        if let found = text.utf8.withContiguousStorageIfAvailable({ source(of: name, in: $0) }) { return found }
        let copy = Array(text.utf8)
        return copy.withUnsafeBufferPointer { source(of: name, in: $0) }
    }

    /// Finds the line that starts with `name` and a space, jumping from line to line with
    /// `memchr`, and parses it.
    private static func source(of name: String, in bytes: UnsafeBufferPointer<UInt8>) -> Source? {
        guard let base = bytes.baseAddress else { return nil }
        let key = Array(name.utf8) + [UInt8(ascii: " ")]
        var start = 0
        while start < bytes.count {
            let rest = bytes.count - start
            let end = memchr(base + start, Int32(UInt8(ascii: "\n")), rest).map { UnsafeRawPointer(base).distance(to: $0) }
                ?? bytes.count
            if end - start > key.count, memcmp(base + start, key, key.count) == 0 {
                var reader = EncodedReader(bytes: UnsafeBufferPointer(rebasing: bytes[(start + key.count)..<end]))
                return reader.source()
            }
            start = end + 1
        }
        return nil
    }
}

/// Reads one line of ``MatplotlibColormaps/encoded`` after its name (the format is in that
/// table's documentation). Numbers are read without building strings: most have at most 15
/// significant digits, which a power of ten turns into the exact double in one correctly
/// rounded operation; longer ones go through the standard library's parser.
struct EncodedReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func source() -> Colormap.Source? {
        if take("listed ") {
            var colors: [Color] = []
            colors.reserveCapacity(Colormap.tableSize)
            repeat {
                guard let r = number(), take(","), let g = number(), take(","), let b = number() else { return nil }
                colors.append(Color(red: r, green: g, blue: b))
            } while take(";")
            return position == bytes.count && !colors.isEmpty ? .listed(colors) : nil
        }
        guard take("segmented ") else { return nil }
        var channels: [String: Colormap.Channel] = [:]
        repeat {
            guard let name = word(until: UInt8(ascii: "=")), let channel = channel() else { return nil }
            channels[name] = channel
        } while take("|")
        guard position == bytes.count, let red = channels["red"], let green = channels["green"],
            let blue = channels["blue"]
        else { return nil }
        return .segmented(red: red, green: green, blue: blue, alpha: channels["alpha"])
    }

    /// `f:a,b` or `s:` rows `x,y0,y1` separated by `;`.
    mutating func channel() -> Colormap.Channel? {
        if take("f:") {
            guard let a = number(), take(","), let b = number() else { return nil }
            return .affine(a: a, b: b, mirrored: false)
        }
        guard take("s:") else { return nil }
        var rows: [Colormap.Row] = []
        repeat {
            guard let x = number(), take(","), let y0 = number(), take(","), let y1 = number() else { return nil }
            rows.append(Colormap.Row(x: x, y0: y0, y1: y1))
        } while take(";")
        return rows.count >= 2 ? .rows(rows) : nil
    }

    mutating func take(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard bytes.count - position >= count else { return false }
        for i in 0..<count where bytes[position + i] != literal.utf8Start[i] { return false }
        position += count
        return true
    }

    /// The text up to `terminator`, which is consumed.
    mutating func word(until terminator: UInt8) -> String? {
        let start = position
        while position < bytes.count, bytes[position] != terminator { position += 1 }
        guard position < bytes.count else { return nil }
        defer { position += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    }

    /// A decimal number as Python's `repr` writes one: `-0.5`, `1`, `0.30000000000000004`, `1e-05`.
    mutating func number() -> Double? {
        let start = position
        var negative = false
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") {
            negative = true
            position += 1
        }
        var significand: UInt64 = 0
        var digits = 0
        var exponent = 0
        var sawDigit = false
        var inFraction = false
        while position < bytes.count {
            let c = bytes[position]
            if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
                sawDigit = true
                if significand != 0 || c != UInt8(ascii: "0") { digits += 1 }
                if digits <= 19 {
                    significand = significand * 10 + UInt64(c - UInt8(ascii: "0"))
                    if inFraction { exponent -= 1 }
                } else if !inFraction {
                    exponent += 1
                }
            } else if c == UInt8(ascii: "."), !inFraction {
                inFraction = true
            } else {
                break
            }
            position += 1
        }
        guard sawDigit else { return nil }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            position += 1
            var sign = 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "-") || bytes[position] == UInt8(ascii: "+") {
                sign = bytes[position] == UInt8(ascii: "-") ? -1 : 1
                position += 1
            }
            var e = 0
            var any = false
            while position < bytes.count, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9"),
                e < 100_000
            {
                e = e * 10 + Int(bytes[position] - UInt8(ascii: "0"))
                any = true
                position += 1
            }
            guard any else { return nil }
            exponent += sign * e
        }
        // Clinger's fast path: an integer below 2^53 and a power of ten up to 1e22 are both exact,
        // so one multiplication or division gives the correctly rounded value.
        if digits <= 15, significand < (1 << 53), abs(exponent) <= 22 {
            let m = Double(significand)
            let value = exponent < 0 ? m / PythonFloat.intPow10(-exponent) : m * PythonFloat.intPow10(exponent)
            return negative ? -value : value
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        return Double(text)
    }
}

extension Colormap {
    /// The colour of `x` in 0…1, as matplotlib's `cmap(x)` gives it for a float: entry
    /// `min(⌊x·256⌋, 255)` of ``table`` (x outside 0…1 takes the nearer end).
    public func color(at x: Double) -> Color {
        let table = self.table
        guard x > 0 else { return table[0] }
        return table[min(Int((x * Double(table.count)).rounded(.towardZero)), table.count - 1)]
    }

    /// The stretch of the map from `lower` to `upper` (fractions of it) as a map of its own, what
    /// `ListedColormap(cmap(numpy.linspace(lower, upper, 256)))` builds in matplotlib: for a
    /// family whose lightest colours would vanish on a white page.
    public func truncated(from lower: Double, to upper: Double) -> Colormap {
        let colors = Colormap.linspace01(Colormap.tableSize).map { color(at: lower + $0 * (upper - lower)) }
        return Colormap(name: name, source: .listed(colors))
    }
}
