import Activations
import ActplotKit
import ArgumentParser

#if canImport(Glibc)
import Glibc
import Support
#endif

/// The `actplot` command: parses, then delegates to ActplotKit.
public struct Actplot: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "actplot",
        abstract: "Draw activation functions and their derivatives, or export their values.",
        discussion: """
            Charts follow matplotlib's default style: PNG, SVG and PDF through Cairo, CSV of \
            the sampled values, or the chart in the terminal (--term) and as text (.txt). The \
            format comes from the output's extension.

            Examples:
              actplot relu --range -10:10 -o relu.png
              actplot relu --term
              actplot leaky-relu:negative_slope=0.2 elu:alpha=0.5 -o compare.svg
              actplot sigmoid tanh --no-derivative -o squashing.pdf
              actplot softplus --samples 101 -o softplus.csv
              actplot list
            """,
        version: actplotVersion,
        // Every subcommand names itself in its configuration: a name derived from the type
        // (String(describing:)) costs the runtime a search of its conformance records, some 6
        // million instructions at each start, more than drawing a braille chart.
        subcommands: [Plot.self, List.self, Info.self, Eval.self, All.self, Gallery.self, Explore.self],
        defaultSubcommand: Plot.self
    )

    /// Runs the command line and exits with its status.
    public static func main() {
        ProcessSetup.prepare()
        Glibc.exit(run(Array(CommandLine.arguments.dropFirst())))
    }

    /// Parses and runs `arguments`, printing any error as one line on stderr, and returns the
    /// exit status: 0, 64 for usage errors, 74 for I/O errors (sysexits.h).
    public static func run(_ arguments: [String]) -> Int32 {
        do {
            var command = try parseCommand(arguments)
            try command.run()
            return 0
        } catch let error as ActplotError {
            return fail(error.message, code: error.exitCode)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                // --help and --version: their text, checked like every other write.
                do {
                    try StandardOutput.line(fullMessage(for: error))
                } catch {
                    return fail(error.message, code: error.exitCode)
                }
                return 0
            }
            if let hint = FormulaHint.forUnparsed(arguments, parses: { (try? parseAsRoot($0)) != nil }) {
                return fail(hint, code: code.rawValue)
            }
            // The parser's own messages echo what was typed: keep them to one readable line.
            return fail(Echo.value(self.message(for: error), limit: 4 * Echo.defaultLimit), code: code.rawValue)
        }
    }

    /// The command `arguments` ask for. A plot (the default command: no subcommand's name
    /// first) is parsed by `Plot` alone; the parser would otherwise reflect on `Plot`'s options
    /// several more times while choosing the subcommand, some 2 million instructions, a tenth of
    /// a braille chart's. Whatever that parse refuses (help, --version, completion scripts, any mistake) goes
    /// through the whole command tree, so that messages, help and exit codes are the tree's.
    /// Options spell out their names (`.customLong`) for the same reason: the parser would
    /// derive each from its property's name, for every option, twice at every start.
    static func parseCommand(_ arguments: [String]) throws -> ParsableCommand {
        let names = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        if let first = arguments.first, !names.contains(first), let plot = (try? Plot.parseAsRoot(arguments)) as? Plot {
            return plot
        }
        return try parseAsRoot(arguments)
    }

    /// Prints `actplot: error: MESSAGE` on stderr and returns `code`.
    static func fail(_ message: String, code: Int32) -> Int32 {
        StandardError.line("actplot: error: \(message)")
        return code
    }
}
