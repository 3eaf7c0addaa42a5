/// An RGBA colour with components in 0...1.
///
/// Make one from components, from a hex literal as matplotlib writes `#1f77b4`
/// (``init(hex:alpha:)``), or from a grey level as matplotlib reads `'0.8'` (``init(gray:alpha:)``).
/// Colours that style sheets name are read into these when ``RcParams`` makes a ``Style``.
public struct Color: Sendable, Equatable {
    /// The red component, from 0 to 1.
    public var red: Double
    /// The green component, from 0 to 1.
    public var green: Double
    /// The blue component, from 0 to 1.
    public var blue: Double
    /// The opacity, from 0 (transparent) to 1 (opaque).
    public var alpha: Double

    /// A colour from its components, each from 0 to 1; opaque unless `alpha` says otherwise.
    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// A colour from a 0xRRGGBB literal, as matplotlib's hex colours are written.
    public init(hex: UInt32, alpha: Double = 1) {
        self.init(
            red: Double((hex >> 16) & 0xFF) / 255,
            green: Double((hex >> 8) & 0xFF) / 255,
            blue: Double(hex & 0xFF) / 255,
            alpha: alpha)
    }

    /// A grey level, as matplotlib's string colours "0.8" are.
    public init(gray: Double, alpha: Double = 1) {
        self.init(red: gray, green: gray, blue: gray, alpha: alpha)
    }

    /// The same colour with its opacity replaced by `alpha`.
    public func withAlpha(_ alpha: Double) -> Color {
        Color(red: red, green: green, blue: blue, alpha: alpha)
    }

    /// Opaque black.
    public static let black = Color(gray: 0)
    /// Opaque white.
    public static let white = Color(gray: 1)

    /// matplotlib's default property cycle, "tab10".
    public static let tab10: [Color] = [
        0x1F77B4, 0xFF7F0E, 0x2CA02C, 0xD62728, 0x9467BD,
        0x8C564B, 0xE377C2, 0x7F7F7F, 0xBCBD22, 0x17BECF,
    ].map { Color(hex: $0) }

    /// The cycle of matplotlib's dark_background style.
    public static let darkCycle: [Color] = [
        0x8DD3C7, 0xFEFFB3, 0xBFBBD9, 0xFA8174, 0x81B1D2,
        0xFDB462, 0xB3DE69, 0xBC82BD, 0xCCEBC4, 0xFFED6F,
    ].map { Color(hex: $0) }
}
