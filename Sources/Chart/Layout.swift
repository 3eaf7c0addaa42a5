/// Lays a chart out as matplotlib draws one axes: the box, grid, curves, frame, ticks and their
/// labels, offset texts, axis labels, title and legend, each from the chart's ``Style``, and
/// the colorbars beside it.
///
/// Each element has its own function; ``scene()`` calls them back to front, in matplotlib's
/// drawing order. Texts are placed by matplotlib's alignment rules (`Text._get_layout`) from
/// extents the ``TextMeasurer`` gives, and ``fitted(_:measurer:)`` chooses the subplot box
/// as `spec.layout` asks (matplotlib's default box, or its `tight_layout`).
public struct ChartLayout {
    /// The chart laid out.
    public let spec: ChartSpec
    /// What measured its texts.
    public let measurer: any TextMeasurer
    /// The subplot box the axes and their colorbars share, in figure coordinates: the axes box
    /// when there is no colorbar.
    public let subplotBox: Rect
    /// The axes box in figure coordinates.
    public let axesBox: Rect
    /// The colorbars, in the order of ``ChartSpec/colorbars`` (the first is outermost).
    public let colorbars: [ColorbarLayout]
    /// Both axes' decisions for this box.
    public let axes: (x: AxisDecision, y: AxisDecision)
    /// Every text with its layout box, placed.
    public let texts: [PlacedText]

    /// Lays the chart out in the subplot box `box`, or in the style's default one. Each colorbar
    /// in turn takes its cell from the right of what the axes have left
    /// (``ColorbarLayout/split(_:)``), as successive `fig.colorbar(…, ax=ax)` calls do.
    public init(
        _ spec: ChartSpec, measurer: any TextMeasurer = FontMetrics.dejaVuSans, box: Rect? = nil
    ) {
        self.spec = spec
        self.measurer = measurer
        let subplot = box ?? ChartLayout.axesBox(for: spec.style)
        self.subplotBox = subplot
        var box = subplot
        var cells: [Rect] = []
        for _ in spec.colorbars {
            let (axes, colorbar) = ColorbarLayout.split(box)
            cells.append(colorbar)
            box = axes
        }
        self.axesBox = box
        self.colorbars = zip(spec.colorbars, cells).enumerated().map { index, bar in
            ColorbarLayout(index: index, spec: bar.0, cell: bar.1, style: spec.style, measurer: measurer)
        }
        let limits = ChartLayout.dataLimits(of: spec)
        let style = spec.style
        let axes = style.axes
        let x = decideAxis(
            dataMin: limits.x.0, dataMax: limits.x.1, lengthInPoints: box.width, labelSize: style.xTicks.labelSize,
            margin: axes.xMargin, roundNumbers: axes.autoLimits == .roundNumbers, ticking: axes.ticking, kind: .x)
        var y = decideAxis(
            dataMin: limits.y.0, dataMax: limits.y.1, lengthInPoints: box.height, labelSize: style.yTicks.labelSize,
            margin: axes.yMargin, roundNumbers: axes.autoLimits == .roundNumbers, ticking: axes.ticking, kind: .y)
        if let fixed = spec.yLimits {
            y = decideAxis(
                viewMin: fixed.lower ?? y.viewMin, viewMax: fixed.upper ?? y.viewMax, lengthInPoints: box.height,
                labelSize: style.yTicks.labelSize, ticking: axes.ticking, kind: .y)
        }
        self.axes = (x, y)
        self.texts = TextPlacement(spec: spec, setter: TextSetter(measurer: measurer, style: style), box: box, axes: (x, y)).all()
    }

    var style: Style { spec.style }

    /// The layout `spec.layout` asks for, and a note for each text that still does not fit.
    ///
    /// `auto` keeps matplotlib's default box unless a text (tick labels, offset texts, axis
    /// labels, title, an outside legend, a colorbar's texts) would be off the figure, and then
    /// does what `tight` does: matplotlib's `tight_layout` (`_tight_layout.get_tight_layout_figure`
    /// for one axes and its colorbars, which share its subplot cell):
    /// the texts are measured once around the default box, each margin becomes the pad
    /// (1.08 × `font.size`) plus whatever the texts overhang the box on that side, and the chart
    /// is laid out again in the new box. As in matplotlib, the new box is not measured again,
    /// and when the margins would meet (the figure is too small) the default box is kept.
    public static func fitted(
        _ spec: ChartSpec, measurer: any TextMeasurer = FontMetrics.dejaVuSans
    ) -> (layout: ChartLayout, warnings: [String]) {
        let initial = ChartLayout(spec, measurer: measurer)
        var layout = initial
        var refused = false
        if spec.layout == .tight || (spec.layout == .auto && !initial.overflowing.isEmpty) {
            if let box = initial.tightBox() { layout = ChartLayout(spec, measurer: measurer, box: box) } else { refused = true }
        }
        let cut = layout.overflowing
        let figure = "the \(inches(spec.style.figure.width))x\(inches(spec.style.figure.height)) in figure"
        let remedy = "make it larger or the text smaller"
        if !cut.isEmpty {
            let how = refused ? ", even with a tight layout" : ""
            return (layout, ["\(list(cut)) \(cut.count == 1 ? "does" : "do") not fit in \(figure)\(how); \(remedy)"])
        }
        if refused {
            return (layout, ["\(figure) is too small for a tight layout of its texts; \(remedy)"])
        }
        if layout.colorbarsCollide {
            // matplotlib overlaps them too: its colorbars' pad is a fixed share of the width.
            return (layout, ["the colour bars' texts run into each other in \(figure); make it wider or the text smaller"])
        }
        if min(layout.axesBox.width, layout.axesBox.height) < spec.style.text.size {
            // Everything is on the page, but the texts leave the curves almost no room.
            let size = "\(inches(layout.axesBox.width.rounded()))×\(inches(layout.axesBox.height.rounded())) pt"
            return (layout, ["the texts leave the axes only \(size) in \(figure); \(remedy)"])
        }
        return (layout, [])
    }

    /// Whether a colorbar's texts run into another colorbar or its texts (a label wider than the
    /// pad between two bars, at a large font size or in a narrow figure).
    public var colorbarsCollide: Bool {
        for (i, a) in colorbars.enumerated() {
            for b in colorbars[(i + 1)...] {
                let aBoxes = [a.box] + a.texts.map(\.box), bBoxes = [b.box] + b.texts.map(\.box)
                if aBoxes.contains(where: { x in bBoxes.contains { x.intersects($0) } }) { return true }
            }
        }
        return false
    }

    /// The texts that reach beyond the figure, named for a message ("the title", "the y label").
    public var overflowing: [String] {
        let page = Rect(x: 0, y: 0, width: style.figure.width * 72, height: style.figure.height * 72)
        let tolerance = 1e-6
        var names: [String] = []
        var boxes = (texts + colorbars.flatMap(\.texts)).map { ($0.name, $0.box) }
        if let legend = outsideLegendBox { boxes.append(("the legend", legend)) }
        for (name, b) in boxes where !names.contains(name) {
            if b.minX < page.minX - tolerance || b.maxX > page.maxX + tolerance || b.minY < page.minY - tolerance
                || b.maxY > page.maxY + tolerance
            {
                names.append(name)
            }
        }
        return names
    }

    /// matplotlib's `_auto_adjust_subplotpars` for this box: the subplot box that leaves the pad
    /// plus each side's overhang free; nil when the margins would meet (matplotlib then keeps
    /// the default box and warns). The overhang is measured from the subplot box (the union of
    /// the axes' and the colorbars' cells, `get_position(original=True)`).
    func tightBox() -> Rect? {
        let w = style.figure.width * 72, h = style.figure.height * 72
        let pad = 1.08 * style.text.size
        let tight = layoutBox()
        let box = subplotBox
        let left = max(0, box.minX - tight.minX) + pad, right = max(0, tight.maxX - box.maxX) + pad
        let top = max(0, box.minY - tight.minY) + pad, bottom = max(0, tight.maxY - box.maxY) + pad
        guard left + right < w, top + bottom < h else { return nil }
        return Rect(x: left, y: top, width: w - right - left, height: h - bottom - top)
    }

    /// `Axes.get_tightbbox(for_layout_only=True)`: the axes box, the spines with their outward
    /// ticks, every tick label and offset text, the legend, and the axis labels and title
    /// collapsed to one pixel across (an x label or title counts only for its height, a y label
    /// only for its width); with each colorbar's (``ColorbarLayout/layoutBox()``).
    public func layoutBox() -> Rect {
        let pixel = 72 / style.figure.dpi
        var union = axesBox
        func include(_ r: Rect) { union = union.union(r) }
        let x = style.xTicks, y = style.yTicks
        if x.near { include(Rect(x: axesBox.minX, y: axesBox.maxY, width: axesBox.width, height: x.outward)) }
        if x.far { include(Rect(x: axesBox.minX, y: axesBox.minY - x.outward, width: axesBox.width, height: x.outward)) }
        if y.near { include(Rect(x: axesBox.minX - y.outward, y: axesBox.minY, width: y.outward, height: axesBox.height)) }
        if y.far { include(Rect(x: axesBox.maxX, y: axesBox.minY, width: y.outward, height: axesBox.height)) }
        for text in texts {
            let b = text.box
            switch text.element {
            case .axisLabel(.x), .title:
                include(Rect(x: b.minX + b.width / 2 - pixel / 2, y: b.minY, width: pixel, height: b.height))
            case .axisLabel(.y):
                include(Rect(x: b.minX, y: b.minY + b.height / 2 - pixel / 2, width: b.width, height: pixel))
            default:
                include(b)
            }
        }
        if let legend = outsideLegendBox { include(legend) }
        for colorbar in colorbars { include(colorbar.layoutBox()) }
        return union
    }

    /// The legend's frame when it is outside the axes.
    public var outsideLegendBox: Rect? {
        guard legendLocation == .outside, let legend = legendLayout else { return nil }
        return legend.outsideBox(of: axesBox)
    }

    /// The default axes box of a figure in `style` (`figure.subplot.*`), in figure coordinates:
    /// the subplot box, less the room `colorbars` colorbars take from it.
    public static func axesBox(for style: Style, colorbars: Int = 0) -> Rect {
        let figure = style.figure
        let w = figure.width * 72, h = figure.height * 72
        let left = figure.subplotLeft * w, right = figure.subplotRight * w
        let top = (1 - figure.subplotTop) * h, bottom = (1 - figure.subplotBottom) * h
        var box = Rect(x: left, y: top, width: right - left, height: bottom - top)
        for _ in 0..<max(0, colorbars) { box = ColorbarLayout.split(box).axes }
        return box
    }

    /// The data interval of each axis: x from the spec's range, y over every finite plotted value
    /// (or the spec's y data interval).
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
        if let range = spec.yDataRange { (yLo, yHi) = range }
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

    /// The whole figure as drawing commands, back to front; the colorbars last, as matplotlib
    /// draws their axes after the main one.
    public func scene() -> Scene {
        let map = transform
        var items = background()
        if style.axes.gridBelow { items += grid(map) }
        items += curves(map)
        if !style.axes.gridBelow { items += grid(map) }
        items += spines()
        items += ticks(map)
        items += texts.filter { !$0.isTickLabel }.map { ($0.element, $0.command) }
        items += legend(map)
        items += colorbars.flatMap { $0.items() }
        return Scene(
            width: style.figure.width * 72, height: style.figure.height * 72, dpi: style.figure.dpi,
            background: spec.transparent || style.figure.transparent ? nil : style.figure.faceColor,
            items: items.map { SceneItem(plot: 0, element: $0.0, command: $0.1) }, plots: [plotArea])
    }

    typealias Items = [(SceneElement, DrawCommand)]

    // MARK: Elements

    /// The axes' face, unless the figure is transparent.
    func background() -> Items {
        guard !spec.transparent && !style.figure.transparent else { return [] }
        return [(.axesBackground, .rectangle(axesBox, fill: style.axes.faceColor, stroke: nil, cornerRadius: 0))]
    }

    /// Grid lines at the ticks of the axes `axes.grid.axis` names, below the curves unless
    /// `axes.axisbelow` is false.
    func grid(_ map: DataTransform) -> Items {
        guard style.axes.grid else { return [] }
        let box = axesBox
        let g = style.grid
        let stroke = Stroke(
            color: g.color.withAlpha(g.color.alpha * g.alpha), width: g.lineWidth,
            dash: g.lineStyle.dashes(width: g.lineWidth, lines: style.lines),
            cap: g.lineStyle == .solid ? style.lines.solidCap : style.lines.dashCap)
        var items: Items = []
        if style.axes.gridX {
            for t in axes.x.ticks {
                let x = map.x(t)
                // Upwards, as matplotlib's grid line runs from axes y 0 to 1: dashes start at the bottom.
                items.append((.grid(.x), .polyline([Point(x, box.maxY), Point(x, box.minY)], stroke: stroke)))
            }
        }
        if style.axes.gridY {
            for t in axes.y.ticks {
                let y = map.y(t)
                items.append((.grid(.y), .polyline([Point(box.minX, y), Point(box.maxX, y)], stroke: stroke)))
            }
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

    /// The frame around the axes box: one rectangle when every spine is drawn, else the edges
    /// `axes.spines.*` keep.
    func spines() -> Items {
        let a = style.axes
        guard a.lineWidth > 0 else { return [] }
        let stroke = Stroke(color: a.edgeColor, width: a.lineWidth)
        if a.spines.all { return [(.spines, .rectangle(axesBox, fill: nil, stroke: stroke, cornerRadius: 0))] }
        let b = axesBox
        var items: Items = []
        // Each spine runs the full side, projecting by half its width at the corners as
        // matplotlib's do.
        let edges: [(Bool, Point, Point)] = [
            (a.spines.left, Point(b.minX, b.minY), Point(b.minX, b.maxY)),
            (a.spines.right, Point(b.maxX, b.minY), Point(b.maxX, b.maxY)),
            (a.spines.bottom, Point(b.minX, b.maxY), Point(b.maxX, b.maxY)),
            (a.spines.top, Point(b.minX, b.minY), Point(b.maxX, b.minY)),
        ]
        for (on, from, to) in edges where on {
            var square = stroke
            square.cap = .square
            items.append((.spines, .polyline([from, to], stroke: square)))
        }
        return items
    }

    /// The tick marks, each followed by its label: on each side `xtick.bottom`, `xtick.top`,
    /// `ytick.left`, `ytick.right` ask for, pointing out, in or both (`xtick.direction`).
    func ticks(_ map: DataTransform) -> Items {
        let box = axesBox
        let labels = texts.filter(\.isTickLabel)
        var items: Items = []
        let x = style.xTicks, y = style.yTicks
        let xStroke = Stroke(color: x.color, width: x.width), yStroke = Stroke(color: y.color, width: y.width)
        func labelled(_ axis: AxisKind, _ i: Int) {
            for label in labels where label.element == .tickLabel(axis) && label.tick == i {
                items.append((label.element, label.command))
            }
        }
        for (i, tick) in axes.x.ticks.enumerated() {
            let position = map.x(tick)
            if x.near, x.size > 0 {
                items.append(
                    (.tick(.x), .polyline([Point(position, box.maxY - x.inward), Point(position, box.maxY + x.outward)], stroke: xStroke)))
            }
            if x.far, x.size > 0 {
                items.append(
                    (.tick(.x), .polyline([Point(position, box.minY + x.inward), Point(position, box.minY - x.outward)], stroke: xStroke)))
            }
            labelled(.x, i)
        }
        for (i, tick) in axes.y.ticks.enumerated() {
            let position = map.y(tick)
            if y.near, y.size > 0 {
                items.append(
                    (.tick(.y), .polyline([Point(box.minX + y.inward, position), Point(box.minX - y.outward, position)], stroke: yStroke)))
            }
            if y.far, y.size > 0 {
                items.append(
                    (.tick(.y), .polyline([Point(box.maxX - y.inward, position), Point(box.maxX + y.outward, position)], stroke: yStroke)))
            }
            labelled(.y, i)
        }
        return items
    }

    /// The legend, on top of everything: inside the axes at a matplotlib location (`best`
    /// avoids the curves), or outside right of them.
    func legend(_ map: DataTransform) -> Items {
        guard let legend = legendLayout else { return [] }
        return legend.items(in: legendBox(legend, map))
    }

    /// The legend's size and entries, when it is drawn.
    var legendLayout: LegendLayout? {
        let entries = spec.series.enumerated().compactMap { index, series -> LegendLayout.Entry? in
            guard let label = series.label else { return nil }
            return LegendLayout.Entry(series: index, label: label, stroke: stroke(series))
        }
        guard legendLocation != .hidden, !entries.isEmpty else { return nil }
        return LegendLayout(entries: entries, style: style.legend, font: style.font, setter: TextSetter(measurer: measurer, style: style))
    }

    /// Where the legend goes.
    func legendBox(_ legend: LegendLayout, _ map: DataTransform) -> Rect {
        switch legendLocation {
        case .best:
            let lines = spec.series.map { series in series.pieces.filter { !$0.isEmpty }.map { $0.map(map.point) } }
            return legend.bestBox(in: axesBox, lines: lines)
        case .outside:
            return legend.outsideBox(of: axesBox)
        default:
            return legend.box(at: legendLocation, in: axesBox)
        }
    }

    /// Where the chart asks for the legend, or the style's `legend.loc`.
    var legendLocation: LegendLocation { spec.legend ?? style.legend.location }

    /// A series' stroke: its own width (the style's `lines.linewidth` unless the styling says),
    /// with `lines.solid_capstyle` and `lines.solid_joinstyle` when solid, the dash ones when not.
    public func stroke(_ series: Series) -> Stroke {
        let width = series.width ?? style.lines.width
        let solid = series.style == .solid
        return Stroke(
            color: series.color, width: width, dash: series.style.dashes(width: width, lines: style.lines),
            cap: solid ? style.lines.solidCap : style.lines.dashCap, join: solid ? style.lines.solidJoin : style.lines.dashJoin)
    }
}

/// A size in inches as a message writes it: `4`, `3.5`.
func inches(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e9 ? String(Int(value)) : String(value)
}

/// Joins names for a message: "the title", "the title and the x label", "a, b and c".
func list(_ names: [String]) -> String {
    guard let last = names.last else { return "" }
    return names.count == 1 ? last : names.dropLast().joined(separator: ", ") + " and " + last
}

/// Maps data coordinates to figure coordinates inside the axes box.
public struct DataTransform: Sendable {
    /// The axes box, in figure coordinates.
    public let box: Rect
    /// The x view limits: the data x at the box's left and right edges.
    public let x: (Double, Double)
    /// The y view limits: the data y at the box's bottom and top edges.
    public let y: (Double, Double)

    /// The transform that puts view limits `x` and `y` on the edges of `box`.
    public init(box: Rect, x: (Double, Double), y: (Double, Double)) {
        self.box = box
        self.x = x
        self.y = y
    }

    /// The figure x of data x `value`.
    public func x(_ value: Double) -> Double {
        box.minX + (value - x.0) / (x.1 - x.0) * box.width
    }

    /// The figure y of data y `value` (figure y grows downwards).
    public func y(_ value: Double) -> Double {
        box.maxY - (value - y.0) / (y.1 - y.0) * box.height
    }

    /// The figure point of data point `p`.
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
