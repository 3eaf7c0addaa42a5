#if canImport(Glibc)
import Glibc
#endif
import Activations
import ActplotCLI
import ActplotKit
import ArgumentParser
import Chart
import Expressions
import MathText

/// One fuzz input through every parser actplot has: the command line, function specs,
/// expressions, math in labels and option values. Each must end in a value or an error, never
/// a trap.
///
/// The first byte picks what to exercise; for the command line the rest is split at newlines
/// into arguments, for axis decisions it is read as doubles.
enum FuzzTarget {
    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let selector = bytes.first else { return }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes.dropFirst()), as: UTF8.self)
        switch selector % 5 {
        case 0:
            // The command line, parsed as the executable parses it, then validated and resolved.
            let arguments = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            exerciseCommandLine(arguments)
        case 1:
            if let activation = try? Catalog.activation(text) {
                for x in [-1e308, -710.5, -1, -0.0, 0, Double.leastNonzeroMagnitude, 3, 355.2, 1e308, .infinity, .nan] {
                    _ = activation.value(x)
                    _ = activation.derivative(x)
                    _ = activation.secondDerivative(x)
                }
                _ = activation.kinks
            }
        case 2:
            if let expression = try? Expression.parse(text) {
                for x in [-1e308, -3, -0.0, 0, 0.5, 2, 1e308, .nan] {
                    _ = expression.evaluate(x)
                    _ = expression.roundingEstimate(at: x)
                }
                _ = expression.values(at: [-1, 0, 1])
                _ = expression.cancellation(.second, at: [-1, 0, 1])
            }
        case 3:
            // Math in a label, laid out in every font set at a raster and a vector dpi.
            if let math = try? MathText(text) {
                for fontSet in MathFontSet.allCases {
                    _ = try? math.layout(fontSize: 10, dpi: 100, fontSet: fontSet)
                    _ = try? math.layout(fontSize: 14, dpi: 72, fontSet: fontSet, defaultFont: .bfit)
                }
                _ = math.unicode
            }
        case 4:
            // Axis decisions for arbitrary data intervals and axis lengths, as the layout makes them.
            var values: [Double] = []
            var raw = Array(bytes.dropFirst())
            while raw.count >= 8 {
                values.append(raw.prefix(8).withUnsafeBytes { $0.loadUnaligned(as: Double.self) })
                raw.removeFirst(8)
            }
            guard values.count >= 2 else { return }
            let length = values.count > 2 && values[2].isFinite ? min(abs(values[2]), 1e6) : 357.12
            _ = decideAxis(dataMin: values[0], dataMax: values[1], lengthInPoints: length, kind: .x)
            _ = decideAxis(dataMin: values[0], dataMax: values[1], lengthInPoints: length, kind: .y)
        default:
            _ = try? PlotRange(parsing: text)
            _ = try? OptionParsers.samples(text)
            _ = try? OptionParsers.size(text)
            _ = try? OptionParsers.dpi(text)
            _ = try? OptionParsers.legend(text)
            _ = try? OptionParsers.formats(text)
            _ = try? OutputFormat.infer(fromPath: text)
            _ = try? CurveResolver.curve(for: text)
        }
    }

    static func exerciseCommandLine(_ arguments: [String]) {
        guard let command = try? Actplot.parseAsRoot(arguments) else { return }
        if let eval = command as? Eval { return exerciseEval(eval) }
        guard let plot = command as? Plot else { return }
        guard var request = try? plot.request() else { return }
        request.samples = min(request.samples, 64)  // keep each input fast; the value was already parsed
        guard (try? request.validate()) != nil else { return }
        for spec in request.functions {
            guard let curve = try? CurveResolver.curve(for: spec) else { continue }
            for order in request.orders { _ = curve.evaluate(order, at: 0.5) }
        }
    }

    /// `actplot eval` as its run would do it, except that it never reads the real standard input
    /// (a fuzz run must not wait on it) and writes to /dev/null: the points given, at most 64,
    /// and a few fixed lines streamed as if from standard input, the last of them bad.
    static func exerciseEval(_ eval: Eval) {
        guard let request = try? eval.request(), (try? request.validate()) != nil, let curves = try? request.curves()
        else { return }
        let evaluator = Evaluator(curves: curves, highestOrder: request.highestOrder, format: request.format ?? .table)
        try? evaluator.write(Array(request.xs.prefix(64)), to: devNull)
        try? evaluator.stream(.bytes(Array("-1\n 0.5 \n\n2e0\r\ninf\n-0\nx\n".utf8)), to: devNull)
    }

    /// Where eval's rows go during fuzzing.
    static let devNull = open("/dev/null", O_WRONLY)
}

#if FUZZING
/// libFuzzer's driver. SwiftPM names an executable's entry point `ActplotFuzz_main`, so the target
/// provides that entry point and hands control to libFuzzer from it.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

@_cdecl("ActplotFuzz_main")
func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        guard let data else { return 0 }
        FuzzTarget.run(UnsafeBufferPointer(start: data, count: size))
        return 0
    }
}
#else
/// Without libFuzzer: replays the given corpus files (or folders of them) through the target,
/// so a saved crash reproduces with a plain debug build. A ParsableCommand, so it has `--help`
/// and answers `--experimental-dump-help`, which swift-argument-parser's generate-manual plugin
/// sends to every executable of the package that links ArgumentParser.
@main
struct Replay: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ActplotFuzz",
        abstract: "Replay fuzz inputs through every parser, without libFuzzer.",
        discussion: "Build with 'make fuzz' for libFuzzer; this plain build reproduces a saved crash.")

    @Argument(help: "Corpus files, or folders of them.")
    var paths: [String] = []

    func run() {
        for path in paths {
            for file in CorpusFiles.list(path) {
                let bytes = CorpusFiles.read(file)
                bytes.withUnsafeBufferPointer { FuzzTarget.run($0) }
            }
        }
    }
}
#endif
