/// Everything about how a figure looks, grouped as matplotlib's rcParams are (`figure.*`,
/// `font.*`, `axes.*`, `lines.*`, `xtick.*`, `ytick.*`, `grid.*`, `legend.*`), with matplotlib's
/// names and units: sizes in points, colours as RGBA.
///
/// Layout reads the style and nothing else, so a matplotlib style sheet is a `Style` value:
/// ``matplotlib`` is the default style and ``darkBackground`` matplotlib's `dark_background`.
public struct Style: Sendable, Equatable {
    /// `figure.*`: the page.
    public struct Figure: Sendable, Equatable {
        /// `figure.figsize`, in inches.
        public var width: Double
        public var height: Double
        /// `figure.dpi`: pixels per inch of raster output.
        public var dpi: Double
        /// `figure.facecolor`.
        public var faceColor: Color
        /// `figure.subplot.left`, `.right`, `.bottom`, `.top`: the axes box as fractions of the
        /// figure, from its bottom-left corner.
        public var subplotLeft: Double
        public var subplotRight: Double
        public var subplotBottom: Double
        public var subplotTop: Double
    }

    /// `font.*`.
    public struct Font: Sendable, Equatable {
        /// `font.size`: the size that relative sizes ('large', 'medium') scale.
        public var size: Double
    }

    /// `text.*`.
    public struct Text: Sendable, Equatable {
        /// `text.color`.
        public var color: Color
    }

    /// Which edges of the axes box are drawn (`axes.spines.left`, …).
    public struct Spines: Sendable, Equatable {
        public var left = true
        public var right = true
        public var bottom = true
        public var top = true
    }

    /// One step of the property cycle (`axes.prop_cycle`): the colour and, when the cycle sets
    /// one, the line style of the next series.
    public struct CycleEntry: Sendable, Equatable {
        public var color: Color
        public var lineStyle: LineStyle?

        public init(color: Color, lineStyle: LineStyle? = nil) {
            self.color = color
            self.lineStyle = lineStyle
        }
    }

    /// `axes.*`: the plot area, its frame, title and axis labels.
    public struct Axes: Sendable, Equatable {
        /// `axes.facecolor`.
        public var faceColor: Color
        /// `axes.edgecolor` and `axes.linewidth`: the spines.
        public var edgeColor: Color
        public var lineWidth: Double
        public var spines: Spines
        /// `axes.grid`: grid lines at the major ticks of both axes.
        public var grid: Bool
        /// `axes.titlesize` (points), `axes.titlecolor`, `axes.titlepad` (points).
        public var titleSize: Double
        public var titleColor: Color
        public var titlePad: Double
        /// `axes.labelsize`, `axes.labelcolor`, `axes.labelpad` (points).
        public var labelSize: Double
        public var labelColor: Color
        public var labelPad: Double
        /// `axes.xmargin`, `axes.ymargin`: the share of the data span added at each end.
        public var xMargin: Double
        public var yMargin: Double
        /// `axes.prop_cycle`.
        public var cycle: [CycleEntry]
    }

    /// `lines.*`: the curves.
    public struct Lines: Sendable, Equatable {
        /// `lines.linewidth`, in points.
        public var width: Double
        /// `lines.dashed_pattern`, `lines.dotted_pattern`, `lines.dashdot_pattern`: on/off lengths
        /// in multiples of the line width (`lines.scale_dashes`).
        public var dashedPattern: [Double]
        public var dottedPattern: [Double]
        public var dashDotPattern: [Double]
        /// The radius of the dots that mark a jump's ends, in points (not a matplotlib setting:
        /// matplotlib draws no such dots).
        public var jumpDotRadius: Double
    }

    /// `xtick.*` or `ytick.*`: one axis' major ticks and their labels.
    public struct Ticks: Sendable, Equatable {
        /// `xtick.major.size`, `.width`, `.pad`, in points.
        public var size: Double
        public var width: Double
        public var pad: Double
        /// `xtick.color`, `xtick.labelcolor`.
        public var color: Color
        public var labelColor: Color
        /// `xtick.labelsize`, in points.
        public var labelSize: Double
    }

    /// `grid.*`.
    public struct Grid: Sendable, Equatable {
        public var color: Color
        public var lineWidth: Double
        public var lineStyle: LineStyle
        public var alpha: Double
    }

    /// `legend.*`.
    public struct Legend: Sendable, Equatable {
        /// `legend.frameon`, `legend.framealpha`, `legend.facecolor`, `legend.edgecolor`.
        public var frameOn: Bool
        public var frameAlpha: Double
        public var faceColor: Color
        public var edgeColor: Color
        /// The frame's line width (`patch.linewidth`), in points.
        public var frameWidth: Double
        /// `legend.fancybox`: rounded corners.
        public var fancyBox: Bool
        /// `legend.fontsize`, in points.
        public var fontSize: Double
        /// `legend.borderpad`, `.labelspacing`, `.handlelength`, `.handleheight`,
        /// `.handletextpad`, `.borderaxespad`: in multiples of the legend's font size.
        public var borderPad: Double
        public var labelSpacing: Double
        public var handleLength: Double
        public var handleHeight: Double
        public var handleTextPad: Double
        public var borderAxesPad: Double
    }

    public var figure: Figure
    public var font: Font
    public var text: Text
    public var axes: Axes
    public var lines: Lines
    public var xTicks: Ticks
    public var yTicks: Ticks
    public var grid: Grid
    public var legend: Legend

    public init(
        figure: Figure, font: Font, text: Text, axes: Axes, lines: Lines, xTicks: Ticks, yTicks: Ticks, grid: Grid,
        legend: Legend
    ) {
        self.figure = figure
        self.font = font
        self.text = text
        self.axes = axes
        self.lines = lines
        self.xTicks = xTicks
        self.yTicks = yTicks
        self.grid = grid
        self.legend = legend
    }
}

extension Style {
    /// matplotlib's default style (its matplotlibrc).
    public static let matplotlib: Style = {
        let ticks = Ticks(size: 3.5, width: 0.8, pad: 3.5, color: .black, labelColor: .black, labelSize: 10)
        return Style(
            figure: Figure(
                width: 6.4, height: 4.8, dpi: 100, faceColor: .white, subplotLeft: 0.125, subplotRight: 0.9,
                subplotBottom: 0.11, subplotTop: 0.88),
            font: Font(size: 10),
            text: Text(color: .black),
            axes: Axes(
                faceColor: .white, edgeColor: .black, lineWidth: 0.8, spines: Spines(), grid: false, titleSize: 12,
                titleColor: .black, titlePad: 6, labelSize: 10, labelColor: .black, labelPad: 4, xMargin: 0.05,
                yMargin: 0.05, cycle: Color.tab10.map { CycleEntry(color: $0) }),
            lines: Lines(
                width: 1.5, dashedPattern: [3.7, 1.6], dottedPattern: [1, 1.65], dashDotPattern: [6.4, 1.6, 1, 1.6],
                jumpDotRadius: 2.75),
            xTicks: ticks, yTicks: ticks,
            grid: Grid(color: Color(hex: 0xB0B0B0), lineWidth: 0.8, lineStyle: .solid, alpha: 1),
            legend: Legend(
                frameOn: true, frameAlpha: 0.8, faceColor: .white, edgeColor: Color(gray: 0.8), frameWidth: 1,
                fancyBox: true, fontSize: 10, borderPad: 0.4, labelSpacing: 0.5, handleLength: 2, handleHeight: 0.7,
                handleTextPad: 0.8, borderAxesPad: 0.5))
    }()

    /// matplotlib's `dark_background` style sheet, applied over the default.
    public static let darkBackground: Style = {
        var style = Style.matplotlib
        style.figure.faceColor = .black
        style.text.color = .white
        style.axes.faceColor = .black
        style.axes.edgeColor = .white
        style.axes.titleColor = .white
        style.axes.labelColor = .white
        style.axes.cycle = Color.darkCycle.map { CycleEntry(color: $0) }
        for keyPath in [\Style.xTicks, \Style.yTicks] {
            style[keyPath: keyPath].color = .white
            style[keyPath: keyPath].labelColor = .white
        }
        style.grid.color = .white
        style.legend.faceColor = .black
        return style
    }()
}

/// How a line is dashed: matplotlib's '-', '--', ':' and '-.', or explicit on/off lengths.
public enum LineStyle: Sendable, Equatable {
    case solid, dashed, dotted, dashDot
    /// On/off lengths in multiples of the line width.
    case pattern([Double])

    /// On/off lengths in points for a line of `width`, after the style's patterns
    /// (`lines.scale_dashes`: patterns scale with the line width).
    public func dashes(width: Double, lines: Style.Lines) -> [Double] {
        let pattern: [Double]
        switch self {
        case .solid: return []
        case .dashed: pattern = lines.dashedPattern
        case .dotted: pattern = lines.dottedPattern
        case .dashDot: pattern = lines.dashDotPattern
        case .pattern(let lengths): pattern = lengths
        }
        return pattern.map { $0 * width }
    }
}
