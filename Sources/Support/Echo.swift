/// How a value the user typed is shown inside a one-line message: control characters escaped
/// (a newline as `\n`, a tab as `\t`, others as `\u{1B}`), and anything past `limit` characters
/// elided with `…`, so that an error is always one readable line whatever was typed.
package enum Echo {
    /// The longest echo, in characters.
    package static let defaultLimit = 200

    package static func value(_ text: String, limit: Int = defaultLimit) -> String {
        var out = ""
        var count = 0
        for character in text {
            if count == limit {
                out += "…"
                break
            }
            count += 1
            guard character.unicodeScalars.contains(where: isControl) else {
                out.append(character)
                continue
            }
            for scalar in character.unicodeScalars {
                switch scalar {
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                default:
                    if isControl(scalar) {
                        out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
        }
        return out
    }

    /// C0 and C1 control characters, DEL, and the Unicode line and paragraph separators.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    /// `text` on one line, with a caret on the line below under its `column`th character
    /// (1-based; one past the end points just after it), each line indented by two spaces: how a
    /// usage error shows where a formula or a label went wrong. Line breaks show as spaces, tabs
    /// stay tabs (the caret line copies them), other control characters are escaped as in
    /// ``value(_:limit:)``; a text longer than `limit` characters shows a window around the
    /// column. The caret counts display columns: an escape's characters, two for a wide
    /// (East Asian) character, none for a combining mark.
    package static func pointer(at column: Int, in text: String, limit: Int = defaultLimit) -> String {
        let characters = Array(text)
        let start = max(0, min(column - 1 - limit / 2, characters.count - limit))
        let end = min(characters.count, start + limit)
        var shown = start > 0 ? "…" : "", caret = start > 0 ? " " : ""
        for (i, character) in characters[start..<end].enumerated() {
            let piece = character.isNewline ? " " : character == "\t" ? "\t" : value(String(character))
            shown += piece
            guard start + i < column - 1 else { continue }
            caret += piece == "\t" ? "\t" : String(repeating: " ", count: piece.reduce(0) { $0 + width($1) })
        }
        if end < characters.count { shown += "…" }
        return "  " + shown + "\n  " + caret + "^"
    }

    /// The columns a terminal gives `character`: two for East Asian wide and fullwidth ones (the
    /// ranges of Unicode's East Asian Width W and F that hold assigned characters), one for
    /// others. A character's combining marks take none.
    static func width(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        switch first.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
            0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}
