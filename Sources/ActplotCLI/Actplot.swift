import Activations
import ActplotKit
import ArgumentParser

#if canImport(Glibc)
import Glibc
#endif

/// The `actplot` command: parses, then delegates to ActplotKit.
public struct Actplot: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "actplot",
        abstract: "Draw activation functions and their derivatives, or export their values.",
        discussion: """
            Charts follow matplotlib's default style: PNG, SVG and PDF through Cairo, or CSV of \
            the sampled values. The format comes from the output's extension.

            Examples:
              actplot relu --range -10:10 -o relu.png
              actplot leaky-relu:negative_slope=0.2 elu:alpha=0.5 -o compare.svg
              actplot sigmoid tanh --no-derivative -o squashing.pdf
              actplot softplus --samples 101 -o softplus.csv
              actplot list
            """,
        version: actplotVersion,
        subcommands: [Plot.self, List.self, Info.self, All.self, Gallery.self],
        defaultSubcommand: Plot.self
    )

    /// Prints errors as one line and exits with sysexits codes: 64 for usage, 74 for I/O.
    public static func main() {
        ProcessSetup.prepare()
        main(CommandLine.arguments.dropFirst().map { $0 })
    }

    static func main(_ arguments: [String]) -> Never {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            Glibc.exit(0)
        } catch let error as ActplotError {
            fail(error.message, code: error.exitCode)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                // --help and --version: their text, checked like every other write.
                do {
                    try StandardOutput.line(fullMessage(for: error))
                } catch {
                    fail(error.message, code: error.exitCode)
                }
                Glibc.exit(0)
            }
            if let hint = FormulaHint.forUnparsed(arguments, parses: { (try? parseAsRoot($0)) != nil }) {
                fail(hint, code: code.rawValue)
            }
            // The parser's own messages echo what was typed: keep them to one readable line.
            fail(Echo.value(self.message(for: error), limit: 4 * Echo.defaultLimit), code: code.rawValue)
        }
    }

    static func fail(_ message: String, code: Int32) -> Never {
        var standardError = StandardError()
        print("actplot: error: \(message)", to: &standardError)
        Glibc.exit(code)
    }
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        var string = string
        string.withUTF8 { bytes in
            _ = Glibc.write(2, bytes.baseAddress, bytes.count)
        }
    }
}
