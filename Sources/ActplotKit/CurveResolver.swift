import Activations
import Expressions

/// Turns the function arguments of the command line into curves: a catalog name with optional
/// parameters (`relu`, `leaky-relu:negative_slope=0.2`), or an expression in x
/// (`x*sigmoid(1.702*x)`).
public enum CurveResolver {
    public static func curve(for spec: String) throws(ActplotError) -> Curve {
        if looksLikeCatalogSpec(spec) {
            do {
                return Curve(try Catalog.activation(spec))
            } catch {
                throw .usage(error.message)
            }
        }
        do {
            return Curve(try Expression.parse(spec))
        } catch {
            throw .usage(error.description)
        }
    }

    /// A bare name other than the expression names `x`, `pi` and `e`, or a name followed by `:`
    /// parameters. An unknown bare name then gets the catalog's suggestions.
    static func looksLikeCatalogSpec(_ spec: String) -> Bool {
        let name = spec.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)[0]
        guard let first = name.first, first.isLetter || first == "_" else { return false }
        guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { return false }
        if spec.contains(":") { return true }
        return !["x", "pi", "e"].contains(name.lowercased())
    }
}

extension Curve {
    /// A user's expression, differentiated exactly by forward-mode automatic differentiation.
    public init(_ expression: Expression) {
        self.init(
            label: expression.label, kinks: expression.kinks,
            value: { expression.value($0) },
            derivative: { expression.derivative($0) },
            secondDerivative: { expression.secondDerivative($0) },
            block: { order, xs, ys in
                let input = Array(xs)
                let results =
                    order == 0
                    ? expression.values(at: input)
                    : order == 1 ? expression.derivatives(at: input) : expression.secondDerivatives(at: input)
                for i in 0..<min(results.count, ys.count) { ys[i] = results[i] }
            })
    }
}
