import Activations
import ActplotKit
import Support

/// A formula that starts with a minus, such as `-x^2`, looks like an option to the argument
/// parser. When the command line does not parse, this finds such an argument and says how to
/// write it instead of "unknown option".
enum FormulaHint {
    /// The hint for the first argument that starts with `-`, reads as a formula, and makes the
    /// whole command line parse once it is put in parentheses; nil when there is none.
    static func forUnparsed(_ arguments: [String], parses: ([String]) -> Bool) -> String? {
        for (i, argument) in arguments.enumerated() {
            guard argument.hasPrefix("-"), !argument.hasPrefix("--"), argument != "-",
                CurveResolver.parsesAsFormula(argument)
            else { continue }
            var repaired = arguments
            repaired[i] = "(\(argument))"
            guard parses(repaired) else { continue }
            let shown = Echo.value(argument)
            return "'\(shown)' reads as an option; to plot a formula that starts with a minus, write it after -- "
                + "(actplot -- '\(shown)') or in parentheses ('(\(shown))')"
        }
        return nil
    }
}
