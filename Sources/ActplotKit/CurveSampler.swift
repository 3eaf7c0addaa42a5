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

    /// A part of the sampling: the pieces and dots of one index range, and whether its first and
    /// last pieces are open, to be joined with the neighbouring parts.
    public struct Part: Sendable {
        public var pieces: [[Point]]
        public var dots: [Series.Dot]
        /// Where the curve was broken at a pole (x, to within the bisection's precision).
        public var poles: [Double] = []
        var startsOpen: Bool
        var endsOpen: Bool
    }

    /// The axes' pixel columns, which the reduction keeps four points of each.
    var pixels: PixelColumns { PixelColumns(view: view, count: columns) }

    /// Index ranges that split a long sampling so every core gets a share; one range when short.
    /// Each split falls where the reduction starts a pixel column in one pass too, so every
    /// column is reduced whole within one range and the joined parts are the one pass's points:
    /// the chart is the same bytes whatever the number of cores.
    public func chunks(cores: Int) -> [Range<Int>] {
        guard reduces, cores > 1 else { return [0..<samples] }
        let xs = Linspace(from: range.lower, through: range.upper, count: samples)
        var bounds = [0], i = 0, part = 1
        while i < samples && part < cores {
            i = pixels.end(from: i, in: xs, before: samples)
            while part < cores && samples * part / cores <= i {
                if i < samples && i > bounds.last! { bounds.append(i) }
                part += 1
            }
        }
        bounds.append(samples)
        return zip(bounds, bounds.dropFirst()).map { $0..<$1 }
    }

    /// The pieces and jump dots of the curve's derivative of `order` over the range.
    public func sample(_ curve: any Curve, order: DerivativeOrder) -> Part {
        sample(curve, order: order, indices: 0..<samples)
    }

    /// The curve's derivative of `order` over the linspace points `indices` only, with the kinks
    /// that fall among them (and those past the last point, for the last range).
    public func sample(_ curve: any Curve, order: DerivativeOrder, indices: Range<Int>) -> Part {
        let f = curve.evaluator(order)
        let xs = Linspace(from: range.lower, through: range.upper, count: samples)
        var builder = PieceBuilder(reduce: reduces, pixels: pixels, function: f)
        var dots: [Series.Dot] = []
        var start = indices.lowerBound
        var previous = -Double.infinity
        for k in curve.kinks where k >= range.lower && k <= range.upper && k > previous {
            previous = k
            let at = CurveSampler.firstIndex(in: xs, atOrAbove: k)
            let owned = indices.contains(at) || (at == samples && indices.upperBound == samples)
            guard owned else { continue }
            builder.add(xs, start..<at, f) { curve.evaluate(order, $0, into: $1) }
            visitKink(k, f, &builder, &dots)
            start = at < xs.count && xs[at] == k ? at + 1 : at
        }
        builder.add(xs, start..<indices.upperBound, f) { curve.evaluate(order, $0, into: $1) }
        let (pieces, startsOpen, endsOpen) = builder.finish()
        return Part(pieces: pieces, dots: dots, poles: builder.poles, startsOpen: startsOpen, endsOpen: endsOpen)
    }

    /// Joins consecutive parts: a piece left open at the end of one continues into the next.
    public static func join(_ parts: [Part]) -> Part {
        var pieces: [[Point]] = [], dots: [Series.Dot] = [], poles: [Double] = []
        var open = false
        for part in parts {
            var incoming = part.pieces[...]
            if open, part.startsOpen, let first = incoming.first, !pieces.isEmpty {
                pieces[pieces.count - 1] += first
                incoming = incoming.dropFirst()
            }
            pieces += incoming
            dots += part.dots
            poles += part.poles
            open = part.endsOpen
        }
        return Part(
            pieces: pieces, dots: dots, poles: poles, startsOpen: parts.first?.startsOpen ?? false,
            endsOpen: parts.last?.endsOpen ?? false)
    }

    /// The first index whose x is at or above `value` (binary search; `xs` is increasing).
    static func firstIndex<C: RandomAccessCollection>(in xs: C, atOrAbove value: Double) -> Int
    where C.Element == Double, C.Index == Int {
        var low = 0, high = xs.count
        while low < high {
            let mid = low + (high - low) / 2
            if xs[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// At a kink: one exact sample if continuous; at a jump, end the piece at the left limit,
    /// start a new one at the right limit, and mark the value with a filled dot and each limit
    /// that differs from it with an open one. A limit differs when it is apart from the value by
    /// more than the jump tolerance, so the continuous part of `x + (x > 1)` (whose left limit is
    /// one ulp below the value) gets no open dot of its own.
    private func visitKink(
        _ k: Double, _ f: (Double) -> Double, _ builder: inout PieceBuilder, _ dots: inout [Series.Dot]
    ) {
        let kink = CurveSampler.kink(k, f, in: range)
        guard let jump = kink.jump else {
            builder.add(k, kink.value)
            return
        }
        builder.add(k, jump.left)
        builder.breakPiece()
        builder.add(k, jump.right)
        dots += kink.dots
    }

    /// What `f` does at the kink `k`: its value, and when it jumps (both one-sided limits, taken
    /// one ulp away, are finite and apart by more than the jump tolerance) the limits and the
    /// dots that mark the jump: filled at the value, open at each limit that differs from it.
    static func kink(_ k: Double, _ f: (Double) -> Double, in range: PlotRange)
        -> (value: Double, jump: (left: Double, right: Double)?, dots: [Series.Dot])
    {
        let at = f(k)
        let left = k > range.lower ? f(k.nextDown) : at
        let right = k < range.upper ? f(k.nextUp) : at
        let scale = max(1, abs(left), abs(right))
        let apart = { (a: Double, b: Double) in abs(a - b) > 1e-9 * scale }
        guard left.isFinite, right.isFinite, apart(left, right) else { return (at, nil, []) }
        var dots: [Series.Dot] = []
        if at.isFinite { dots.append(Series.Dot(x: k, y: at, filled: true)) }
        if !at.isFinite || apart(at, left) { dots.append(Series.Dot(x: k, y: left, filled: false)) }
        if !at.isFinite || apart(at, right) { dots.append(Series.Dot(x: k, y: right, filled: false)) }
        return (at, (left, right), dots)
    }
}

/// The pixel columns across the x view: the column an x falls in, and where the reduction's
/// walk over a linspace leaves one.
struct PixelColumns {
    let view: (Double, Double)
    let count: Int

    /// The pixel column of `x`, clamped just outside the axes.
    func column(of x: Double) -> Int {
        let position = (x - view.0) / (view.1 - view.0) * Double(count)
        return position.isFinite ? Int(max(-1, min(Double(count), position.rounded(.down)))) : 0
    }

    /// The index after the samples from `i` on that fall in the pixel column of sample `i` (at
    /// most `limit`): where the reduction starts the next column. Rounding may misplace one sample
    /// by a column, which the stroked line cannot show.
    func end(from i: Int, in xs: Linspace, before limit: Int) -> Int {
        let width = (view.1 - view.0) / Double(count)
        let step = xs.count > 1 ? (xs.stop - xs.start) / Double(xs.count - 1) : 1
        let boundary = view.0 + Double(column(of: xs[i]) + 1) * width
        let estimate = ((boundary - xs.start) / step).rounded(.up)
        return estimate.isFinite ? min(limit, max(i + 1, Int(min(estimate, 9e18)))) : limit
    }
}

/// Collects points into pieces, keeping per pixel column only the first, lowest, highest and
/// last point when reducing: the stroked line then looks the same as with every sample.
struct PieceBuilder {
    let reduce: Bool
    let pixels: PixelColumns
    /// The function sampled, to tell a pole from a steep stretch between two samples.
    let function: (Double) -> Double
    private(set) var pieces: [[Point]] = []
    /// Where a pole broke the curve.
    private(set) var poles: [Double] = []
    private var current: [Point] = []
    private var column = Int.min
    private var first = Point(0, 0), low = Point(0, 0), high = Point(0, 0), last = Point(0, 0)
    private var count = 0

    init(reduce: Bool, pixels: PixelColumns, function: @escaping (Double) -> Double) {
        self.reduce = reduce
        self.pixels = pixels
        self.function = function
    }

    /// Adds `f` at the linspace points `indices`. When reducing, walks column by column and
    /// evaluates each column's samples in blocks, so the inner loop only keeps the extremes.
    mutating func add(
        _ xs: Linspace, _ indices: Range<Int>, _ f: (Double) -> Double,
        _ block: (UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Double>) -> Void
    ) {
        guard reduce else {
            for i in indices {
                let x = xs[i]
                add(x, f(x))
            }
            return
        }
        let step = xs.count > 1 ? (xs.stop - xs.start) / Double(xs.count - 1) : 1
        // Linspace computes element i as Double(i) * step + start with this same step, except
        // when the step underflows to zero; then the collection's own subscript is used.
        let exactStep = xs.count > 1 && step != 0
        let blockSize = 512
        let xBuffer = UnsafeMutableBufferPointer<Double>.allocate(capacity: blockSize)
        let yBuffer = UnsafeMutableBufferPointer<Double>.allocate(capacity: blockSize)
        defer {
            xBuffer.deallocate()
            yBuffer.deallocate()
        }
        var i = indices.lowerBound
        while i < indices.upperBound {
            let c = pixels.column(of: xs[i])
            let end = pixels.end(from: i, in: xs, before: indices.upperBound)
            if c != column { flushColumn() }
            column = c
            var t = i
            while t < end {
                let n = min(blockSize, end - t)
                if exactStep {
                    // numpy.linspace's arithmetic, i * step + start, in a loop the compiler vectorizes.
                    for k in 0..<n { xBuffer[k] = Double(t &+ k) * step + xs.start }
                    if t + n == xs.count { xBuffer[n - 1] = xs.stop }
                } else {
                    for k in 0..<n { xBuffer[k] = xs[t + k] }
                }
                block(UnsafeBufferPointer(rebasing: xBuffer[0..<n]), UnsafeMutableBufferPointer(rebasing: yBuffer[0..<n]))
                var k = 0
                // The common case, all finite: the extremes' values first, without tracking
                // where they are, then their positions only when they moved.
                var lowY = count == 0 ? Double.infinity : low.y, highY = count == 0 ? -Double.infinity : high.y
                // Four independent accumulators keep the comparisons from waiting on each other;
                // y * 0 is 0 for finite y and NaN otherwise, so one sum checks them all.
                var lows = SIMD4(repeating: lowY), highs = SIMD4(repeating: highY)
                var check = SIMD4<Double>.zero
                var j = 0
                while j + 4 <= n {
                    let y = SIMD4(yBuffer[j], yBuffer[j + 1], yBuffer[j + 2], yBuffer[j + 3])
                    lows = lows.replacing(with: y, where: y .< lows)
                    highs = highs.replacing(with: y, where: y .> highs)
                    check += y * 0
                    j += 4
                }
                var tail = 0.0
                while j < n {
                    let y = yBuffer[j]
                    lowY = y < lowY ? y : lowY
                    highY = y > highY ? y : highY
                    tail += y * 0
                    j += 1
                }
                lowY = min(lowY, lows.min())
                highY = max(highY, highs.max())
                let allFinite = check.sum() + tail == 0
                if allFinite {
                    k = n
                    if count == 0 { first = Point(xBuffer[0], yBuffer[0]) }
                    if count == 0 || lowY < low.y, let j = (0..<n).first(where: { yBuffer[$0] == lowY }) {
                        low = Point(xBuffer[j], lowY)
                    }
                    if count == 0 || highY > high.y, let j = (0..<n).reversed().first(where: { yBuffer[$0] == highY }) {
                        high = Point(xBuffer[j], highY)
                    }
                    last = Point(xBuffer[n - 1], yBuffer[n - 1])
                    count += n
                }
                // A non-finite value: a gap, then the rest of the block point by point.
                while k < n {
                    let y = yBuffer[k]
                    if y.isFinite {
                        let p = Point(xBuffer[k], y)
                        if count == 0 {
                            first = p; low = p; high = p
                        } else if y < low.y {
                            low = p
                        } else if y > high.y {
                            high = p
                        }
                        last = p
                        count += 1
                    } else {
                        breakPiece()
                        column = c
                    }
                    k += 1
                }
                t += n
            }
            i = end
        }
    }

    mutating func add(_ x: Double, _ y: Double) {
        guard y.isFinite, x.isFinite else {
            // A sample that lands on a pole (1/x at 0) is infinite: a gap, and a pole.
            if y.isInfinite && x.isFinite { poles.append(x) }
            breakPiece()
            return
        }
        let p = Point(x, y)
        guard reduce else {
            if let previous = current.last, let pole = PieceBuilder.pole(between: previous, and: p, of: function) {
                breakPiece()
                poles.append(pole)
            }
            current.append(p)
            return
        }
        let c = pixels.column(of: x)
        if c != column || count == 0 {
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

    /// The pole between two samples of opposite sign, if the function runs off to infinity
    /// there rather than crossing zero: bisecting the sign change, a pole's values grow without
    /// bound (1/x, tan x, 1/(x² − 1)), a steep but continuous stretch's stay between the two
    /// samples (tanh(1000x)). A pole is drawn as a break, never as a line across the chart.
    static func pole(between a: Point, and b: Point, of f: (Double) -> Double) -> Double? {
        guard (a.y < 0 && b.y > 0) || (a.y > 0 && b.y < 0) else { return nil }
        let scale = max(abs(a.y), abs(b.y))
        var (lo, hi) = (a, b)
        for _ in 0..<1100 {
            let x = lo.x + (hi.x - lo.x) / 2
            guard x != lo.x && x != hi.x else { break }
            let y = f(x)
            guard y.isFinite else { return x }
            if (y < 0) == (lo.y < 0) { lo = Point(x, y) } else { hi = Point(x, y) }
        }
        return min(abs(lo.y), abs(hi.y)) > 1e3 * scale ? lo.x + (hi.x - lo.x) / 2 : nil
    }

    /// True when a gap came before the first point: the first piece does not continue a
    /// previous part.
    private var gapBeforeFirstPoint = false

    mutating func breakPiece() {
        flushColumn()
        if pieces.isEmpty && current.isEmpty { gapBeforeFirstPoint = true }
        if !current.isEmpty { pieces.append(current) }
        current = []
    }

    /// The pieces, whether the first one is open at its start, and the last one at its end.
    mutating func finish() -> (pieces: [[Point]], startsOpen: Bool, endsOpen: Bool) {
        flushColumn()
        let endsOpen = !current.isEmpty
        breakPiece()
        return (pieces, !gapBeforeFirstPoint && !pieces.isEmpty, endsOpen)
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
