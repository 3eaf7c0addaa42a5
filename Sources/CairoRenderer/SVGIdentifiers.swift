/// Cairo names each SVG document's drawing group `surfaceN` after a counter shared by the whole
/// process, so the same chart gets another N when other charts were drawn before it (as in
/// `actplot all`, whose threads run in any order). Renumbering those names in order of first
/// appearance gives every chart the same bytes however it was made.
enum SVGIdentifiers {
    /// `bytes` with each `surfaceN` that follows `"` or `#` (an id or a reference to one) renamed
    /// `surface1`, `surface2`, … in order of first appearance.
    static func renumber(_ bytes: [UInt8]) -> [UInt8] {
        let word = Array("surface".utf8)
        var names: [ArraySlice<UInt8>: Int] = [:]
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if i > 0, bytes[i - 1] == UInt8(ascii: "\"") || bytes[i - 1] == UInt8(ascii: "#"),
                bytes[i...].starts(with: word)
            {
                var end = i + word.count
                while end < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end]) { end += 1 }
                if end > i + word.count {
                    let number = names[bytes[(i + word.count)..<end], default: names.count + 1]
                    names[bytes[(i + word.count)..<end]] = number
                    out += word
                    out += Array(String(number).utf8)
                    i = end
                    continue
                }
            }
            out.append(bytes[i])
            i += 1
        }
        return out
    }
}
