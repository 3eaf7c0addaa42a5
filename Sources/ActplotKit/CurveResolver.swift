import Activations

/// Turns the function arguments of the command line into curves.
public enum CurveResolver {
    /// A catalog function with optional parameters: `relu`, `leaky-relu:negative_slope=0.2`.
    public static func curve(for spec: String) throws(ActplotError) -> Curve {
        do {
            return Curve(try Catalog.activation(spec))
        } catch {
            throw .usage(error.message)
        }
    }
}
