import Activations

/// Turns a ``Node`` tree into a ``Program``: constant subtrees are folded first, then the tree is
/// flattened into postfix instructions, using the constant forms of `+ * / ^` where one side is
/// constant (cheaper, and a constant never meets an infinite derivative as 0·∞).
enum Compiler {
    static func compile(_ node: Node) -> Program {
        var emitter = Emitter()
        emitter.emit(fold(node))
        return Program(code: emitter.code, calls: emitter.calls, stackSize: max(1, emitter.maximumHeight))
    }

    /// The same tree with every subtree that does not depend on x replaced by its value, computed by
    /// the same operations the evaluator uses. Sums and products are folded only when every term is
    /// constant, so that the order of the floating-point operations stays as written.
    ///
    /// Each case is its own function so that a deep tree costs one small frame per level.
    static func fold(_ node: Node) -> Node {
        switch node {
        case .constant, .variable: node
        case .negate(let u): foldNegate(u)
        case .sum(let terms): foldSum(terms)
        case .product(let factors): foldProduct(factors)
        case .power(let b, let e): foldPower(b, e)
        case .compare(let relation, let a, let b): foldCompare(relation, a, b)
        case .elementary(let f, let u): foldElementary(f, u)
        case .absolute(let u): foldAbsolute(u)
        case .minimum(let nodes): foldList(nodes.map(fold), combine: Operations.minimum, rebuild: Node.minimum)
        case .maximum(let nodes): foldList(nodes.map(fold), combine: Operations.maximum, rebuild: Node.maximum)
        case .clip(let v, let lo, let hi): foldClip(v, lo, hi)
        case .select(let condition, let a, let b): foldSelect(condition, a, b)
        case .activation(let activation, let u): foldActivation(activation, u)
        }
    }

    private static func foldNegate(_ u: Node) -> Node {
        let u = fold(u)
        if let c = u.constantValue { return .constant(-c) }
        return .negate(u)
    }

    private static func foldSum(_ terms: [Node.Term]) -> Node {
        let terms = terms.map { Node.Term(negated: $0.negated, node: fold($0.node)) }
        var total = 0.0
        for (i, term) in terms.enumerated() {
            guard let c = term.node.constantValue else { return .sum(terms) }
            let signed = term.negated ? -c : c
            total = i == 0 ? signed : total + signed
        }
        return .constant(total)
    }

    private static func foldProduct(_ factors: [Node.Factor]) -> Node {
        let factors = factors.map { Node.Factor(inverted: $0.inverted, node: fold($0.node)) }
        var total = 1.0
        for (i, factor) in factors.enumerated() {
            guard let c = factor.node.constantValue else { return .product(factors) }
            total = factor.inverted ? (i == 0 ? 1 / c : total / c) : (i == 0 ? c : total * c)
        }
        return .constant(total)
    }

    private static func foldPower(_ b: Node, _ e: Node) -> Node {
        let b = fold(b), e = fold(e)
        if let cb = b.constantValue, let ce = e.constantValue {
            return .constant(cb == eulerE ? Elementary.exp.derivatives(at: ce, order: 0).0 : realPower(cb, ce))
        }
        return .power(b, e)
    }

    private static func foldCompare(_ relation: Relation, _ a: Node, _ b: Node) -> Node {
        let a = fold(a), b = fold(b)
        if let ca = a.constantValue, let cb = b.constantValue {
            return .constant(Operations.compare(relation, Plain.constant(ca), Plain.constant(cb)).value)
        }
        return .compare(relation, a, b)
    }

    private static func foldElementary(_ f: Elementary, _ u: Node) -> Node {
        let u = fold(u)
        if let c = u.constantValue { return .constant(f.derivatives(at: c, order: 0).0) }
        return .elementary(f, u)
    }

    private static func foldAbsolute(_ u: Node) -> Node {
        let u = fold(u)
        if let c = u.constantValue { return .constant(Swift.abs(c)) }
        return .absolute(u)
    }

    private static func foldClip(_ v: Node, _ lo: Node, _ hi: Node) -> Node {
        let v = fold(v), lo = fold(lo), hi = fold(hi)
        if let cv = v.constantValue, let cl = lo.constantValue, let ch = hi.constantValue {
            return .constant(Operations.clip(Plain.constant(cv), Plain.constant(cl), Plain.constant(ch)).value)
        }
        return .clip(v, lo, hi)
    }

    private static func foldSelect(_ condition: Node, _ a: Node, _ b: Node) -> Node {
        let condition = fold(condition)
        if let c = condition.constantValue {
            if c.isNaN { return .constant(.nan) }
            return c != 0 ? fold(a) : fold(b)
        }
        return .select(condition, fold(a), fold(b))
    }

    private static func foldActivation(_ activation: Activation, _ u: Node) -> Node {
        let u = fold(u)
        if let c = u.constantValue { return .constant(activation.value(c)) }
        return .activation(activation, u)
    }

    private static func foldList(_ nodes: [Node], combine: (Plain, Plain) -> Plain, rebuild: ([Node]) -> Node) -> Node {
        var values: [Plain] = []
        for node in nodes {
            guard let c = node.constantValue else { return rebuild(nodes) }
            values.append(.constant(c))
        }
        guard var result = values.first else { return rebuild(nodes) }
        for value in values.dropFirst() { result = combine(result, value) }
        return .constant(result.value)
    }
}

/// Writes postfix code for a folded tree and tracks how deep the evaluation stack gets.
private struct Emitter {
    var code: [Instruction] = []
    var calls: [CatalogCall] = []
    var height = 0
    var maximumHeight = 0

    /// Appends an instruction that changes the stack height by `effect`.
    mutating func append(_ instruction: Instruction, effect: Int) {
        code.append(instruction)
        height += effect
        maximumHeight = max(maximumHeight, height)
    }

    mutating func emit(_ node: Node) {
        switch node {
        case .constant(let c):
            append(.push(c), effect: 1)
        case .variable:
            append(.variable, effect: 1)
        case .negate(let u):
            emit(u)
            append(.negate, effect: 0)
        case .sum(let terms):
            emitSum(terms)
        case .product(let factors):
            emitProduct(factors)
        case .power(let b, let e):
            emitPower(b, e)
        case .compare(let relation, let a, let b):
            emit(a)
            emit(b)
            append(.compare(relation), effect: -1)
        case .elementary(let f, let u):
            emit(u)
            append(.elementary(f), effect: 0)
        case .absolute(let u):
            emit(u)
            append(.absolute, effect: 0)
        case .minimum(let nodes), .maximum(let nodes):
            var isMinimum = false
            if case .minimum = node { isMinimum = true }
            for (i, u) in nodes.enumerated() {
                emit(u)
                if i > 0 { append(isMinimum ? .minimum : .maximum, effect: -1) }
            }
        case .clip(let v, let lo, let hi):
            emit(v)
            emit(lo)
            emit(hi)
            append(.clip, effect: -2)
        case .select(let condition, let a, let b):
            emit(condition)
            emit(a)
            emit(b)
            append(.select, effect: -2)
        case .activation(let activation, let u):
            emit(u)
            let call = CatalogCall(activation)
            calls.append(call)
            append(.activation(Unmanaged.passUnretained(call)), effect: 0)
        }
    }

    /// `c ± u …` is emitted as `±u + c …` (the same sum: addition commutes exactly).
    private mutating func emitSum(_ terms: [Node.Term]) {
        var rest = terms[...]
        guard let first = rest.popFirst() else { return append(.push(0), effect: 1) }
        if let c = first.node.constantValue, let second = rest.first, second.node.constantValue == nil {
            rest = rest.dropFirst()
            emit(second.node)
            if second.negated { append(.negate, effect: 0) }
            append(.addConstant(first.negated ? -c : c), effect: 0)
        } else {
            emit(first.node)
            if first.negated { append(.negate, effect: 0) }
        }
        for term in rest {
            if let c = term.node.constantValue {
                append(.addConstant(term.negated ? -c : c), effect: 0)
            } else {
                emit(term.node)
                append(term.negated ? .subtract : .add, effect: -1)
            }
        }
    }

    /// `c * u` is emitted as `u * c`, and `c / u` with the reciprocal rule.
    private mutating func emitProduct(_ factors: [Node.Factor]) {
        var rest = factors[...]
        guard let first = rest.popFirst() else { return append(.push(1), effect: 1) }
        if !first.inverted, let c = first.node.constantValue, let second = rest.first, second.node.constantValue == nil {
            rest = rest.dropFirst()
            emit(second.node)
            append(second.inverted ? .reciprocal(c) : .multiplyConstant(c), effect: 0)
        } else {
            emit(first.node)
            if first.inverted { append(.reciprocal(1), effect: 0) }
        }
        for factor in rest {
            if let c = factor.node.constantValue {
                append(factor.inverted ? .divideConstant(c) : .multiplyConstant(c), effect: 0)
            } else {
                emit(factor.node)
                append(factor.inverted ? .divide : .multiply, effect: -1)
            }
        }
    }

    private mutating func emitPower(_ base: Node, _ exponent: Node) {
        if let c = exponent.constantValue {
            emit(base)
            switch c {
            case 1: break
            case 2: append(.square, effect: 0)
            case 0.5: append(.elementary(.sqrt), effect: 0)
            case -1: append(.reciprocal(1), effect: 0)
            default: append(.powerConstant(c), effect: 0)
            }
        } else if let c = base.constantValue {
            emit(exponent)
            if c == eulerE {
                append(.elementary(.exp), effect: 0)
            } else {
                append(.constantPower(c, logBase: c > 0 ? Elementary.log.derivatives(at: c, order: 0).0 : .nan), effect: 0)
            }
        } else {
            emit(base)
            emit(exponent)
            append(.power, effect: -1)
        }
    }
}
