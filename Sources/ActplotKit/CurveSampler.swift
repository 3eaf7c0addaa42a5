import Activations
import Chart

/// Samples one function over a linspace into chart pieces: exact at kinks, split at jumps and at
/// non-finite values, and reduced per pixel column when there are far more samples than pixels.
///
/// Samples are streamed: memory grows with the number of pixel columns, not with the sample count.
public struct CurveSampler: Sendable {
    public let range: PlotRange
    public let samples: Int
    /// The x view limits and the axes width in device pixels, for the per-column reduction.
    public let view: (Double, Double)
    public let columns: Int

    public init(range: PlotRange, samples: Int, view: (Double, Double), columns: Int) {
        self.range = range
        self.samples = samples
        self.view = view
        self.columns = max(1, columns)
    }

    /// Reduce only when samples outnumber pixel columns several times over, so ordinary charts
    /// keep every sample (and matplotlib's legend placement sees the same vertices).
    var reduces: Bool { samples > 4 * columns }

    /// The pieces and jump dots of `f` over the range.
    public func sample(_ f: @Sendable (Double) -> Double, kinks: [Double]) -> (pieces: [[Point]], dots: [Series.Dot]) {
        var builder = PieceBuilder(reduce: reduces, view: view, columns: columns)
        var dots: [Series.Dot] = []
        let inside = kinks.filter { $0 >= range.lower && $0 <= range.upper }.sorted()
        var next = 0
        for x in Linspace(from: range.lower, through: range.upper, count: samples) {
            while next < inside.count, inside[next] <= x {
                let k = inside[next]
                next += 1
                if k == x { continue }  // the linspace point itself is handled below
                visitKink(k, f, &builder, &dots)
            }
            if next > 0, inside[next - 1] == x {
                visitKink(x, f, &builder, &dots)
            } else {
                builder.add(x, f(x))
            }
        }
        return (builder.finish(), dots)
    }

    /// At a kink: one exact sample if continuous; at a jump, end the piece at the left limit,
    /// start a new one at the right limit, and mark both ends with dots.
    private func visitKink(
        _ k: Double, _ f: (Double) -> Double, _ builder: inout PieceBuilder, _ dots: inout [Series.Dot]
    ) {
        let at = f(k)
        let left = k > range.lower ? f(k.nextDown) : at
        let right = k < range.upper ? f(k.nextUp) : at
        let scale = max(1, abs(left), abs(right))
        let jumps = left.isFinite && right.isFinite && abs(left - right) > 1e-9 * scale
        guard jumps else {
            builder.add(k, at)
            return
        }
        builder.add(k, left)
        builder.breakPiece()
        builder.add(k, right)
        if at.isFinite { dots.append(Series.Dot(x: k, y: at, filled: true)) }
        if at != left { dots.append(Series.Dot(x: k, y: left, filled: false)) }
        if at != right { dots.append(Series.Dot(x: k, y: right, filled: false)) }
    }
}

/// Collects points into pieces, keeping per pixel column only the first, lowest, highest and
/// last point when reducing: the stroked line then looks the same as with every sample.
struct PieceBuilder {
    let reduce: Bool
    let view: (Double, Double)
    let columns: Int
    private(set) var pieces: [[Point]] = []
    private var current: [Point] = []
    private var column = Int.min
    private var first = Point(0, 0), low = Point(0, 0), high = Point(0, 0), last = Point(0, 0)
    private var count = 0

    init(reduce: Bool, view: (Double, Double), columns: Int) {
        self.reduce = reduce
        self.view = view
        self.columns = columns
    }

    mutating func add(_ x: Double, _ y: Double) {
        guard y.isFinite, x.isFinite else {
            breakPiece()
            return
        }
        let p = Point(x, y)
        guard reduce else {
            current.append(p)
            return
        }
        let position = (x - view.0) / (view.1 - view.0) * Double(columns)
        let c = position.isFinite ? Int(max(-1, min(Double(columns), position.rounded(.down)))) : 0
        if c != column {
            flushColumn()
            column = c
            first = p; low = p; high = p; last = p
            count = 1
            return
        }
        if y < low.y { low = p }
        if y > high.y { high = p }
        last = p
        count += 1
    }

    mutating func breakPiece() {
        flushColumn()
        if !current.isEmpty { pieces.append(current) }
        current = []
    }

    mutating func finish() -> [[Point]] {
        breakPiece()
        return pieces
    }

    private mutating func flushColumn() {
        guard count > 0 else { return }
        current.append(first)
        let extremes = low.x <= high.x ? [low, high] : [high, low]
        for p in extremes where p != current.last { current.append(p) }
        if last != current.last { current.append(last) }
        count = 0
        column = Int.min
    }
}
