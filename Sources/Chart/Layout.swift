/// Lays a chart out as matplotlib draws one axes: the box, grid, curves, frame, ticks and their
/// labels, offset texts, axis labels, title and legend, each from the chart's ``Style``.
///
/// Each element has its own function; ``scene()`` calls them back to front, in matplotlib's
/// drawing order.
public struct ChartLayout {
    public let spec: ChartSpec
    public let metrics: FontMetrics
    /// Both axes' decisions, made once.
    public let axes: (x: AxisDecision, y: AxisDecision)
    /// The axes box in figure coordinates.
    public let axesBox: Rect

    public init(_ spec: ChartSpec, metrics: FontMetrics = .dejaVuSans) {
        self.spec = spec
        self.metrics = metrics
        let box = ChartLayout.axesBox(for: spec.style)
        self.axesBox = box
        let limits = ChartLayout.dataLimits(of: spec)
        let style = spec.style
        self.axes = (
            decideAxis(
                dataMin: limits.x.0, dataMax: limits.x.1, lengthInPoints: box.width,
                labelSize: style.xTicks.labelSize, margin: style.axes.xMargin, kind: .x),
            decideAxis(
                dataMin: limits.y.0, dataMax: limits.y.1, lengthInPoints: box.height,
                labelSize: style.yTicks.labelSize, margin: style.axes.yMargin, kind: .y)
        )
    }

    var style: Style { spec.style }

    /// The default subplot box of a figure in `style` (`figure.subplot.*`), in figure coordinates.
    public static func axesBox(for style: Style) -> Rect {
        let figure = style.figure
        let w = figure.width * 72, h = figure.height * 72
        let left = figure.subplotLeft * w, right = figure.subplotRight * w
        let top = (1 - figure.subplotTop) * h, bottom = (1 - figure.subplotBottom) * h
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    /// The data interval of each axis: x from the spec's range, y over every finite plotted value.
    public static func dataLimits(of spec: ChartSpec) -> (x: (Double, Double), y: (Double, Double)) {
        var xLo = Double.infinity, xHi = -Double.infinity, yLo = Double.infinity, yHi = -Double.infinity
        func include(_ x: Double, _ y: Double) {
            guard x.isFinite, y.isFinite else { return }
            xLo = min(xLo, x); xHi = max(xHi, x); yLo = min(yLo, y); yHi = max(yHi, y)
        }
        for series in spec.series {
            for piece in series.pieces { for p in piece { include(p.x, p.y) } }
            for dot in series.dots { include(dot.x, dot.y) }
        }
        if let range = spec.xDataRange { (xLo, xHi) = range }
        if !xLo.isFinite || !xHi.isFinite { (xLo, xHi) = (0, 1) }
        if !yLo.isFinite || !yHi.isFinite { (yLo, yHi) = (0, 1) }
        return ((xLo, xHi), (yLo, yHi))
    }

    /// The data-to-figure transform of the axes box.
    public var transform: DataTransform {
        DataTransform(box: axesBox, x: (axes.x.viewMin, axes.x.viewMax), y: (axes.y.viewMin, axes.y.viewMax))
    }

    /// The plot area: box, transform, decisions and series.
    public var plotArea: PlotArea {
        PlotArea(box: axesBox, transform: transform, x: axes.x, y: axes.y, series: spec.series)
    }

    /// The whole figure as drawing commands, back to front.
    public func scene() -> Scene {
        let map = transform
        var items = background()
        items += grid(map)
        items += curves(map)
        items += spines()
        let xLabelsBottom = xTicks(map)
        let yLabelsLeft = yTicks(map)
        items += xLabelsBottom.items + yLabelsLeft.items
        items += offsetTexts(xLabelsBottom: xLabelsBottom.edge)
        items += axisLabels(xLabelsBottom: xLabelsBottom.edge, yLabelsLeft: yLabelsLeft.edge)
        items += title()
        items += legend(map)
        return Scene(
            width: style.figure.width * 72, height: style.figure.height * 72, dpi: style.figure.dpi,
            background: spec.transparent ? nil : style.figure.faceColor,
            items: items.map { SceneItem(plot: 0, element: $0.0, command: $0.1) }, plots: [plotArea])
    }

    typealias Items = [(SceneElement, DrawCommand)]

    // MARK: Elements

    /// The axes' face, unless the figure is transparent.
    func background() -> Items {
        guard !spec.transparent else { return [] }
        return [(.axesBackground, .rectangle(axesBox, fill: style.axes.faceColor, stroke: nil, cornerRadius: 0))]
    }

    /// Grid lines at the ticks, below the curves (`axes.axisbelow: line`).
    func grid(_ map: DataTransform) -> Items {
        guard style.axes.grid else { return [] }
        let box = axesBox
        let g = style.grid
        let stroke = Stroke(
            color: g.color.withAlpha(g.color.alpha * g.alpha), width: g.lineWidth,
            dash: g.lineStyle.dashes(width: g.lineWidth, lines: style.lines), cap: .square)
        var items: Items = []
        for t in axes.x.ticks {
            let x = map.x(t)
            items.append((.grid(.x), .polyline([Point(x, box.minY), Point(x, box.maxY)], stroke: stroke)))
        }
        for t in axes.y.ticks {
            let y = map.y(t)
            items.append((.grid(.y), .polyline([Point(box.minX, y), Point(box.maxX, y)], stroke: stroke)))
        }
        return items
    }

    /// The curves and their jump dots, clipped to the axes box.
    func curves(_ map: DataTransform) -> Items {
        var items: Items = [(.clip, .beginClip(axesBox))]
        for (index, series) in spec.series.enumerated() {
            let stroke = self.stroke(series)
            for piece in series.pieces where !piece.isEmpty {
                items.append((.series(index), .polyline(piece.map(map.point), stroke: stroke)))
            }
            for dot in series.dots {
                items.append(
                    (.jumpDot(index),
                        .circle(
                            center: map.point(Point(dot.x, dot.y)), radius: style.lines.jumpDotRadius,
                            fill: dot.filled ? series.color : style.axes.faceColor,
                            stroke: Stroke(color: series.color, width: style.lines.width))))
            }
        }
        items.append((.clip, .endClip))
        return items
    }

    /// The frame around the axes box.
    func spines() -> Items {
        [(.spines,
            .rectangle(
                axesBox, fill: nil, stroke: Stroke(color: style.axes.edgeColor, width: style.axes.lineWidth),
                cornerRadius: 0))]
    }

    /// The x ticks pointing down and their labels below, and the lowest edge of those labels.
    func xTicks(_ map: DataTransform) -> (items: Items, edge: Double) {
        let box = axesBox, t = style.xTicks
        let stroke = Stroke(color: t.color, width: t.width)
        let ascent = metrics.ascent(size: t.labelSize), descent = metrics.descent(size: t.labelSize)
        let gap = t.size + t.pad
        var items: Items = []
        for (tick, label) in zip(axes.x.ticks, axes.x.labels) {
            let x = map.x(tick)
            items.append((.tick(.x), .polyline([Point(x, box.maxY), Point(x, box.maxY + t.size)], stroke: stroke)))
            items.append(
                (.tickLabel(.x),
                    .text(
                        label, origin: Point(x, box.maxY + gap + ascent), size: t.labelSize, color: t.labelColor,
                        anchor: .center, rotated: false)))
        }
        return (items, box.maxY + gap + (axes.x.labels.isEmpty ? 0 : ascent + descent))
    }

    /// The y ticks pointing left and their labels, right-aligned, and the leftmost edge of those
    /// labels.
    func yTicks(_ map: DataTransform) -> (items: Items, edge: Double) {
        let box = axesBox, t = style.yTicks
        let stroke = Stroke(color: t.color, width: t.width)
        let ascent = metrics.ascent(size: t.labelSize)
        let gap = t.size + t.pad
        var items: Items = []
        var left = box.minX - gap
        for (tick, label) in zip(axes.y.ticks, axes.y.labels) {
            let y = map.y(tick)
            items.append((.tick(.y), .polyline([Point(box.minX, y), Point(box.minX - t.size, y)], stroke: stroke)))
            items.append(
                (.tickLabel(.y),
                    .text(
                        label, origin: Point(box.minX - gap, y + ascent / 2), size: t.labelSize, color: t.labelColor,
                        anchor: .right, rotated: false)))
            left = min(left, box.minX - gap - metrics.width(of: label, size: t.labelSize))
        }
        return (items, left)
    }

    /// Offset texts: below the x labels at the right end, above the y axis at the left.
    func offsetTexts(xLabelsBottom: Double) -> Items {
        let box = axesBox
        var items: Items = []
        if !axes.x.offsetText.isEmpty {
            let t = style.xTicks
            items.append(
                (.offsetText(.x),
                    .text(
                        axes.x.offsetText,
                        origin: Point(box.maxX, xLabelsBottom + offsetTextPad + metrics.ascent(size: t.labelSize)),
                        size: t.labelSize, color: t.labelColor, anchor: .right, rotated: false)))
        }
        if !axes.y.offsetText.isEmpty {
            let t = style.yTicks
            items.append(
                (.offsetText(.y),
                    .text(
                        axes.y.offsetText,
                        origin: Point(box.minX, box.minY - offsetTextPad - metrics.descent(size: t.labelSize)),
                        size: t.labelSize, color: t.labelColor, anchor: .left, rotated: false)))
        }
        return items
    }

    /// The gap between tick labels and an offset text, in points (matplotlib's 3-point pad of
    /// the offset text).
    var offsetTextPad: Double { 3 }

    /// The x label centred below the tick labels; the y label turned, left of them.
    func axisLabels(xLabelsBottom: Double, yLabelsLeft: Double) -> Items {
        let box = axesBox, a = style.axes
        var items: Items = []
        if let xLabel = spec.xLabel, !xLabel.isEmpty {
            items.append(
                (.axisLabel(.x),
                    .text(
                        xLabel,
                        origin: Point(box.minX + box.width / 2, xLabelsBottom + a.labelPad + metrics.ascent(size: a.labelSize)),
                        size: a.labelSize, color: a.labelColor, anchor: .center, rotated: false)))
        }
        if let yLabel = spec.yLabel, !yLabel.isEmpty {
            items.append(
                (.axisLabel(.y),
                    .text(
                        yLabel,
                        origin: Point(yLabelsLeft - a.labelPad - metrics.descent(size: a.labelSize), box.minY + box.height / 2),
                        size: a.labelSize, color: a.labelColor, anchor: .center, rotated: true)))
        }
        return items
    }

    /// The title, centred over the axes.
    func title() -> Items {
        guard let title = spec.title, !title.isEmpty else { return [] }
        let box = axesBox, a = style.axes
        return [
            (.title,
                .text(
                    title, origin: Point(box.minX + box.width / 2, box.minY - a.titlePad - metrics.descent(size: a.titleSize)),
                    size: a.titleSize, color: a.titleColor, anchor: .center, rotated: false))
        ]
    }

    /// The legend, on top of everything.
    func legend(_ map: DataTransform) -> Items {
        let entries = spec.series.enumerated().compactMap { index, series -> LegendLayout.Entry? in
            guard let label = series.label else { return nil }
            return LegendLayout.Entry(series: index, label: label, stroke: stroke(series))
        }
        guard spec.legend != .none, !entries.isEmpty else { return [] }
        let legend = LegendLayout(entries: entries, style: style.legend, metrics: metrics)
        let box: Rect
        if spec.legend == .best {
            let lines = spec.series.map { series in series.pieces.filter { !$0.isEmpty }.map { $0.map(map.point) } }
            box = legend.bestBox(in: axesBox, lines: lines)
        } else {
            box = legend.box(at: spec.legend, in: axesBox)
        }
        return legend.items(in: box, textColor: style.text.color)
    }

    /// matplotlib's line defaults: projecting caps and round joins when solid, butt caps when dashed.
    func stroke(_ series: Series) -> Stroke {
        let width = style.lines.width
        return Stroke(
            color: series.color, width: width, dash: series.style.dashes(width: width, lines: style.lines),
            cap: series.style == .solid ? .square : .butt, join: .round)
    }
}

/// Maps data coordinates to figure coordinates inside the axes box.
public struct DataTransform: Sendable {
    public let box: Rect
    public let x: (Double, Double)
    public let y: (Double, Double)

    public init(box: Rect, x: (Double, Double), y: (Double, Double)) {
        self.box = box
        self.x = x
        self.y = y
    }

    public func x(_ value: Double) -> Double {
        box.minX + (value - x.0) / (x.1 - x.0) * box.width
    }

    public func y(_ value: Double) -> Double {
        box.maxY - (value - y.0) / (y.1 - y.0) * box.height
    }

    public func point(_ p: Point) -> Point {
        Point(x(p.x), y(p.y))
    }

    /// The data x at figure coordinate `figureX`: the inverse of ``x(_:)``.
    public func dataX(_ figureX: Double) -> Double {
        x.0 + (figureX - box.minX) / box.width * (x.1 - x.0)
    }

    /// The data y at figure coordinate `figureY`: the inverse of ``y(_:)``.
    public func dataY(_ figureY: Double) -> Double {
        y.0 + (box.maxY - figureY) / box.height * (y.1 - y.0)
    }
}
