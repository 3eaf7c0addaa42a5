import Activations

/// One step of a compiled expression, acting on a stack of jets.
enum Instruction: Sendable {
    case push(Double)
    case variable
    case negate
    case add, subtract, multiply, divide
    /// u + c.
    case addConstant(Double)
    /// u · c.
    case multiplyConstant(Double)
    /// u / c.
    case divideConstant(Double)
    /// c / u.
    case reciprocal(Double)
    case square
    /// u ^ c.
    case powerConstant(Double)
    /// c ^ u, with ln c precomputed.
    case constantPower(Double, logBase: Double)
    /// u ^ v.
    case power
    case elementary(Elementary)
    case compare(Relation)
    case minimum, maximum
    case absolute
    /// value, lower, upper → clipped.
    case clip
    /// condition, a, b → a or b.
    case select
    /// A catalog function, kept alive by `Program.calls`.
    case activation(Unmanaged<CatalogCall>)
}

/// A bound catalog function, boxed so that the evaluation loop can reach it through an unretained
/// reference: copying an `Activation` out of an array retains and releases each of its references,
/// which costs more than the function itself.
final class CatalogCall: Sendable {
    let activation: Activation
    init(_ activation: Activation) { self.activation = activation }
}

/// A compiled expression: postfix code over a stack of at most `stackSize` entries.
///
/// The interpreter works on a *block* of x values at a time: each instruction runs a tight loop over
/// the block, so the cost of dispatching an instruction (an unpredictable indirect jump) is paid
/// once per block rather than once per sample, and the loops of `+ − ×` vectorise. A single x is a
/// block of one. The loop is specialised for each ``Differential`` type, so computing only values
/// costs none of the derivative arithmetic, and nothing is allocated per sample: a single x uses a
/// stack-allocated buffer, a batch one heap buffer for all its blocks.
struct Program: Sendable {
    let code: [Instruction]
    /// Owns the catalog functions that `.activation` instructions refer to without retaining.
    let calls: [CatalogCall]
    let stackSize: Int

    /// Samples per block in batch evaluation: 256 jets of 24 bytes per stack entry stay in cache.
    static let blockSize = 256

    /// Evaluates at one x.
    @inline(__always)
    func evaluate<T: Differential>(_ x: Double, as type: T.Type) -> T {
        withUnsafeTemporaryAllocation(of: T.self, capacity: stackSize) { stack in
            guard let s = stack.baseAddress else { return .nan }
            return withUnsafePointer(to: x) { x in
                code.withUnsafeBufferPointer { code in
                    run(code, x, count: 1, stride: 1, stack: s)
                    return s[0]
                }
            }
        }
    }

    /// Evaluates at every x, block by block; `store` receives each index and result in order.
    @inline(__always)
    func evaluate<T: Differential>(_ xs: UnsafeBufferPointer<Double>, as type: T.Type, store: (Int, T) -> Void) {
        guard let base = xs.baseAddress, !xs.isEmpty else { return }
        let block = Swift.min(Self.blockSize, xs.count)
        let stack = UnsafeMutablePointer<T>.allocate(capacity: stackSize * block)
        defer { stack.deallocate() }
        code.withUnsafeBufferPointer { code in
            var start = 0
            while start < xs.count {
                let count = Swift.min(block, xs.count - start)
                run(code, base + start, count: count, stride: block, stack: stack)
                for i in 0..<count { store(start + i, stack[i]) }
                start += count
            }
        }
    }

    /// Runs the code on `count` x values; stack entry k of sample i lives at `stack[k * stride + i]`,
    /// and the results end in entry 0.
    @inline(__always)
    private func run<T: Differential>(_ code: UnsafeBufferPointer<Instruction>, _ xs: UnsafePointer<Double>,
                                      count n: Int, stride: Int, stack: UnsafeMutablePointer<T>) {
        var depth = 0  // entries on the stack
        /// The entry `k` from the top: 1 is the top.
        @inline(__always) func entry(_ k: Int) -> UnsafeMutablePointer<T> { stack + (depth - k) * stride }
        /// Replaces the top entry by `f` of it.
        @inline(__always) func unary(_ f: (T) -> T) {
            let r = entry(1)
            for i in 0..<n { r[i] = f(r[i]) }
        }
        /// Replaces the top two entries by `f` of them.
        @inline(__always) func binary(_ f: (T, T) -> T) {
            let (a, b) = (entry(2), entry(1))
            for i in 0..<n { a[i] = f(a[i], b[i]) }
            depth -= 1
        }
        for instruction in code {
            switch instruction {
            case .push(let c):
                depth += 1
                let r = entry(1)
                for i in 0..<n { r[i] = .constant(c) }
            case .variable:
                depth += 1
                let r = entry(1)
                for i in 0..<n { r[i] = .variable(xs[i]) }
            case .negate:
                unary { Operations.negate($0) }
            case .add:
                binary { Operations.add($0, $1) }
            case .subtract:
                binary { Operations.subtract($0, $1) }
            case .multiply:
                binary { Operations.multiply($0, $1) }
            case .divide:
                binary { Operations.divide($0, $1) }
            case .addConstant(let c):
                unary { Operations.add($0, constant: c) }
            case .multiplyConstant(let c):
                unary { Operations.multiply($0, constant: c) }
            case .divideConstant(let c):
                unary { Operations.divide($0, constant: c) }
            case .reciprocal(let c):
                unary { Operations.divide(constant: c, $0) }
            case .square:
                unary { Operations.square($0) }
            case .powerConstant(let c):
                unary { Operations.power($0, constant: c) }
            case .constantPower(let c, let logBase):
                unary { Operations.power(base: c, logBase: logBase, $0) }
            case .power:
                binary { Operations.power($0, $1) }
            case .elementary(let f):
                unary { u in
                    let (f0, f1, f2) = f.derivatives(at: u.value, order: T.order)
                    return u.composed(f0, f1, f2)
                }
            case .compare(let relation):
                binary { Operations.compare(relation, $0, $1) }
            case .minimum:
                binary { Operations.minimum($0, $1) }
            case .maximum:
                binary { Operations.maximum($0, $1) }
            case .absolute:
                unary { Operations.absolute($0) }
            case .clip:
                let (v, lo, hi) = (entry(3), entry(2), entry(1))
                for i in 0..<n { v[i] = Operations.clip(v[i], lo[i], hi[i]) }
                depth -= 2
            case .select:
                let (c, a, b) = (entry(3), entry(2), entry(1))
                for i in 0..<n { c[i] = Operations.select(c[i], a[i], b[i]) }
                depth -= 2
            case .activation(let call):
                let r = entry(1)
                call._withUnsafeGuaranteedRef { call in
                    for i in 0..<n {
                        let u = r[i]
                        let f0 = call.activation.value(u.value)
                        let f1 = T.order >= 1 ? call.activation.derivative(u.value) : 0
                        let f2 = T.order >= 2 ? call.activation.secondDerivative(u.value) : 0
                        r[i] = u.composed(f0, f1, f2)
                    }
                }
            }
        }
        // Where the value is undefined, so are its derivatives (`0/0 + x` is NaN, slope NaN).
        if T.order > 0 {
            for i in 0..<n where stack[i].value.isNaN { stack[i] = .nan }
        }
    }
}
