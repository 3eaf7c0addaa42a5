/// One curve of a chart, in data coordinates.
public struct Series: Sendable {
    /// A dot at a jump: filled where the function takes its value, open at the other limit.
    public struct Dot: Sendable, Equatable {
        public var x: Double
        public var y: Double
        public var filled: Bool
        public init(x: Double, y: Double, filled: Bool) {
            self.x = x
            self.y = y
            self.filled = filled
        }
    }

    /// The legend entry; nil leaves the series out of the legend.
    public var label: String?
    public var color: Color
    public var style: LineStyle
    /// The line width in points; nil takes the style's `lines.linewidth`.
    public var width: Double?
    /// Continuous pieces; a gap (non-finite value, jump) separates two pieces.
    public var pieces: [[Point]]
    public var dots: [Dot]

    public init(
        label: String?, color: Color, style: LineStyle = .solid, width: Double? = nil, pieces: [[Point]], dots: [Dot] = []
    ) {
        self.label = label
        self.color = color
        self.style = style
        self.width = width
        self.pieces = pieces
        self.dots = dots
    }
}

/// Where the legend goes: matplotlib's `loc` values.
public enum LegendLocation: String, CaseIterable, Sendable {
    case best
    case upperRight = "upper right"
    case upperLeft = "upper left"
    case lowerLeft = "lower left"
    case lowerRight = "lower right"
    case right
    case centerLeft = "center left"
    case centerRight = "center right"
    case lowerCenter = "lower center"
    case upperCenter = "upper center"
    case center
    /// Right of the axes, top-aligned: matplotlib's `loc='upper left', bbox_to_anchor=(1.02, 1)`.
    /// The layout makes room for it.
    case outside
    /// No legend.
    case hidden = "none"
}

/// How the axes box is chosen.
public enum LayoutMode: String, CaseIterable, Sendable {
    /// matplotlib's default subplot box, unless some text would then be off the figure: then
    /// `tight`.
    case auto
    /// matplotlib's `fig.tight_layout()`: the box shrunk by the text around it, with a pad.
    case tight
    /// matplotlib's default subplot box (`figure.subplot.*`), whatever it cuts.
    case `default`
}

/// Everything a figure shows, before layout: its style, texts and series.
public struct ChartSpec: Sendable {
    /// The look: figure size and dpi, fonts, colours, lines, ticks, grid, legend.
    public var style = Style.matplotlib
    public var title: String?
    public var xLabel: String?
    public var yLabel: String?
    /// No figure or axes background.
    public var transparent = false
    /// Where the legend goes; nil takes the style's `legend.loc`.
    public var legend: LegendLocation? = nil
    public var layout = LayoutMode.auto
    /// The x data interval; nil takes it from the series.
    public var xDataRange: (Double, Double)?
    /// The y data interval to autoscale from instead of the series' extent (the bulk of the
    /// values when a pole makes them explode); nil takes it from the series.
    public var yDataRange: (Double, Double)?
    /// Fixed y view limits (`--ylim`): a given end is used as it is, without margins; a nil end
    /// keeps matplotlib's automatic choice.
    public var yLimits: (lower: Double?, upper: Double?)?
    public var series: [Series] = []

    public init() {}
}
