/// One text of a chart where matplotlib puts it: what draws it, and its layout box (the advance
/// width by the line's ascent plus descent, as `Text.get_window_extent` gives it).
///
/// ``ChartLayout/texts`` lists every one, and ``ChartLayout/layoutBox()`` counts their boxes.
public struct PlacedText: Sendable {
    /// Which text of the chart this is: a tick label, an offset text, an axis label or the title.
    public var element: SceneElement
    /// The text command that draws it, in figure coordinates.
    public var command: DrawCommand
    /// The layout box, in figure coordinates.
    public var box: Rect
    /// For a tick label, the index of its tick.
    public var tick: Int? = nil

    /// Whether this is a tick label (drawn with its tick).
    var isTickLabel: Bool {
        if case .tickLabel = element { return true }
        return false
    }

    /// The text as a message names it.
    var name: String {
        switch element {
        case .tickLabel(let axis): "the \(axis) tick labels"
        case .offsetText(let axis): "the \(axis) offset text"
        case .axisLabel(let axis): "the \(axis) label"
        case .title: "the title"
        case .colorbar(_, .tickLabel): "the colorbar's tick labels"
        case .colorbar(_, .offsetText): "the colorbar's offset text"
        case .colorbar(_, .label): "the colorbar's label"
        default: "a text"
        }
    }
}

extension AxisKind: CustomStringConvertible {
    /// The axis' name in messages: `x` or `y`.
    public var description: String { self == .x ? "x" : "y" }
}

/// Places a chart's texts by matplotlib's rules, given the axes box and both axes' decisions.
///
/// Alignments (`Text._get_layout`): x tick labels centre/top at tick size + pad below the box;
/// y tick labels right/`center_baseline` at the same distance left of it; the x offset text
/// right/top 3 pt below the x tick labels; the y offset text with its baseline 3 pt above the
/// box; the x label centre/top `labelpad` below the x tick labels (or the ticks); the y label,
/// turned, with its bottom `labelpad` left of the y tick labels; the title's baseline
/// `titlepad` above the box, raised if it would overlap the y offset text
/// (`Axes._update_title_position`).
struct TextPlacement {
    let spec: ChartSpec
    let setter: TextSetter
    let box: Rect
    let axes: (x: AxisDecision, y: AxisDecision)

    var style: Style { spec.style }

    /// The distance matplotlib's offset texts keep from what they sit next to, in points.
    static let offsetTextPad = 3.0

    func extent(_ text: String, size: Double, weight: Style.Font.Weight = .normal) -> TextExtent {
        setter.extent(of: text, font: font(weight), size: size)
    }

    /// The style's font in `weight`.
    func font(_ weight: Style.Font.Weight = .normal) -> Style.Font {
        weight == .normal ? style.font : style.font.weighted(weight)
    }

    func all() -> [PlacedText] {
        let x = xTickLabels(), y = yTickLabels()
        var texts = x + y
        let xOffset = xOffsetText(below: x)
        let yOffset = yOffsetText()
        texts += [xOffset, yOffset].compactMap { $0 }
        texts += [xLabel(below: x), yLabel(leftOf: y)].compactMap { $0 }
        if let title = title(clearing: yOffset, above: x) { texts.append(title) }
        return texts
    }

    /// The x tick labels: centre/top below the box (`xtick.labelbottom`), centre/bottom above it
    /// (`xtick.labeltop`).
    func xTickLabels() -> [PlacedText] {
        let t = style.xTicks
        let map = DataTransform(box: box, x: (axes.x.viewMin, axes.x.viewMax), y: (axes.y.viewMin, axes.y.viewMax))
        var out: [PlacedText] = []
        for (i, (tick, label)) in zip(axes.x.ticks, axes.x.labels).enumerated() {
            let x = map.x(tick)
            let e = extent(label, size: t.labelSize)
            if t.labelNear {
                let top = box.maxY + t.labelGap
                out.append(
                    TextPlacement.tickLabel(
                        label, element: .tickLabel(.x), origin: Point(x, top + e.ascent), anchor: .center,
                        topLeft: Point(x - e.width / 2, top), extent: e, ticks: t, font: font(), tick: i, setter: setter))
            }
            if t.labelFar {
                let bottom = box.minY - t.labelGap
                out.append(
                    TextPlacement.tickLabel(
                        label, element: .tickLabel(.x), origin: Point(x, bottom - e.descent), anchor: .center,
                        topLeft: Point(x - e.width / 2, bottom - e.height), extent: e, ticks: t, font: font(), tick: i,
                        setter: setter))
            }
        }
        return out
    }

    /// The y tick labels: right/`center_baseline` left of the box (`ytick.labelleft`),
    /// left/`center_baseline` right of it (`ytick.labelright`).
    func yTickLabels() -> [PlacedText] {
        let t = style.yTicks
        let map = DataTransform(box: box, x: (axes.x.viewMin, axes.x.viewMax), y: (axes.y.viewMin, axes.y.viewMax))
        var out: [PlacedText] = []
        for (i, (tick, label)) in zip(axes.y.ticks, axes.y.labels).enumerated() {
            let y = map.y(tick)
            let e = extent(label, size: t.labelSize)
            let baseline = y + e.ascent / 2
            if t.labelNear {
                let right = box.minX - t.labelGap
                out.append(
                    TextPlacement.tickLabel(
                        label, element: .tickLabel(.y), origin: Point(right, baseline), anchor: .right,
                        topLeft: Point(right - e.width, baseline - e.ascent), extent: e, ticks: t, font: font(), tick: i,
                        setter: setter))
            }
            if t.labelFar {
                out.append(
                    TextPlacement.rightTickLabel(
                        label, y: y, left: box.maxX + t.labelGap, extent: e, ticks: t, font: font(), element: .tickLabel(.y),
                        tick: i, setter: setter))
            }
        }
        return out
    }

    /// A tick label on the right of a vertical axis at figure height `y`: left-aligned at
    /// `left`, `center_baseline` (its baseline half its ascent below `y`).
    static func rightTickLabel(
        _ label: String, y: Double, left: Double, extent e: TextExtent, ticks t: Style.Ticks, font: Style.Font,
        element: SceneElement, tick: Int, setter: TextSetter
    ) -> PlacedText {
        let baseline = y + e.ascent / 2
        return tickLabel(
            label, element: element, origin: Point(left, baseline), anchor: .left, topLeft: Point(left, baseline - e.ascent),
            extent: e, ticks: t, font: font, tick: tick, setter: setter)
    }

    /// A tick label in `t`'s size and colour, drawn from `origin` with `anchor`; its box, `e` in
    /// size, has its top-left corner at `topLeft`.
    static func tickLabel(
        _ label: String, element: SceneElement, origin: Point, anchor: TextAnchor, topLeft: Point, extent e: TextExtent,
        ticks t: Style.Ticks, font: Style.Font, tick: Int, setter: TextSetter
    ) -> PlacedText {
        PlacedText(
            element: element,
            command: setter.command(
                label, origin: origin, size: t.labelSize, color: t.labelColor, anchor: anchor, rotated: false, font: font),
            box: Rect(x: topLeft.x, y: topLeft.y, width: e.width, height: e.height), tick: tick)
    }

    /// The bottom of the x tick labels below the box, or of the ticks when there are none.
    func bottom(of labels: [PlacedText]) -> Double {
        labels.filter { $0.box.minY >= box.maxY }.map(\.box.maxY).max() ?? (box.maxY + style.xTicks.labelGap)
    }

    func xOffsetText(below labels: [PlacedText]) -> PlacedText? {
        guard !axes.x.offsetText.isEmpty else { return nil }
        let t = style.xTicks
        let e = extent(axes.x.offsetText, size: t.labelSize)
        let top = bottom(of: labels) + TextPlacement.offsetTextPad
        return PlacedText(
            element: .offsetText(.x),
            command: setter.command(
                axes.x.offsetText, origin: Point(box.maxX, top + e.ascent), size: t.labelSize, color: t.labelColor,
                anchor: .right, rotated: false, font: font()),
            box: Rect(x: box.maxX - e.width, y: top, width: e.width, height: e.height))
    }

    func yOffsetText() -> PlacedText? {
        guard !axes.y.offsetText.isEmpty else { return nil }
        let t = style.yTicks
        let e = extent(axes.y.offsetText, size: t.labelSize)
        let baseline = box.minY - TextPlacement.offsetTextPad
        return PlacedText(
            element: .offsetText(.y),
            command: setter.command(
                axes.y.offsetText, origin: Point(box.minX, baseline), size: t.labelSize, color: t.labelColor,
                anchor: .left, rotated: false, font: font()),
            box: Rect(x: box.minX, y: baseline - e.ascent, width: e.width, height: e.height))
    }

    func xLabel(below labels: [PlacedText]) -> PlacedText? {
        guard let text = spec.xLabel, !text.isEmpty else { return nil }
        let a = style.axes
        let e = extent(text, size: a.labelSize, weight: a.labelWeight)
        let below = labels.filter { $0.box.minY >= box.maxY }.map(\.box.maxY).max() ?? box.maxY
        let top = max(below, box.maxY + (style.xTicks.near ? style.xTicks.outward : 0)) + a.labelPad
        let centre = box.minX + box.width / 2
        return PlacedText(
            element: .axisLabel(.x),
            command: setter.command(
                text, origin: Point(centre, top + e.ascent), size: a.labelSize, color: a.labelColor, anchor: .center,
                rotated: false, font: font(a.labelWeight)),
            box: Rect(x: centre - e.width / 2, y: top, width: e.width, height: e.height))
    }

    func yLabel(leftOf labels: [PlacedText]) -> PlacedText? {
        guard let text = spec.yLabel, !text.isEmpty else { return nil }
        let a = style.axes
        let e = extent(text, size: a.labelSize, weight: a.labelWeight)
        // The turned text's bottom (its descent side) faces the axes.
        let left = labels.filter { $0.box.maxX <= box.minX }.map(\.box.minX).min() ?? box.minX
        let bottom = min(left, box.minX - (style.yTicks.near ? style.yTicks.outward : 0)) - a.labelPad
        let centre = box.minY + box.height / 2
        return PlacedText(
            element: .axisLabel(.y),
            command: setter.command(
                text, origin: Point(bottom - e.descent, centre), size: a.labelSize, color: a.labelColor,
                anchor: .center, rotated: true, font: font(a.labelWeight)),
            box: Rect(x: bottom - e.height, y: centre - e.width / 2, width: e.height, height: e.width))
    }

    /// The title: over the axes' centre, left or right edge (`axes.titlelocation`), its baseline
    /// `axes.titlepad` above `axes.titley`, raised until its bottom clears the top of the axes (of
    /// the x tick labels above them, when there are), or the y offset text when it would overlap
    /// that (`Axes._update_title_position`): a title deeper than its pad (math with limits or a
    /// fraction) sits on the axes instead of reaching into them.
    func title(clearing offset: PlacedText?, above xTickLabels: [PlacedText]) -> PlacedText? {
        guard let text = spec.title, !text.isEmpty else { return nil }
        let a = style.axes
        let e = extent(text, size: a.titleSize, weight: a.titleWeight)
        let (x, anchor, left): (Double, TextAnchor, Double)
        switch a.titleLocation {
        case .left: (x, anchor, left) = (box.minX, .left, box.minX)
        case .right: (x, anchor, left) = (box.maxX, .right, box.maxX - e.width)
        case .center: (x, anchor, left) = (box.minX + box.width / 2, .center, box.minX + box.width / 2 - e.width / 2)
        }
        var baseline = box.maxY - a.titleY * box.height - a.titlePad
        var top = xTickLabels.filter { $0.box.maxY <= box.minY }.map(\.box.minY).min() ?? box.minY
        if let offset, offset.box.intersects(Rect(x: left, y: baseline - e.ascent, width: e.width, height: e.height)) {
            top = offset.box.minY
        }
        baseline = min(baseline, top - e.descent)
        return PlacedText(
            element: .title,
            command: setter.command(
                text, origin: Point(x, baseline), size: a.titleSize, color: a.titleColor, anchor: anchor, rotated: false,
                font: font(a.titleWeight)),
            box: Rect(x: left, y: baseline - e.ascent, width: e.width, height: e.height))
    }
}

extension Rect {
    /// Whether the two rectangles overlap.
    func intersects(_ other: Rect) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }
}
