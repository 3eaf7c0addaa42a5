import Support

extension Catalog {
    /// The function called `name`: case-insensitive, `-` read as `_`, aliases accepted.
    public static func lookup(_ name: String) -> ActivationFunction? {
        index[normalizedName(name)].map { functions[$0] }
    }

    /// Every accepted spelling (normalized) → position in ``functions``.
    private static let index: [String: Int] = {
        var table: [String: Int] = [:]
        for (i, f) in functions.enumerated() {
            for spelling in [f.name] + f.aliases {
                let key = normalizedName(spelling)
                precondition(table[key] == nil, "duplicate activation name \(key)")
                table[key] = i
            }
        }
        return table
    }()

    /// Up to `limit` names or aliases close to `name`, closest first, at most one per function
    /// (its best-matching spelling), as the internal `Suggestions` ranks them: `rleu` gives relu, elu, celu.
    public static func closestNames(to name: String, limit: Int = 3) -> [String] {
        Suggestions.closest(to: name, amongGroups: functions.map { [$0.name] + $0.aliases }, limit: limit)
    }
}
