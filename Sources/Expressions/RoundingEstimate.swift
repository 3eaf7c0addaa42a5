import Activations
import RealModule

/// Where rounding may have cost an expression's derivative most of its digits (see
/// ``Expression/cancellation(_:at:)``).
public struct Cancellation: Sendable, Equatable {
    /// Which of f, f′ and f″.
    public let order: DerivativeOrder
    /// The x of the samples where it happens, as runs of consecutive samples: each from the first
    /// sample of a run to its last.
    public let ranges: [ClosedRange<Double>]
    /// The sample with the largest estimated relative error.
    public let worst: Double
    /// About how many significant digits are still right there (0 to 16).
    public let correctDigits: Double
}

extension Expression {
    /// The value, f′ and f″ at x, with a running estimate of the rounding error in each.
    ///
    /// The same program as ``evaluate(_:)`` runs on a stack that carries, next to each value and
    /// derivative, a first-order estimate of its absolute error: every operation passes its
    /// operands' errors on through its partial derivatives, and adds its own rounding, half an ulp of
    /// each term it sums (two ulps for the elementary and catalog functions). Where a sum's terms
    /// cancel, the error of the terms stays while the result shrinks, so the estimate relative to
    /// the result grows: this is how `sqrt(x^2+1e-12)`'s f″ = −x²/(x²+10⁻¹²)^{3/2} + 1/√(x²+10⁻¹²),
    /// two terms near 1/|x| whose difference is 10⁻¹²/|x|³, is seen to have no correct digit left for
    /// |x| ≳ 15. It is an estimate, not a bound (errors are added as if they never compensated, and
    /// a catalog function's f‴ is a difference quotient), good to a factor of a few.
    ///
    /// Returns the jet as ``evaluate(_:)`` computes it, bit for bit, and the error estimates
    /// (all NaN where the value is NaN).
    public func roundingEstimate(at x: Double) -> (jet: Jet, error: Jet) {
        var stack: [Estimate] = []
        stack.reserveCapacity(program.stackSize)
        for instruction in program.code {
            Estimate.step(instruction, x, &stack)
        }
        let undefined = Jet(value: .nan, first: .nan, second: .nan)
        guard let top = stack.last, !top.jet.value.isNaN else { return (undefined, undefined) }
        return (top.jet, top.error)
    }

    /// Where f, f′ or f″ of the expression, sampled at `xs` (ascending; non-finite x are skipped),
    /// has an estimated rounding error above 10⁻⁸ of its size, that is, fewer than 8 correct digits;
    /// `nil` if nowhere.
    ///
    /// The size a sample's error is measured against is the largest |f⁽ⁿ⁾| at it and its two
    /// neighbours: a derivative passing through zero between samples loses relative accuracy at the
    /// zero without being wrong on any scale a reader sees, while one that cancels over a whole
    /// stretch stays wrong next door too.
    public func cancellation(_ order: DerivativeOrder, at xs: [Double]) -> Cancellation? {
        let component = { (jet: Jet) -> Double in
            switch order {
            case .value: jet.value
            case .first: jet.first
            case .second: jet.second
            }
        }
        let estimates = xs.map { roundingEstimate(at: $0) }
        let values = estimates.map { component($0.jet) }
        var ranges: [ClosedRange<Double>] = []
        var run: (start: Double, end: Double)?
        var worst: (error: Double, x: Double) = (0, .nan)
        for i in xs.indices {
            let error = component(estimates[i].error)
            var scale = 0.0
            for j in max(0, i - 1)...min(xs.count - 1, i + 1) where values[j].isFinite {
                scale = max(scale, abs(values[j]))
            }
            guard xs[i].isFinite, values[i].isFinite, error.isFinite else { continue }
            // Zero here and next door with a nonzero error: rounding gave exact zeros where the truth
            // is tiny, or the derivative is zero and its terms cancel exactly. Either way the sample
            // neither starts nor ends a run.
            if scale == 0 { continue }
            let relative = error / scale
            if relative > Self.unreliable {
                run = (run?.start ?? xs[i], xs[i])
                if relative > worst.error { worst = (relative, xs[i]) }
            } else if let finished = run {
                ranges.append(Swift.min(finished.start, finished.end)...Swift.max(finished.start, finished.end))
                run = nil
            }
        }
        if let finished = run {
            ranges.append(Swift.min(finished.start, finished.end)...Swift.max(finished.start, finished.end))
        }
        guard !ranges.isEmpty else { return nil }
        let digits = min(16, max(0, -Double.log10(worst.error)))
        return Cancellation(order: order, ranges: ranges, worst: worst.x, correctDigits: digits)
    }

    /// The relative error above which ``cancellation(_:at:)`` reports a sample.
    static let unreliable = 1e-8
}

/// A jet with its error estimate: the element of ``Expression/roundingEstimate(at:)``'s stack.
struct Estimate {
    var jet: Jet
    var error: Jet

    /// Half an ulp, the rounding of one operation.
    static let epsilon = Double.ulpOfOne / 2

    init(_ jet: Jet, _ error: Jet) {
        self.jet = jet
        self.error = error
    }

    init(exact jet: Jet) {
        self.init(jet, Jet(value: 0, first: 0, second: 0))
    }

    /// Runs one instruction of a ``Program`` on the stack of estimates.
    static func step(_ instruction: Instruction, _ x: Double, _ stack: inout [Estimate]) {
        switch instruction {
        case .push(let c):
            stack.append(Estimate(exact: .constant(c)))
        case .variable:
            stack.append(Estimate(exact: .variable(x)))
        case .negate:
            let u = stack.removeLast()
            stack.append(Estimate(Operations.negate(u.jet), u.error))
        case .add, .subtract:
            let b = stack.removeLast(), a = stack.removeLast()
            let r = instruction.isAdd ? Operations.add(a.jet, b.jet) : Operations.subtract(a.jet, b.jet)
            stack.append(Estimate(r, Jet(value: a.error.value + b.error.value + epsilon * abs(r.value),
                                         first: a.error.first + b.error.first + epsilon * abs(r.first),
                                         second: a.error.second + b.error.second + epsilon * abs(r.second))))
        case .multiply:
            let b = stack.removeLast(), a = stack.removeLast()
            stack.append(product(a, b))
        case .divide:
            let b = stack.removeLast(), a = stack.removeLast()
            stack.append(quotient(a, b))
        case .addConstant(let c):
            let u = stack.removeLast()
            let r = Operations.add(u.jet, constant: c)
            stack.append(Estimate(r, Jet(value: u.error.value + epsilon * abs(r.value), first: u.error.first,
                                         second: u.error.second)))
        case .multiplyConstant(let c):
            let u = stack.removeLast()
            stack.append(scaled(u, Operations.multiply(u.jet, constant: c), by: abs(c)))
        case .divideConstant(let c):
            let u = stack.removeLast()
            stack.append(scaled(u, Operations.divide(u.jet, constant: c), by: 1 / abs(c)))
        case .reciprocal(let c):
            let u = stack.removeLast()
            let v = u.jet.value, f0 = c / v, f1 = -f0 / v, f2 = -2 * f1 / v
            stack.append(composed(u, Operations.divide(constant: c, u.jet), f0, f1, f2, -3 * f2 / v, ulps: 1))
        case .square:
            let u = stack.removeLast()
            stack.append(composed(u, Operations.square(u.jet), u.jet.value * u.jet.value, 2 * u.jet.value, 2, 0, ulps: 1))
        case .powerConstant(let c):
            let u = stack.removeLast()
            stack.append(power(u, Operations.power(u.jet, constant: c), exponent: c))
        case .constantPower(let c, let logBase):
            let u = stack.removeLast()
            let r = Operations.power(base: c, logBase: logBase, u.jet)
            let f0 = r.value, f1 = f0 * logBase, f2 = f1 * logBase
            stack.append(composed(u, r, f0, f1, f2, f2 * logBase, ulps: 2))
        case .power:
            let v = stack.removeLast(), u = stack.removeLast()
            stack.append(power(u, v))
        case .elementary(let f):
            let u = stack.removeLast()
            let (f0, f1, f2) = f.derivatives(at: u.jet.value, order: 2)
            stack.append(composed(u, u.jet.composed(f0, f1, f2), f0, f1, f2, f.third(at: u.jet.value), ulps: 2))
        case .compare(let relation):
            let b = stack.removeLast(), a = stack.removeLast()
            stack.append(Estimate(exact: Operations.compare(relation, a.jet, b.jet)))
        case .minimum, .maximum:
            let b = stack.removeLast(), a = stack.removeLast()
            let isMinimum = instruction.isMinimum
            let r = isMinimum ? Operations.minimum(a.jet, b.jet) : Operations.maximum(a.jet, b.jet)
            let error = a.jet.value == b.jet.value
                ? maximum(a.error, b.error) : ((a.jet.value < b.jet.value) == isMinimum ? a.error : b.error)
            stack.append(Estimate(r, error))
        case .absolute:
            let u = stack.removeLast()
            stack.append(Estimate(Operations.absolute(u.jet), u.error))
        case .clip:
            let hi = stack.removeLast(), lo = stack.removeLast(), v = stack.removeLast()
            var r = v
            if v.jet.value < lo.jet.value { r = lo }
            if r.jet.value > hi.jet.value { r = hi }
            stack.append(Estimate(Operations.clip(v.jet, lo.jet, hi.jet), r.error))
        case .select:
            let b = stack.removeLast(), a = stack.removeLast(), c = stack.removeLast()
            stack.append(c.jet.value != 0 ? a : b)
            stack[stack.count - 1].jet = Operations.select(c.jet, a.jet, b.jet)
        case .activation(let call):
            let u = stack.removeLast()
            let activation = call.takeUnretainedValue().activation
            let v = u.jet.value
            let f0 = activation.value(v), f1 = activation.derivative(v), f2 = activation.secondDerivative(v)
            // f‴ as a difference quotient of f″: the catalog does not carry it.
            let h = 0x1p-20 * max(1, abs(v))
            let f3 = (activation.secondDerivative(v + h) - activation.secondDerivative(v - h)) / (2 * h)
            stack.append(composed(u, u.jet.composed(f0, f1, f2), f0, f1, f2, f3.isFinite ? f3 : 0, ulps: 2))
        }
    }

    /// u times |c| for a constant: errors scale, one rounding each.
    static func scaled(_ u: Estimate, _ r: Jet, by c: Double) -> Estimate {
        Estimate(r, Jet(value: c * u.error.value + epsilon * abs(r.value),
                        first: c * u.error.first + epsilon * abs(r.first),
                        second: c * u.error.second + epsilon * abs(r.second)))
    }

    /// The product rule's terms, each with its operands' errors and its rounding.
    static func product(_ a: Estimate, _ b: Estimate) -> Estimate {
        let r = Operations.multiply(a.jet, b.jet)
        let (a0, a1, a2) = (abs(a.jet.value), abs(a.jet.first), abs(a.jet.second))
        let (b0, b1, b2) = (abs(b.jet.value), abs(b.jet.first), abs(b.jet.second))
        let (e, f) = (a.error, b.error)
        return Estimate(r, Jet(
            value: b0 * e.value + a0 * f.value + epsilon * abs(r.value),
            first: b0 * e.first + a1 * f.value + a0 * f.first + b1 * e.value
                + epsilon * (a1 * b0 + a0 * b1 + abs(r.first)),
            second: b0 * e.second + a2 * f.value + 2 * (b1 * e.first + a1 * f.first) + b2 * e.value + a0 * f.second
                + 2 * epsilon * (a2 * b0 + 2 * a1 * b1 + a0 * b2)))
    }

    /// The quotient rule as ``Operations/divide(_:_:)`` computes it: w = a/b, w′ = (a′ − w·b′)/b,
    /// w″ = (a″ − 2w′b′ − w·b″)/b.
    static func quotient(_ a: Estimate, _ b: Estimate) -> Estimate {
        let r = Operations.divide(a.jet, b.jet)
        let d = abs(b.jet.value)
        let (w0, w1, w2) = (abs(r.value), abs(r.first), abs(r.second))
        let (b1, b2) = (abs(b.jet.first), abs(b.jet.second))
        let (e, f) = (a.error, b.error)
        let v = (e.value + w0 * f.value) / d + epsilon * w0
        let first = (e.first + w0 * f.first + b1 * v + w1 * f.value) / d
            + epsilon * ((abs(a.jet.first) + w0 * b1) / d + w1)
        let second = (e.second + 2 * (w1 * f.first + b1 * first) + w0 * f.second + b2 * v + w2 * f.value) / d
            + 2 * epsilon * (abs(a.jet.second) + 2 * w1 * b1 + w0 * b2) / d
        return Estimate(r, Jet(value: v, first: first, second: second))
    }

    /// f(u) by the chain rule (value f0, first f1·u′, second f2·u′² + f1·u″), given f′, f″ and f‴ at
    /// u to carry u's errors through, and the error in ulps of f (and of f′ and f″, if different).
    static func composed(_ u: Estimate, _ r: Jet, _ f0: Double, _ f1: Double, _ f2: Double, _ f3: Double,
                         ulps: Double, derivativeUlps: Double? = nil) -> Estimate {
        let derivativeUlps = derivativeUlps ?? ulps
        let (u1, u2) = (u.jet.first, u.jet.second)
        let e = u.error
        let terms2 = abs(f2 * u1 * u1) + abs(f1 * u2)
        return Estimate(r, Jet(
            value: abs(f1) * e.value + ulps * epsilon * abs(f0),
            first: abs(f2 * u1) * e.value + abs(f1) * e.first + (1 + derivativeUlps) * epsilon * abs(f1 * u1),
            second: abs(f3 * u1 * u1 + f2 * u2) * e.value + 2 * abs(f2 * u1) * e.first + abs(f1) * e.second
                + (2 + derivativeUlps) * epsilon * terms2))
    }

    /// uᶜ for a constant c, as ``Operations/power(_:constant:)``. Its derivatives raise u to c − 1
    /// and c − 2, rounded exponents whose error ε·|c − k| grows by |ln u| in the power.
    static func power(_ u: Estimate, _ r: Jet, exponent c: Double) -> Estimate {
        let v = u.jet.value
        let f1 = c * realPower(v, c - 1), f2 = c * (c - 1) * realPower(v, c - 2)
        let f3 = c * (c - 1) * (c - 2) * realPower(v, c - 3)
        let exponentError = (abs(c - 1) + abs(c - 2)) * abs(Double.log(abs(v)))
        return composed(u, r, r.value, f1.isFinite ? f1 : 0, f2.isFinite ? f2 : 0, f3.isFinite ? f3 : 0, ulps: 2,
                        derivativeUlps: 2 + (exponentError.isFinite ? exponentError : 0))
    }

    /// uᵛ with both depending on x: its errors are those of exp(v·log u), the form
    /// ``Operations/power(_:_:)`` differentiates; where u ≤ 0, those of u^v(x) with v held.
    static func power(_ u: Estimate, _ v: Estimate) -> Estimate {
        let r = Operations.power(u.jet, v.jet)
        guard u.jet.value > 0 else { return Estimate(r, power(u, r, exponent: v.jet.value).error) }
        var stack = [v, u]
        step(.elementary(.log), 0, &stack)
        step(.multiply, 0, &stack)
        step(.elementary(.exp), 0, &stack)
        return Estimate(r, stack[0].error)
    }

    static func maximum(_ a: Jet, _ b: Jet) -> Jet {
        Jet(value: max(a.value, b.value), first: max(a.first, b.first), second: max(a.second, b.second))
    }
}

extension Instruction {
    fileprivate var isAdd: Bool {
        if case .add = self { return true }
        return false
    }

    fileprivate var isMinimum: Bool {
        if case .minimum = self { return true }
        return false
    }
}

extension Elementary {
    /// f‴ at u, for the error estimate of f″ (see ``Expression/roundingEstimate(at:)``).
    func third(at u: Double) -> Double {
        switch self {
        case .exp, .expm1: return Double.exp(u)
        case .log: return 2 / (u * u * u)
        case .log1p: return 2 / ((1 + u) * (1 + u) * (1 + u))
        case .sqrt: return 0.375 / (u * u * Double.sqrt(u))
        case .sin: return -Double.cos(u)
        case .cos: return Double.sin(u)
        case .tan:
            let t = Double.tan(u)
            return 2 * (1 + t * t) * (1 + 3 * t * t)
        case .atan:
            let f1 = 1 / (1 + u * u)
            return (6 * u * u - 2) * f1 * f1 * f1
        case .sinh: return Double.cosh(u)
        case .cosh: return Double.sinh(u)
        case .tanh:
            let t = Double.tanh(u), sech = 1 / Double.cosh(u)
            return sech * sech * (6 * t * t - 2)
        case .erf: return (4 * u * u - 2) * twoOverRootPi * Stable.expNegSquare(u)
        case .erfc: return -(4 * u * u - 2) * twoOverRootPi * Stable.expNegSquare(u)
        }
    }
}
