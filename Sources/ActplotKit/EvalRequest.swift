#if canImport(Glibc)
import Glibc
#endif
import Activations
import Support

/// Everything one `actplot eval` invocation asks for, already parsed.
public struct EvalRequest: Sendable {
    /// Function specs as typed, in column order: catalog names with parameters, or formulas.
    public var functions: [String] = []
    /// The points given on the command line, in row order; empty reads standard input.
    public var xs: [Double] = []
    /// The highest derivative printed (`--order`).
    public var highestOrder = DerivativeOrder.first
    /// nil: a table on a terminal, CSV otherwise.
    public var format: EvalFormat?
    /// `--vary NAME=VALUES`: a column per value for every function with that parameter.
    public var sweep: ParameterSweep?

    /// Sorts the positional arguments: every one that reads as a number (as any option's number
    /// reads: `-2`, `.5`, `1e3`, `inf`) is an x, every other one a function. So a formula that is
    /// only a number, such as `2`, is written in parentheses: `(2)`.
    /// After `--`, nothing is an option: `-- -x 2` evaluates the formula `-x`.
    public init(arguments: [String]) throws(ActplotError) {
        var options = true
        for argument in arguments {
            if options && argument == "--" {
                options = false
            } else if let x = NumberSyntax.double(argument) {
                xs.append(x)
            } else if options && argument.hasPrefix("--") {
                // swift-argument-parser hands over options it does not know, since negative
                // x values look like options too.
                throw .usage("unknown option '\(Echo.value(argument))'; see 'actplot eval --help'")
            } else if EvalRequest.startsLikeNumber(argument) && !CurveResolver.parsesAsFormula(argument) {
                throw .usage("'\(Echo.value(argument))' is not a number; write x values in decimal, such as -2, .5, 1e3 or inf")
            } else {
                functions.append(argument)
            }
        }
    }

    /// At least one function, before any work.
    public func validate() throws(ActplotError) {
        guard functions.isEmpty else { return }
        if let first = xs.first {
            throw .usage("no function given; \(NumberFormat.shortest(first)) reads as an x value. Name a function, "
                + "such as 'actplot eval gelu 0 1', and write a formula that is a number in parentheses: '(2)'")
        }
        throw .usage("no function given; name one or more, such as 'actplot eval gelu 0 1' ('actplot list' shows them all)")
    }

    /// The curve of each function, in order, or its curves, one per value, for a function the
    /// sweep applies to.
    public func curves() throws(ActplotError) -> [any Curve] {
        try CurveFamily.resolve(functions, sweep: sweep).flatMap(\.curves)
    }

    /// A digit, or a sign or point followed by one, after any white space: what a mistyped
    /// number (`1,5`, `0x10`, `2e`) looks like, rather than a name.
    static func startsLikeNumber(_ text: String) -> Bool {
        var rest = Substring(trimmed(text))
        if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
        if rest.first == "." { rest = rest.dropFirst() }
        return rest.first.map { $0.isASCII && $0.isNumber } ?? false
    }
}

extension Evaluator {
    /// Runs `actplot eval`: the request's x values, or standard input's lines, to standard
    /// output.
    public static func run(_ request: EvalRequest) throws(ActplotError) {
        try request.validate()
        let terminal = isatty(1) == 1
        let evaluator = Evaluator(
            curves: try request.curves(), highestOrder: request.highestOrder,
            format: request.format ?? (terminal ? .table : .csv))
        guard request.xs.isEmpty else {
            try evaluator.write(request.xs, to: 1)
            return
        }
        if isatty(0) == 1 {
            StandardError.line("actplot: reading x values from standard input, one per line; end with Ctrl-D")
        }
        try evaluator.stream(.descriptor(0), to: 1, flushEveryRead: terminal)
    }
}
