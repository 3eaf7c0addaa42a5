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
