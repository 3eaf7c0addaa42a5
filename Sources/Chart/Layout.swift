/// Lays a chart out as matplotlib's default figure does: one axes box, ticks and labels out, legend.
public struct ChartLayout {
    public let spec: ChartSpec
    public let metrics: FontMetrics

    public init(_ spec: ChartSpec, metrics: FontMetrics = .dejaVuSans) {
        self.spec = spec
        self.metrics = metrics
    }

    /// The axes box in figure coordinates.
    public var axesBox: Rect {
        let w = spec.widthInches * 72, h = spec.heightInches * 72
        let left = Defaults.subplotLeft * w, right = Defaults.subplotRight * w
        let top = (1 - Defaults.subplotTop) * h, bottom = (1 - Defaults.subplotBottom) * h
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    /// The data interval of each axis: x from the spec's range, y over every finite plotted value.
    public var dataLimits: (x: (Double, Double), y: (Double, Double)) {
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

    /// Both axes' decisions: view limits, ticks, labels and offset text.
    public var axes: (x: AxisDecision, y: AxisDecision) {
        let box = axesBox, limits = dataLimits
        return (
            decideAxis(
                dataMin: limits.x.0, dataMax: limits.x.1, lengthInPoints: box.width,
                labelSize: Defaults.fontSize, kind: .x),
            decideAxis(
                dataMin: limits.y.0, dataMax: limits.y.1, lengthInPoints: box.height,
                labelSize: Defaults.fontSize, kind: .y)
        )
    }

    /// The whole figure as drawing commands.
    public func scene() -> Scene {
        let theme = spec.theme
        let box = axesBox
        let (xAxis, yAxis) = axes
        let map = DataTransform(box: box, x: (xAxis.viewMin, xAxis.viewMax), y: (yAxis.viewMin, yAxis.viewMax))
        var scene = Scene(
            width: spec.widthInches * 72, height: spec.heightInches * 72, dpi: spec.dpi,
            background: spec.transparent ? nil : theme.figureBackground)
        var out: [DrawCommand] = []
        if !spec.transparent {
            out.append(.rectangle(box, fill: theme.axesBackground, stroke: nil, cornerRadius: 0))
        }

        // Grid below the curves (axes.axisbelow 'line').
        if spec.grid {
            let stroke = Stroke(color: theme.gridColor, width: Defaults.gridWidth, cap: .square)
            for t in xAxis.ticks {
                let x = map.x(t)
                out.append(.polyline([Point(x, box.minY), Point(x, box.maxY)], stroke: stroke))
            }
            for t in yAxis.ticks {
                let y = map.y(t)
                out.append(.polyline([Point(box.minX, y), Point(box.maxX, y)], stroke: stroke))
            }
        }

        // Curves, clipped to the axes box.
        out.append(.beginClip(box))
        var mappedLines: [[[Point]]] = []
        for series in spec.series {
            let stroke = series.stroke
            var mapped: [[Point]] = []
            for piece in series.pieces where !piece.isEmpty {
                let points = piece.map(map.point)
                mapped.append(points)
                out.append(.polyline(points, stroke: stroke))
            }
            mappedLines.append(mapped)
            for dot in series.dots {
                out.append(
                    .circle(
                        center: map.point(Point(dot.x, dot.y)), radius: Defaults.dotRadius,
                        fill: dot.filled ? series.color : theme.axesBackground,
                        stroke: Stroke(color: series.color, width: Defaults.lineWidth)))
            }
        }
        out.append(.endClip)

        // Spines.
        out.append(
            .rectangle(
                box, fill: nil, stroke: Stroke(color: theme.foreground, width: Defaults.spineWidth),
                cornerRadius: 0))

        // Ticks and their labels.
        let tickStroke = Stroke(color: theme.foreground, width: Defaults.tickWidth)
        let size = Defaults.fontSize
        let ascent = metrics.ascent(size: size), descent = metrics.descent(size: size)
        let labelGap = Defaults.tickLength + Defaults.tickPad
        for (t, label) in zip(xAxis.ticks, xAxis.labels) {
            let x = map.x(t)
            out.append(.polyline([Point(x, box.maxY), Point(x, box.maxY + Defaults.tickLength)], stroke: tickStroke))
            out.append(
                .text(
                    label, origin: Point(x, box.maxY + labelGap + ascent), size: size, color: theme.foreground,
                    anchor: .center, rotated: false))
        }
        var yLabelsLeft = box.minX - labelGap
        for (t, label) in zip(yAxis.ticks, yAxis.labels) {
            let y = map.y(t)
            out.append(.polyline([Point(box.minX, y), Point(box.minX - Defaults.tickLength, y)], stroke: tickStroke))
            out.append(
                .text(
                    label, origin: Point(box.minX - labelGap, y + ascent / 2), size: size,
                    color: theme.foreground, anchor: .right, rotated: false))
            yLabelsLeft = min(yLabelsLeft, box.minX - labelGap - metrics.width(of: label, size: size))
        }
        let xLabelsBottom = box.maxY + labelGap + (xAxis.labels.isEmpty ? 0 : ascent + descent)

        // Offset texts: below the x labels at the right end, above the y axis at the left.
        if !xAxis.offsetText.isEmpty {
            out.append(
                .text(
                    xAxis.offsetText, origin: Point(box.maxX, xLabelsBottom + Defaults.offsetTextPad + ascent),
                    size: size, color: theme.foreground, anchor: .right, rotated: false))
        }
        if !yAxis.offsetText.isEmpty {
            out.append(
                .text(
                    yAxis.offsetText, origin: Point(box.minX, box.minY - Defaults.offsetTextPad - descent),
                    size: size, color: theme.foreground, anchor: .left, rotated: false))
        }

        // Axis labels and title.
        if let xLabel = spec.xLabel, !xLabel.isEmpty {
            out.append(
                .text(
                    xLabel, origin: Point(box.minX + box.width / 2, xLabelsBottom + Defaults.labelPad + ascent),
                    size: size, color: theme.foreground, anchor: .center, rotated: false))
        }
        if let yLabel = spec.yLabel, !yLabel.isEmpty {
            out.append(
                .text(
                    yLabel, origin: Point(yLabelsLeft - Defaults.labelPad - descent, box.minY + box.height / 2),
                    size: size, color: theme.foreground, anchor: .center, rotated: true))
        }
        if let title = spec.title, !title.isEmpty {
            let titleDescent = metrics.descent(size: Defaults.titleSize)
            out.append(
                .text(
                    title, origin: Point(box.minX + box.width / 2, box.minY - Defaults.titlePad - titleDescent),
                    size: Defaults.titleSize, color: theme.foreground, anchor: .center, rotated: false))
        }

        // Legend, on top.
        let entries = spec.series.compactMap { series -> LegendLayout.Entry? in
            guard let label = series.label else { return nil }
            return LegendLayout.Entry(label: label, stroke: series.stroke)
        }
        if spec.legend != .none, !entries.isEmpty {
            let legend = LegendLayout(entries: entries, fontSize: size, metrics: metrics)
            let legendBox =
                spec.legend == .best
                ? legend.bestBox(in: box, lines: mappedLines) : legend.box(at: spec.legend, in: box)
            out += legend.commands(in: legendBox, theme: theme)
        }

        scene.commands = out
        return scene
    }
}

extension Series {
    /// matplotlib's line defaults: projecting caps and round joins when solid, butt caps when dashed.
    var stroke: Stroke {
        Stroke(
            color: color, width: Defaults.lineWidth, dash: style.dashes(width: Defaults.lineWidth),
            cap: style == .solid ? .square : .butt, join: .round)
    }
}

/// Maps data coordinates to figure coordinates inside the axes box.
public struct DataTransform: Sendable {
    public let box: Rect
    public let x: (Double, Double)
    public let y: (Double, Double)

    public func x(_ value: Double) -> Double {
        box.minX + (value - x.0) / (x.1 - x.0) * box.width
    }

    public func y(_ value: Double) -> Double {
        box.maxY - (value - y.0) / (y.1 - y.0) * box.height
    }

    public func point(_ p: Point) -> Point {
        Point(x(p.x), y(p.y))
    }
}
