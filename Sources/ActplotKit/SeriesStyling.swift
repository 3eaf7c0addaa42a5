import Activations
import Chart

/// How each series of a chart looks and what the legend calls it: the one place that decides
/// colours, line styles and legend texts.
public enum SeriesStyling: Sendable {
    /// The article's chart of one function: f, f′ and f″ take the first, second and third colours
    /// of the property cycle, solid, labelled NAME, "derivative", "second derivative".
    case oneFunction
    /// Several functions: function i takes the cycle's i-th colour; f is solid, f′ dashed, f″
    /// dotted; labels NAME, NAME′, NAME″, with the marks on the name: `elu′(alpha=2)`.
    case severalFunctions

    /// The policy for a chart of `count` functions.
    public static func policy(functions count: Int) -> SeriesStyling {
        count == 1 ? .oneFunction : .severalFunctions
    }

    /// The look of one series.
    public struct Look: Sendable, Equatable {
        public var color: Color
        public var lineStyle: LineStyle
        /// The line width; nil keeps `lines.linewidth`.
        public var width: Double? = nil
        /// The legend text; nil leaves the series out of the legend.
        public var label: String?
    }

    /// The dash patterns of derivatives when the style's cycle sets line styles of its own (the
    /// `print` style, a `cycler(linestyle=…)`): f′ and f″ cannot take dashed and dotted, which
    /// name functions there, so they keep their function's colour and are drawn thinner with
    /// patterns no cycle uses.
    static let derivativePatterns: [LineStyle] = [.pattern([5, 1.5, 1, 1.5, 1, 1.5]), .pattern([1, 1, 1, 1, 5, 1])]

    /// The look of the `order` curve of function number `index` in `style`; `shared` says that
    /// another function has the same name, so the label shows every parameter.
    public func look(function index: Int, curve: any Curve, order: DerivativeOrder, shared: Bool, style: Style) -> Look {
        let cycle = style.axes.cycle
        switch self {
        case .oneFunction:
            let labels = [curve.label, "derivative", "second derivative"]
            let entry = cycle[order.rawValue % cycle.count]
            return Look(color: entry.color, lineStyle: entry.lineStyle ?? style.lines.style, label: labels[order.rawValue])
        case .severalFunctions:
            let entry = cycle[index % cycle.count]
            let label = curve.label(order, includingDefaults: shared)
            if order == .value {
                return Look(color: entry.color, lineStyle: entry.lineStyle ?? style.lines.style, label: label)
            }
            if cycle.contains(where: { $0.lineStyle != nil }) {
                return Look(
                    color: entry.color, lineStyle: SeriesStyling.derivativePatterns[order.rawValue - 1],
                    width: style.lines.width * 0.6, label: label)
            }
            return Look(color: entry.color, lineStyle: order == .first ? .dashed : .dotted, label: label)
        }
    }
}

extension SeriesStyling {
    /// The looks of a chart's series, in the order the chart draws them (each curve of each family,
    /// each with its orders), the legend entries that stand for a kind of line, and the colour bars.
    public struct Looks: Sendable {
        public var series: [Look] = []
        /// Entries with no curve of their own: "derivative", dashed, in the text colour.
        public var keys: [Look] = []
        /// Each colour bar with what `--label KEY=TEXT` calls it: the swept parameter's name
        /// (`beta`), or `FUNCTION:NAME` when several functions are swept (`celu:alpha`).
        public var colorbars: [(bar: ColorbarSpec, key: String)] = []
    }

    /// The looks of `families` drawn with `orders`: ``policy(functions:)`` without a sweep,
    /// ``SweepStyling`` with one.
    public static func looks(for families: [CurveFamily], orders: [DerivativeOrder], style: Style, colormaps: [String])
        throws(ActplotError) -> Looks
    {
        if families.contains(where: { $0.sweep != nil }) {
            return try SweepStyling(families: families, colormaps: colormaps).looks(orders: orders, style: style)
        }
        let curves = families.flatMap(\.curves)
        let policy = SeriesStyling.policy(functions: curves.count)
        let shared = sharingNames(curves)
        var looks = Looks()
        for (i, curve) in curves.enumerated() {
            for order in orders {
                looks.series.append(policy.look(function: i, curve: curve, order: order, shared: shared[i], style: style))
            }
        }
        return looks
    }
}

/// The looks of a chart with a parameter sweep (`--vary`): the curves of a swept family take
/// the colours of a colormap in the order of the values, as matplotlib samples a map for N values
/// (`cmap.resampled(N)`); f′ is dashed and f″ dotted in the colour of their f.
///
/// - Up to ``legendLimit`` values, the legend names each value (`α = 0.5`, or `elu, α = 0.5`
///   when other functions share the chart); with more, a colour bar right of the axes shows the
///   values (log-scaled for an `A:B:N:log` sweep), and a listed sweep whose values are not evenly
///   spaced takes each value's colour from its place on that bar.
/// - Several swept functions each take their own map: the `--cmap` list in order, else
///   ``defaultColormaps``.
/// - Functions without the parameter are drawn once, in the property cycle's colours after the
///   swept families' (C2 after two swept families).
/// - f′ and f″ get one legend entry each ("derivative", dashed), in the text colour.
public struct SweepStyling: Sendable {
    /// The most values a legend lists; more get a colour bar.
    public static let legendLimit = 7
    /// The maps of swept families when `--cmap` does not say: viridis for one family; for several,
    /// one light-to-dark map per tab10 hue, so each family reads as one colour.
    public static let defaultColormaps = ["viridis"]
    public static let familyColormaps = ["Blues", "Oranges", "Greens", "Reds", "Purples", "Greys"]
    /// Where on the ``familyColormaps`` a family starts: their lightest third would be lost on a
    /// white page.
    public static let familyStart = 0.35

    let families: [CurveFamily]
    let colormaps: [Colormap]

    /// The styling of `families`, with the maps `names` gives (or the defaults); an unknown map is
    /// a usage error that suggests the closest.
    public init(families: [CurveFamily], colormaps names: [String]) throws(ActplotError) {
        self.families = families
        let swept = families.filter { $0.sweep != nil }.count
        let own = names.isEmpty && swept > 1
        let chosen = names.isEmpty ? (own ? SweepStyling.familyColormaps : SweepStyling.defaultColormaps) : names
        var maps: [Colormap] = []
        for i in 0..<swept {
            do {
                let map = try Colormap.named(chosen[i % chosen.count])
                maps.append(own ? map.truncated(from: SweepStyling.familyStart, to: 1) : map)
            } catch {
                throw .usage("--cmap: \(error.description)")
            }
        }
        self.colormaps = maps
    }

    func looks(orders: [DerivativeOrder], style: Style) -> SeriesStyling.Looks {
        var looks = SeriesStyling.Looks()
        let sweptCount = families.filter { $0.sweep != nil }.count
        let alone = families.count == 1
        var swept = 0, plain = 0
        let cycle = style.axes.cycle
        for family in families {
            guard let sweep = family.sweep else {
                // After the swept families' hues (the default family maps follow the cycle's), and
                // named once: the "derivative" entries say what its dashes are.
                let entry = cycle[(sweptCount + plain) % cycle.count]
                plain += 1
                for order in orders {
                    looks.series.append(
                        SeriesStyling.Look(
                            color: entry.color, lineStyle: SweepStyling.lineStyle(order, base: entry.lineStyle ?? style.lines.style),
                            label: order == .value ? family.curves[0].label : nil))
                }
                continue
            }
            let map = colormaps[swept]
            swept += 1
            let count = family.curves.count
            let colors = SweepStyling.colors(of: sweep, count: count, map: map)
            let named = count <= SweepStyling.legendLimit
            for (i, color) in colors.enumerated() {
                for order in orders {
                    let label = named && order == .value ? (alone ? sweep.label(i) : "\(family.curves[i].name), \(sweep.label(i))") : nil
                    looks.series.append(
                        SeriesStyling.Look(color: color, lineStyle: SweepStyling.lineStyle(order, base: style.lines.style), label: label))
                }
            }
            if !named, let numbers = sweep.numbers, let low = numbers.min(), let high = numbers.max() {
                let symbol = sweep.parameter.displayName
                let bar = ColorbarSpec(
                    colormap: map, range: (low, high), scale: sweep.spacing == .geometric ? .log : .linear,
                    label: sweptCount == 1 ? symbol : "\(family.curves[0].name): \(symbol)")
                looks.colorbars.append(
                    (bar, sweptCount == 1 ? sweep.parameter.name : "\(family.curves[0].name):\(sweep.parameter.name)"))
                if sweptCount == 1 && alone && orders.count > 1 {
                    // The curves have no legend entry of their own: one solid entry names them.
                    looks.keys.append(SeriesStyling.Look(color: style.text.color, lineStyle: style.lines.style, label: family.curves[0].name))
                }
            }
        }
        let names = ["derivative", "second derivative"]
        for order in orders where order != .value {
            looks.keys.append(
                SeriesStyling.Look(
                    color: style.text.color, lineStyle: SweepStyling.lineStyle(order, base: style.lines.style),
                    label: names[order.rawValue - 1]))
        }
        return looks
    }

    /// f in the style's line style, f′ dashed, f″ dotted.
    static func lineStyle(_ order: DerivativeOrder, base: LineStyle) -> LineStyle {
        switch order {
        case .value: base
        case .first: .dashed
        case .second: .dotted
        }
    }

    /// The colour of each value: the map resampled to `count` colours in the values' order, as
    /// matplotlib's `cmap.resampled(N)(range(N))`; for a listed sweep with a colour bar whose
    /// values are not evenly spaced, each value's colour on the bar instead (`cmap(norm(v))`).
    static func colors(of sweep: CurveFamily.Sweep, count: Int, map: Colormap) -> [Color] {
        guard count > legendLimit, sweep.spacing == .listed, let numbers = sweep.numbers,
            let low = numbers.min(), let high = numbers.max(), high > low, !isEvenlySpaced(numbers)
        else { return map.colors(count: count) }
        return numbers.map { map.color(at: ($0 - low) / (high - low)) }
    }

    /// Whether `numbers` step evenly (to a millionth of the step) in the order given.
    static func isEvenlySpaced(_ numbers: [Double]) -> Bool {
        guard numbers.count > 2 else { return true }
        let step = (numbers.last! - numbers.first!) / Double(numbers.count - 1)
        return numbers.indices.allSatisfy { abs(numbers[$0] - (numbers.first! + Double($0) * step)) <= abs(step) * 1e-6 }
    }
}
