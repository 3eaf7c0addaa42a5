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

    /// How the line is drawn: matplotlib's '-', '--' and ':'.
    public enum LineStyle: Sendable, Equatable {
        case solid, dashed, dotted

        /// On/off lengths in points for a line of `width`, after lines.dashed_pattern and
        /// lines.dotted_pattern.
        public func dashes(width: Double) -> [Double] {
            switch self {
            case .solid: []
            case .dashed: [3.7 * width, 1.6 * width]
            case .dotted: [1 * width, 1.65 * width]
            }
        }
    }

    /// The legend entry; nil leaves the series out of the legend.
    public var label: String?
    public var color: Color
    public var style: LineStyle
    /// Continuous pieces; a gap (non-finite value, jump) separates two pieces.
    public var pieces: [[Point]]
    public var dots: [Dot]

    public init(label: String?, color: Color, style: LineStyle = .solid, pieces: [[Point]], dots: [Dot] = []) {
        self.label = label
        self.color = color
        self.style = style
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
    case none
}

/// Everything a figure shows, before layout.
public struct ChartSpec: Sendable {
    public var widthInches = 6.4
    public var heightInches = 4.8
    public var dpi = 100.0
    public var title: String?
    public var xLabel: String?
    public var yLabel: String?
    public var grid = false
    public var transparent = false
    public var legend = LegendLocation.best
    public var theme = Theme.default
    /// The x data interval; nil takes it from the series.
    public var xDataRange: (Double, Double)?
    public var series: [Series] = []

    public init() {}
}
