#if canImport(Glibc)
import Glibc
#endif

/// What the environment variables say about the terminal: its colours, the multiplexer in
/// between, and which image protocol the terminal is known for.
public struct TerminalEnvironment: Sendable, Equatable {
    /// The variables read, by name (only those in ``names``).
    public var variables: [String: String]

    /// Every variable detection reads.
    public static let names = [
        "TERM", "TERM_PROGRAM", "COLORTERM", "NO_COLOR", "KITTY_WINDOW_ID", "GHOSTTY_RESOURCES_DIR",
        "WEZTERM_EXECUTABLE", "WEZTERM_PANE", "KONSOLE_VERSION", "VTE_VERSION", "LC_TERMINAL", "ITERM_SESSION_ID",
        "WT_SESSION", "XTERM_VERSION", "MLTERM", "TMUX", "STY", "COLUMNS", "LINES",
    ]

    public init(_ variables: [String: String]) {
        self.variables = variables
    }

    /// This process's environment.
    public static func current() -> TerminalEnvironment {
        var found: [String: String] = [:]
        for name in names { if let value = getenv(name) { found[name] = String(cString: value) } }
        return TerminalEnvironment(found)
    }

    func value(_ name: String) -> String? { variables[name] }
    func isSet(_ name: String) -> Bool { !(variables[name] ?? "").isEmpty }
    var term: String { (variables["TERM"] ?? "").lowercased() }
    var program: String { (variables["TERM_PROGRAM"] ?? "").lowercased() }

    /// `TERM=dumb`: a terminal that takes no escape sequences (Emacs' shell, some IDE consoles).
    public var isDumb: Bool { term == "dumb" }

    /// The colours the terminal shows: none with `NO_COLOR` set to anything but the empty text
    /// (no-color.org) or `TERM=dumb`; 24-bit when `COLORTERM` is `truecolor` or `24bit` or the
    /// terminfo name ends in `-direct`; 256 when it has `256color`; else the 16 ANSI colours.
    public var colorDepth: ColorDepth {
        if isSet("NO_COLOR") || isDumb { return .none }
        let colorTerm = (value("COLORTERM") ?? "").lowercased()
        if colorTerm == "truecolor" || colorTerm == "24bit" || term.hasSuffix("-direct") { return .trueColor }
        if term.contains("256color") { return .ansi256 }
        return .ansi16
    }

    /// The multiplexer we run in: tmux (`TMUX`), or screen (`STY`); also read from `TERM`
    /// (`tmux-256color`, `screen.xterm-256color`) when the variable did not survive `sudo` or
    /// `ssh`.
    public var multiplexer: Multiplexer {
        if isSet("TMUX") || term.hasPrefix("tmux") { return .tmux }
        if isSet("STY") || term.hasPrefix("screen") { return .screen }
        return .none
    }

    /// The terminal the environment names, when it says which.
    public enum Terminal: Sendable, Equatable {
        /// kitty, Ghostty, Konsole 22.04 or later: the kitty graphics protocol.
        case kittyGraphics
        /// iTerm2 or WezTerm: iTerm2's inline images.
        case itermImages
        /// VS Code's terminal: iTerm2's inline images once its image support is on, which shows
        /// as sixel support in its device attributes.
        case vscode
        /// foot or mlterm: sixel.
        case sixel
    }

    /// The terminal the variables point to: `KITTY_WINDOW_ID` or `TERM=xterm-kitty` (kitty),
    /// `TERM=xterm-ghostty`, `TERM_PROGRAM=ghostty` or `GHOSTTY_RESOURCES_DIR` (Ghostty),
    /// `KONSOLE_VERSION` ≥ 220400 (Konsole); `TERM_PROGRAM=iTerm.app`, `LC_TERMINAL=iTerm2` or
    /// `ITERM_SESSION_ID` (iTerm2), `TERM_PROGRAM=WezTerm` or `WEZTERM_*` (WezTerm);
    /// `TERM_PROGRAM=vscode`; `TERM=foot*`, `TERM=mlterm` or `MLTERM` (sixel).
    public var terminal: Terminal? {
        if program == "wezterm" || isSet("WEZTERM_EXECUTABLE") || isSet("WEZTERM_PANE") { return .itermImages }
        if program == "iterm.app" || value("LC_TERMINAL") == "iTerm2" || isSet("ITERM_SESSION_ID") { return .itermImages }
        if isSet("KITTY_WINDOW_ID") || term == "xterm-kitty" { return .kittyGraphics }
        if term == "xterm-ghostty" || program == "ghostty" || isSet("GHOSTTY_RESOURCES_DIR") { return .kittyGraphics }
        if let konsole = value("KONSOLE_VERSION").flatMap({ Int($0) }), konsole >= 220400 { return .kittyGraphics }
        if program == "vscode" { return .vscode }
        if term.hasPrefix("foot") || term.hasPrefix("mlterm") || isSet("MLTERM") { return .sixel }
        return nil
    }

    /// `COLUMNS` and `LINES`, when both are whole numbers of at least 1.
    public var declaredSize: (columns: Int, rows: Int)? {
        guard let c = value("COLUMNS").flatMap({ Int($0) }), let r = value("LINES").flatMap({ Int($0) }), c > 0, r > 0
        else { return nil }
        return (c, r)
    }
}
