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
}
