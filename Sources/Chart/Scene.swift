/// How a line is stroked.
public struct Stroke: Sendable, Equatable {
    public enum Cap: Sendable { case butt, round, square }
    public enum Join: Sendable { case miter, round, bevel }

    public var color: Color
    /// Width in points.
    public var width: Double
    /// On/off lengths in points; empty for a solid line.
    public var dash: [Double]
    public var cap: Cap
    public var join: Join

    public init(color: Color, width: Double, dash: [Double] = [], cap: Cap = .butt, join: Join = .miter) {
        self.color = color
        self.width = width
        self.dash = dash
        self.cap = cap
        self.join = join
    }
}

/// Horizontal placement of a text run relative to its anchor point.
public enum TextAnchor: Sendable, Equatable { case left, center, right }

/// One drawing primitive, in figure coordinates (points from the top-left corner).
public enum DrawCommand: Sendable, Equatable {
    /// A rectangle, optionally with rounded corners.
    case rectangle(Rect, fill: Color?, stroke: Stroke?, cornerRadius: Double)
    /// An open polyline.
    case polyline([Point], stroke: Stroke)
    /// A circle: the dots at the ends of a jump.
    case circle(center: Point, radius: Double, fill: Color?, stroke: Stroke?)
    /// Text whose baseline starts (or centres, or ends) at `origin`; `rotated` turns it 90° anticlockwise.
    case text(String, origin: Point, size: Double, color: Color, anchor: TextAnchor, rotated: Bool)
    /// Clip what follows to a rectangle, until `.endClip`.
    case beginClip(Rect)
    case endClip
}

/// A laid-out figure: its size and the commands that draw it, back to front.
public struct Scene: Sendable {
    /// Width and height in points.
    public var width: Double
    public var height: Double
    /// Dots per inch for raster output (PNG is `width / 72 * dpi` pixels wide).
    public var dpi: Double
    /// The figure's background; nil for transparent.
    public var background: Color?
    public var commands: [DrawCommand]

    public init(width: Double, height: Double, dpi: Double, background: Color?, commands: [DrawCommand] = []) {
        self.width = width
        self.height = height
        self.dpi = dpi
        self.background = background
        self.commands = commands
    }

    /// Pixel size of a raster rendering, clamped to what an image can have (0 when not finite).
    public var pixelWidth: Int { Scene.pixels(width / 72 * dpi) }
    public var pixelHeight: Int { Scene.pixels(height / 72 * dpi) }

    static func pixels(_ value: Double) -> Int {
        let rounded = value.rounded()
        return rounded.isFinite ? Int(max(0, min(rounded, Double(Int32.max)))) : 0
    }
}

/// Something that turns a scene into output: a file format, or a recorder in tests.
public protocol Renderer {
    func render(_ scene: Scene) throws
}
