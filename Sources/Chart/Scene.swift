/// How a line is stroked.
public struct Stroke: Sendable, Equatable {
    /// How a line's open ends are drawn (`lines.solid_capstyle`, `lines.dash_capstyle`).
    public enum Cap: Sendable {
        /// Square, flush with the end point.
        case butt
        /// A half disc around the end point.
        case round
        /// Square, reaching half the line width beyond the end point (matplotlib's `projecting`).
        case square
    }
    /// How two segments of a line meet (`lines.solid_joinstyle`, `lines.dash_joinstyle`).
    public enum Join: Sendable {
        /// The outer edges extended until they meet (within the renderer's miter limit).
        case miter
        /// A disc sector around the vertex.
        case round
        /// The outer corners cut straight across.
        case bevel
    }

    /// The line's colour, with its alpha.
    public var color: Color
    /// Width in points.
    public var width: Double
    /// On/off lengths in points; empty for a solid line.
    public var dash: [Double]
    /// How the line's ends (and each dash's) are drawn.
    public var cap: Cap
    /// How the line's segments meet.
    public var join: Join

    /// A stroke of `color`, `width` points wide; solid, butt-capped and mitred unless told.
    public init(color: Color, width: Double, dash: [Double] = [], cap: Cap = .butt, join: Join = .miter) {
        self.color = color
        self.width = width
        self.dash = dash
        self.cap = cap
        self.join = join
    }
}

/// Horizontal placement of a text run relative to its anchor point.
public enum TextAnchor: Sendable, Equatable {
    /// The text starts at the anchor.
    case left
    /// The text is centred on the anchor.
    case center
    /// The text ends at the anchor.
    case right
}

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
    /// Stop clipping: what follows is drawn anywhere again.
    case endClip
    /// A rectangle cut into `colors.count` horizontal bands of equal height, edge to edge,
    /// painted with `colors` from the bottom up: the fill of a colorbar (matplotlib's
    /// `pcolormesh` of the colormap's 256 entries). A renderer may draw it as one rectangle per
    /// band, but neighbouring bands must not show a seam between them.
    case colorBands(Rect, colors: [Color])
}

/// What a drawing command belongs to, so that a renderer can do more than paint: an interactive
/// writer hides a series with its legend entry, a terminal draws the curves in braille and the
/// frame in box characters, a test finds the title.
public enum SceneElement: Sendable, Equatable, Hashable {
    /// The fill behind the plot area (`axes.facecolor`).
    case axesBackground
    /// Grid lines along the ticks of one axis.
    case grid(AxisKind)
    /// The curve of series `index` of the plot.
    case series(Int)
    /// The dots at a jump of series `index`.
    case jumpDot(Int)
    /// The frame around the plot area.
    case spines
    /// A tick mark of one axis.
    case tick(AxisKind)
    /// A tick's label on one axis.
    case tickLabel(AxisKind)
    /// The offset or scale factor of an axis' tick labels (`1e6`, `+1e3`), at its end.
    case offsetText(AxisKind)
    /// The label of one axis (`--xlabel`, `--ylabel`).
    case axisLabel(AxisKind)
    /// The title above the axes.
    case title
    /// The legend's box.
    case legendFrame
    /// The line sample of series `index` in the legend.
    case legendHandle(Int)
    /// The text of series `index` in the legend.
    case legendLabel(Int)
    /// The start and end of the clip around the curves.
    case clip
    /// A title over several plots (the gallery's).
    case figureTitle
    /// A part of colorbar `index` (an index into ``ChartSpec/colorbars``).
    case colorbar(Int, ColorbarPart)
}

/// The parts of a colorbar, for ``SceneElement/colorbar(_:_:)``.
public enum ColorbarPart: Sendable, Equatable, Hashable {
    /// The colour bands.
    case bands
    /// The frame around them.
    case outline
    /// A tick mark, major or minor.
    case tick
    /// A tick's label, right of the colorbar.
    case tickLabel
    /// The offset or factor of a linear colorbar's ticks, above it.
    case offsetText
    /// The colorbar's label, turned, right of the tick labels.
    case label
}

/// One drawing command and what it belongs to.
public struct SceneItem: Sendable, Equatable {
    /// The plot (an index into ``Scene/plots``) the command belongs to; nil for the figure's own.
    public var plot: Int?
    /// The part of the figure the command draws.
    public var element: SceneElement
    /// What to draw.
    public var command: DrawCommand

    /// The command `command`, drawing `element` of plot `plot` (nil: of the figure itself).
    public init(plot: Int?, element: SceneElement, command: DrawCommand) {
        self.plot = plot
        self.element = element
        self.command = command
    }
}

/// One plot area of a figure with what it takes to go from the page back to the data: the
/// box, the data-to-figure transform, both axes' decisions, and its series as data.
public struct PlotArea: Sendable {
    /// The axes box in figure coordinates (points from the top-left corner).
    public var box: Rect
    /// From data coordinates to figure coordinates, over ``box``.
    public var transform: DataTransform
    /// The x axis: view limits, ticks and their labels.
    public var x: AxisDecision
    /// The y axis: view limits, ticks and their labels.
    public var y: AxisDecision
    /// The series in data coordinates, in drawing order (``SceneElement/series(_:)`` indexes it).
    public var series: [Series]

    /// A plot area of these parts.
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
    /// Width in points.
    public var width: Double
    /// Height in points.
    public var height: Double
    /// Dots per inch for raster output (PNG is `width / 72 * dpi` pixels wide).
    public var dpi: Double
    /// The figure's background; nil for transparent.
    public var background: Color?
    /// What to draw, back to front, each with what it belongs to.
    public var items: [SceneItem]
    /// The plot areas, which ``SceneItem/plot`` indexes.
    public var plots: [PlotArea]

    /// A figure of `width` × `height` points at `dpi`, on `background` (nil: transparent).
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

    /// Pixel width of a raster rendering, clamped to what an image can have (0 when not finite).
    public var pixelWidth: Int { Scene.pixels(width / 72 * dpi) }
    /// Pixel height of a raster rendering, clamped as ``pixelWidth`` is.
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

    /// Options with no date and SVG text as outlines, unless told.
    public init(documentDate: String? = nil, svgFontType: Style.SVGFontType = .path) {
        self.documentDate = documentDate
        self.svgFontType = svgFontType
    }
}

/// Something that turns a scene into bytes: a file format, a terminal, or a recorder in tests.
public protocol Renderer {
    /// Draws `scene` and writes the result to `sink`; throws when drawing or writing fails.
    func render(_ scene: Scene, to sink: ByteSink) throws
}
