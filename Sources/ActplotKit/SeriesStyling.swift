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
        public var label: String
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
