/// How a chart is shown in a terminal.
public enum TerminalMode: String, CaseIterable, Sendable {
    /// The PNG through kitty's graphics protocol (kitty, Ghostty, Konsole; WezTerm when enabled).
    case kitty
    /// The PNG through iTerm2's inline images (iTerm2, WezTerm, VS Code's terminal).
    case iterm
    /// The PNG's pixels as DEC sixel graphics (xterm with sixel, foot, mlterm, Windows Terminal).
    case sixel
    /// Text: curves on a braille canvas (2×4 dots a character), the frame in box-drawing characters.
    case braille
    /// Text in ASCII alone, for logs and plain-text documents.
    case ascii

    /// Whether the mode sends an image rather than text.
    public var isImage: Bool {
        switch self {
        case .kitty, .iterm, .sixel: true
        case .braille, .ascii: false
        }
    }
}
