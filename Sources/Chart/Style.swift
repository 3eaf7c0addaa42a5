/// Everything about how a figure looks, grouped as matplotlib's rcParams are (`figure.*`,
/// `font.*`, `axes.*`, `lines.*`, `xtick.*`, `ytick.*`, `grid.*`, `legend.*`), with matplotlib's
/// names and units: sizes in points, colours as RGBA.
///
/// Layout reads the style and nothing else. A style is made from rcParams (``RcParams``):
/// ``matplotlib`` is matplotlib's default rcParams, ``darkBackground`` those with the
/// `dark_background` sheet applied, and any style sheet or `--rc` setting goes the same way.
public struct Style: Sendable, Equatable {
    /// `figure.*` and `savefig.*`: the page.
    public struct Figure: Sendable, Equatable {
        /// `figure.figsize`, in inches.
        public var width: Double
        public var height: Double
        /// The pixels per inch of raster output: `savefig.dpi`, or `figure.dpi` when that says
        /// `figure`.
        public var dpi: Double
        /// The page's colour: `savefig.facecolor`, or `figure.facecolor` when that says `auto`.
        public var faceColor: Color
        /// `savefig.transparent`.
        public var transparent: Bool
        /// `figure.subplot.left`, `.right`, `.bottom`, `.top`: the axes box as fractions of the
        /// figure, from its bottom-left corner.
        public var subplotLeft: Double
        public var subplotRight: Double
        public var subplotBottom: Double
        public var subplotTop: Double
    }

    /// A family of faces to pick the first installed one from, with a weight and a slant: what
    /// a text is set in (`font.family` expanded through `font.sans-serif` and friends).
    public struct Font: Sendable, Equatable, Hashable {
        public enum Weight: String, Sendable, Hashable { case normal, bold }
        public enum Slant: String, Sendable, Hashable { case normal, italic, oblique }
        /// How glyphs are hinted to the pixel grid (`text.hinting`): the font's own instructions
        /// (`default`), FreeType's autohinter (`auto`, `force_autohint`), or none.
        public enum Hinting: String, Sendable, Hashable { case native, autohint, none }

        /// Family names, in order of preference.
        public var families: [String]
        public var weight: Weight
        public var slant: Slant
        public var hinting: Hinting

        public init(families: [String], weight: Weight = .normal, slant: Slant = .normal, hinting: Hinting = .native) {
            self.families = families
            self.weight = weight
            self.slant = slant
            self.hinting = hinting
        }

        /// The same families in `weight`.
        public func weighted(_ weight: Weight) -> Font {
            Font(families: families, weight: weight, slant: slant, hinting: hinting)
        }
    }

    /// `font.*` and `text.*`.
    public struct Text: Sendable, Equatable {
        /// `font.size`: the size that relative sizes ('large', 'medium') scale.
        public var size: Double
        /// `font.family` etc., resolved to families in order.
        public var font: Font
        /// `text.color`.
        public var color: Color
    }

    /// Which edges of the axes box are drawn (`axes.spines.left`, …).
    public struct Spines: Sendable, Equatable {
        public var left = true
        public var right = true
        public var bottom = true
        public var top = true

        public var all: Bool { left && right && bottom && top }
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

    /// Where the title sits along the top of the axes (`axes.titlelocation`).
    public enum TitleLocation: String, Sendable { case left, center, right }

    /// How axis limits are chosen from the data (`axes.autolimit_mode`).
    public enum AutoLimits: String, Sendable {
        /// The data interval plus the margins.
        case data
        /// Widened to the outermost ticks (matplotlib's classic style).
        case roundNumbers = "round_numbers"
    }

    /// `axes.*`: the plot area, its frame, grid, title, axis labels and tick decisions.
    public struct Axes: Sendable, Equatable {
        public var faceColor: Color
        /// `axes.edgecolor` and `axes.linewidth`: the spines.
        public var edgeColor: Color
        public var lineWidth: Double
        public var spines: Spines
        /// `axes.grid`, `axes.grid.axis` (which axes' ticks get grid lines) and `axes.axisbelow`
        /// (false draws the grid over the curves).
        public var grid: Bool
        public var gridX: Bool
        public var gridY: Bool
        public var gridBelow: Bool
        /// `axes.titlesize` (points), `axes.titleweight`, `axes.titlecolor`, `axes.titlepad`
        /// (points), `axes.titlelocation`, `axes.titley` (in axes heights; 1 is the top).
        public var titleSize: Double
        public var titleWeight: Font.Weight
        public var titleColor: Color
        public var titlePad: Double
        public var titleLocation: TitleLocation
        public var titleY: Double
        /// `axes.labelsize`, `axes.labelweight`, `axes.labelcolor`, `axes.labelpad` (points).
        public var labelSize: Double
        public var labelWeight: Font.Weight
        public var labelColor: Color
        public var labelPad: Double
        /// `axes.xmargin`, `axes.ymargin`: the share of the data span added at each end.
        public var xMargin: Double
        public var yMargin: Double
        public var autoLimits: AutoLimits
        /// `axes.prop_cycle`.
        public var cycle: [CycleEntry]
        /// The tick locator and label formatter's settings.
        public var ticking: Ticking
    }

    /// `lines.*`: the curves.
    public struct Lines: Sendable, Equatable {
        /// `lines.linewidth`, in points.
        public var width: Double
        /// `lines.linestyle`: the style of a series its cycle does not give one.
        public var style: LineStyle
        /// `lines.dashed_pattern`, `lines.dotted_pattern`, `lines.dashdot_pattern`: on/off lengths
        /// in points for a line of width 1.
        public var dashedPattern: [Double]
        public var dottedPattern: [Double]
        public var dashDotPattern: [Double]
        /// `lines.scale_dashes`: whether patterns grow with the line width.
        public var scaleDashes: Bool
        /// `lines.solid_capstyle`, `lines.dash_capstyle`, `lines.solid_joinstyle`,
        /// `lines.dash_joinstyle`.
        public var solidCap: Stroke.Cap
        public var dashCap: Stroke.Cap
        public var solidJoin: Stroke.Join
        public var dashJoin: Stroke.Join
        /// The radius of the dots that mark a jump's ends, in points (not a matplotlib setting:
        /// matplotlib draws no such dots).
        public var jumpDotRadius: Double
    }

    /// `xtick.*` or `ytick.*`: one axis' major ticks and their labels.
    public struct Ticks: Sendable, Equatable {
        public enum Direction: String, Sendable { case out, `in`, `inout` }

        /// `xtick.major.size`, `.width`, `.pad`, in points.
        public var size: Double
        public var width: Double
        public var pad: Double
        /// `xtick.direction`.
        public var direction: Direction
        /// `xtick.color`, `xtick.labelcolor`.
        public var color: Color
        public var labelColor: Color
        /// `xtick.labelsize`, in points.
        public var labelSize: Double
        /// Ticks on the axis' own side (`xtick.bottom`, `ytick.left`) and the other
        /// (`xtick.top`, `ytick.right`), and labels on each (`xtick.labelbottom`, …).
        public var near: Bool
        public var far: Bool
        public var labelNear: Bool
        public var labelFar: Bool

        /// How far a tick reaches out of the axes box, and into it.
        public var outward: Double { direction == .in ? 0 : (direction == .`inout` ? size / 2 : size) }
        public var inward: Double { direction == .out ? 0 : (direction == .`inout` ? size / 2 : size) }
        /// The label's distance from the spine (`Tick._apply_tickdir`: pad plus the outward part).
        public var labelGap: Double { pad + outward }
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
        /// `legend.loc`: where the legend goes unless the command says.
        public var location: LegendLocation
        /// `legend.frameon`, `legend.framealpha`, `legend.facecolor`, `legend.edgecolor`.
        public var frameOn: Bool
        public var frameAlpha: Double?
        public var faceColor: Color
        public var edgeColor: Color
        /// The frame's line width (`patch.linewidth`), in points.
        public var frameWidth: Double
        /// `legend.fancybox`: rounded corners.
        public var fancyBox: Bool
        /// `legend.numpoints`: more than one insets a line's handle by 0.3 font sizes at each end
        /// (`HandlerNpoints.get_xdata`).
        public var numPoints: Int
        /// `legend.fontsize`, in points.
        public var fontSize: Double
        /// `legend.labelcolor`: the texts' colour.
        public var labelColor: Color
        /// `legend.borderpad`, `.labelspacing`, `.handlelength`, `.handleheight`,
        /// `.handletextpad`, `.borderaxespad`: in multiples of the legend's font size.
        public var borderPad: Double
        public var labelSpacing: Double
        public var handleLength: Double
        public var handleHeight: Double
        public var handleTextPad: Double
        public var borderAxesPad: Double
    }

    /// How SVG carries text (`svg.fonttype`).
    public enum SVGFontType: String, Sendable {
        /// As glyph outlines: looks the same without the font.
        case path
        /// As `<text>`: editable, needs the font where it is shown.
        case none
    }

    public var figure: Figure
    public var text: Text
    public var axes: Axes
    public var lines: Lines
    public var xTicks: Ticks
    public var yTicks: Ticks
    public var grid: Grid
    public var legend: Legend
    public var svgFontType: SVGFontType
    /// Every rcParam the style was made from, as matplotlib writes values: what renderers and
    /// future settings read (mathtext, for one).
    public var rc: [String: String]

    /// The style of `font.size` and `font.family` for texts of `size` points.
    public var font: Font { text.font }
}

/// The settings of the tick locator and label formatter on both axes.
public struct Ticking: Sendable, Equatable {
    /// `_internal.classic_mode` (matplotlib's classic style): the AutoLocator is
    /// `MaxNLocator(nbins=9, steps=[1, 2, 5, 10])` instead of `nbins='auto'` over
    /// `[1, 2, 2.5, 5, 10]`.
    public var classic: Bool
    /// `axes.formatter.limits`, `.offset_threshold`, `.useoffset`, `axes.unicode_minus`.
    public var powerLimits: (lower: Int, upper: Int)
    public var offsetThreshold: Int
    public var useOffset: Bool
    public var unicodeMinus: Bool

    public init(classic: Bool = false, powerLimits: (lower: Int, upper: Int) = (-5, 6), offsetThreshold: Int = 4,
                useOffset: Bool = true, unicodeMinus: Bool = true) {
        self.classic = classic
        self.powerLimits = powerLimits
        self.offsetThreshold = offsetThreshold
        self.useOffset = useOffset
        self.unicodeMinus = unicodeMinus
    }

    public static func == (a: Ticking, b: Ticking) -> Bool {
        a.classic == b.classic && a.powerLimits == b.powerLimits && a.offsetThreshold == b.offsetThreshold
            && a.useOffset == b.useOffset && a.unicodeMinus == b.unicodeMinus
    }
}

extension Style {
    /// matplotlib's default style: its rcParams as matplotlibrc writes them.
    public static let matplotlib: Style = {
        do {
            return try RcParams.defaults.style()
        } catch {
            preconditionFailure("matplotlib's own defaults do not read: \(error)")
        }
    }()

    /// matplotlib's `dark_background` style sheet, applied over the default.
    public static let darkBackground: Style = {
        do {
            var rc = RcParams.defaults
            _ = try rc.use("dark_background")
            return try rc.style()
        } catch {
            preconditionFailure("the dark_background sheet does not read: \(error)")
        }
    }()
}

/// How a line is dashed: matplotlib's '-', '--', ':' and '-.', or explicit on/off lengths.
public enum LineStyle: Sendable, Equatable {
    case solid, dashed, dotted, dashDot
    /// On/off lengths in points for a line of width 1.
    case pattern([Double])

    /// On/off lengths in points for a line of `width`, after the style's patterns (which grow
    /// with the width when `lines.scale_dashes` is on).
    public func dashes(width: Double, lines: Style.Lines) -> [Double] {
        let pattern: [Double]
        switch self {
        case .solid: return []
        case .dashed: pattern = lines.dashedPattern
        case .dotted: pattern = lines.dottedPattern
        case .dashDot: pattern = lines.dashDotPattern
        case .pattern(let lengths): pattern = lengths
        }
        return lines.scaleDashes ? pattern.map { $0 * width } : pattern
    }
}
