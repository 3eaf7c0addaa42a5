/// A terminal multiplexer between us and the terminal, which keeps escape sequences it does not
/// know to itself unless they are wrapped for passthrough.
public enum Multiplexer: String, Sendable {
    case none
    /// tmux: `ESC P tmux ; … ESC \` with every ESC inside doubled; tmux 3.3 and later pass it on
    /// only with `set -g allow-passthrough on`.
    case tmux
    /// GNU screen: `ESC P … ESC \`, in pieces of at most 768 bytes (screen's limit on a string).
    case screen

    /// `sequence` as the multiplexer passes it to the terminal unchanged.
    public func wrap(_ sequence: [UInt8]) -> [UInt8] {
        switch self {
        case .none:
            return sequence
        case .tmux:
            var out = Array("\u{1B}Ptmux;".utf8)
            out.reserveCapacity(sequence.count + sequence.count / 16 + 16)
            for byte in sequence {
                if byte == 0x1B { out.append(0x1B) }
                out.append(byte)
            }
            return out + [0x1B, UInt8(ascii: "\\")]
        case .screen:
            var out: [UInt8] = []
            var start = 0
            while start < sequence.count {
                let end = min(start + Multiplexer.screenPiece, sequence.count)
                out += [0x1B, UInt8(ascii: "P")] + sequence[start..<end] + [0x1B, UInt8(ascii: "\\")]
                start = end
            }
            return out
        }
    }

    static let screenPiece = 768
}
