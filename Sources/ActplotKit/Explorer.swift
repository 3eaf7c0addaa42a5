import Activations
import Support
import Chart
import Dispatch
import HTMLRenderer
import Synchronization

/// `actplot explore`: the whole catalog as one self-contained page.
public struct ExploreRequest: Sendable {
    /// The page's path; `-` for standard output.
    public var output: String
    /// The look of the chart and of the page around it.
    public var style = Style.matplotlib

    public init(output: String) {
        self.output = output
    }
}

/// Samples every catalog function for the explorer, at its default parameters and at each
/// slider position, and writes the page.
public enum Explorer {
    /// The x interval every function is shown over: −5 to 5, where every catalog function has
    /// shown its shape (saturation, kinks, the bump of GELU and SiLU).
    public static let range = PlotRange(lower: -5, upper: 5)
    /// Samples per unit of x: x = k/20, exact decimals (0.05, 0.1, …) that the readout shows as
    /// they are written; at the explorer's size, a curve's polyline at this spacing is within a
    /// hundredth of a point of the curve (its chart does not zoom).
    public static let samplesPerUnit = 20

    /// The grid: every k/20 from −5 to 5, each the correctly rounded quotient.
    static var grid: [Double] {
        let n = Int(range.lower) * samplesPerUnit, m = Int(range.upper) * samplesPerUnit
        return (n...m).map { Double($0) / Double(samplesPerUnit) }
    }

    static let sampling = "x = k/20 from −5 to 5 (201 points, 0.05 apart) and at each kink"

    @discardableResult
    public static func run(_ request: ExploreRequest) throws(ActplotError) -> String {
        if request.output != "-", let ext = OutputFormat.fileExtension(request.output), ext.lowercased() != "html",
            ext.lowercased() != "htm"
        {
            throw .usage("the explorer is a web page; name it .html, not '\(Echo.value(request.output))'")
        }
        let page: String
        do {
            page = try ExplorerPage.html(model(style: request.style))
        } catch {
            throw .io("cannot render the explorer: \(error)")
        }
        try Plotter.writeAtomically(request.output) { file throws(ActplotError) in
            var bytes = Array(page.utf8)
            let ok = bytes.withUnsafeMutableBytes { file.write(UnsafeRawBufferPointer($0)) }
            if !ok { throw .io("cannot write '\(Echo.value(file.path))': \(file.failureReason ?? "write failed")") }
        }
        return request.output
    }

    /// Every function's card, controls and variants, sampled in parallel.
    static func model(style: Style, functions: [ActivationFunction] = Catalog.functions) -> ExplorerModel {
        var plans: [(function: ActivationFunction, controls: [ExplorerModel.Control], settings: [Activation])] = []
        for function in functions {
            var settings = [function.standard]
            var controls: [ExplorerModel.Control] = []
            for parameter in function.parameters {
                var positions: [String] = [], variants: [Int] = []
                var defaultPosition = 0
                let values: [ParameterValue?]
                let range: String
                if parameter.isEnumerated {
                    values = parameter.choices.indices.map { .choice($0) }
                    range = parameter.choices.joined(separator: ", ")
                } else {
                    let slider = SliderRange.of(parameter, in: function)
                    values = slider.values.map { $0.map(ParameterValue.number) }
                    range = slider.text
                }
                for value in values {
                    positions.append(value.map(parameter.format) ?? "unset")
                    if value == parameter.defaultValue {
                        defaultPosition = positions.count - 1
                        variants.append(0)
                        continue
                    }
                    // Values the function refuses with the others at their defaults are left out.
                    guard let value, let bound = try? function.bind(values: [parameter.name: value]) else {
                        positions.removeLast()
                        continue
                    }
                    variants.append(settings.count)
                    settings.append(bound)
                }
                controls.append(
                    ExplorerModel.Control(
                        name: parameter.name, meaning: parameter.meaning, range: range, isChoice: parameter.isEnumerated,
                        positions: positions, variants: variants, defaultPosition: defaultPosition))
            }
            plans.append((function, controls, settings))
        }
        let activations = plans.flatMap(\.settings)
        let results = Mutex([Int: ExplorerModel.Variant]())
        let base = grid
        DispatchQueue.concurrentPerform(iterations: activations.count) { j in
            let activation = activations[j]
            let orders = DerivativeOrder.allCases
            let samples = InteractiveSampling.grid(curves: [activation], orders: orders, base: base, range: range, yScale: nil)
            let variant = ExplorerModel.Variant(
                labels: orders.map { activation.label($0) }, samples: samples,
                kinks: activation.kinks.filter { $0 >= range.lower && $0 <= range.upper })
            results.withLock { $0[j] = variant }
        }
        let sampled = results.withLock { $0 }
        var offset = 0
        let models = plans.map { plan -> ExplorerModel.Function in
            defer { offset += plan.settings.count }
            let m = plan.function.metadata
            var card: [(label: String, text: String)] = []
            if !plan.function.aliases.isEmpty { card.append(("aliases", plan.function.aliases.joined(separator: ", "))) }
            card += [
                ("f(x)", m.formula), ("f′(x)", m.derivativeFormula), ("range", m.outputRange), ("continuity", m.continuity),
                ("monotonic", m.monotonic ? "yes" : "no"), ("zero-centred", m.zeroCentred ? "yes" : "no"),
            ]
            if let convention = m.kinkConvention { card.append(("at kinks", convention)) }
            card.append(("source", m.source))
            if let notes = m.notes { card.append(("notes", notes)) }
            return ExplorerModel.Function(
                name: plan.function.name, aliases: plan.function.aliases, card: card, controls: plan.controls,
                variants: plan.settings.indices.map { sampled[offset + $0]! })
        }
        return ExplorerModel(functions: models, range: (range.lower, range.upper), sampling: sampling, style: style)
    }
}
