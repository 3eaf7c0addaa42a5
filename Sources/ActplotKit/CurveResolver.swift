import Activations
import Expressions

/// Turns the function arguments of the command line into curves: a catalog name with optional
/// parameters (`relu`, `leaky-relu:negative_slope=0.2`), or an expression in x
/// (`x*sigmoid(1.702*x)`, `x-1`).
///
/// A catalog name, or anything with `:` parameters, is a catalog function; anything else that
/// parses as a formula is a formula. What is neither gets the catalog's suggestions when it is
/// close to a name there (`sigmod`), and the formula's error with its caret otherwise.
public enum CurveResolver {
    public static func curve(for spec: String) throws(ActplotError) -> any Curve {
        if spec.contains(":") || Catalog.lookup(spec) != nil {
            do {
                return try Catalog.activation(spec)
            } catch {
                throw .usage(error.message)
            }
        }
        let formulaError: ExpressionError
        do {
            return try Expression.parse(spec)
        } catch {
            formulaError = error
        }
        if looksLikeName(spec), Catalog.isVectorValued(spec) || !Catalog.closestNames(to: spec).isEmpty {
            do {
                _ = try Catalog.resolve(spec)
            } catch {
                throw .usage(error.message)
            }
        }
        throw .usage(formulaError.description)
    }

    /// Whether `text` reads as a formula in x.
    public static func parsesAsFormula(_ text: String) -> Bool {
        (try? Expression.parse(text)) != nil
    }

    /// Letters, digits, `_` and `-`, starting with a letter or `_`: how catalog names are spelled.
    static func looksLikeName(_ text: String) -> Bool {
        guard let first = text.first, first.isLetter || first == "_" else { return false }
        return text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
    }
}
