import Activations

/// The parsed form of an expression: names resolved, catalog functions bound to their parameters.
///
/// Sums and products are flat lists, so `x+x+…+x` is one node however long it is, and the tree is
/// only as deep as the nesting the parser allowed. Every recursive pass over it is therefore safe.
indirect enum Node: Sendable {
    case constant(Double)
    case variable
    case negate(Node)
    /// Terms added left to right, each possibly negated (subtracted).
    case sum([Term])
    /// Factors multiplied left to right, each possibly inverted (divided by).
    case product([Factor])
    case power(Node, Node)
    case compare(Relation, Node, Node)
    case elementary(Elementary, Node)
    case absolute(Node)
    case minimum([Node])
    case maximum([Node])
    /// clip(value, lower, upper).
    case clip(Node, Node, Node)
    /// where(condition, then, else).
    case select(Node, Node, Node)
    case activation(Activation, Node)

    struct Term: Sendable {
        var negated: Bool
        var node: Node
    }

    struct Factor: Sendable {
        var inverted: Bool
        var node: Node
    }

    /// The value when the node does not depend on x.
    var constantValue: Double? {
        if case .constant(let c) = self { return c }
        return nil
    }
}
