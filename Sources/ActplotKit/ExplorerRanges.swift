import Activations
import Support

/// The values the explorer's slider offers for each numeric parameter: 21 evenly spaced values
/// over a documented range that holds the default, each the exact quotient `(first + k·step) /
/// scale`, so `0.05` is the double nearest 0.05. Functions listed in ``table`` get a range
/// chosen for them; any other parameter gets one from its default and domain (``rule``).
public struct SliderRange: Sendable, Equatable {
    public let first: Int
    public let step: Int
    public let scale: Int
    /// Whether the first position is the parameter left out (softplus `threshold`, unset by default).
    public let startsUnset: Bool

    public static let positions = 21

    /// The slider's numbers; nil where the parameter is left unset.
    public var values: [Double?] {
        (0..<SliderRange.positions).map { k in
            if startsUnset && k == 0 { return nil }
            return Double(first + k * step) / Double(scale)
        }
    }

    /// "0 to 2 in steps of 0.1", for the page and the README; thirtieths and the like as
    /// fractions: "2/15 to 0.8 in steps of 1/30".
    public var text: String {
        let last = first + (SliderRange.positions - 1) * step
        let span = "\(SliderRange.number(first, scale)) to \(SliderRange.number(last, scale)) in steps of \(SliderRange.number(step, scale))"
        return startsUnset ? "unset, then " + SliderRange.number(first + step, scale) + span.drop { $0 != " " } : span
    }

    /// n/d as a short decimal when it has one (`0.25`), else as a reduced fraction (`2/15`).
    static func number(_ n: Int, _ d: Int) -> String {
        let value = Double(n) / Double(d)
        let decimal = NumberFormat.shortest(value)
        if decimal.count <= 7 { return decimal }
        func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? abs(a) : gcd(b, a % b) }
        let g = max(1, gcd(n, d))
        return "\(n / g)/\(d / g)"
    }

    /// The ranges chosen per function and parameter.
    static let table: [String: [String: SliderRange]] = [
        "leaky_relu": ["negative_slope": .init(0, 1, 100)],
        "elu": ["alpha": .init(0, 1, 10)],
        "softplus": ["beta": .init(1, 1, 4), "threshold": .init(0, 1, 1, startsUnset: true)],
        "prelu": ["weight": .init(0, 5, 100)],
        "rrelu": ["lower": .init(0, 1, 80), "upper": .init(4, 1, 30)],
        "celu": ["alpha": .init(1, 1, 10)],
        "hardtanh": ["min_val": .init(-20, 1, 10), "max_val": .init(0, 1, 10)],
        "hardshrink": ["lambd": .init(0, 1, 10)],
        "softshrink": ["lambd": .init(0, 1, 10)],
        "threshold": ["threshold": .init(-10, 1, 5), "value": .init(-10, 1, 5)],
        "squareplus": ["b": .init(1, 1, 2)],
        "isru": ["alpha": .init(0, 1, 10)],
        "isrlu": ["alpha": .init(0, 1, 10)],
    ]

    init(_ first: Int, _ step: Int, _ scale: Int, startsUnset: Bool = false) {
        self.first = first
        self.step = step
        self.scale = scale
        self.startsUnset = startsUnset
    }

    /// The range of `parameter` of `function`: from the table, else tenths of the default's
    /// size around it (0 to twice the default for a non-negative one, a tenth to 2.1 times it for
    /// a positive one, the default ± its size otherwise), with 1 for a default of 0.
    public static func of(_ parameter: Parameter, in function: ActivationFunction) -> SliderRange {
        if let chosen = table[function.name]?[parameter.name] { return chosen }
        return rule(default: parameter.defaultValue?.number, domain: parameter.domain)
    }

    static func rule(default value: Double?, domain: ParameterDomain) -> SliderRange {
        // The default as a fraction n/m with m a power of ten (1 when there is none, or it is 0).
        var (n, m) = (1, 1)
        if let value, value != 0, value.isFinite {
            var scale = 1.0
            while (value * scale).rounded() != value * scale && scale < 1e6 { scale *= 10 }
            if abs(value * scale) < 1e9 { (n, m) = (Int((value * scale).rounded()), Int(scale)) }
        }
        // Steps of a tenth of the default's size, the default itself at the eleventh position
        // (the tenth for a positive or non-zero parameter).
        switch domain {
        case .nonNegative: return .init(0, abs(n), 10 * m)
        case .positive, .nonZero: return .init(abs(n), abs(n), 10 * m)
        case .any: return .init(10 * n - 10 * abs(n), abs(n), 10 * m)
        }
    }
}
