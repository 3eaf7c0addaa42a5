/// One curve of a chart, in data coordinates.
public struct Series: Sendable {
    /// A dot at a jump: filled where the function takes its value, open at the other limit.
    public struct Dot: Sendable, Equatable {
        /// Where the jump is, in data coordinates.
        public var x: Double
        /// The value (filled) or the limit from one side (open), in data coordinates.
        public var y: Double
        /// Whether the function takes this value at `x` (a filled dot) or only approaches it (open).
        public var filled: Bool
        /// A dot at (`x`, `y`), filled or open.
        public init(x: Double, y: Double, filled: Bool) {
            self.x = x
            self.y = y
            self.filled = filled
        }
    }

    /// The legend entry; nil leaves the series out of the legend.
    public var label: String?
    /// The line's colour.
    public var color: Color
    /// Solid, dashed, dotted or a dash pattern of its own.
    public var style: LineStyle
    /// The line width in points; nil takes the style's `lines.linewidth`.
    public var width: Double?
    /// Continuous pieces; a gap (non-finite value, jump) separates two pieces.
    public var pieces: [[Point]]
    /// The dots at the series' jumps.
    public var dots: [Dot]

    /// A series of these parts; solid and at the style's line width unless told.
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
    /// Where the legend hides the fewest data points and lines (matplotlib's `best`).
    case best
    /// In the top right corner of the axes.
    case upperRight = "upper right"
    /// In the top left corner.
    case upperLeft = "upper left"
    /// In the bottom left corner.
    case lowerLeft = "lower left"
    /// In the bottom right corner.
    case lowerRight = "lower right"
    /// At the right edge, centred vertically (as `center right`).
    case right
    /// At the left edge, centred vertically.
    case centerLeft = "center left"
    /// At the right edge, centred vertically.
    case centerRight = "center right"
    /// At the bottom edge, centred horizontally.
    case lowerCenter = "lower center"
    /// At the top edge, centred horizontally.
    case upperCenter = "upper center"
    /// In the middle of the axes.
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
    /// The title above the axes; nil for none.
    public var title: String?
    /// The x axis' label; nil for none.
    public var xLabel: String?
    /// The y axis' label; nil for none.
    public var yLabel: String?
    /// No figure or axes background.
    public var transparent = false
    /// Where the legend goes; nil takes the style's `legend.loc`.
    public var legend: LegendLocation? = nil
    /// How the axes box is chosen: matplotlib's default box, its `tight_layout`, or whichever
    /// keeps every text on the figure.
    public var layout = LayoutMode.auto
    /// The x data interval; nil takes it from the series.
    public var xDataRange: (Double, Double)?
    /// The y data interval to autoscale from instead of the series' extent (the bulk of the
    /// values when a pole makes them explode); nil takes it from the series.
    public var yDataRange: (Double, Double)?
    /// Fixed y view limits (`--ylim`): a given end is used as it is, without margins; a nil end
    /// keeps matplotlib's automatic choice.
    public var yLimits: (lower: Double?, upper: Double?)?
    /// The curves, in drawing order (later ones on top).
    public var series: [Series] = []
    /// Colorbars right of the axes, as successive `fig.colorbar(mappable, ax=ax)` calls make
    /// them: each takes its room from the axes as they are then, so the first is outermost.
    public var colorbars: [ColorbarSpec] = []

    /// An empty chart in matplotlib's default style.
    public init() {}
}
