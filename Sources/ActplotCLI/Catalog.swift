import Activations
import ActplotKit
import ArgumentParser

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the functions with their formulas and parameters.",
        discussion: """
            Examples:
              actplot list
              actplot list --json | python3 -m json.tool
            """)

    @Flag(name: .customLong("json"), help: "Print the catalog as JSON, for scripts.")
    var json = false

    @Flag(name: .customLong("names"), help: "Print the canonical names only, one per line.")
    var names = false

    func run() throws {
        if names {
            try StandardOutput.line(Catalog.functions.map(\.name).joined(separator: "\n"))
        } else {
            try StandardOutput.line(json ? CatalogReport.json() : CatalogReport.table())
        }
    }
}

struct Info: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Describe one function: formula, derivative, range, continuity, parameters, source.",
        discussion: """
            Examples:
              actplot info elu
              actplot info leaky-relu
            """)

    @Argument(help: "A name or alias from 'actplot list'.")
    var name: String

    func run() throws {
        // Looking up through the spec parser gives unknown names and softmax their explanation.
        let activation: Activation
        do {
            activation = try Catalog.activation(name)
        } catch {
            throw ActplotError.usage(error.message)
        }
        try StandardOutput.line(CatalogReport.info(activation))
    }
}
