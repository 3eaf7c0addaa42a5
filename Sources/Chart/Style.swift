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
        /// The figure's width, in inches (`figure.figsize`, the first number).
        public var width: Double
        /// The figure's height, in inches (`figure.figsize`, the second number).
        public var height: Double
        /// The pixels per inch of raster output: `savefig.dpi`, or `figure.dpi` when that says
        /// `figure`.
        public var dpi: Double
        /// The page's colour: `savefig.facecolor`, or `figure.facecolor` when that says `auto`.
        public var faceColor: Color
        /// Whether the page and the axes box are left unpainted, so that whatever is behind the
        /// image shows through (`savefig.transparent`).
        public var transparent: Bool
        /// The left edge of matplotlib's default axes box, as a fraction of the figure's width
        /// from its left edge (`figure.subplot.left`).
        public var subplotLeft: Double
        /// The right edge of the default axes box, as a fraction of the figure's width from its
        /// left edge (`figure.subplot.right`).
        public var subplotRight: Double
        /// The bottom edge of the default axes box, as a fraction of the figure's height from its
        /// bottom edge (`figure.subplot.bottom`).
        public var subplotBottom: Double
        /// The top edge of the default axes box, as a fraction of the figure's height from its
        /// bottom edge (`figure.subplot.top`).
        public var subplotTop: Double
    }

    /// A family of faces to pick the first installed one from, with a weight and a slant: what
    /// a text is set in (`font.family` expanded through `font.sans-serif` and friends).
    public struct Font: Sendable, Equatable, Hashable {
        /// How heavy a face's strokes are. matplotlib's weights come in two: `semibold`, `bold`,
        /// `heavy`, `black` and numbers from 600 up are bold; the lighter ones are normal.
        public enum Weight: String, Sendable, Hashable {
            /// The family's regular face.
            case normal
            /// The family's bold face.
            case bold
        }
        /// Whether a text stands upright or leans (`font.style`).
        public enum Slant: String, Sendable, Hashable {
            /// Upright.
            case normal
            /// The family's italic face.
            case italic
            /// The family's oblique face.
            case oblique
        }
        /// How glyphs are hinted to the pixel grid (`text.hinting`): the font's own instructions
        /// (`default`), FreeType's autohinter (`auto`, `force_autohint`), or none.
        public enum Hinting: String, Sendable, Hashable {
            /// The font's own hinting instructions (`default`, `native`, `either`, `no_autohint`).
            case native
            /// FreeType's autohinter (`auto`, `force_autohint`).
            case autohint
            /// No hinting: the glyphs' outlines as designed (`none`, `no_hinting`).
            case none
        }

        /// Family names, in order of preference.
        public var families: [String]
        /// How heavy the strokes are (`font.weight`, or the title's and labels' own weights).
        public var weight: Weight
        /// Upright or leaning (`font.style`).
        public var slant: Slant
        /// How glyphs are fitted to whole pixels (`text.hinting`).
        public var hinting: Hinting

        /// A font from `families` in order of preference, upright, of normal weight and hinted
        /// by its own instructions unless told otherwise.
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
        /// The colour of texts without a colour setting of their own, such as a gallery's title,
        /// and of the axes title and legend labels when theirs defer to it (`text.color`).
        public var color: Color
    }

    /// Which edges of the axes box are drawn (`axes.spines.left`, …).
    public struct Spines: Sendable, Equatable {
        /// Whether the axes box's left edge is drawn (`axes.spines.left`).
        public var left = true
        /// Whether the axes box's right edge is drawn (`axes.spines.right`).
        public var right = true
        /// Whether the axes box's bottom edge is drawn (`axes.spines.bottom`).
        public var bottom = true
        /// Whether the axes box's top edge is drawn (`axes.spines.top`).
        public var top = true

        /// Whether all four edges are drawn, so that the frame is one closed rectangle.
        public var all: Bool { left && right && bottom && top }
    }

    /// One step of the property cycle (`axes.prop_cycle`): the colour and, when the cycle sets
    /// one, the line style of the next series.
    public struct CycleEntry: Sendable, Equatable {
        /// The series' colour.
        public var color: Color
        /// The series' line style, or nil when the cycle sets none and `lines.linestyle` applies.
        public var lineStyle: LineStyle?

        /// A step of `color` and, optionally, `lineStyle`.
        public init(color: Color, lineStyle: LineStyle? = nil) {
            self.color = color
            self.lineStyle = lineStyle
        }
    }

    /// Where the title sits along the top of the axes (`axes.titlelocation`).
    public enum TitleLocation: String, Sendable {
        /// Flush with the axes box's left edge.
        case left
        /// Centred over the axes box.
        case center
        /// Flush with the axes box's right edge.
        case right
    }

    /// How axis limits are chosen from the data (`axes.autolimit_mode`).
    public enum AutoLimits: String, Sendable {
        /// The data interval plus the margins.
        case data
        /// Widened to the outermost ticks (matplotlib's classic style).
        case roundNumbers = "round_numbers"
    }

    /// `axes.*`: the plot area, its frame, grid, title, axis labels and tick decisions.
    public struct Axes: Sendable, Equatable {
        /// The colour that fills the axes box behind the curves (`axes.facecolor`).
        public var faceColor: Color
        /// The colour of the axes' frame lines, the spines (`axes.edgecolor`).
        public var edgeColor: Color
        /// The width of the axes' frame lines, in points (`axes.linewidth`); 0 draws no frame.
        public var lineWidth: Double
        /// Which edges of the axes box get a frame line (`axes.spines.*`).
        public var spines: Spines
        /// Whether grid lines are drawn at the major ticks (`axes.grid`).
        public var grid: Bool
        /// Whether the x ticks get vertical grid lines when the grid is on (`axes.grid.axis` is
        /// `both` or `x`).
        public var gridX: Bool
        /// Whether the y ticks get horizontal grid lines when the grid is on (`axes.grid.axis` is
        /// `both` or `y`).
        public var gridY: Bool
        /// Whether the grid is drawn below the curves (`axes.axisbelow`, where `line` counts as
        /// true); false draws it over them.
        public var gridBelow: Bool
        /// The title's font size, in points (`axes.titlesize`; a size name such as `large` is
        /// scaled by `font.size`).
        public var titleSize: Double
        /// The title's font weight (`axes.titleweight`).
        public var titleWeight: Font.Weight
        /// The title's colour (`axes.titlecolor`; `auto` takes `text.color`).
        public var titleColor: Color
        /// The distance from the height ``titleY`` names up to the title's baseline, in points
        /// (`axes.titlepad`).
        public var titlePad: Double
        /// Which part of the axes' top the title aligns with (`axes.titlelocation`).
        public var titleLocation: TitleLocation
        /// The height the title's pad starts from, in axes heights above the box's bottom edge;
        /// 1 is the top edge (`axes.titley`, where `None` means 1).
        public var titleY: Double
        /// The axis labels' font size, in points (`axes.labelsize`; a size name such as `medium`
        /// is scaled by `font.size`).
        public var labelSize: Double
        /// The axis labels' font weight (`axes.labelweight`).
        public var labelWeight: Font.Weight
        /// The axis labels' colour (`axes.labelcolor`).
        public var labelColor: Color
        /// The gap between the axis label and the tick labels (or the tick marks, when they reach
        /// farther), in points (`axes.labelpad`).
        public var labelPad: Double
        /// The share of the x data span added at each end of the x axis (`axes.xmargin`).
        public var xMargin: Double
        /// The share of the y data span added at each end of the y axis (`axes.ymargin`).
        public var yMargin: Double
        /// Whether the axis limits end at the data plus margins or widen to the outermost ticks
        /// (`axes.autolimit_mode`).
        public var autoLimits: AutoLimits
        /// The colours, and line styles when it gives them, that series take in turn
        /// (`axes.prop_cycle`).
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
        /// The on/off lengths of a dashed line (`--`), in points for a line of width 1
        /// (`lines.dashed_pattern`).
        public var dashedPattern: [Double]
        /// The on/off lengths of a dotted line (`:`), in points for a line of width 1
        /// (`lines.dotted_pattern`).
        public var dottedPattern: [Double]
        /// The on/off lengths of a dash-dot line (`-.`), in points for a line of width 1
        /// (`lines.dashdot_pattern`).
        public var dashDotPattern: [Double]
        /// `lines.scale_dashes`: whether patterns grow with the line width.
        public var scaleDashes: Bool
        /// How a solid line's ends are drawn (`lines.solid_capstyle`; `projecting` is
        /// ``Stroke/Cap/square``).
        public var solidCap: Stroke.Cap
        /// How the ends of a dashed, dotted or dash-dot line's dashes are drawn
        /// (`lines.dash_capstyle`).
        public var dashCap: Stroke.Cap
        /// How a solid line turns its corners (`lines.solid_joinstyle`).
        public var solidJoin: Stroke.Join
        /// How a dashed, dotted or dash-dot line turns its corners (`lines.dash_joinstyle`).
        public var dashJoin: Stroke.Join
        /// The radius of the dots that mark a jump's ends, in points (not a matplotlib setting:
        /// matplotlib draws no such dots).
        public var jumpDotRadius: Double
    }

    /// `xtick.*` or `ytick.*`: one axis' major ticks and their labels.
    public struct Ticks: Sendable, Equatable {
        /// Which way tick marks point from the axes' frame (`xtick.direction`, `ytick.direction`).
        public enum Direction: String, Sendable {
            /// Out of the axes box.
            case out
            /// Into the axes box.
            case `in`
            /// Across the frame: half out, half in.
            case `inout`
        }

        /// The tick marks' length, in points (`xtick.major.size`, `ytick.major.size`).
        public var size: Double
        /// The tick marks' line width, in points (`xtick.major.width`, `ytick.major.width`).
        public var width: Double
        /// The gap between a tick mark's outer end and its label, in points (`xtick.major.pad`,
        /// `ytick.major.pad`).
        public var pad: Double
        /// The minor tick marks' length, in points (`xtick.minor.size`, `ytick.minor.size`): a log
        /// colorbar's minor ticks.
        public var minorSize: Double
        /// The minor tick marks' line width, in points (`xtick.minor.width`, `ytick.minor.width`).
        public var minorWidth: Double
        /// The gap between a minor tick mark's outer end and its label, in points
        /// (`xtick.minor.pad`, `ytick.minor.pad`).
        public var minorPad: Double
        /// Which way the tick marks point (`xtick.direction`, `ytick.direction`).
        public var direction: Direction
        /// The tick marks' colour (`xtick.color`, `ytick.color`).
        public var color: Color
        /// The tick labels' colour (`xtick.labelcolor`, `ytick.labelcolor`; `inherit` takes the
        /// tick marks' colour).
        public var labelColor: Color
        /// The tick labels' font size, in points (`xtick.labelsize`, `ytick.labelsize`).
        public var labelSize: Double
        /// Whether ticks are drawn on the axis' own side of the box, the bottom for x and the left
        /// for y (`xtick.bottom`, `ytick.left`).
        public var near: Bool
        /// Whether ticks are drawn on the other side of the box, the top for x and the right for y
        /// (`xtick.top`, `ytick.right`).
        public var far: Bool
        /// Whether tick labels are drawn on the axis' own side (`xtick.labelbottom`,
        /// `ytick.labelleft`).
        public var labelNear: Bool
        /// Whether tick labels are drawn on the other side (`xtick.labeltop`, `ytick.labelright`).
        public var labelFar: Bool

        /// How far a tick mark reaches out of the axes box, in points: all of ``size`` pointing
        /// out, half of it across the frame, none pointing in.
        public var outward: Double { outwardPart(of: size) }
        /// How far a tick mark reaches into the axes box, in points: all of ``size`` pointing in,
        /// half of it across the frame, none pointing out.
        public var inward: Double { size - outwardPart(of: size) }
        /// The label's distance from the spine (`Tick._apply_tickdir`: pad plus the outward part).
        public var labelGap: Double { pad + outward }
        /// How far a minor tick mark reaches out of the axes box, in points.
        public var minorOutward: Double { outwardPart(of: minorSize) }
        /// How far a minor tick mark reaches into the axes box, in points.
        public var minorInward: Double { minorSize - outwardPart(of: minorSize) }
        /// A minor tick label's distance from the spine.
        public var minorLabelGap: Double { minorPad + minorOutward }

        /// The part of a tick of `length` outside the axes box: all of it pointing out, half
        /// of it both ways, none pointing in.
        func outwardPart(of length: Double) -> Double {
            direction == .in ? 0 : (direction == .`inout` ? length / 2 : length)
        }
    }

    /// How grid lines look (`grid.*`); ``Style/Axes`` says whether they are drawn, and for which
    /// axis.
    public struct Grid: Sendable, Equatable {
        /// The grid lines' colour (`grid.color`).
        public var color: Color
        /// The grid lines' width, in points (`grid.linewidth`).
        public var lineWidth: Double
        /// How grid lines are dashed (`grid.linestyle`).
        public var lineStyle: LineStyle
        /// The grid lines' opacity from 0 to 1, multiplied into the colour's own alpha
        /// (`grid.alpha`).
        public var alpha: Double
    }

    /// `legend.*`: where the legend goes, its frame, its texts and its spacing.
    public struct Legend: Sendable, Equatable {
        /// `legend.loc`: where the legend goes unless the command says.
        public var location: LegendLocation
        /// Whether the legend has a filled, outlined frame (`legend.frameon`).
        public var frameOn: Bool
        /// The opacity of the frame's face and edge from 0 to 1, multiplied into their colours'
        /// alpha (`legend.framealpha`); nil keeps the colours' own alpha.
        public var frameAlpha: Double?
        /// The frame's fill colour (`legend.facecolor`; `inherit` takes `axes.facecolor`).
        public var faceColor: Color
        /// The frame's edge colour (`legend.edgecolor`; `inherit` takes `axes.edgecolor`).
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
        /// The space between the frame and the entries, in multiples of the legend's font size
        /// (`legend.borderpad`).
        public var borderPad: Double
        /// The vertical space between two entries, in multiples of the legend's font size
        /// (`legend.labelspacing`).
        public var labelSpacing: Double
        /// The length of an entry's line sample, in multiples of the legend's font size
        /// (`legend.handlelength`).
        public var handleLength: Double
        /// The height of the box an entry's line sample is centred in, in multiples of the
        /// legend's font size (`legend.handleheight`).
        public var handleHeight: Double
        /// The space between an entry's line sample and its label, in multiples of the legend's
        /// font size (`legend.handletextpad`).
        public var handleTextPad: Double
        /// The space between the legend and the axes box's edges, in multiples of the legend's
        /// font size (`legend.borderaxespad`).
        public var borderAxesPad: Double
    }

    /// How SVG carries text (`svg.fonttype`).
    public enum SVGFontType: String, Sendable {
        /// As glyph outlines: looks the same without the font.
        case path
        /// As `<text>`: editable, needs the font where it is shown.
        case none
    }

    /// The page: its size, resolution, background and the default axes box (`figure.*`,
    /// `savefig.*`).
    public var figure: Figure
    /// The font, size and colour texts take unless their own settings say otherwise (`font.*`,
    /// `text.*`).
    public var text: Text
    /// The plot area: its face, frame, grid, title, axis labels, margins, property cycle and tick
    /// settings (`axes.*`).
    public var axes: Axes
    /// How curves are stroked and dashed (`lines.*`).
    public var lines: Lines
    /// The x axis' ticks and tick labels (`xtick.*`).
    public var xTicks: Ticks
    /// The y axis' ticks and tick labels (`ytick.*`).
    public var yTicks: Ticks
    /// How grid lines look (`grid.*`).
    public var grid: Grid
    /// The legend's place, frame, font and spacing (`legend.*`).
    public var legend: Legend
    /// How SVG output carries text: as outlines or as `<text>` elements (`svg.fonttype`).
    public var svgFontType: SVGFontType
    /// Every rcParam the style was made from, as matplotlib writes values: what renderers and
    /// future settings read (mathtext, for one).
    public var rc: [String: String]

    /// The font texts are set in unless their own settings change its weight: ``Text/font``.
    public var font: Font { text.font }
}

/// The settings of the tick locator and label formatter on both axes.
///
/// They come from `axes.formatter.*`, `axes.unicode_minus` and `_internal.classic_mode`; each
/// axis' decision hands them to its ``MaxNLocator`` and ``ScalarFormatter``.
public struct Ticking: Sendable, Equatable {
    /// `_internal.classic_mode` (matplotlib's classic style): the AutoLocator is
    /// `MaxNLocator(nbins=9, steps=[1, 2, 5, 10])` instead of `nbins='auto'` over
    /// `[1, 2, 2.5, 5, 10]`.
    public var classic: Bool
    /// The exponents that move a power of ten out of the tick labels into the offset text: the
    /// largest tick's exponent at or below `lower`, or at or above `upper`
    /// (`axes.formatter.limits`).
    public var powerLimits: (lower: Int, upper: Int)
    /// How many leading digits the visible ticks must share before they move into an additive
    /// offset (`axes.formatter.offset_threshold`).
    public var offsetThreshold: Int
    /// Whether an additive offset may be moved out of the tick labels into the offset text
    /// (`axes.formatter.useoffset`).
    public var useOffset: Bool
    /// Whether negative numbers are written with U+2212 MINUS SIGN rather than a hyphen
    /// (`axes.unicode_minus`).
    public var unicodeMinus: Bool

    /// Settings that default to matplotlib's: not classic, `axes.formatter.limits: -5, 6`,
    /// `offset_threshold: 4`, `useoffset: True`, `axes.unicode_minus: True`.
    public init(classic: Bool = false, powerLimits: (lower: Int, upper: Int) = (-5, 6), offsetThreshold: Int = 4,
                useOffset: Bool = true, unicodeMinus: Bool = true) {
        self.classic = classic
        self.powerLimits = powerLimits
        self.offsetThreshold = offsetThreshold
        self.useOffset = useOffset
        self.unicodeMinus = unicodeMinus
    }

    /// Whether two settings agree in every field.
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
    /// An unbroken line (`-`).
    case solid
    /// Dashes (`--`), after `lines.dashed_pattern`.
    case dashed
    /// Dots (`:`), after `lines.dotted_pattern`.
    case dotted
    /// Dashes and dots in turn (`-.`), after `lines.dashdot_pattern`.
    case dashDot
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
