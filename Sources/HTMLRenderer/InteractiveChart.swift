import Chart

/// The samples an interactive chart embeds: one x grid shared by every series, and each series'
/// exact values there, so that the page's crosshair reads the numbers actplot computed.
public struct SampleGrid: Sendable {
    /// Where one series jumps: at grid index `index` (a kink) its line ends at the left limit and
    /// starts again at the right one; the value there is the series' value at the kink.
    public struct Jump: Sendable, Equatable {
        public var index: Int
        public var left: Double
        public var right: Double

        public init(index: Int, left: Double, right: Double) {
            self.index = index
            self.left = left
            self.right = right
        }
    }

    /// One series' samples; `values[i]` is its value at `x[i]` (non-finite where it has none).
    public struct Series: Sendable {
        public var values: [Double]
        public var jumps: [Jump]
        /// Indices i where no line joins sample i to sample i + 1: a pole lies between them.
        public var breaks: [Int]
        /// The dots at the jumps, as the static chart draws them.
        public var dots: [Chart.Series.Dot]

        public init(values: [Double], jumps: [Jump] = [], breaks: [Int] = [], dots: [Chart.Series.Dot] = []) {
            self.values = values
            self.jumps = jumps
            self.breaks = breaks
            self.dots = dots
        }
    }

    /// Increasing x.
    public var x: [Double]
    /// In the order of the chart's series.
    public var series: [Series]

    public init(x: [Double], series: [Series]) {
        self.x = x
        self.series = series
    }
}

/// Series that differ in one parameter only (a parameter sweep): the page gives them a slider
/// that draws one value's series strongly and fades the others.
public struct SeriesFamily: Sendable {
    /// The parameter's name, e.g. `alpha`.
    public var parameter: String
    /// Each member's value, as its label writes it, in slider order.
    public var values: [String]
    /// Each member's series (its f, f′…), indices into the chart's series.
    public var members: [[Int]]

    public init(parameter: String, values: [String], members: [[Int]]) {
        self.parameter = parameter
        self.values = values
        self.members = members
    }
}

/// Everything an interactive page of one chart shows: the laid-out chart, which Cairo draws,
/// and the samples, families and accessible texts its script uses.
public struct InteractiveChart {
    public var layout: ChartLayout
    public var samples: SampleGrid
    public var families: [SeriesFamily]
    /// The page's and the SVG's title, e.g. "relu and its derivative".
    public var title: String
    /// What the chart shows, for screen readers: the functions, the range, kinks and jumps.
    public var summary: String

    public init(layout: ChartLayout, samples: SampleGrid, families: [SeriesFamily] = [], title: String, summary: String) {
        self.layout = layout
        self.samples = samples
        self.families = families
        self.title = title
        self.summary = summary
    }
}
