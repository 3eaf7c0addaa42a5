extension MathText {
    /// The label as plain Unicode text, for outputs that can only show characters (a terminal's
    /// braille mode, an HTML title attribute): Greek and symbols as characters, scripts as
    /// superscript and subscript characters where Unicode has them all (`x²`, `xᵢ`) and as
    /// `^(…)` and `_(…)` otherwise, fractions as `a/b` with parentheses around compound parts,
    /// roots with `√`, primes as `′`, function names upright as they are.
    ///
    ///     σ′(x) = σ(x) (1 − σ(x))      e^(−x²)      1/(1 + e^(−x))
    public var unicode: String {
        var out = ""
        for segment in segments {
            switch segment {
            case .text(let text, _): out += text
            case .math(let nodes, _):
                // A label does not start with an operator's space.
                let math = UnicodeText.render(nodes)
                out += out.isEmpty || out.last == " " ? String(math.drop { $0 == " " }) : math
            }
        }
        return out
    }
}

/// Plain-Unicode rendering of parsed math.
enum UnicodeText {
    static func render(_ nodes: [MathNode]) -> String {
        // A font switch (`\\mathbb` as `\\bb`) styles what follows it in the list.
        var font: String?
        let pieces = nodes.map { node -> String in
            if case .font(let name) = node { font = name }
            return styled(render(node), font: font)
        }
        var out = ""
        for (i, node) in nodes.enumerated() {
            var piece = pieces[i]
            // A fraction against what comes before or after it is bracketed, so that it reads as
            // one term: (1/β)log(…), (x/2)(1 + …), 2(1/x); beside spaces and operators it is not.
            if case .fraction(let kind, _, _) = node, kind != .binomial {
                let before = out.last, after = pieces[(i + 1)...].first { !$0.isEmpty }?.first
                if before.map(joins) == true || after.map({ joins($0) || $0 == "(" }) == true { piece = "(\(piece))" }
            }
            // A script written with its mark (`^x`, `_b`) is kept apart from a following letter
            // or digit, which would read as part of it: ∫₀^x e^(−t²).
            if let next = piece.first, next.isLetter || next.isNumber, out.count >= 2,
                "^_".contains(out[out.index(out.endIndex, offsetBy: -2)])
            {
                out += " "
            }
            append(piece, to: &out)
        }
        return out
    }

    /// Whether `c` binds to a fraction beside it: a letter, digit, prime or closing bracket.
    private static func joins(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || c == ")" || c == "′"
    }

    /// Appends, keeping a single space where two spaced pieces meet.
    private static func append(_ piece: String, to out: inout String) {
        if piece.first == " " && out.last == " " {
            out += piece.dropFirst()
        } else {
            out += piece
        }
    }

    static func render(_ node: MathNode) -> String {
        switch node {
        case .symbol(let symbol):
            let text = MathSymbols.text(of: symbol.symbol)
            switch symbol.spacing {
            case .none: return text
            case .operator_: return " \(text) "
            case .punctuation: return "\(text) "
            }
        case .space(let ems):
            return ems > 0 ? " " : ""
        case .font:
            return ""
        case .group(let font, let nodes):
            return styled(render(nodes), font: font)
        case .list(let nodes):
            return render(nodes)
        case .function(let name, let contents, let thinSpace):
            return (contents.map(render) ?? name) + (thinSpace ? " " : "")
        case .scripts(let scripts):
            var out = scripts.nucleus.map(render) ?? ""
            if out.hasSuffix(" ") { out.removeLast() }
            if let sub = scripts.sub { out += script(render(sub), map: subscripts, mark: "_") }
            out += String(repeating: "\u{2032}", count: scripts.primes)
            if let sup = scripts.sup { out += script(render(sup), map: superscripts, mark: "^") }
            return out + (scripts.spaceAfter ? " " : "")
        case .fraction(let kind, let numerator, let denominator):
            let num = render(numerator), den = render(denominator)
            if kind == .binomial { return "C(\(num), \(den))" }
            if case .general(let left, let right, _, _) = kind, !left.isEmpty || !right.isEmpty {
                return delimiter(left.isEmpty ? "." : left) + parenthesized(num) + "/" + parenthesized(den)
                    + delimiter(right.isEmpty ? "." : right)
            }
            return parenthesized(num) + "/" + parenthesized(den)
        case .root(let index, let body):
            let inner = render(body)
            let radicand = parenthesized(inner)
            guard let index else { return "√" + radicand }
            let degree = render(index)
            if degree == "3" { return "∛" + radicand }
            if degree == "4" { return "∜" + radicand }
            return script(degree, map: superscripts, mark: "^") + "√" + radicand
        case .delimited(let left, let middle, let right):
            var out = delimiter(left)
            for part in middle {
                switch part {
                case .node(let node): append(render(node), to: &out)
                case .middle(let d): out += delimiter(d)
                }
            }
            if out.hasSuffix(" ") { out.removeLast() }
            return out + delimiter(right)
        case .text(let text):
            return text
        case .accent(let name, let body):
            let combining: [String: String] = [
                "hat": "\u{302}", "breve": "\u{306}", "bar": "\u{304}", "grave": "\u{300}",
                "acute": "\u{301}", "tilde": "\u{303}", "dot": "\u{307}", "ddot": "\u{308}", "vec": "\u{20D7}",
            ]
            return render(body) + (combining[name] ?? "")
        case .set(let over, let annotation, let body):
            // As a script on the body: =^!, argminₓ.
            var base = render(body)
            let spaced = base.hasSuffix(" ")
            if spaced { base.removeLast() }
            let mark = script(render(annotation), map: over ? superscripts : subscripts, mark: over ? "^" : "_")
            return base + mark + (spaced ? " " : "")
        case .boldSymbol(let nodes):
            return render(nodes)
        case .stack(let rows):
            return rows.map { render($0) }.joined(separator: ", ")
        case .overline(let body):
            return render(body).map { String($0) + "\u{305}" }.joined()
        case .underline(let body):
            return render(body).map { String($0) + "\u{332}" }.joined()
        }
    }

    /// `text` with its Latin letters and digits as Unicode's mathematical alphanumeric symbols
    /// of `font`'s style: ℝ for `\\mathbb{R}`, 𝔤 for `\\mathfrak{g}`, ℒ for `\\mathscr{L}` and
    /// `\\mathcal{L}`. Other fonts, and other characters, are left as they are.
    static func styled(_ text: String, font: String?) -> String {
        guard let font, let style = alphanumerics[font] else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let mapped: UInt32? =
                if let letterlike = style.exceptions[v] { letterlike }
                else if (0x41...0x5A).contains(v) { style.capitals + v - 0x41 }
                else if (0x61...0x7A).contains(v), let small = style.small { small + v - 0x61 }
                else if (0x30...0x39).contains(v), let digits = style.digits { digits + v - 0x30 }
                else { nil }
            out.append(mapped.flatMap(Unicode.Scalar.init) ?? scalar)
        }
        return String(out)
    }

    /// Where each style's letters start in Unicode's Mathematical Alphanumeric Symbols, and the
    /// letters that Unicode encodes elsewhere, in Letterlike Symbols (ℂ, ℌ, ℒ, …).
    private static let alphanumerics: [String: (capitals: UInt32, small: UInt32?, digits: UInt32?, exceptions: [UInt32: UInt32])] = {
        let script: (capitals: UInt32, small: UInt32?, digits: UInt32?, exceptions: [UInt32: UInt32]) = (
            0x1D49C, 0x1D4B6, nil,
            [0x42: 0x212C, 0x45: 0x2130, 0x46: 0x2131, 0x48: 0x210B, 0x49: 0x2110, 0x4C: 0x2112, 0x4D: 0x2133,
             0x52: 0x211B, 0x65: 0x212F, 0x67: 0x210A, 0x6F: 0x2134]
        )
        return [
            "bb": (0x1D538, 0x1D552, 0x1D7D8,
                   [0x43: 0x2102, 0x48: 0x210D, 0x4E: 0x2115, 0x50: 0x2119, 0x51: 0x211A, 0x52: 0x211D, 0x5A: 0x2124]),
            "frak": (0x1D504, 0x1D51E, nil, [0x43: 0x212D, 0x48: 0x210C, 0x49: 0x2111, 0x52: 0x211C, 0x5A: 0x2128]),
            "scr": script,
            "cal": (script.capitals, nil, nil, script.exceptions.filter { $0.key < 0x61 }),
        ]
    }()

    private static func delimiter(_ d: String) -> String {
        d == "." ? "" : MathSymbols.text(of: d)
    }

    /// Parentheses around a compound part of a fraction or root.
    private static func parenthesized(_ text: String) -> String {
        let compound = text.contains { " +−-×·/=<>±∓".contains($0) }
        return compound ? "(\(text))" : text
    }

    /// A script as Unicode script characters when all of them have one, else `mark` and the
    /// text, in parentheses unless it is one character.
    private static func script(_ text: String, map: [Character: Character], mark: String) -> String {
        let trimmed = String(text.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
        if trimmed.isEmpty { return "" }  // `x^{}`, `\overset{}{=}`: nothing to show
        if trimmed.allSatisfy({ map[$0] != nil }) { return String(trimmed.map { map[$0]! }) }
        return trimmed.count == 1 ? mark + trimmed : "\(mark)(\(trimmed))"
    }

    private static let superscripts: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
        "+": "⁺", "−": "⁻", "=": "⁼", "(": "⁽", ")": "⁾", "n": "ⁿ", "i": "ⁱ", "′": "′",
    ]

    private static let subscripts: [Character: Character] = [
        "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉",
        "+": "₊", "−": "₋", "=": "₌", "(": "₍", ")": "₎", "a": "ₐ", "e": "ₑ", "h": "ₕ", "i": "ᵢ", "j": "ⱼ",
        "k": "ₖ", "l": "ₗ", "m": "ₘ", "n": "ₙ", "o": "ₒ", "p": "ₚ", "r": "ᵣ", "s": "ₛ", "t": "ₜ",
        "u": "ᵤ", "v": "ᵥ", "x": "ₓ",
    ]
}
