import XCTest
@testable import Activations
@testable import Support

final class CatalogTests: XCTestCase {
    func testArticleEightComeFirst() {
        XCTAssertEqual(Catalog.functions.prefix(8).map(\.name),
                       ["linear", "relu", "leaky_relu", "elu", "softplus", "sigmoid", "tanh", "arctan"])
        XCTAssertEqual(Catalog.functions.count, 36)
    }

    func testEveryRequestedFunctionIsPresent() {
        let names = Set(Catalog.functions.map(\.name))
        for name in ["relu6", "prelu", "rrelu", "celu", "selu", "gelu", "silu", "mish", "softsign", "logsigmoid",
                     "hardsigmoid", "hardswish", "hardtanh", "hardshrink", "softshrink", "tanhshrink", "threshold",
                     "squareplus", "sparse_plus", "sparse_sigmoid", "binary_step", "gaussian", "sinusoid", "sinc",
                     "bent_identity", "isru", "isrlu", "sqnl"] {
            XCTAssertTrue(names.contains(name), name)
        }
    }

    func testNamesAndAliasesAreUniqueAndResolve() {
        var seen: [String: String] = [:]
        for f in Catalog.functions {
            XCTAssertEqual(f.name, normalizedName(f.name), "\(f.name) should be canonical snake_case")
            for spelling in [f.name] + f.aliases {
                let key = normalizedName(spelling)
                XCTAssertNil(seen[key], "\(spelling) used by \(seen[key] ?? "") and \(f.name)")
                seen[key] = f.name
                XCTAssertEqual(Catalog.lookup(spelling)?.name, f.name)
                XCTAssertEqual(Catalog.lookup(spelling.uppercased())?.name, f.name)
            }
            XCTAssertNil(seen["softmax"])
        }
    }

    func testMetadataIsComplete() {
        for f in Catalog.functions {
            let m = f.metadata
            for (field, text) in [("formula", m.formula), ("derivativeFormula", m.derivativeFormula),
                                  ("outputRange", m.outputRange), ("continuity", m.continuity), ("source", m.source)] {
                XCTAssertFalse(text.isEmpty, "\(f.name) lacks \(field)")
                XCTAssertFalse(text.contains("\n"), "\(f.name).\(field) should be one line")
            }
            XCTAssertTrue(m.continuity.hasPrefix("C") || m.continuity.hasPrefix("discontinuous"), f.name)
        }
        for f in Catalog.functions.prefix(8) {
            XCTAssertGreaterThan(f.metadata.notes?.count ?? 0, 60, "\(f.name) needs notes")
        }
        XCTAssertTrue(Catalog.lookup("sinc")!.metadata.formula.contains("unnormalised"))
    }

    func testParametersAreConsistent() {
        for f in Catalog.functions {
            XCTAssertEqual(Set(f.parameters.map(\.name)).count, f.parameters.count, f.name)
            for p in f.parameters {
                XCTAssertFalse(p.meaning.isEmpty, "\(f.name).\(p.name)")
                switch (p.kind, p.defaultValue) {
                case (.number(let domain), .number(let d)?):
                    XCTAssertTrue(domain.contains(d), "\(f.name).\(p.name) default outside its domain")
                case (.choice(let words), .choice(let index)?):
                    XCTAssertTrue(words.indices.contains(index), "\(f.name).\(p.name)")
                case (.number, nil):
                    break
                default:
                    XCTFail("\(f.name).\(p.name): a default of the wrong kind")
                }
                XCTAssertEqual(f.parameterIndex(p.name), f.parameters.firstIndex { $0.name == p.name })
                for alias in p.aliases {
                    XCTAssertEqual(f.parameterIndex(alias), f.parameterIndex(p.name), "\(f.name).\(alias)")
                }
            }
            XCTAssertEqual(f.standard.label, f.name)
            XCTAssertEqual(f.standard.arguments, f.parameters.map(\.defaultValue))
        }
        XCTAssertEqual(Catalog.lookup("gelu")!.parameters[0].choices, ["none", "tanh"])
        XCTAssertEqual(Catalog.lookup("softshrink")!.parameters[0].aliases, ["lambda"])
        XCTAssertNil(Catalog.lookup("softplus")!.parameters[1].defaultValue)
    }

    func testClosestNames() {
        XCTAssertEqual(Catalog.closestNames(to: "rleu"), ["relu", "elu", "celu"])
        XCTAssertEqual(Catalog.closestNames(to: "sigmod").first, "sigmoid")
        XCTAssertEqual(Catalog.closestNames(to: "swsh").first, "swish")
        XCTAssertEqual(Catalog.closestNames(to: "Leaky-Rel").first, "leaky_relu")
        XCTAssertEqual(Catalog.closestNames(to: "rleu", limit: 1), ["relu"])
        XCTAssertEqual(Catalog.closestNames(to: "rleu", limit: 0), [])
        XCTAssertEqual(Catalog.closestNames(to: "zzzzzzzzzzzzzz"), [])
        XCTAssertEqual(Catalog.closestNames(to: "relu").first, "relu")
    }

    func testEditDistance() {
        XCTAssertEqual(Suggestions.editDistance(Array("rleu"), Array("relu")), 1)
        XCTAssertEqual(Suggestions.editDistance([], Array("abc")), 3)
        XCTAssertEqual(Suggestions.editDistance(Array("kitten"), Array("sitting")), 3)
        XCTAssertEqual(Suggestions.editDistance(Array("gelu"), Array("gelu")), 0)
    }

    func testOneSuggestionPolicyForNamesParametersAndFormulas() throws {
        // A misspelt parameter gets a suggestion, in a spec as in a formula.
        XCTAssertThrowsError(try Catalog.activation("elu:alfa=1")) { error in
            XCTAssertEqual((error as? SpecError)?.suggestions, ["alpha"])
            XCTAssertTrue("\(error)".contains("did you mean 'alpha'?"), "\(error)")
        }
        XCTAssertEqual(Suggestions.closest(to: "sigm", among: ["sigmoid", "silu", "tanh"]), ["sigmoid", "silu"])
    }
}
