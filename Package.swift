// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "actplot",
    products: [
        .executable(name: "actplot", targets: ["actplot"]),
        .library(name: "Activations", targets: ["Activations"]),
        .library(name: "Chart", targets: ["Chart"]),
        .library(name: "MathText", targets: ["MathText"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.0.0"),
        // `make docs`: DocC documentation of the library products.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // Helpers every module reads names and values with (package access): trimming, number
        // syntax, suggestions, echoing typed values in messages.
        .target(name: "Support"),
        // The catalog of activation functions and the Curve protocol: pure Swift, no Foundation, no Cairo.
        .target(
            name: "Activations",
            dependencies: ["Support", .product(name: "RealModule", package: "swift-numerics")]
        ),
        // FreeType, found through pkg-config: text is measured with it for every chart.
        .systemLibrary(name: "CFreeType", pkgConfig: "freetype2", providers: [.apt(["libfreetype-dev"])]),
        // Cairo's and fontconfig's C API (headers from libcairo2-dev), with the libraries opened
        // when first drawn with rather than at every start (loader.c, stubs.c).
        .target(name: "CCairo", dependencies: ["CFreeType"], exclude: ["loader.h"]),
        // User formulas: a parser and forward-mode automatic differentiation; an Expression is a Curve.
        .target(
            name: "Expressions",
            dependencies: ["Activations", "Support", .product(name: "RealModule", package: "swift-numerics")]
        ),
        // zlib, for writing PNG faster than libpng's defaults.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // Math in labels laid out as matplotlib's mathtext lays it out; no Foundation, no Cairo.
        .target(name: "MathText", dependencies: ["Support"]),
        // Style, figure layout (limits, ticks, labels, legend) as a scene of drawing commands, with
        // math in texts laid out by MathText, and the Renderer protocol with the byte sink every
        // renderer writes to; no Cairo.
        .target(name: "Chart", dependencies: ["Support", "MathText", "CPrintf"]),
        // The C library's printf for one double, called without Swift's variadic boxing.
        .target(name: "CPrintf"),
        // Executes Chart's drawing commands on Cairo surfaces: PNG, SVG, PDF (math with the font
        // files of MathText's faces).
        .target(name: "CairoRenderer", dependencies: ["Chart", "MathText", "CCairo", "CZlib"]),
        // Interactive charts and the catalog explorer as self-contained HTML pages: Cairo's SVG of
        // the chart with a script that reads the embedded samples (crosshair, legend, zoom).
        .target(name: "HTMLRenderer", dependencies: ["Chart", "CairoRenderer", "CZlib", "Support"]),
        // Charts in a terminal: braille or ASCII text, or the PNG as an inline image (kitty,
        // iTerm2, sixel); detection of what the terminal can show.
        .target(name: "TerminalRenderer", dependencies: ["Chart", "CairoRenderer", "Support"]),
        // Spec → sampled curves → chart → file; everything the commands do, and the registry of
        // output formats (Formats/).
        .target(
            name: "ActplotKit",
            dependencies: [
                "Activations", "Expressions", "Chart", "MathText", "CairoRenderer", "HTMLRenderer", "TerminalRenderer",
                "Support",
            ]),
        // The commands and their options; parsing only, the work is ActplotKit's.
        .target(
            name: "ActplotCLI",
            dependencies: [
                "ActplotKit", "Activations", "Chart", "TerminalRenderer", "Support",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            plugins: ["VersionPlugin"]
        ),
        .executableTarget(name: "actplot", dependencies: ["ActplotCLI"]),
        // libFuzzer target over every parser (`make fuzz`); a plain build replays a corpus.
        .executableTarget(
            name: "ActplotFuzz",
            dependencies: [
                "ActplotCLI", "ActplotKit", "Activations", "Chart", "Expressions", "MathText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // `make bench`'s in-process timing of math in labels (bench/bench.py).
        .executableTarget(name: "MathBench", dependencies: ["MathText"]),
        // The version: VERSION → `actplotVersion` in ActplotCLI, regenerated when the file changes.
        .plugin(name: "VersionPlugin", capability: .buildTool(), dependencies: ["GenerateVersion"]),
        .executableTarget(name: "GenerateVersion"),
        .testTarget(name: "SupportTests", dependencies: ["Support"]),
        .testTarget(name: "ActivationsTests", dependencies: ["Activations", "Support"], exclude: ["Reference"]),
        .testTarget(
            name: "ExpressionsTests", dependencies: ["Expressions", "Activations"], exclude: ["Reference"]),
        .testTarget(name: "ChartTests", dependencies: ["Chart", "MathText"], exclude: ["Fixtures"]),
        .testTarget(name: "MathTextTests", dependencies: ["MathText"], exclude: ["Fixtures"]),
        .testTarget(
            name: "HTMLRendererTests", dependencies: ["HTMLRenderer", "Chart", "CairoRenderer"], exclude: ["Fixtures"]),
        .testTarget(name: "TerminalRendererTests", dependencies: ["TerminalRenderer", "Chart", "CairoRenderer"]),
        .testTarget(
            name: "ActplotTests",
            dependencies: [
                "ActplotCLI", "ActplotKit", "Activations", "Chart", "CairoRenderer", "MathText", "TerminalRenderer",
            ],
            exclude: ["Fixtures"]),
    ]
)
