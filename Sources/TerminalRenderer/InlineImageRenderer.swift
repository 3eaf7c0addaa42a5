import CairoRenderer
import Chart

/// Shows the chart as an image in the terminal: the very PNG that `-o chart.png` writes at the
/// scene's dpi (kitty, iTerm2), or its pixels (sixel), in the terminal's escape protocol, wrapped
/// for a multiplexer's passthrough when there is one.
public struct InlineImageRenderer: Renderer {
    /// ``TerminalMode/kitty``, ``TerminalMode/iterm`` or ``TerminalMode/sixel``.
    public var mode: TerminalMode
    public var multiplexer: Multiplexer
    /// The cells the terminal should scale the image to (kitty and iTerm2 can), for when the
    /// size of a cell in pixels is not known; nil shows it pixel for pixel.
    public var cells: (columns: Int, rows: Int)?
    /// The rows of text the image covers, which a multiplexer must be told of (it does not see
    /// the image): they are reserved with line feeds before the image is drawn.
    public var rows: Int
    /// The descriptor the bytes reach the terminal through, for the end-of-sequence bytes a
    /// signal handler writes if the process is interrupted while sending (``TerminalState``);
    /// nil when the output is not a terminal.
    public var interruptDescriptor: Int32?

    public init(
        mode: TerminalMode, multiplexer: Multiplexer = .none, cells: (columns: Int, rows: Int)? = nil, rows: Int,
        interruptDescriptor: Int32? = nil
    ) {
        precondition(mode.isImage, "an image renderer needs kitty, iterm or sixel")
        self.mode = mode
        self.multiplexer = multiplexer
        self.cells = cells
        self.rows = rows
        self.interruptDescriptor = interruptDescriptor
    }

    /// What ends any sequence cut off halfway: ST (`ESC \`) ends an APC (kitty), a DCS (sixel,
    /// a multiplexer's passthrough) and an OSC (iTerm2); inside tmux a second, wrapped ST reaches
    /// the terminal behind it.
    var interruptReset: [UInt8] {
        let st: [UInt8] = [0x1B, UInt8(ascii: "\\")]
        return multiplexer == .tmux ? st + Multiplexer.tmux.wrap(st) : st + st
    }

    public func render(_ scene: Scene, to sink: ByteSink) throws {
        if let fd = interruptDescriptor { TerminalState.onInterrupt(write: interruptReset, to: fd) }
        let sequences: [[UInt8]]
        switch mode {
        case .kitty:
            sequences = KittyEncoder.sequences(png: try png(scene), columns: cells?.columns, keepCursor: multiplexer != .none)
        case .iterm:
            sequences = [ITermEncoder.sequence(png: try png(scene), cells: cells)]
        case .sixel:
            let raster = try CairoRenderer(format: .png).raster(scene)
            sequences = [SixelEncoder.encode(width: raster.width, height: raster.height, rgba: raster.rgba)]
        case .braille, .ascii:
            preconditionFailure("not an image mode")
        }
        var out: [UInt8] = []
        if multiplexer != .none {
            // Make room first, then draw at the top of it and step below: the multiplexer moves
            // its cursor by what it sees, which is the line feeds and cursor moves alone.
            out += Array(String(repeating: "\n", count: rows).utf8) + Array("\u{1B}[\(rows)A".utf8)
        }
        for sequence in sequences { out += multiplexer.wrap(sequence) }
        out += multiplexer == .none ? [UInt8(ascii: "\n")] : Array("\u{1B}[\(rows)B\r".utf8)
        try out.withUnsafeBytes { bytes in
            guard sink.write(bytes) else { throw TerminalError.writeFailed }
        }
    }

    /// The PNG file of the scene, as the PNG format writes it.
    func png(_ scene: Scene) throws -> [UInt8] {
        let memory = MemorySink()
        try CairoRenderer(format: .png).render(scene, to: memory)
        return memory.bytes
    }
}

/// Collects bytes in memory.
final class MemorySink: ByteSink {
    var bytes: [UInt8] = []

    func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
        self.bytes.append(contentsOf: bytes)
        return true
    }
}
