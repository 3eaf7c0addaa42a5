/// The vocabulary of math: TeX names and their Unicode scalars, and the classes of symbols that
/// matplotlib's `_mathtext.Parser` spaces or stacks differently.
///
/// A symbol is written as matplotlib writes it: one character (`"x"`, `"("`, `"−"`) or a TeX name
/// with its backslash (`"\\alpha"`, `"\\__sqrt__"`).
enum MathSymbols {
    /// TeX names (without the backslash) and their scalars: matplotlib's `tex2uni`, for the names
    /// actplot supports.
    static let names: SortedTable<String, UInt32> = {
        // `name,scalar;` records, the scalar in base 36, read straight from the bytes: every
        // chart's first label with math reads this table.
        var table = SortedTable<String, UInt32>()
        var text = encodedNames
        text.withUTF8 { bytes in
            var start = 0, comma = -1
            for (i, byte) in bytes.enumerated() {
                if byte == UInt8(ascii: ",") { comma = i }
                guard byte == UInt8(ascii: ";") || i == bytes.count - 1 else { continue }
                let end = byte == UInt8(ascii: ";") ? i : i + 1
                if comma > start, let scalar = UInt32(String(decoding: bytes[(comma + 1)..<end], as: UTF8.self), radix: 36) {
                    table.append(String(decoding: bytes[start..<comma], as: UTF8.self), scalar)
                }
                start = i + 1
                comma = -1
            }
        }
        return table.sorted()
    }()

    /// The `;`-separated records of a generated table, each split at its commas. The tables are
    /// ASCII, and splitting their UTF-8 bytes costs a tenth of splitting characters: the tables
    /// are read by the first label with math, whose time a chart's pays.
    static func records(_ text: String) -> [[Substring]] {
        text.utf8.split(separator: UInt8(ascii: ";")).map { record in
            record.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false).map { Substring($0) }
        }
    }

    /// Scalars that may be typed directly in math: those of the supported names.
    static let scalars = Set(names.values)

    /// The supported commands, with their backslash, for suggestions: every symbol name, the
    /// function names, font commands, spaces and the structural commands.
    static let commands: [String] = {
        var all = Set(names.keys.filter { !$0.hasPrefix("__") && $0.count > 1 }.map { "\\" + $0 })
        all.formUnion(functionNames.map { "\\" + $0 })
        all.formUnion(fontNames.map { "\\math" + $0 })
        all.formUnion(spaceWidths.keys.filter { $0.count > 2 })
        all.formUnion(accents.keys.map { "\\" + $0 })
        all.formUnion([
            "\\frac", "\\dfrac", "\\binom", "\\sqrt", "\\left", "\\right", "\\middle", "\\text",
            "\\operatorname", "\\overline", "\\underline", "\\hspace",
        ])
        // Alphabetical, a lower-case spelling before its capital (\sigma before \Sigma), as
        // suggestions keep this order among equally close commands.
        return all.sorted { a, b in
            let (la, lb) = (a.lowercased(), b.lowercased())
            return la != lb ? la < lb : a > b
        }
    }()

    /// The scalar a symbol stands for (matplotlib's `get_unicode_index`), or nil.
    static func scalar(of symbol: String) -> UInt32? {
        let scalars = symbol.unicodeScalars
        if scalars.count == 1 { return scalars.first!.value }
        var name = Substring(symbol)
        while name.first == "\\" { name = name.dropFirst() }
        while name.last == "\\" { name = name.dropLast() }
        return names[String(name)]
    }

    /// The text a symbol stands for, for reading order and plain-Unicode output.
    static func text(of symbol: String) -> String {
        guard let value = scalar(of: symbol), let scalar = Unicode.Scalar(value) else { return symbol }
        return String(Character(scalar))
    }

    // MARK: Classes (matplotlib's `Parser._binary_operators` and friends, for supported symbols)

    static let binaryOperators: Set<String> = [
        "+", "*", "-", "\u{2212}", "\\pm", "\\mp", "\\times", "\\div", "\\ast", "\\star", "\\circ",
        "\\bullet", "\\cdot", "\\cap", "\\cup", "\\setminus", "\\oplus", "\\otimes", "\\wedge",
        "\\vee",
    ]

    static let relationSymbols: Set<String> = [
        "=", "<", ">", ":", "\\leq", "\\geq", "\\equiv", "\\sim", "\\perp", "\\simeq", "\\mid",
        "\\ll", "\\gg", "\\parallel", "\\subset", "\\supset", "\\approx", "\\subseteq",
        "\\supseteq", "\\cong", "\\neq", "\\in", "\\propto", "\\doteq", "\\dots", "\\top", "\\bot",
        "\\ne", "\\notin",
    ]

    static let arrowSymbols: Set<String> = [
        "\\leftarrow", "\\uparrow", "\\Leftarrow", "\\Uparrow", "\\rightarrow", "\\downarrow",
        "\\Rightarrow", "\\Downarrow", "\\leftrightarrow", "\\updownarrow", "\\Leftrightarrow",
        "\\Updownarrow", "\\mapsto", "\\to",
    ]

    static let spacedSymbols = binaryOperators.union(relationSymbols).union(arrowSymbols)

    static let punctuationSymbols: Set<String> = [",", ";", ".", "!"]

    /// Symbols whose limits go above and below (matplotlib's `_overunder_symbols`).
    static let overUnderSymbols: Set<String> = [
        "\\sum", "\\prod", "\\coprod", "\\bigcap", "\\bigcup", "\\bigvee", "\\bigwedge",
        "\\bigotimes", "\\bigoplus",
    ]

    /// Functions whose limits go above and below (`_overunder_functions`).
    static let overUnderFunctions: Set<String> = ["lim", "liminf", "limsup", "sup", "max", "min"]

    /// Integrals: scripts drop beside them (`_dropsub_symbols`).
    static let dropSubSymbols: Set<String> = ["\\int", "\\oint", "\\iint", "\\iiint"]

    /// Symbols counted as slanted for script placement (`_slanted_symbols`).
    static let slantedSymbols: Set<String> = ["\\int", "\\oint"]

    /// Font names of `\mathXX{...}` and `\XX` (`_fontnames`).
    static let fontNames: Set<String> = [
        "rm", "cal", "it", "tt", "sf", "bf", "bfit", "default", "regular", "normal", "bb", "frak", "scr",
    ]

    /// The names of the small Greek letters (`Parser._small_greek`: the last word of each
    /// Unicode name from α to ω, so `sigma` for ς too), which `\boldsymbol` sets bold italic.
    static let smallGreek: Set<String> = [
        "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lamda", "mu", "nu",
        "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega",
    ]

    /// Upright function names (`_function_names`).
    static let functionNames: Set<String> = [
        "arccos", "csc", "ker", "min", "arcsin", "deg", "lg", "Pr", "arctan", "det", "lim", "sec",
        "arg", "dim", "liminf", "sin", "cos", "exp", "limsup", "sinh", "cosh", "gcd", "ln", "sup",
        "cot", "hom", "log", "tan", "coth", "inf", "max", "tanh",
    ]

    /// Delimiters for `\left`, `\middle` and `\right` (`_delims`, for supported symbols).
    static let leftDelimiters: Set<String> = [
        "(", "[", "\\{", "<", "\\lfloor", "\\langle", "\\lceil", "\\lbrace", "\\leftbrace",
        "\\lbrack", "\\leftparen",
    ]
    static let rightDelimiters: Set<String> = [
        ")", "]", "\\}", ">", "\\rfloor", "\\rangle", "\\rceil", "\\rbrace", "\\rightbrace",
        "\\rbrack", "\\rightparen",
    ]
    static let ambiguousDelimiters: Set<String> = [
        "|", "\\|", "/", "\\backslash", "\\uparrow", "\\downarrow", "\\updownarrow", "\\Uparrow",
        "\\Downarrow", "\\Updownarrow", ".", "\\vert", "\\Vert",
    ]
    static let delimiters = leftDelimiters.union(rightDelimiters).union(ambiguousDelimiters)

    /// Spaces as fractions of an em (`_space_widths`).
    static let spaceWidths: [String: Double] = [
        "\\,": 0.16667, "\\thinspace": 0.16667, "\\/": 0.16667, "\\>": 0.22222, "\\:": 0.22222,
        "\\;": 0.27778, "\\ ": 0.33333, "~": 0.33333, "\\enspace": 0.5, "\\quad": 1,
        "\\qquad": 2, "\\!": -0.16667,
    ]

    /// Accent commands and the combining symbols drawn for them (`_accent_map`).
    static let accents: [String: String] = [
        "hat": "\\circumflexaccent", "breve": "\\combiningbreve", "bar": "\\combiningoverline",
        "grave": "\\combininggraveaccent", "acute": "\\combiningacuteaccent",
        "tilde": "\\combiningtilde", "dot": "\\combiningdotabove", "ddot": "\\combiningdiaeresis",
        "vec": "\\combiningrightarrowabove",
    ]

    // MARK: Font tables for the cm and stix font sets

    /// matplotlib's `latex_to_bakoma`: the BaKoMa face and code of a symbol.
    static let bakoma: [String: (face: MathFace, code: UInt32)] = {
        var table: [String: (face: MathFace, code: UInt32)] = [:]
        // Faces by file name without ".ttf", as the records name them.
        var faces: [Substring: MathFace] = [:]
        for face in MathFace.allCases { faces[face.fileName.dropLast(4)] = face }
        for fields in records(encodedBakoma) {
            guard fields.count == 3, let code = UInt32(fields[2], radix: 36), let face = faces[fields[1]] else { continue }
            var symbol = String(fields[0])
            if symbol.first == "u", let value = UInt32(symbol.dropFirst(), radix: 36),
                let scalar = Unicode.Scalar(value)
            {
                symbol = String(Character(scalar))
            }
            table[symbol] = (face, code)
        }
        return table
    }()

    /// One range of matplotlib's `stix_virtual_fonts`: characters `start...end` of a virtual font
    /// are drawn as `target...` of the font `font`.
    struct VirtualRange {
        let start: UInt32, end: UInt32
        let font: String
        let target: UInt32
    }

    /// Virtual font → font class (`*` when the mapping has no classes) → ranges, sorted.
    static let stixVirtualFonts: [String: [String: [VirtualRange]]] = {
        var table: [String: [String: [VirtualRange]]] = [:]
        for f in records(encodedStixVirtual) {
            guard f.count == 6, let start = UInt32(f[2], radix: 36), let end = UInt32(f[3], radix: 36),
                let target = UInt32(f[5], radix: 36)
            else { continue }
            table[String(f[0]), default: [:]][String(f[1]), default: []].append(
                VirtualRange(start: start, end: end, font: String(f[4]), target: target))
        }
        return table
    }()
}
