import Activations

/// Where an expression's derivative may jump, found from its structure (see ``Expression/kinks``).
///
/// A point is reported where the argument of a kinked operation is an affine function of x
/// (`a·x + b` with constants a ≠ 0, b, as in `abs(2*x - 1)` or `elu(x/2 + 1)`):
/// - abs(u): u = 0; min/max/clip: where two affine arguments are equal; comparisons (and so
///   `where`): where the two sides are equal;
/// - a catalog function f(u): each kink k of f mapped back through u = k.
/// Kinks inside non-affine arguments (`abs(x^2 - 1)`) are not looked for.
enum Kinks {
    static func of(_ node: Node) -> [Double] {
        var points: [Double] = []
        collect(node, into: &points)
        var unique: [Double] = []
        for p in points.filter(\.isFinite).sorted() where unique.last != p {
            unique.append(p == 0 ? 0 : p)  // -0 and 0 are one point
        }
        return unique
    }

    /// u as a·x + b, when it is that simple.
    static func affine(_ node: Node) -> (a: Double, b: Double)? {
        switch node {
        case .constant(let c):
            return (0, c)
        case .variable:
            return (1, 0)
        case .negate(let u):
            return affine(u).map { (-$0.a, -$0.b) }
        case .sum(let terms):
            var result = (a: 0.0, b: 0.0)
            for term in terms {
                guard let t = affine(term.node) else { return nil }
                result = term.negated ? (result.a - t.a, result.b - t.b) : (result.a + t.a, result.b + t.b)
            }
            return result
        case .product(let factors):
            var result = (a: 0.0, b: 1.0)
            for factor in factors {
                guard let f = affine(factor.node) else { return nil }
                if factor.inverted {
                    guard f.a == 0 else { return nil }
                    result = (result.a / f.b, result.b / f.b)
                } else if result.a == 0 {
                    result = (result.b * f.a, result.b * f.b)
                } else if f.a == 0 {
                    result = (result.a * f.b, result.b * f.b)
                } else {
                    return nil
                }
            }
            return result
        default:
            return nil
        }
    }

    /// x where the affine u equals the affine v, if exactly one point.
    private static func crossing(_ u: Node, _ v: Node) -> Double? {
        guard let p = affine(u), let q = affine(v), p.a != q.a else { return nil }
        return (q.b - p.b) / (p.a - q.a)
    }

    /// Each case that finds points is its own function, so that a deep tree costs one small frame
    /// per level.
    private static func collect(_ node: Node, into points: inout [Double]) {
        switch node {
        case .constant, .variable:
            break
        case .negate(let u), .elementary(_, let u):
            collect(u, into: &points)
        case .sum(let terms):
            for term in terms { collect(term.node, into: &points) }
        case .product(let factors):
            for factor in factors { collect(factor.node, into: &points) }
        case .power(let b, let e):
            collect(b, into: &points)
            collect(e, into: &points)
        case .compare(_, let a, let b):
            crossings([a, b], into: &points)
            collect(a, into: &points)
            collect(b, into: &points)
        case .absolute(let u):
            crossings([u, .constant(0)], into: &points)
            collect(u, into: &points)
        case .minimum(let nodes), .maximum(let nodes):
            crossings(nodes, into: &points)
            for u in nodes { collect(u, into: &points) }
        case .clip(let v, let lo, let hi):
            crossings([v, lo], into: &points)
            crossings([v, hi], into: &points)
            collect(v, into: &points)
            collect(lo, into: &points)
            collect(hi, into: &points)
        case .select(let condition, let a, let b):
            collect(condition, into: &points)
            collect(a, into: &points)
            collect(b, into: &points)
        case .activation(let activation, let u):
            mapped(activation, u, into: &points)
            collect(u, into: &points)
        }
    }

    /// Where any two of the (affine) nodes are equal; only for a few nodes.
    private static func crossings(_ nodes: [Node], into points: inout [Double]) {
        guard nodes.count <= 16 else { return }
        for i in nodes.indices {
            for j in nodes.indices where j > i {
                if let p = crossing(nodes[i], nodes[j]) { points.append(p) }
            }
        }
    }

    /// The kinks of a catalog function at an affine argument u = a·x + b: x = (k − b)/a.
    private static func mapped(_ activation: Activation, _ u: Node, into points: inout [Double]) {
        guard let (a, b) = affine(u), a != 0 else { return }
        points += activation.kinks.map { ($0 - b) / a }
    }
}
