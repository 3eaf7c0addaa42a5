import Activations

/// The functions built into the grammar besides the elementary ones.
enum Builtin: String, CaseIterable, Sendable {
    case `where`, min, max, abs, clip

    /// The arguments it takes, for messages.
    var signature: String {
        switch self {
        case .where: "where(condition, a, b)"
        case .min: "min(a, b, …)"
        case .max: "max(a, b, …)"
        case .abs: "abs(u)"
        case .clip: "clip(value, lower, upper)"
        }
    }
}

/// Every name an expression can use, and suggestions for the ones it cannot.
enum Names {
    /// The variable.
    static let variable = "x"

    /// Named constants. `e` is the double nearest Euler's number, the same as `exp(1)`.
    static let constants: [(name: String, value: Double)] = [
        ("pi", Double.pi), ("e", eulerE), ("inf", Double.infinity),
    ]

    /// Every name, for suggestions: the variable, constants, built-in and elementary functions, and
    /// the catalog's names and aliases.
    static var all: [String] {
        var names = [variable] + constants.map(\.name)
        names += Builtin.allCases.map(\.rawValue) + Elementary.allCases.map(\.name)
        for function in Catalog.functions {
            names.append(function.name)
            names += function.aliases
        }
        var seen = Set<String>()
        return names.filter { seen.insert($0.lowercased()).inserted }
    }

    /// Up to `limit` names from `candidates` close to `name`: within a small edit distance (letters
    /// swapped, missing, extra or wrong), or starting with it. Closest first.
    static func suggestions(for name: String, among candidates: [String], limit: Int = 3) -> [String] {
        let word = Array(name.lowercased())
        guard !word.isEmpty, word.count <= 40 else { return [] }
        let threshold = word.count <= 2 ? 1 : word.count <= 5 ? 2 : 3
        var scored: [(score: Int, name: String)] = []
        for candidate in candidates {
            let other = Array(candidate.lowercased())
            if other == word { continue }
            var score = editDistance(word, other)
            if word.count >= 3 && other.starts(with: word) { score = min(score, 2) }
            if score <= threshold { scored.append((score, candidate)) }
        }
        scored.sort { ($0.score, $0.name.count, $0.name) < ($1.score, $1.name.count, $1.name) }
        return scored.prefix(limit).map(\.name)
    }

    /// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two
    /// neighbouring characters each cost 1.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var d = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    d = min(d, before[j - 2] + 1)
                }
                current[j] = d
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }

    /// Joins names for a message: `'a'`, `'a' or 'b'`, `'a', 'b' or 'c'`.
    static func list(_ names: [String], conjunction: String = "or") -> String {
        let quoted = names.map { "'\($0)'" }
        guard let last = quoted.last else { return "" }
        if quoted.count == 1 { return last }
        return quoted.dropLast().joined(separator: ", ") + " \(conjunction) " + last
    }
}

/// Euler's number rounded to the nearest double (equal to `exp(1)`).
let eulerE = 2.718281828459045
