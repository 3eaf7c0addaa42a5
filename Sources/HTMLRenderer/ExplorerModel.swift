import Chart

/// Everything the catalog explorer shows, sampled by actplot: for each function its card and
/// its curves (f, f′, f″) at the default parameters and at every slider position.
public struct ExplorerModel {
    /// One function's curves for one setting of its parameters.
    public struct Variant: Sendable {
        /// The legend's label of f, f′ and f″, e.g. `elu(alpha=0.5)`, `elu′(alpha=0.5)`.
        public var labels: [String]
        /// f, f′ and f″ on one grid.
        public var samples: SampleGrid
        /// Where the function is not smooth, in the explorer's range.
        public var kinks: [Double]

        public init(labels: [String], samples: SampleGrid, kinks: [Double]) {
            self.labels = labels
            self.samples = samples
            self.kinks = kinks
        }
    }

    /// A parameter's slider (numbers) or selector (choices).
    public struct Control: Sendable {
        public var name: String
        public var meaning: String
        /// Where its values come from, e.g. "0 to 2 in steps of 0.1".
        public var range: String
        public var isChoice: Bool
        /// Each position's text, and the variant it shows (an index into the function's variants).
        public var positions: [String]
        public var variants: [Int]
        public var defaultPosition: Int

        public init(name: String, meaning: String, range: String, isChoice: Bool, positions: [String], variants: [Int], defaultPosition: Int) {
            self.name = name
            self.meaning = meaning
            self.range = range
            self.isChoice = isChoice
            self.positions = positions
            self.variants = variants
            self.defaultPosition = defaultPosition
        }
    }

    public struct Function: Sendable {
        public var name: String
        public var aliases: [String]
        /// The card's lines in order, as `actplot info` words them: ("f(x)", "max(0, x)"), …
        public var card: [(label: String, text: String)]
        public var controls: [Control]
        /// The first is the default parameters'.
        public var variants: [Variant]

        public init(name: String, aliases: [String], card: [(label: String, text: String)], controls: [Control], variants: [Variant]) {
            self.name = name
            self.aliases = aliases
            self.card = card
            self.controls = controls
            self.variants = variants
        }
    }

    public var functions: [Function]
    /// The x interval every function is shown over, and how it was sampled, for the page's notes.
    public var range: (Double, Double)
    public var sampling: String
    public var style: Style

    public init(functions: [Function], range: (Double, Double), sampling: String, style: Style) {
        self.functions = functions
        self.range = range
        self.sampling = sampling
        self.style = style
    }
}
