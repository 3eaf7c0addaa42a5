import Activations
import Support

/// The curves of one function argument: the function once, or, when it has the swept parameter,
/// once per value of the sweep, in the sweep's order.
public struct CurveFamily: Sendable {
    /// What a swept family varies.
    public struct Sweep: Sendable {
        /// The parameter, as the function declares it.
        public let parameter: Parameter
        /// Its value in each curve, in order.
        public let values: [ParameterValue]
        public let spacing: ParameterSweep.Spacing

        /// The values as numbers, or nil when they are words (`gelu`'s `approximate`).
        public var numbers: [Double]? {
            let numbers = values.compactMap(\.number)
            return numbers.count == values.count ? numbers : nil
        }

        /// `α = 0.5`: how a legend names the curve of value `index`.
        public func label(_ index: Int) -> String {
            "\(parameter.displayName) = \(parameter.format(values[index]))"
        }
    }

    public let curves: [any Curve]
    /// nil for a function drawn once.
    public let sweep: Sweep?

    public init(curves: [any Curve], sweep: Sweep?) {
        self.curves = curves
        self.sweep = sweep
    }

    /// The families of `functions` (specs as typed), with `sweep` applied to every catalog
    /// function that has a parameter of that name or alias. Formulas and functions without it are
    /// drawn once; when none has it, the error lists the parameters each one takes.
    public static func resolve(_ functions: [String], sweep: ParameterSweep?) throws(ActplotError) -> [CurveFamily] {
        guard let sweep else {
            return try functions.map { spec throws(ActplotError) in CurveFamily(curves: [try CurveResolver.curve(for: spec)], sweep: nil) }
        }
        var families: [CurveFamily] = []
        var seen: [(name: String, parameters: [Parameter])] = []
        for spec in functions {
            let curve = try CurveResolver.curve(for: spec)
            guard let activation = curve as? Activation else {
                families.append(CurveFamily(curves: [curve], sweep: nil))
                seen.append((curve.label, []))
                continue
            }
            let function = activation.function
            seen.append((function.name, function.parameters))
            guard let index = function.parameterIndex(sweep.name) else {
                families.append(CurveFamily(curves: [curve], sweep: nil))
                continue
            }
            families.append(try family(spec, function: function, parameter: index, sweep: sweep))
        }
        guard families.contains(where: { $0.sweep != nil }) else {
            let takes = seen.map { entry in
                entry.parameters.isEmpty
                    ? "\(Echo.value(entry.name)) takes none"
                    : "\(entry.name) takes \(entry.parameters.map(\.name).joined(separator: ", "))"
            }
            let names = seen.flatMap { $0.parameters.map { [$0.name] + $0.aliases } }
            let suggestions = Suggestions.closest(to: sweep.name, amongGroups: names)
            let hint = suggestions.isEmpty ? "" : "did you mean \(suggestions.joined(separator: ", "))? "
            throw .usage(
                "--vary: no function here has a parameter '\(Echo.value(sweep.name))'; \(hint)\(takes.joined(separator: "; "))")
        }
        return families
    }

    /// One curve per value of `sweep` for the catalog function of `spec`, whose parameter `index`
    /// is the swept one; the spec's own arguments set the others.
    static func family(_ spec: String, function: ActivationFunction, parameter index: Int, sweep: ParameterSweep)
        throws(ActplotError) -> CurveFamily
    {
        let parameter = function.parameters[index]
        do {
            let (_, arguments) = try Catalog.parse(spec)
            if let given = arguments.first(where: { function.parameterIndex(trimmed($0.key)) == index }) {
                throw ActplotError.usage(
                    "'\(Echo.value(spec))' sets \(trimmed(given.key)), which --vary \(sweep.name) varies; give it in one place")
            }
            var curves: [any Curve] = []
            var values: [ParameterValue] = []
            for value in sweep.values {
                let activation = try function.bind(arguments + [(parameter.name, value)])
                curves.append(activation)
                values.append(activation.arguments[index] ?? .number(.nan))
            }
            return CurveFamily(curves: curves, sweep: Sweep(parameter: parameter, values: values, spacing: sweep.spacing))
        } catch let error as SpecError {
            throw .usage("--vary \(Echo.value(sweep.name)): \(error.message)")
        } catch let error as ActplotError {
            throw error
        } catch {
            throw .usage("\(error)")
        }
    }
}
