#if canImport(Glibc)
import Glibc
#endif

/// Everything a chart on a terminal needs to know about it.
public struct TerminalSetup: Sendable, Equatable {
    public var mode: TerminalMode
    public var colors: ColorDepth
    /// The multiplexer an image must be wrapped for; ``Multiplexer/none`` when the image goes
    /// straight to the terminal (or the multiplexer draws it itself).
    public var passthrough: Multiplexer
    /// The window, in cells.
    public var columns: Int
    public var rows: Int
    /// The size of one cell in pixels, when the terminal says.
    public var cellPixels: PixelSize?
    /// Whether the output is a terminal (else colours and the interrupt reset are left out).
    public var isTerminal: Bool

    public init(
        mode: TerminalMode, colors: ColorDepth, passthrough: Multiplexer = .none, columns: Int, rows: Int,
        cellPixels: PixelSize? = nil, isTerminal: Bool
    ) {
        self.mode = mode
        self.colors = colors
        self.passthrough = passthrough
        self.columns = columns
        self.rows = rows
        self.cellPixels = cellPixels
        self.isTerminal = isTerminal
    }
}

/// Finds out how to show a chart on the terminal, in this order:
///
/// 1. A mode the user forced (`--term-mode`) is used as it is.
/// 2. Output that is not a terminal, or `TERM=dumb`, gets braille.
/// 3. Inside tmux or screen, which keep image protocols to themselves, a multiplexer that
///    reports sixel in its device attributes (tmux 3.4 built with sixel) draws sixel itself;
///    else, in a tmux whose `allow-passthrough` is on, the outer terminal's protocol (kitty's
///    or iTerm2's, known from tmux's `client_termname` or the environment the pane inherited)
///    is used through passthrough; anything else gets braille. A forced image mode is always
///    wrapped for passthrough.
/// 4. iTerm2 and WezTerm (from the environment) get iTerm2's inline images.
/// 5. kitty, Ghostty and Konsole (from the environment) get kitty's protocol, unless they
///    answered the query without accepting kitty's graphics query.
/// 6. VS Code's terminal gets iTerm2's images when its device attributes show image support.
/// 7. A terminal that accepted kitty's graphics query gets kitty's protocol.
/// 8. A terminal whose device attributes list sixel, or foot and mlterm when the query got no
///    answer, gets sixel.
/// 9. Braille.
///
/// The query (``TerminalQuery``) is sent only when standard input and output are the same
/// terminal, and waits at most 100 ms.
public enum TerminalDetection {
    /// The size of a cell in pixels when the terminal does not say: a typical 8×16.
    public static let typicalCell = PixelSize(width: 8, height: 16)

    /// The mode, from the environment, the query's answer (nil when none was asked) and, in
    /// tmux, what tmux said of passthrough.
    public static func mode(
        environment: TerminalEnvironment, outputIsTerminal: Bool, answer: QueryAnswer?, tmux: TmuxAnswer? = nil
    ) -> TerminalMode {
        guard outputIsTerminal, !environment.isDumb else { return .braille }
        let answered = answer?.answered ?? false
        if environment.multiplexer != .none {
            if answer?.sixel == true { return .sixel }
            return passthroughMode(environment: environment, tmux: tmux) ?? .braille
        }
        switch environment.terminal {
        case .itermImages: return .iterm
        case .kittyGraphics where !answered || answer?.kittyGraphics == true: return .kitty
        case .vscode where answer?.sixel == true: return .iterm
        default: break
        }
        if answer?.kittyGraphics == true { return .kitty }
        if answer?.sixel == true { return .sixel }
        if environment.terminal == .sixel && !answered { return .sixel }
        return .braille
    }

    /// The image mode of the terminal outside tmux, when tmux lets sequences through to it:
    /// kitty's protocol or iTerm2's (sixel cannot be told through tmux, which answers the
    /// device attributes itself).
    static func passthroughMode(environment: TerminalEnvironment, tmux: TmuxAnswer?) -> TerminalMode? {
        guard environment.multiplexer == .tmux, let tmux, tmux.passthrough else { return nil }
        var outside = environment.variables
        if !tmux.clientTerm.isEmpty { outside["TERM"] = tmux.clientTerm }
        outside["TMUX"] = nil
        switch TerminalEnvironment(outside).terminal {
        case .kittyGraphics: return .kitty
        case .itermImages: return .iterm
        default: return nil
        }
    }

    /// Detects the terminal behind `output`, the descriptor the chart is written to (nil when
    /// that is no terminal we could ask).
    public static func detect(
        output: Int32?, forced: TerminalMode?, environment: TerminalEnvironment = .current(), queryTimeout: Int = 100
    ) -> TerminalSetup {
        let isTerminal = output.map { isatty($0) == 1 } ?? false
        let window = windowSize(candidates: [output ?? 1, 2, 0].filter { $0 >= 0 })
        let declared = environment.declaredSize
        let columns = window?.columns ?? declared?.columns ?? 80
        let rows = window?.rows ?? declared?.rows ?? 24
        var cell: PixelSize?
        if let window, window.pixelWidth > 0, window.pixelHeight > 0 {
            cell = PixelSize(width: window.pixelWidth / window.columns, height: window.pixelHeight / window.rows)
        }
        var answer: QueryAnswer?
        let wantsQuery = forced == nil || (forced!.isImage && cell == nil)
        if wantsQuery, isTerminal, let output, !environment.isDumb, sameTerminal(0, output) {
            answer = TerminalQuery.ask(input: 0, output: output, timeout: queryTimeout)
        }
        if cell == nil, let reported = answer?.cellPixels { cell = reported }
        var tmux: TmuxAnswer?
        if forced == nil, isTerminal, environment.multiplexer == .tmux, answer?.sixel != true {
            tmux = TmuxQuery.ask(timeout: queryTimeout)
        }
        let mode = forced ?? self.mode(environment: environment, outputIsTerminal: isTerminal, answer: answer, tmux: tmux)
        // A forced image mode is wrapped, and one chosen for the terminal behind tmux; sixel that
        // tmux itself reported is drawn by tmux.
        let wrapped = forced?.isImage == true || (mode.isImage && passthroughMode(environment: environment, tmux: tmux) == mode)
        let passthrough = wrapped && isTerminal ? environment.multiplexer : .none
        return TerminalSetup(
            mode: mode, colors: isTerminal ? environment.colorDepth : .none, passthrough: passthrough, columns: columns,
            rows: rows, cellPixels: cell, isTerminal: isTerminal)
    }

    /// The window size of the first of `candidates` that is a terminal (TIOCGWINSZ).
    static func windowSize(candidates: [Int32]) -> (columns: Int, rows: Int, pixelWidth: Int, pixelHeight: Int)? {
        for fd in candidates {
            var size = winsize()
            let ok = withUnsafeMutablePointer(to: &size) { ioctl(fd, UInt(TIOCGWINSZ), $0) } == 0
            if ok && size.ws_col > 0 && size.ws_row > 0 {
                return (Int(size.ws_col), Int(size.ws_row), Int(size.ws_xpixel), Int(size.ws_ypixel))
            }
        }
        return nil
    }

    /// Whether two descriptors are the same terminal device, so that what is written to one is
    /// answered on the other.
    static func sameTerminal(_ a: Int32, _ b: Int32) -> Bool {
        guard isatty(a) == 1, isatty(b) == 1 else { return false }
        var sa = stat(), sb = stat()
        guard fstat(a, &sa) == 0, fstat(b, &sb) == 0 else { return false }
        return sa.st_rdev == sb.st_rdev
    }
}

/// An image's size on a terminal: the dpi that makes the figure as large as fits in a box of
/// cells, and what the image then covers.
public struct ImageFit: Sendable, Equatable {
    /// Dots per inch to render the figure at: a whole number, so the same chart can be written
    /// with `--dpi` (at least 10).
    public var dpi: Double
    /// The image in pixels.
    public var pixels: PixelSize
    /// The columns and rows of text it covers.
    public var columns: Int
    public var rows: Int

    /// The largest image of a `figure` (inches) that fits in `cells`, where a cell is
    /// `cellPixels` (or ``TerminalDetection/typicalCell`` when unknown).
    public init(figure: (width: Double, height: Double), cells: (columns: Int, rows: Int), cellPixels: PixelSize?) {
        let cell = cellPixels ?? TerminalDetection.typicalCell
        let fit = min(Double(cells.columns * cell.width) / figure.width, Double(cells.rows * cell.height) / figure.height)
        dpi = max(10, fit.isFinite ? fit.rounded(.down) : 10)
        func whole(_ v: Double) -> Int { v.isFinite ? Int(min(max(v.rounded(), 0), Double(Int32.max))) : 0 }
        pixels = PixelSize(width: whole(figure.width * dpi), height: whole(figure.height * dpi))
        columns = max(1, (pixels.width + cell.width - 1) / cell.width)
        rows = max(1, (pixels.height + cell.height - 1) / cell.height)
    }
}
