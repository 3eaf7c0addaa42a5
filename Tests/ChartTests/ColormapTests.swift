import Foundation
import XCTest

@testable import Chart

/// matplotlib's colormaps against matplotlib 3.11 itself: Fixtures/matplotlib-colormaps.json
/// (scripts/matplotlib_colormaps.py) holds `matplotlib.colormaps[name].resampled(N)(range(N))` for
/// every map and its `_r` form and N in {2, 3, 7, 8, 100}; Fixtures/matplotlib-colorbar.json
/// (scripts/matplotlib_colorbar.py) the 256 colours a colorbar is painted with.
final class ColormapTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    func colors(_ json: ExactJSON?) throws -> [Color] {
        try XCTUnwrap(json?.array).map { entry in
            let c = try XCTUnwrap(entry.doubles)
            return Color(red: c[0], green: c[1], blue: c[2], alpha: c[3])
        }
    }

    func testFamiliesOfNValuesAreMatplotlibsBitForBit() throws {
        let root = try ExactJSON(contentsOf: Self.fixtures.appendingPathComponent("matplotlib-colormaps.json"))
        let maps = try XCTUnwrap(root["maps"]?.array)
        XCTAssertEqual(maps.count, 108)
        var names: [String] = []
        for map in maps {
            let name = try XCTUnwrap(map["name"]?.text)
            names.append(name)
            let colormap = try Colormap.named(name)
            for n in [2, 3, 7, 8, 100] {
                let expected = try colors(map[String(n)])
                let got = colormap.colors(count: n)
                XCTAssertEqual(got.count, n, "\(name) N=\(n)")
                for (i, (a, b)) in zip(got, expected).enumerated() where a != b {
                    XCTFail("\(name) N=\(n) colour \(i): \(a) vs matplotlib's \(b)")
                    break
                }
            }
        }
        // Every map and its reversed form, in the same order; the aliases (last) are not in the fixture.
        XCTAssertEqual(names, Array(Colormap.names.dropLast(2 * Colormap.aliases.count)))
    }

    func testTheColorbarIsPaintedWithTheMapsTwoHundredFiftySixColours() throws {
        let root = try ExactJSON(contentsOf: Self.fixtures.appendingPathComponent("matplotlib-colorbar.json"))
        let bands = try XCTUnwrap(root["bands"]?.array)
        XCTAssertEqual(bands.count, 3)
        for band in bands {
            let name = try XCTUnwrap(band["name"]?.text)
            let expected = try colors(band["colors"])
            XCTAssertEqual(expected.count, 256)
            XCTAssertEqual(try Colormap.named(name).table, expected, name)
        }
    }

    func testAliasesAreTheMapsTheyName() throws {
        for (alias, target) in [("grey", "gray"), ("gist_grey", "gist_gray"), ("gist_yerg", "gist_yarg"), ("Grays", "Greys")] {
            XCTAssertEqual(try Colormap.named(alias).colors(count: 7), try Colormap.named(target).colors(count: 7), alias)
            XCTAssertEqual(try Colormap.named(alias + "_r").colors(count: 8), try Colormap.named(target + "_r").colors(count: 8))
            XCTAssertEqual(try Colormap.named(alias).name, alias, "a map keeps the name it was asked by")
        }
    }

    func testOneAndNoColours() throws {
        // resampled(1)(range(1)): a listed map's first colour; a segmented map's value at x = 1.
        XCTAssertEqual(try Colormap.named("viridis").colors(count: 1), [Color(red: 0.267004, green: 0.004874, blue: 0.329415)])
        XCTAssertEqual(try Colormap.named("gray").colors(count: 1), [Color(gray: 1)])
        XCTAssertEqual(try Colormap.named("viridis").colors(count: 0), [])
        XCTAssertEqual(try Colormap.named("viridis").colors(count: -3), [])
    }

    func testUnknownNamesSuggestTheClosestOrListThemAll() {
        XCTAssertThrowsError(try Colormap.named("virdis")) { error in
            let e = error as! ColormapError
            XCTAssertEqual(e.suggestions.first, "viridis")
            XCTAssertEqual(e.description, "unknown colormap 'virdis'; did you mean viridis, cividis?")
        }
        // Names are matched exactly, as matplotlib does, but the suggestion finds the spelling.
        XCTAssertThrowsError(try Colormap.named("blues")) { error in
            XCTAssertEqual((error as! ColormapError).suggestions.first, "Blues")
        }
        XCTAssertThrowsError(try Colormap.named("RdBu_R")) { error in
            XCTAssertEqual((error as! ColormapError).suggestions.first, "RdBu_r")
        }
        XCTAssertThrowsError(try Colormap.named("tab20c")) { error in
            let message = (error as! ColormapError).description
            XCTAssertTrue(message.hasPrefix("unknown colormap 'tab20c'; colormaps are viridis, plasma, "), message)
            XCTAssertTrue(message.hasSuffix("vanimo, each also reversed with _r"), message)
        }
        XCTAssertThrowsError(try Colormap.named("bad\nname_r")) { error in
            XCTAssertFalse((error as! ColormapError).description.contains("\n"), "one line whatever was typed")
        }
        for name in ["", "_r", "viridis_r_r", "listed", "viridis "] {
            XCTAssertThrowsError(try Colormap.named(name), "'\(name)'")
        }
    }

    func testNamesCoverEveryMapReversedAndAliased() throws {
        XCTAssertEqual(Colormap.names.count, (54 + 4) * 2)
        XCTAssertEqual(Array(Colormap.names.prefix(4)), ["viridis", "viridis_r", "plasma", "plasma_r"])
        for name in Colormap.names { XCTAssertNoThrow(try Colormap.named(name), name) }
    }

    func testTheTablesLastMapReadsLikeAnyOther() throws {
        let vanimo = try Colormap.named("vanimo")
        guard case .listed(let colors) = vanimo.source else { return XCTFail("vanimo is a listed map") }
        XCTAssertEqual(colors.count, 256)
        XCTAssertEqual(colors.first, Color(red: 1, green: 0.80346, blue: 0.99215))
    }
}
