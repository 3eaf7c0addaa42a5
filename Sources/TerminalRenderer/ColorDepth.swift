import Chart

/// How many colours a terminal shows, and the escape sequence (SGR) that sets a foreground
/// colour at that depth.
public enum ColorDepth: String, Sendable, CaseIterable {
    /// No escape sequences at all: `NO_COLOR`, a file, a pipe.
    case none
    /// The 16 ANSI colours (SGR 30–37, 90–97).
    case ansi16
    /// xterm's 256 colours (SGR 38;5;n), of which the 6×6×6 cube and the grey ramp are used.
    case ansi256
    /// 24-bit colour (SGR 38;2;r;g;b), where `COLORTERM` says `truecolor` or `24bit`.
    case trueColor

    /// The sequence that sets the foreground to `color` (its nearest at this depth); empty for
    /// ``none``.
    public func foreground(_ color: Color) -> String {
        let (r, g, b) = ColorDepth.bytes(color)
        switch self {
        case .none: return ""
        case .trueColor: return "\u{1B}[38;2;\(r);\(g);\(b)m"
        case .ansi256: return "\u{1B}[38;5;\(ColorDepth.nearest256(r, g, b))m"
        case .ansi16:
            let i = ColorDepth.nearest16(r, g, b)
            return "\u{1B}[\(i < 8 ? 30 + i : 90 + i - 8)m"
        }
    }

    /// The sequence that goes back to the terminal's own foreground colour.
    public var defaultForeground: String { self == .none ? "" : "\u{1B}[39m" }

    /// The colour's channels as bytes, rounded.
    static func bytes(_ color: Color) -> (Int, Int, Int) {
        func byte(_ v: Double) -> Int { Int((min(max(v.isNaN ? 0 : v, 0), 1) * 255).rounded()) }
        return (byte(color.red), byte(color.green), byte(color.blue))
    }

    /// The levels of xterm's 6×6×6 colour cube (indices 16–231).
    static let cubeLevels = [0, 95, 135, 175, 215, 255]

    /// The index of the colour nearest `(r, g, b)` (squared RGB distance) among xterm's cube and
    /// its 24 greys (232–255, levels 8, 18, …, 238). Indices 0–15 are left out: terminals let
    /// users change them.
    static func nearest256(_ r: Int, _ g: Int, _ b: Int) -> Int {
        // The cube is separable: the nearest cube colour takes the nearest level per channel.
        func level(_ v: Int) -> Int { cubeLevels.indices.min { abs(cubeLevels[$0] - v) < abs(cubeLevels[$1] - v) }! }
        let (lr, lg, lb) = (level(r), level(g), level(b))
        let cube = (cubeLevels[lr], cubeLevels[lg], cubeLevels[lb])
        let cubeDistance = distance((r, g, b), cube)
        let grey = min(23, max(0, ((r + g + b) / 3 - 8 + 5) / 10))
        let greyLevel = 8 + 10 * grey
        let greyDistance = distance((r, g, b), (greyLevel, greyLevel, greyLevel))
        return greyDistance < cubeDistance ? 232 + grey : 16 + 36 * lr + 6 * lg + lb
    }

    /// xterm's default values of the 16 ANSI colours.
    static let ansiPalette: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255),
        (255, 255, 255),
    ]

    /// The index (0–15) of the ANSI colour nearest `(r, g, b)` in xterm's default palette.
    static func nearest16(_ r: Int, _ g: Int, _ b: Int) -> Int {
        ansiPalette.indices.min { distance((r, g, b), ansiPalette[$0]) < distance((r, g, b), ansiPalette[$1]) }!
    }

    static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let (dr, dg, db) = (a.0 - b.0, a.1 - b.1, a.2 - b.2)
        return dr * dr + dg * dg + db * db
    }
}
