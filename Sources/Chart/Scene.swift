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
    /// Text in `font` whose baseline starts (or centres, or ends) at `origin`; `rotated` turns it
    /// 90° anticlockwise.
    case text(String, origin: Point, size: Double, color: Color, anchor: TextAnchor, rotated: Bool, font: Style.Font)
    /// Clip what follows to a rectangle, until `.endClip`.
    case beginClip(Rect)
    case endClip
}

/// What a drawing command belongs to, so that a renderer can do more than paint: an interactive
/// writer hides a series with its legend entry, a terminal draws the curves in braille and the
/// frame in box characters, a test finds the title.
public enum SceneElement: Sendable, Equatable, Hashable {
    case axesBackground
    /// Grid lines along the ticks of one axis.
    case grid(AxisKind)
    /// The curve of series `index` of the plot.
    case series(Int)
    /// The dots at a jump of series `index`.
    case jumpDot(Int)
    /// The frame around the plot area.
    case spines
    case tick(AxisKind)
    case tickLabel(AxisKind)
    case offsetText(AxisKind)
    case axisLabel(AxisKind)
    case title
    case legendFrame
    /// The line sample and the text of series `index` in the legend.
    case legendHandle(Int)
    case legendLabel(Int)
    /// The start and end of the clip around the curves.
    case clip
    /// A title over several plots (the gallery's).
    case figureTitle
}

/// One drawing command and what it belongs to.
public struct SceneItem: Sendable, Equatable {
    /// The plot (an index into ``Scene/plots``) the command belongs to; nil for the figure's own.
    public var plot: Int?
    public var element: SceneElement
    public var command: DrawCommand

    public init(plot: Int?, element: SceneElement, command: DrawCommand) {
        self.plot = plot
        self.element = element
        self.command = command
    }
}

/// One plot area of a figure with what it takes to go from the page back to the data: the
/// box, the data-to-figure transform, both axes' decisions, and its series as data.
public struct PlotArea: Sendable {
    public var box: Rect
    public var transform: DataTransform
    public var x: AxisDecision
    public var y: AxisDecision
    /// The series in data coordinates, in drawing order (``SceneElement/series(_:)`` indexes it).
    public var series: [Series]

    public init(box: Rect, transform: DataTransform, x: AxisDecision, y: AxisDecision, series: [Series]) {
        self.box = box
        self.transform = transform
        self.x = x
        self.y = y
        self.series = series
    }
}

/// A laid-out figure: its size, the commands that draw it back to front, and its plot areas.
public struct Scene: Sendable {
    /// Width and height in points.
    public var width: Double
    public var height: Double
    /// Dots per inch for raster output (PNG is `width / 72 * dpi` pixels wide).
    public var dpi: Double
    /// The figure's background; nil for transparent.
    public var background: Color?
    public var items: [SceneItem]
    public var plots: [PlotArea]

    public init(width: Double, height: Double, dpi: Double, background: Color?, items: [SceneItem] = [], plots: [PlotArea] = []) {
        self.width = width
        self.height = height
        self.dpi = dpi
        self.background = background
        self.items = items
        self.plots = plots
    }

    /// The drawing commands alone, back to front.
    public var commands: [DrawCommand] { items.map(\.command) }

    /// Pixel size of a raster rendering, clamped to what an image can have (0 when not finite).
    public var pixelWidth: Int { Scene.pixels(width / 72 * dpi) }
    public var pixelHeight: Int { Scene.pixels(height / 72 * dpi) }

    static func pixels(_ value: Double) -> Int {
        let rounded = value.rounded()
        return rounded.isFinite ? Int(max(0, min(rounded, Double(Int32.max)))) : 0
    }
}

/// Where rendered bytes go: a file, standard output, memory. Every renderer writes to one.
public protocol ByteSink: AnyObject {
    /// Writes all of `bytes`; returns false on failure (the sink keeps the reason).
    func write(_ bytes: UnsafeRawBufferPointer) -> Bool
}

/// What a renderer may need besides the scene.
public struct RenderOptions: Sendable {
    /// The creation date a document records, ISO 8601; nil records none.
    public var documentDate: String?
    /// How SVG carries text (`svg.fonttype`): outlines, or `<text>` elements.
    public var svgFontType: Style.SVGFontType

    public init(documentDate: String? = nil, svgFontType: Style.SVGFontType = .path) {
        self.documentDate = documentDate
        self.svgFontType = svgFontType
    }
}

/// Something that turns a scene into bytes: a file format, a terminal, or a recorder in tests.
public protocol Renderer {
    func render(_ scene: Scene, to sink: ByteSink) throws
}
