import Chart
import TerminalRenderer

/// How a chart is shown on a terminal or written as text: `--term-mode` and `--cells`.
public struct TerminalOptions: Sendable {
    /// The mode to use instead of the one detected.
    public var mode: TerminalMode?
    /// The chart's size in character cells instead of the terminal's.
    public var cells: (columns: Int, rows: Int)?

    public init(mode: TerminalMode? = nil, cells: (columns: Int, rows: Int)? = nil) {
        self.mode = mode
        self.cells = cells
    }

    /// The options only apply to `term` and `txt`; `txt` is text, so only braille or ASCII.
    func check(for format: OutputFormat) throws(ActplotError) {
        let option = mode != nil ? "--term-mode" : cells != nil ? "--cells" : nil
        if let option, format != .term && format != .txt {
            throw .usage("\(option) is for charts on the terminal (--term) or as text (--format txt), not \(format.name)")
        }
        if format == .txt, let mode, mode.isImage {
            throw .usage("--format txt writes text; --term-mode \(mode.rawValue) shows an image, so use braille or ascii")
        }
    }
}

extension OutputFormat {
    /// The chart on the terminal: an inline image where the terminal shows one (kitty, iTerm2,
    /// sixel), else braille in colour; `--term` is `--format term -o -`.
    public static let term = OutputFormat(name: "term", extensions: [], kind: .fitted(TerminalOutput.terminal))
    /// The braille chart as plain text, without escape sequences, 80×24 cells unless `--cells`.
    public static let txt = OutputFormat(name: "txt", extensions: ["txt"], kind: .fitted(TerminalOutput.text))
}

/// Chooses the terminal renderer and sizes the chart for it.
enum TerminalOutput {
    /// The size of a text file's chart unless `--cells` says otherwise: the classic terminal's.
    static let textCells = (columns: 80, rows: 24)

    /// `--format term`: detects the terminal (when the output is one), then either
    /// sets the dpi so the image fills the terminal's width or 2/3 of its height, or draws
    /// braille over the window less two lines (for the command above and the prompt below).
    static func terminal(_ request: inout PlotRequest, _ file: OutputFile) throws(ActplotError) -> any Renderer {
        let options = request.terminal
        let terminal = file.terminal
        let setup = TerminalDetection.detect(output: terminal, forced: options.mode)
        let interrupt = setup.isTerminal ? terminal : nil
        if setup.mode.isImage {
            let figure = request.style.figure
            let box = options.cells ?? (setup.columns, max(1, setup.rows * 2 / 3))
            let fit = ImageFit(figure: (figure.width, figure.height), cells: box, cellPixels: setup.cellPixels)
            request.style.figure.dpi = fit.dpi
            try PlotRequest.checkRaster(
                width: figure.width * fit.dpi, height: figure.height * fit.dpi, what: "the terminal's size gives")
            // Where the cell size is a guess, the terminal scales the image to the columns it
            // should cover; sixel cannot be scaled and is drawn pixel for pixel.
            let scale = setup.cellPixels == nil && setup.mode != .sixel ? (fit.columns, fit.rows) : nil
            return InlineImageRenderer(
                mode: setup.mode, multiplexer: setup.passthrough, cells: scale, rows: fit.rows, interruptDescriptor: interrupt)
        }
        let cells = options.cells ?? (setup.columns, max(1, setup.rows - 2))
        return TextChartRenderer(
            columns: cells.columns, rows: cells.rows, kind: setup.mode == .ascii ? .ascii : .braille, colors: setup.colors,
            interruptDescriptor: interrupt)
    }

    /// `--format txt`: braille (or ASCII) text without colour, at `--cells` or 80×24.
    static func text(_ request: inout PlotRequest, _ file: OutputFile) throws(ActplotError) -> any Renderer {
        let cells = request.terminal.cells ?? textCells
        return TextChartRenderer(
            columns: cells.columns, rows: cells.rows, kind: request.terminal.mode == .ascii ? .ascii : .braille, colors: .none)
    }
}
