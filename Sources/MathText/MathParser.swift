import Support

/// Parses the math between two dollars as matplotlib's `_mathtext.Parser` grammar does, for the
/// constructs actplot supports.
///
/// The grammar, in matplotlib's terms: math is one or more tokens; a token is a space, a font
/// switch, or a "subsuper" (an optional nucleus with `_` and `^` scripts and trailing primes);
/// a nucleus is a placeable: an accent, a symbol, a function name, `\operatorname`, a group,
/// `\frac`, `\dfrac`, `\binom`, `\sqrt`, `\overline`, `\underline`, `\text` or `\left…\right`.
/// Where matplotlib's pyparsing grammar skips white space, and where it does not (the argument
/// right after `^` or `_` may be a space), is kept.
struct MathParser {
    private let s: [Unicode.Scalar]
    /// Offset of `s[0]` in the whole label, for error columns.
    private let base: Int
    private let label: String
    private var pos = 0
    /// matplotlib's `_needs_space_after_subsuper`: a function name followed by a script asks the
    /// scripts for a thin space after them, and silences operator spacing until then.
    private var spaceAfterScripts = false
    /// How deeply placeables nest here; bounded so that hostile input cannot exhaust the stack.
    private var depth = 0
    static let maximumDepth = 100

    init(_ math: [Unicode.Scalar], offset: Int, label: String) {
        s = math
        base = offset
        self.label = label
    }

    /// The tokens of the whole math span.
    mutating func parse() throws -> [MathNode] {
        var nodes: [MathNode] = []
        while true {
            skipSpace()
            if pos == s.count { break }
            guard let node = try token() else { throw unexpected() }
            nodes.append(node)
        }
        if nodes.isEmpty { throw error("empty math between '$' signs", at: pos) }
        return nodes
    }

    // MARK: Characters

    private var peek: Unicode.Scalar? { pos < s.count ? s[pos] : nil }

    private static func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\n" || c == "\r" }

    private static func isLetter(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c)
    }

    private mutating func skipSpace() {
        while let c = peek, Self.isSpace(c) { pos += 1 }
    }

    /// The letters of a command starting at `at` (a backslash), without the backslash.
    private func commandName(at index: Int) -> String {
        var end = index + 1
        while end < s.count, Self.isLetter(s[end]) { end += 1 }
        return String(String.UnicodeScalarView(s[(index + 1)..<end]))
    }

    private func starts(with literal: String, at index: Int) -> Bool {
        var i = index
        for c in literal.unicodeScalars {
            guard i < s.count, s[i] == c else { return false }
            i += 1
        }
        return true
    }

    /// Characters a symbol may be (matplotlib's `symbol` regex, first alternative).
    private static func isSymbolCharacter(_ c: Unicode.Scalar) -> Bool {
        if Self.isLetter(c) || ("0"..."9").contains(c) { return true }
        if c.value >= 0x80 && c.value <= 0x1FFFF { return true }
        return " +-*/<>=:,.;!?&'@()[]|".unicodeScalars.contains(c)
    }

    // MARK: Tokens

    /// One token, or nil when none starts here.
    private mutating func token() throws -> MathNode? {
        skipSpace()
        if let width = matchSpace() { return .space(width) }
        if starts(with: "\\hspace", at: pos) && commandName(at: pos) == "hspace" { return try customSpace() }
        if peek == "\\" {
            let name = commandName(at: pos)
            if MathSymbols.fontNames.contains(name) {
                pos += name.unicodeScalars.count + 1
                return .font(name)
            }
        }
        if let node = try scripts() { return node }
        if peek == "\\" {
            let name = commandName(at: pos)
            if name == "right" || name == "middle" {
                throw error("\\\(name) without a \\left before it", at: pos)
            }
            throw unknownCommand(at: pos)
        }
        return nil
    }

    /// A spacing command (`\,`, `\quad`, `~`, …): matplotlib's `one_of`, longest first.
    private mutating func matchSpace() -> Double? {
        var best: (String, Double)?
        for (command, width) in MathSymbols.spaceWidths where starts(with: command, at: pos) {
            if best == nil || command.unicodeScalars.count > best!.0.unicodeScalars.count { best = (command, width) }
        }
        guard let (command, width) = best else { return nil }
        pos += command.unicodeScalars.count
        return width
    }

    /// `\hspace{<number>}`.
    private mutating func customSpace() throws -> MathNode {
        let start = pos
        pos += "\\hspace".unicodeScalars.count
        skipSpace()
        guard peek == "{" else { throw error("\\hspace needs a width: \\hspace{0.5}", at: pos) }
        pos += 1
        skipSpace()
        let number = pos
        let width = try floatLiteral(for: "\\hspace", at: number)
        skipSpace()
        guard let width, peek == "}" else {
            throw error("\\hspace needs a width: \\hspace{0.5}", at: number == pos ? pos : start)
        }
        pos += 1
        return .space(width)
    }

    /// matplotlib's `float_literal` (`[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)`) at `pos`, read past;
    /// nil when there is none. Beyond ±``largestLength`` it is an error at `start`: matplotlib
    /// takes any number, but a space or rule thousands of ems long cannot be drawn.
    private mutating func floatLiteral(for command: String, at start: Int) throws -> Double? {
        var text = ""
        while let c = peek, ("0"..."9").contains(c) || c == "." || c == "-" || c == "+" {
            text.unicodeScalars.append(c)
            pos += 1
        }
        guard let value = Double(text) else { return nil }
        guard abs(value) <= Self.largestLength else {
            throw error("\(command) takes at most \(Int(Self.largestLength)) either way", at: start)
        }
        return value
    }

    /// The longest `\hspace` (ems) or `\genfrac` rule (pixels).
    static let largestLength = 1000.0

    // MARK: Scripts (matplotlib's `subsuper`)

    private mutating func scripts() throws -> MathNode? {
        let start = pos
        // First alternative: an optional nucleus parsed where it stands, then scripts.
        let nucleus = try placeable(spaceIsSymbol: true)
        let afterNucleus = pos
        skipSpace()
        if let c = peek, c == "_" || c == "^" {
            var sub: MathNode?, sup: MathNode?
            while let c = peek, c == "_" || c == "^" {
                let operatorAt = pos
                pos += 1
                guard let argument = try placeable(spaceIsSymbol: true) else {
                    throw error("'\(c)' needs a symbol or a {group} after it", at: pos)
                }
                if c == "_" {
                    if sub != nil { throw error("double subscript; group it as x_{ab}", at: operatorAt) }
                    sub = argument
                } else {
                    if sup != nil { throw error("double superscript; group it as x^{ab}", at: operatorAt) }
                    sup = argument
                }
                skipSpace()
            }
            return makeScripts(nucleus, sub, sup, primes: apostrophes())
        }
        pos = afterNucleus
        // Second alternative: primes alone. Third: a nucleus with optional primes, after spaces.
        let bareApostrophe: Bool
        if case .symbol(let symbol)? = nucleus, symbol.symbol == "'" { bareApostrophe = true } else { bareApostrophe = false }
        if nucleus == nil || bareApostrophe || start < s.count && Self.isSpace(s[start]) {
            pos = start
            skipSpace()
            if peek == "'" { return makeScripts(nil, nil, nil, primes: apostrophes()) }
            if nucleus == nil { return nil }
            guard let spaced = try placeable(spaceIsSymbol: false) else { return nil }
            let primes = apostrophes()
            return primes == 0 ? spaced : makeScripts(spaced, nil, nil, primes: primes)
        }
        let primes = apostrophes()
        return primes == 0 ? nucleus : makeScripts(nucleus, nil, nil, primes: primes)
    }

    /// Counts `'` after skipping spaces (matplotlib's `Regex("'*")`, which also eats the spaces).
    private mutating func apostrophes() -> Int {
        skipSpace()
        var count = 0
        while peek == "'" {
            count += 1
            pos += 1
        }
        return count
    }

    private mutating func makeScripts(_ nucleus: MathNode?, _ sub: MathNode?, _ sup: MathNode?,
                                      primes: Int) -> MathNode {
        let spaceAfter = spaceAfterScripts
        spaceAfterScripts = false
        return .scripts(.init(nucleus: nucleus, sub: sub, sup: sup, primes: primes, spaceAfter: spaceAfter))
    }

    // MARK: Placeables

    /// A nucleus or script argument, or nil when none starts here. With `spaceIsSymbol`, a space
    /// right here is itself the placeable unless an accent follows it (matplotlib's `placeable`
    /// does not skip white space; its `named_placeable` does).
    private mutating func placeable(spaceIsSymbol: Bool) throws -> MathNode? {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maximumDepth {
            throw error("math nested more than \(Self.maximumDepth) levels deep", at: pos)
        }
        if spaceIsSymbol && peek == " " {
            let save = pos
            skipSpace()
            if peek == "\\" && MathSymbols.accents[commandName(at: pos)] != nil { return try accent() }
            pos = save
            return symbol(" ", length: 1)
        }
        skipSpace()
        guard let c = peek else { return nil }
        if c == "{" { return try group(font: nil, braceAt: pos) }
        if c == "\\" { return try command() }
        if Self.isSymbolCharacter(c) {
            if c.value >= 0x80 && !MathSymbols.scalars.contains(c.value) {
                throw error("'\(Character(c))' is not supported in math; put it outside the '$' signs", at: pos)
            }
            return symbol(String(c), length: 1)
        }
        return nil
    }

    /// A placeable that starts with a backslash, or nil for a command that is not one (a font
    /// switch, a space, `\right`).
    private mutating func command() throws -> MathNode? {
        let start = pos
        let name = commandName(at: pos)
        if name.isEmpty {
            guard pos + 1 < s.count else { return nil }
            let escaped = String(s[pos + 1])
            if "{}|$%_#".contains(escaped) { return symbol("\\" + escaped, length: 2) }
            return nil
        }
        let end = pos + 1 + name.unicodeScalars.count
        if MathSymbols.accents[name] != nil { return try accent() }
        if MathSymbols.names[name] != nil && !name.hasPrefix("__") { return symbol("\\" + name, length: end - pos) }
        if MathSymbols.functionNames.contains(name) { return function(name, end: end) }
        switch name {
        case "operatorname": return try operatorName()
        case "frac", "dfrac", "binom":
            pos = end
            let usage = "\\\(name){numerator}{denominator}"
            let numerator = try requiredGroup("\\\(name)", usage: usage)
            let denominator = try requiredGroup("\\\(name)", usage: usage)
            let kind: MathNode.FractionKind = name == "frac" ? .text : name == "dfrac" ? .display : .binomial
            return .fraction(kind, numerator: numerator, denominator: denominator)
        case "sqrt": return try squareRoot()
        case "overline", "underline":
            pos = end
            let body = try requiredGroup("\\\(name)", usage: "\\\(name){…}")
            return name == "overline" ? .overline(body) : .underline(body)
        case "genfrac": return try generalFraction(end: end)
        case "boldsymbol":
            // matplotlib's `"{" + ZeroOrMore(simple) + "}"`.
            pos = end
            skipSpace()
            guard peek == "{" else { throw error("\\boldsymbol needs a group: \\boldsymbol{…}", at: pos) }
            return .boldSymbol(try tokens(until: "}", simple: true))
        case "substack":
            // matplotlib's nested_expr of token runs, each followed by any number of `\\`.
            pos = end
            skipSpace()
            guard peek == "{" else { throw error("\\substack needs {row \\\\ row}", at: pos) }
            let opening = pos
            pos += 1
            var rows: [[MathNode]] = [[]]
            while true {
                skipSpace()
                if peek == "}" { break }
                guard peek != nil else { throw error("'{' is never closed; add a '}'", at: opening) }
                if peek == "\\" && pos + 1 < s.count && s[pos + 1] == "\\" {
                    pos += 2
                    if !rows[rows.count - 1].isEmpty { rows.append([]) }
                    continue
                }
                guard let node = try token() else { throw unexpected() }
                rows[rows.count - 1].append(node)
            }
            pos += 1
            rows.removeAll { $0.isEmpty }
            if rows.isEmpty { throw error("empty \\substack; write \\substack{i=1 \\\\ j<n}", at: opening) }
            return .stack(rows)
        case "overset", "underset":
            // matplotlib's optional_group: either group may be empty.
            pos = end
            let usage = "{annotation}{body}"
            var parts: [MathNode] = []
            for _ in 0..<2 {
                skipSpace()
                guard peek == "{" else { throw error("\\\(name) needs \(usage)", at: pos) }
                parts.append(.list(try tokens(until: "}")))
            }
            return .set(over: name == "overset", annotation: parts[0], body: parts[1])
        case "text": return try text()
        case "left": return try delimited()
        default: break
        }
        if name.hasPrefix("math"), MathSymbols.fontNames.contains(String(name.dropFirst(4))) {
            pos = end
            skipSpace()
            guard peek == "{" else { throw error("\\\(name) needs a group: \\\(name){…}", at: pos) }
            return try group(font: String(name.dropFirst(4)), braceAt: pos)
        }
        if name == "right" || name == "middle" || MathSymbols.fontNames.contains(name) || name == "hspace"
            || MathSymbols.spaceWidths["\\" + name] != nil
        {
            return nil
        }
        throw unknownCommand(at: start)
    }

    /// A symbol of `length` scalars at `pos`, with matplotlib's spacing decision
    /// (`Parser.symbol`): operators and relations get 0.2 em each side, except a binary operator
    /// at the start or after `{`, an opening delimiter or a relation (a sign, as in `=-2`), and
    /// punctuation gets 0.2 em after, except a decimal point or `{,}`.
    private mutating func symbol(_ raw: String, length: Int) -> MathNode {
        let at = pos
        pos += length
        let symbol = raw == "-" ? "\u{2212}" : raw
        var spacing = MathSymbol.Spacing.none
        if MathSymbols.spacedSymbols.contains(symbol) {
            let before = s[..<at]
            let previous = before.last(where: { $0 != " " }).map { String($0) } ?? ""
            let signPosition = before.allSatisfy(Self.isSpace) || previous == "{"
                || MathSymbols.leftDelimiters.contains(previous) || MathSymbols.relationSymbols.contains(previous)
            if !(spaceAfterScripts || MathSymbols.binaryOperators.contains(symbol) && signPosition) {
                spacing = .operator_
            }
        } else if MathSymbols.punctuationSymbols.contains(symbol) {
            let previous = s[..<at].last(where: { $0 != " " })
            let next = s[(at + 1)...].first(where: { $0 != " " })
            if symbol == "," && previous == "{" && next == "}" {
                spacing = .none
            } else if symbol == ".", let previous, let next, Self.isDigit(previous), Self.isDigit(next) {
                spacing = .none
            } else {
                spacing = .punctuation
            }
        }
        return .symbol(MathSymbol(symbol: symbol, spacing: spacing, offset: base + at))
    }

    private static func isDigit(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.numericType {
        case .decimal, .digit: true
        default: false
        }
    }

    /// `\sin` and friends (matplotlib's `function` and `operatorname` actions): a thin space
    /// follows unless the next character is a delimiter or a script, and a script asks for the
    /// thin space after itself instead.
    private mutating func function(_ name: String, end: Int) -> MathNode {
        pos = end
        let next = nextCharacter(from: end)
        return .function(name: name, contents: nil, thinSpace: takeThinSpace(next))
    }

    private mutating func takeThinSpace(_ next: String) -> Bool {
        spaceAfterScripts = next == "^" || next == "_"
        return !(MathSymbols.delimiters.contains(next) || next == "^" || next == "_")
    }

    private func nextCharacter(from index: Int) -> String {
        guard index < s.count else { return "" }
        return s[index...].first(where: { $0 != " " }).map { String($0) } ?? ""
    }

    /// `\operatorname{…}`: spaces, font switches and scripts, set upright.
    private mutating func operatorName() throws -> MathNode {
        let start = pos
        pos += "\\operatorname".unicodeScalars.count
        skipSpace()
        guard peek == "{" else { throw error("\\operatorname needs a name: \\operatorname{softplus}", at: pos) }
        let contents = try tokens(until: "}", simple: true)
        // matplotlib finds the next character by counting the name's tokens, not its characters.
        let tokens = contents.filter { if case .font = $0 { false } else { true } }.count
        let next = nextCharacter(from: start + tokens + 1 + "operatorname{}".count)
        return .function(name: "", contents: contents, thinSpace: takeThinSpace(next))
    }

    /// `{…}` (and `\mathXX{…}`), possibly empty; a group of its own for font switches.
    private mutating func group(font: String?, braceAt brace: Int) throws -> MathNode {
        pos = brace
        return .group(font: font, try tokens(until: "}"))
    }

    /// The `{…}` argument of a command: at least one token.
    private mutating func requiredGroup(_ command: String, usage: String) throws -> MathNode {
        skipSpace()
        guard peek == "{" else { throw error("\(command) needs \(usage.dropFirst(command.count))", at: pos) }
        let brace = pos
        let nodes = try tokens(until: "}")
        if nodes.isEmpty { throw error("empty group in \(command); write \(usage)", at: brace) }
        return .list(nodes)
    }

    /// The tokens after the opening character at `pos` up to `closer`, which is consumed;
    /// `simple` allows only spaces, font switches and scripts (matplotlib's `simple`).
    /// `unclosed` is the message, at the opening character, when the math ends first.
    private mutating func tokens(until closer: Unicode.Scalar, unclosed: String = "'{' is never closed; add a '}'",
                                 simple: Bool = false) throws -> [MathNode] {
        let opening = pos
        pos += 1
        var nodes: [MathNode] = []
        while true {
            skipSpace()
            if peek == closer { break }
            guard peek != nil else { throw error(unclosed, at: opening) }
            guard let node = try simple ? simpleToken() : token() else { throw unexpected() }
            nodes.append(node)
        }
        pos += 1
        return nodes
    }

    /// A space, a font switch or scripts, or nil.
    private mutating func simpleToken() throws -> MathNode? {
        if let width = matchSpace() { return .space(width) }
        if peek == "\\", MathSymbols.fontNames.contains(commandName(at: pos)) {
            let name = commandName(at: pos)
            pos += name.unicodeScalars.count + 1
            return .font(name)
        }
        return try scripts()
    }

    /// `\sqrt[index]{body}`.
    private mutating func squareRoot() throws -> MathNode {
        pos += "\\sqrt".unicodeScalars.count
        skipSpace()
        var index: [MathNode]?
        if peek == "[" {
            let bracket = pos
            let nodes = try tokens(until: "]", unclosed: "'[' of \\sqrt is never closed")
            if nodes.isEmpty { throw error("empty index in \\sqrt; write \\sqrt[3]{x}", at: bracket) }
            index = nodes
        }
        let body = try requiredGroup("\\sqrt", usage: "\\sqrt{value}")
        return .root(index: index, body: body)
    }

    /// `\text{…}`: literal text; braces group without showing, a backslash escapes.
    private mutating func text() throws -> MathNode {
        pos += "\\text".unicodeScalars.count
        skipSpace()
        guard peek == "{" else { throw error("\\text needs a group: \\text{…}", at: pos) }
        let brace = pos
        var depth = 0
        var text = ""
        while let c = peek {
            if c == "\\" && pos + 1 < s.count {
                let escaped = s[pos + 1]
                let escapes: [Unicode.Scalar: Unicode.Scalar] = ["t": "\t", "n": "\n", "f": "\u{0C}", "r": "\r"]
                text.unicodeScalars.append(escapes[escaped] ?? escaped)
                pos += 2
                continue
            }
            pos += 1
            if c == "{" {
                depth += 1
            } else if c == "}" {
                depth -= 1
                if depth == 0 { return .text(text) }
            } else {
                text.unicodeScalars.append(c)
            }
        }
        throw error("'{' is never closed; add a '}'", at: brace)
    }

    /// An accent over the next placeable (`\hat x`, `\bar{x}`).
    private mutating func accent() throws -> MathNode {
        let name = commandName(at: pos)
        pos += name.unicodeScalars.count + 1
        guard let body = try placeable(spaceIsSymbol: false) else {
            throw error("\\\(name) needs a symbol or a {group} after it", at: pos)
        }
        return .accent(name, body)
    }

    /// `\left<delim> … \middle<delim> … \right<delim>`.
    private mutating func delimited() throws -> MathNode {
        let start = pos
        pos += "\\left".unicodeScalars.count
        let left = try delimiter(after: "\\left")
        var middle: [MathNode.DelimitedPart] = []
        while true {
            skipSpace()
            guard peek != nil else {
                throw error("\\left\(left) has no matching \\right", at: start)
            }
            if peek == "\\" && commandName(at: pos) == "right" {
                pos += "\\right".unicodeScalars.count
                break
            }
            if peek == "\\" && commandName(at: pos) == "middle" {
                pos += "\\middle".unicodeScalars.count
                middle.append(.middle(try delimiter(after: "\\middle")))
                continue
            }
            if let node = try simpleToken() {
                middle.append(.node(node))
            } else if peek == "\\" {
                throw unknownCommand(at: pos)
            } else {
                throw unexpected()
            }
        }
        let right = try delimiter(after: "\\right")
        return .delimited(left: left, middle: middle, right: right)
    }

    /// `\genfrac{left}{right}{rule}{style}{numerator}{denominator}` (matplotlib's `genfrac`):
    /// each delimiter and the style may be left empty; the rule is a number.
    private mutating func generalFraction(end: Int) throws -> MathNode {
        pos = end
        let usage = "{left}{right}{rule}{style}{numerator}{denominator}"
        func open() throws {
            skipSpace()
            guard peek == "{" else { throw error("\\genfrac needs \(usage)", at: pos) }
            pos += 1
            skipSpace()
        }
        func close() throws {
            skipSpace()
            guard peek == "}" else { throw error("\\genfrac needs \(usage)", at: pos) }
            pos += 1
        }
        var delimiters: [String] = []
        for _ in 0..<2 {
            try open()
            delimiters.append(peek == "}" ? "" : try delimiter(after: "\\genfrac"))
            try close()
        }
        try open()
        let start = pos
        guard let rule = try floatLiteral(for: "\\genfrac's rule", at: start) else {
            throw error("\\genfrac needs a rule thickness such as 0 or 0.8", at: start)
        }
        try close()
        try open()
        var style = 1
        if let c = peek, let digit = Int(String(c)), (0...3).contains(digit) {
            style = digit
            pos += 1
        }
        try close()
        let numerator = try requiredGroup("\\genfrac", usage: "\\genfrac" + usage)
        let denominator = try requiredGroup("\\genfrac", usage: "\\genfrac" + usage)
        return .fraction(
            .general(left: delimiters[0], right: delimiters[1], rule: rule, style: style), numerator: numerator,
            denominator: denominator)
    }

    /// A delimiter after `\left`, `\middle` or `\right` (matplotlib's `one_of(_delims)`).
    private mutating func delimiter(after command: String) throws -> String {
        skipSpace()
        var best = ""
        for candidate in MathSymbols.delimiters where candidate.unicodeScalars.count > best.unicodeScalars.count {
            if starts(with: candidate, at: pos) { best = candidate }
        }
        if best.isEmpty {
            throw error("\(command) needs a delimiter such as ( [ \\{ | . after it", at: pos)
        }
        pos += best.unicodeScalars.count
        return best
    }

    // MARK: Errors

    private func error(_ message: String, at index: Int, suggestions: [String] = []) -> MathTextError {
        MathTextError(message, offset: base + index, label: label, suggestions: suggestions)
    }

    private func unexpected() -> MathTextError {
        guard let c = peek else { return error("unexpected end of math", at: pos) }
        if c == "}" { return error("unexpected '}' without a matching '{'", at: pos) }
        if c == "^" || c == "_" { return error("'\(c)' needs a symbol or a {group} after it", at: pos + 1) }
        return error("unexpected '\(Character(c))' in math", at: pos)
    }

    private func unknownCommand(at index: Int) -> MathTextError {
        let name = commandName(at: index)
        let command = name.isEmpty && index + 1 < s.count ? "\\" + String(s[index + 1]) : "\\" + name
        let suggestions = Self.suggestions(for: command)
        var message = "unknown command '\(command)'"
        if !suggestions.isEmpty {
            message += "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?"
        }
        return error(message, at: index, suggestions: suggestions)
    }

    /// Up to three supported commands close to `command`, closest first (Activations'
    /// `Suggestions`, which also serves function and parameter names).
    static func suggestions(for command: String) -> [String] {
        Suggestions.closest(to: command, among: MathSymbols.commands)
    }
}
