import Activations
import ActplotKit
import ArgumentParser

/// `actplot eval FUNCTION... X...`: values and derivatives at points, as a table, CSV or JSON.
public struct Eval: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Print the exact values of functions and their derivatives at given points.",
        discussion: """
            Arguments that read as numbers (-2, .5, 1e3, inf) are the points x; the others are \
            functions, as 'actplot plot' takes them: catalog names with parameters \
            (elu:alpha=0.5) or formulas in x ('x*sigmoid(x)'). A formula that is only a number \
            reads as a point: put it in parentheses, '(2)'; one that starts with a minus goes \
            after '--' (actplot eval -- -x 2). Each row holds x, then each \
            function's value and derivatives up to --order, in the order the functions were \
            given; at kinks the derivatives are PyTorch's, as on charts. --vary NAME=VALUES gives \
            every function with that parameter a column per value (elu(alpha=0.5), …), as plot \
            gives it a curve per value.

            Without points, x values are read from standard input, one per line, and rows are \
            printed as they come, in constant memory; surrounding white space is ignored, blank \
            lines are skipped. A line that is not a number stops the run after the rows before \
            it: its number and text go to standard error and the exit status is 65.

            Numbers are printed in shortest round-trip form, as CSV export writes them (nan, inf, \
            -inf). On a terminal the output is an aligned table; piped or redirected it is CSV \
            with the CSV export's header (x,gelu,gelu'). JSON is one document written row by \
            row, {"columns": [...], "rows": [[...], ...]}, one row per line; nan, inf and -inf \
            are strings there.

            Examples:
              actplot eval gelu 0
              actplot eval relu -1 0 1 --order 2
              actplot eval elu:alpha=0.5 'x*sigmoid(x)' -2 -1 0 1 2
              actplot eval '(2)' 'x^2' 3
              actplot eval sigmoid 0 --format json
              seq -5 0.5 5 | actplot eval tanh softsign > values.csv
              actplot eval elu --vary alpha=0.5,1,2 -1 0 1        # a column per value
            """)

    @Argument(
        parsing: .allUnrecognized,
        help: ArgumentHelp(
            "Functions (relu, elu:alpha=0.5, 'x*sigmoid(x)'), then the points x; with no x, standard input's lines.",
            valueName: "function-or-x"),
        completion: .list(Catalog.functions.map(\.name)))
    var arguments: [String] = []

    @Option(
        name: .customLong("order"), help: ArgumentHelp("Highest derivative: 0, 1 or 2 (default: 1).", valueName: "n"),
        completion: .list(DerivativeOrder.allCases.map { String($0.rawValue) }), transform: Parsed.with(OptionParsers.order))
    var order: Parsed = .valid(DerivativeOrder.first)

    @Option(
        name: .customLong("format"),
        help: ArgumentHelp("table, csv or json (default: table on a terminal, csv otherwise).", valueName: "format"),
        completion: .list(EvalFormat.allCases.map(\.rawValue)), transform: Parsed.with(OptionParsers.evalFormat))
    var format: Parsed?

    @OptionGroup var sweep: SweepOptions

    public mutating func validate() throws {
        try order.check()
        try format.check()
    }

    /// What the parsed arguments ask for.
    public func request() throws(ActplotError) -> EvalRequest {
        var request = try EvalRequest(arguments: arguments)
        request.highestOrder = order.value()
        request.format = format?.value()
        request.sweep = sweep.sweep
        return request
    }

    public func run() throws {
        try Evaluator.run(request())
    }
}
