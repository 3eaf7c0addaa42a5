import Support

/// Why a style sheet, an rc setting or a style name was refused: one line for the user.
public struct StyleError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was refused and why, in one line for the user.
    public let message: String
    /// An error that says `message`.
    public init(_ message: String) { self.message = message }
    /// The message, as `print(error)` and string interpolation write it.
    public var description: String { message }
}

/// A font size as rcParams write it: points, or a name relative to `font.size`
/// (matplotlib's `font_manager.font_scalings`).
public enum FontSize: Sendable, Equatable {
    /// A size in points (`12`).
    case points(Double)
    /// A multiple of `font.size`, from a size name (`large` is 1.2, `small` 0.833).
    case scaled(Double)

    static let names: [String: Double] = [
        "xx-small": 0.579, "x-small": 0.694, "small": 0.833, "medium": 1.0, "large": 1.2,
        "x-large": 1.44, "xx-large": 1.728, "larger": 1.2, "smaller": 0.833,
    ]

    /// The size in points for a base `font.size`.
    public func points(base: Double) -> Double {
        switch self {
        case .points(let p): p
        case .scaled(let s): s * base
        }
    }
}

/// matplotlib's rc value syntax (`rcsetup.validate_*`), one reader per kind of value. Each
/// returns the value or throws a ``StyleError`` saying what was expected.
enum RcValue {
    static func trimmedQuotes(_ text: String) -> String {
        var s = Substring(text.trimmedText)
        if s.count >= 2, let first = s.first, first == s.last, first == "'" || first == "\"" {
            s = s.dropFirst().dropLast()
        }
        return String(s)
    }

    static func bool(_ text: String) throws(StyleError) -> Bool {
        switch text.trimmedText.lowercased() {
        case "true", "t", "yes", "y", "on", "1": return true
        case "false", "f", "no", "n", "off", "0": return false
        default: throw StyleError("'\(text)' is not a boolean; write True or False")
        }
    }

    static func float(_ text: String) throws(StyleError) -> Double {
        guard let value = Double(text.trimmedText), value.isFinite else {
            throw StyleError("'\(text)' is not a number")
        }
        return value
    }

    /// `None` or a number (`legend.framealpha`).
    static func optionalFloat(_ text: String) throws(StyleError) -> Double? {
        text.trimmedText.lowercased() == "none" ? nil : try float(text)
    }

    /// Comma-separated numbers, `count` of them when given (`figure.figsize: 6.4, 4.8`).
    static func floats(_ text: String, count: Int? = nil) throws(StyleError) -> [Double] {
        var out: [Double] = []
        for part in list(text) { out.append(try float(part)) }
        if let count, out.count != count {
            throw StyleError("'\(text)' must be \(count) numbers separated by commas")
        }
        return out
    }

    /// Comma-separated words, each unquoted (`font.sans-serif: DejaVu Sans, Arial`).
    static func list(_ text: String) -> [String] {
        var body = text.trimmedText
        if body.hasPrefix("[") && body.hasSuffix("]") { body = String(body.dropFirst().dropLast()) }
        return body.split(separator: ",").map { trimmedQuotes(String($0)) }.filter { !$0.isEmpty }
    }

    static func fontSize(_ text: String) throws(StyleError) -> FontSize {
        let word = text.trimmedText.lowercased()
        if let scale = FontSize.names[word] { return .scaled(scale) }
        guard let points = Double(word), points.isFinite, points > 0 else {
            throw StyleError("'\(text)' is not a font size; give points or one of xx-small, x-small, small, medium, large, x-large, xx-large")
        }
        return .points(points)
    }

    /// One of `words` (case-insensitive), returned as written in `words`.
    static func choice(_ text: String, _ words: [String]) throws(StyleError) -> String {
        let word = trimmedQuotes(text).lowercased()
        guard let match = words.first(where: { $0.lowercased() == word }) else {
            throw StyleError("'\(text)' is not one of \(words.joined(separator: ", "))")
        }
        return match
    }

    // MARK: Colours

    /// Every named colour, lower-cased.
    /// The named colour `name` (lower-cased), found by a binary search over the generated
    /// table's bytes (its entries are sorted by name): a style names a handful of colours, and
    /// a search costs far less than building a dictionary of all 1,100 names on every run.
    static func namedColor(_ name: String) -> UInt32? {
        let key = Array(name.utf8)
        var table = MatplotlibColors.encoded
        return table.withUTF8 { bytes -> UInt32? in
            let equalsSign = UInt8(ascii: "="), semicolon = UInt8(ascii: ";")
            var low = 0, high = bytes.count  // entries starting in low..<high remain
            while low < high {
                var start = (low + high) / 2
                while start > low, bytes[start - 1] != semicolon { start -= 1 }
                var equals = start
                while bytes[equals] != equalsSign { equals += 1 }
                var end = equals + 1
                while end < bytes.count, bytes[end] != semicolon { end += 1 }
                let entry = bytes[start..<equals]
                if entry.elementsEqual(key) {
                    return bytes[(equals + 1)..<end].reduce(0) { value, digit in
                        value << 4 | UInt32(digit <= UInt8(ascii: "9") ? digit - UInt8(ascii: "0") : digit - UInt8(ascii: "a") + 10)
                    }
                }
                if entry.lexicographicallyPrecedes(key) { low = end + 1 } else { high = start }
            }
            return nil
        }
    }

    /// A colour in any form matplotlib's `to_rgba` accepts: a name (`red`, `tab:blue`,
    /// `xkcd:sky blue`, `k`), `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa` (the `#` may be left out of
    /// the six- and eight-digit forms, as style sheets do), `C0`…`C9` (the property cycle), a
    /// grey level `0.5`, an `(r, g, b[, a])` tuple, or `none`.
    static func color(_ text: String, cycle: [Color] = []) throws(StyleError) -> Color {
        let s = trimmedQuotes(text).trimmedText
        let lower = s.lowercased()
        if lower == "none" { return Color(gray: 0, alpha: 0) }
        if lower.count >= 2, lower.first == "c", let n = Int(lower.dropFirst()), n >= 0, !cycle.isEmpty {
            return cycle[n % cycle.count]
        }
        // As matplotlib's rcsetup.validate_color: six or eight hex digits are a colour before
        // they are a name, so a cycle of bare `1f77b4`s never searches the names.
        if let hex = hexColor(lower.hasPrefix("#") ? String(lower.dropFirst()) : lower, hashed: lower.hasPrefix("#")) {
            return hex
        }
        if let named = namedColor(lower) { return Color(hex: named) }
        if let level = Double(s), level >= 0, level <= 1 { return Color(gray: level) }
        var tuple = s
        if tuple.hasPrefix("(") && tuple.hasSuffix(")") { tuple = String(tuple.dropFirst().dropLast()) }
        let parts = tuple.split(separator: ",").compactMap { Double($0.trimmedText) }
        if parts.count == 3 || parts.count == 4, tuple.split(separator: ",").count == parts.count,
            parts.allSatisfy({ $0 >= 0 && $0 <= 1 })
        {
            return Color(red: parts[0], green: parts[1], blue: parts[2], alpha: parts.count == 4 ? parts[3] : 1)
        }
        throw StyleError("'\(text)' is not a colour; write a name (red, tab:blue), #rrggbb, a grey level such as 0.5, or C0…C9")
    }

    private static func hexColor(_ digits: String, hashed: Bool) -> Color? {
        guard digits.allSatisfy(\.isHexDigit) else { return nil }
        func value(_ s: Substring) -> Double { Double(UInt32(s, radix: 16) ?? 0) }
        let d = Array(digits)
        switch d.count {
        case 3 where hashed, 4 where hashed:
            let parts = d.map { value(Substring(String(repeating: String($0), count: 2))) / 255 }
            return Color(red: parts[0], green: parts[1], blue: parts[2], alpha: parts.count == 4 ? parts[3] : 1)
        case 6, 8:
            let parts = stride(from: 0, to: d.count, by: 2).map { value(Substring(String(d[$0...($0 + 1)]))) / 255 }
            return Color(red: parts[0], green: parts[1], blue: parts[2], alpha: parts.count == 4 ? parts[3] : 1)
        default:
            return nil
        }
    }

    // MARK: Line styles

    /// `-`, `--`, `:`, `-.`, their names, `None` (no line), or an on/off tuple
    /// `(offset, (on, off, …))` in points for a line of width 1.
    static func lineStyle(_ text: String) throws(StyleError) -> LineStyle? {
        let s = trimmedQuotes(text).trimmedText
        switch s.lowercased() {
        case "-", "solid": return .solid
        case "--", "dashed": return .dashed
        case ":", "dotted": return .dotted
        case "-.", "dashdot": return .dashDot
        case "none", "", " ": return nil
        default: break
        }
        // (offset, (on, off, …))
        let numbers = s.filter { !"()".contains($0) }.split(separator: ",").map { $0.trimmedText }
        let values = numbers.compactMap { Double($0) }
        if s.hasPrefix("("), values.count == numbers.count, values.count >= 3, values.dropFirst().allSatisfy({ $0 >= 0 }) {
            return .pattern(Array(values.dropFirst()))
        }
        throw StyleError("'\(text)' is not a line style; write -, --, :, -. or (offset, (on, off))")
    }

    // MARK: Cycler

    /// `axes.prop_cycle`: `cycler('color', [...])`, `cycler(color=[...], linestyle=[...])`,
    /// `cycler('color', 'bgrcmyk')`, and `+` (entries side by side) or `*` (every combination)
    /// of such cyclers, with parentheses. Colours and line styles are kept; other properties are
    /// named in ``CyclerResult/ignored``.
    static func cycler(_ text: String) throws(StyleError) -> (entries: [Style.CycleEntry], ignored: [String]) {
        var parser = CyclerParser(text: text)
        let properties = try parser.parse()
        let ignored = properties.keys.filter { $0 != "color" && $0 != "linestyle" }.sorted()
        let colors = properties["color"]
        let styles = properties["linestyle"]
        let count = colors?.count ?? styles?.count ?? 0
        guard count > 0 else { throw StyleError("'\(text)' cycles no colour or line style") }
        var entries: [Style.CycleEntry] = []
        for i in 0..<count {
            let color = try colors.map { c throws(StyleError) in try RcValue.color(c[i]) } ?? Color.tab10[i % Color.tab10.count]
            let style = try styles.map { s throws(StyleError) in try lineStyle(s[i]) ?? .solid }
            entries.append(Style.CycleEntry(color: color, lineStyle: style))
        }
        return (entries, ignored)
    }
}

/// Reads cycler expressions into property → values (all the same length).
struct CyclerParser {
    let text: String
    var chars: [Character]
    var i = 0

    init(text: String) {
        self.text = text
        self.chars = Array(text)
    }

    func fail(_ what: String) -> StyleError {
        StyleError("'\(text)' is not a cycler (\(what)); write cycler('color', ['1f77b4', 'ff7f0e'])")
    }

    mutating func skipSpaces() { while i < chars.count, chars[i].isWhitespace { i += 1 } }

    mutating func parse() throws(StyleError) -> [String: [String]] {
        let result = try expression()
        skipSpaces()
        guard i == chars.count else { throw fail("unexpected '\(chars[i])'") }
        return result
    }

    mutating func expression() throws(StyleError) -> [String: [String]] {
        var left = try term()
        while true {
            skipSpaces()
            guard i < chars.count, chars[i] == "+" || chars[i] == "*" else { return left }
            let op = chars[i]
            i += 1
            let right = try term()
            left = op == "+" ? try zip(left, right) : product(left, right)
        }
    }

    func zip(_ a: [String: [String]], _ b: [String: [String]]) throws(StyleError) -> [String: [String]] {
        guard a.values.first?.count == b.values.first?.count else { throw fail("added cyclers differ in length") }
        return a.merging(b) { x, _ in x }
    }

    func product(_ a: [String: [String]], _ b: [String: [String]]) -> [String: [String]] {
        let n = a.values.first?.count ?? 0, m = b.values.first?.count ?? 0
        var out: [String: [String]] = [:]
        for (key, values) in a { out[key] = values.flatMap { v in Array(repeating: v, count: m) } }
        for (key, values) in b { out[key] = (0..<n).flatMap { _ in values } }
        return out
    }

    mutating func term() throws(StyleError) -> [String: [String]] {
        skipSpaces()
        if i < chars.count, chars[i] == "(" {
            i += 1
            let inner = try expression()
            skipSpaces()
            guard i < chars.count, chars[i] == ")" else { throw fail("missing ')'") }
            i += 1
            return inner
        }
        guard String(chars[i...].prefix(7)) == "cycler(" else { throw fail("expected cycler(") }
        i += 7
        var result: [String: [String]] = [:]
        skipSpaces()
        if i < chars.count, chars[i] == "'" || chars[i] == "\"" {
            let key = try quoted()
            skipSpaces()
            guard i < chars.count, chars[i] == "," else { throw fail("expected ',' after the property") }
            i += 1
            result[canonical(key)] = try values()
        } else {
            while true {
                skipSpaces()
                var key = ""
                while i < chars.count, chars[i].isLetter || chars[i] == "_" { key.append(chars[i]); i += 1 }
                skipSpaces()
                guard !key.isEmpty, i < chars.count, chars[i] == "=" else { throw fail("expected property=values") }
                i += 1
                result[canonical(key)] = try values()
                skipSpaces()
                if i < chars.count, chars[i] == "," { i += 1 } else { break }
            }
        }
        skipSpaces()
        guard i < chars.count, chars[i] == ")" else { throw fail("missing ')'") }
        i += 1
        let counts = Set(result.values.map(\.count))
        guard counts.count == 1, counts.first! > 0 else { throw fail("properties of different lengths") }
        return result
    }

    func canonical(_ key: String) -> String {
        switch key {
        case "c": "color"
        case "ls": "linestyle"
        case "lw": "linewidth"
        default: key
        }
    }

    mutating func quoted() throws(StyleError) -> String {
        let quote = chars[i]
        i += 1
        var s = ""
        while i < chars.count, chars[i] != quote { s.append(chars[i]); i += 1 }
        guard i < chars.count else { throw fail("unterminated string") }
        i += 1
        return s
    }

    /// The tableau colours in `tab10`'s order, by their names in matplotlib's colour table.
    static let tab10 = ["blue", "orange", "green", "red", "purple", "brown", "pink", "gray", "olive", "cyan"].map { "tab:" + $0 }

    /// `[a, b, …]` of quoted strings, numbers or tuples; or one quoted string: `'tab10'` (the
    /// colormap's colours, matplotlib's default cycle) or one-letter colours (`'bgrcmyk'`).
    mutating func values() throws(StyleError) -> [String] {
        skipSpaces()
        guard i < chars.count else { throw fail("missing values") }
        if chars[i] == "'" || chars[i] == "\"" {
            let word = try quoted()
            if word == "tab10" { return CyclerParser.tab10 }
            guard word.allSatisfy({ "bgrcmykw".contains($0) }) else {
                throw fail("'\(word)' is neither tab10 nor one-letter colours")
            }
            return word.map(String.init)
        }
        guard chars[i] == "[" else { throw fail("expected a list") }
        i += 1
        var out: [String] = []
        while true {
            skipSpaces()
            guard i < chars.count else { throw fail("missing ']'") }
            if chars[i] == "]" { i += 1; return out }
            if chars[i] == "'" || chars[i] == "\"" {
                out.append(try quoted())
            } else {
                var depth = 0, item = ""
                while i < chars.count, depth > 0 || (chars[i] != "," && chars[i] != "]") {
                    if chars[i] == "(" { depth += 1 } else if chars[i] == ")" { depth -= 1 }
                    item.append(chars[i])
                    i += 1
                }
                out.append(item.trimmedText)
            }
            skipSpaces()
            if i < chars.count, chars[i] == "," { i += 1 }
        }
    }
}

extension StringProtocol {
    /// `trimmed(_:)` of this text.
    var trimmedText: String { trimmed(String(self)) }
}
