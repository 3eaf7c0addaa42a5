/// "Did you mean …?": the known names closest to a mistyped one, for every message that offers
/// some (catalog names, parameters, choices, expression names).
///
/// Names are compared lower-cased with `-` and spaces read as `_`. A name is close when it is
/// within max(2, ⌊length/2⌋) edits of the typed one (1 for one or two letters), or starts with
/// it when three or more letters were typed (`sigm` → `sigmoid`, ranked as one edit away).
/// Closest first; ties go to the shorter name, then to the order the candidates were given in.
package enum Suggestions {
    /// Up to `limit` of `candidates` close to `name`.
    package static func closest(to name: String, among candidates: [String], limit: Int = 3) -> [String] {
        closest(to: name, amongGroups: candidates.map { [$0] }, limit: limit)
    }

    /// Up to `limit` suggestions, at most one per group of alternative spellings (a function and
    /// its aliases): the group's closest spelling.
    package static func closest(to name: String, amongGroups groups: [[String]], limit: Int = 3) -> [String] {
        let word = Array(normalizedName(name))
        guard !word.isEmpty, word.count <= 64 else { return [] }
        let cutoff = word.count <= 2 ? 1 : max(2, word.count / 2)
        var ranked: [(score: Int, length: Int, order: Int, spelling: String)] = []
        for (order, group) in groups.enumerated() {
            var best: (score: Int, length: Int, spelling: String)?
            for spelling in group {
                let other = Array(normalizedName(spelling))
                var score = editDistance(word, other)
                if word.count >= 3 && other.starts(with: word) { score = min(score, 1) }
                if score <= cutoff, best == nil || (score, spelling.count) < (best!.score, best!.length) {
                    best = (score, spelling.count, spelling)
                }
            }
            if let best { ranked.append((best.score, best.length, order, best.spelling)) }
        }
        ranked.sort { ($0.score, $0.length, $0.order) < ($1.score, $1.length, $1.order) }
        return ranked.prefix(max(0, limit)).map(\.spelling)
    }

    /// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two
    /// neighbouring characters each cost 1 (so `rleu` is one edit from `relu`).
    static func editDistance(_ s: [Character], _ t: [Character]) -> Int {
        if s.isEmpty { return t.count }
        if t.isEmpty { return s.count }
        var previous2 = [Int](repeating: 0, count: t.count + 1)
        var previous = Array(0...t.count)
        var current = [Int](repeating: 0, count: t.count + 1)
        for i in 1...s.count {
            current[0] = i
            for j in 1...t.count {
                let cost = s[i - 1] == t[j - 1] ? 0 : 1
                var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, s[i - 1] == t[j - 2], s[i - 2] == t[j - 1] {
                    best = min(best, previous2[j - 2] + 1)
                }
                current[j] = best
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[t.count]
    }
}

/// How numbers are written back to the user in labels, messages and tables.
package enum NumberFormat {
    /// Shortest text that reads back as `value`, without a trailing `.0` for whole numbers
    /// (`2`, `0.5`, `1e-07`, `inf`).
    package static func shortest(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return value.description
    }
}
