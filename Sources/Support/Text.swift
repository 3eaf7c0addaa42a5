/// Lower-cased, with `-` and spaces read as `_`: the form names are compared in.
package func normalizedName(_ text: String) -> String {
    let name = trimmed(text)
    if name.utf8.allSatisfy({ $0 < 0x80 }) {
        // ASCII, as every catalog name and nearly every typed one: byte by byte.
        return String(decoding: name.utf8.map { byte -> UInt8 in
            switch byte {
            case UInt8(ascii: "-"), UInt8(ascii: " "): UInt8(ascii: "_")
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte + 32
            default: byte
            }
        }, as: UTF8.self)
    }
    return String(name.lowercased().map { $0 == "-" || $0 == " " ? "_" : $0 })
}

/// `text` without leading and trailing white space (spaces, tabs, line breaks): how every spec,
/// option value and formula is read.
package func trimmed(_ text: String) -> String {
    // Most texts start and end with a printable ASCII character, which is never white space
    // (nor part of a character that is): nothing to trim, and no Unicode lookups.
    if let head = text.utf8.first, let tail = text.utf8.last,
        (0x21...0x7E).contains(head), (0x21...0x7E).contains(tail) {
        return text
    }
    guard let first = text.firstIndex(where: { !$0.isWhitespace }),
        let last = text.lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(text[first...last])
}

