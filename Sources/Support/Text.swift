/// Lower-cased, with `-` and spaces read as `_`: the form names are compared in.
package func normalizedName(_ text: String) -> String {
    String(trimmed(text).lowercased().map { $0 == "-" || $0 == " " ? "_" : $0 })
}

/// `text` without leading and trailing white space (spaces, tabs, line breaks): how every spec,
/// option value and formula is read.
package func trimmed(_ text: String) -> String {
    guard let first = text.firstIndex(where: { !$0.isWhitespace }),
        let last = text.lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(text[first...last])
}

