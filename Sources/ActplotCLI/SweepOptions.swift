import ActplotKit
import ArgumentParser

/// `--vary`, shared by `plot` and `eval`: one curve (or column) per value of a parameter.
struct SweepOptions: ParsableArguments {
    @Option(
        name: .customLong("vary"),
        help: ArgumentHelp(
            "One curve per value of a parameter, for every function that has it: NAME=V1,V2,…, NAME=A:B:N (N values, A to B) or NAME=A:B:N:log (geometric).",
            valueName: "name=values"),
        transform: Parsed.with(ParameterSweep.init(parsing:)))
    var vary: Parsed?

    mutating func validate() throws {
        try vary.check()
    }

    /// The sweep asked for, if any; only read after `validate()`.
    var sweep: ParameterSweep? { vary?.value() }
}
