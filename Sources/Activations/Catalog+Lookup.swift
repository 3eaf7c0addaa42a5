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

    /// Up to `limit` names or aliases close to `name` by edit distance, closest first, at most
    /// one per function (its best-matching spelling). Ties go to the shorter spelling, then to
    /// catalog order, so `rleu` gives relu, elu, celu. Spellings more than max(2, ⌊length/2⌋)
    /// edits away are not suggested.
    public static func closestNames(to name: String, limit: Int = 3) -> [String] {
        let wanted = normalizedName(name)
        let cutoff = max(2, wanted.count / 2)
        var ranked: [(distance: Int, length: Int, order: Int, spelling: String)] = []
        for (order, f) in functions.enumerated() {
            var best: (distance: Int, length: Int, spelling: String)?
            for spelling in [f.name] + f.aliases {
                let d = editDistance(wanted, normalizedName(spelling))
                if best == nil || (d, spelling.count) < (best!.distance, best!.length) {
                    best = (d, spelling.count, spelling)
                }
            }
            if let best, best.distance <= cutoff {
                ranked.append((best.distance, best.length, order, best.spelling))
            }
        }
        ranked.sort { ($0.distance, $0.length, $0.order) < ($1.distance, $1.length, $1.order) }
        return ranked.prefix(max(0, limit)).map(\.spelling)
    }
}
