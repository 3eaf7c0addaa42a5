/// One text of a chart where matplotlib puts it: what draws it, and its layout box (the advance
/// width by the line's ascent plus descent, as `Text.get_window_extent` gives it).
public struct PlacedText: Sendable {
    public var element: SceneElement
    public var command: DrawCommand
    /// The layout box, in figure coordinates.
    public var box: Rect

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
        default: "a text"
        }
    }
}

extension AxisKind: CustomStringConvertible {
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
    let measurer: any TextMeasurer
    let box: Rect
    let axes: (x: AxisDecision, y: AxisDecision)

    var style: Style { spec.style }
    var dpi: Double { style.figure.dpi }

    /// The distance matplotlib's offset texts keep from what they sit next to, in points.
    static let offsetTextPad = 3.0

    func extent(_ text: String, size: Double) -> TextExtent {
        measurer.extent(of: text, size: size, dpi: dpi)
    }

    func all() -> [PlacedText] {
        let x = xTickLabels(), y = yTickLabels()
        var texts = x + y
        let xOffset = xOffsetText(below: x)
        let yOffset = yOffsetText()
        texts += [xOffset, yOffset].compactMap { $0 }
        texts += [xLabel(below: x), yLabel(leftOf: y)].compactMap { $0 }
        if let title = title(clearing: yOffset) { texts.append(title) }
        return texts
    }

    func xTickLabels() -> [PlacedText] {
        let t = style.xTicks
        let map = DataTransform(box: box, x: (axes.x.viewMin, axes.x.viewMax), y: (axes.y.viewMin, axes.y.viewMax))
        let top = box.maxY + t.size + t.pad
        return zip(axes.x.ticks, axes.x.labels).map { tick, label in
            let x = map.x(tick)
            let e = extent(label, size: t.labelSize)
            return PlacedText(
                element: .tickLabel(.x),
                command: .text(
                    label, origin: Point(x, top + e.ascent), size: t.labelSize,
                    color: t.labelColor, anchor: .center, rotated: false),
                box: Rect(x: x - e.width / 2, y: top, width: e.width, height: e.height))
        }
    }

    func yTickLabels() -> [PlacedText] {
        let t = style.yTicks
        let map = DataTransform(box: box, x: (axes.x.viewMin, axes.x.viewMax), y: (axes.y.viewMin, axes.y.viewMax))
        let right = box.minX - t.size - t.pad
        return zip(axes.y.ticks, axes.y.labels).map { tick, label in
            let y = map.y(tick)
            let e = extent(label, size: t.labelSize)
            let baseline = y + e.ascent / 2
            return PlacedText(
                element: .tickLabel(.y),
                command: .text(
                    label, origin: Point(right, baseline), size: t.labelSize,
                    color: t.labelColor, anchor: .right, rotated: false),
                box: Rect(x: right - e.width, y: baseline - e.ascent, width: e.width, height: e.height))
        }
    }

    /// The bottom of the x tick labels, or of the ticks when there are no labels.
    func bottom(of labels: [PlacedText]) -> Double {
        labels.map(\.box.maxY).max() ?? (box.maxY + style.xTicks.size + style.xTicks.pad)
    }

    func xOffsetText(below labels: [PlacedText]) -> PlacedText? {
        guard !axes.x.offsetText.isEmpty else { return nil }
        let t = style.xTicks
        let e = extent(axes.x.offsetText, size: t.labelSize)
        let top = bottom(of: labels) + TextPlacement.offsetTextPad
        return PlacedText(
            element: .offsetText(.x),
            command: .text(
                axes.x.offsetText, origin: Point(box.maxX, top + e.ascent), size: t.labelSize, color: t.labelColor,
                anchor: .right, rotated: false),
            box: Rect(x: box.maxX - e.width, y: top, width: e.width, height: e.height))
    }

    func yOffsetText() -> PlacedText? {
        guard !axes.y.offsetText.isEmpty else { return nil }
        let t = style.yTicks
        let e = extent(axes.y.offsetText, size: t.labelSize)
        let baseline = box.minY - TextPlacement.offsetTextPad
        return PlacedText(
            element: .offsetText(.y),
            command: .text(
                axes.y.offsetText, origin: Point(box.minX, baseline), size: t.labelSize, color: t.labelColor,
                anchor: .left, rotated: false),
            box: Rect(x: box.minX, y: baseline - e.ascent, width: e.width, height: e.height))
    }

    func xLabel(below labels: [PlacedText]) -> PlacedText? {
        guard let text = spec.xLabel, !text.isEmpty else { return nil }
        let a = style.axes
        let e = extent(text, size: a.labelSize)
        let top = max(labels.map(\.box.maxY).max() ?? box.maxY, box.maxY + style.xTicks.size) + a.labelPad
        let centre = box.minX + box.width / 2
        return PlacedText(
            element: .axisLabel(.x),
            command: .text(
                text, origin: Point(centre, top + e.ascent), size: a.labelSize, color: a.labelColor, anchor: .center,
                rotated: false),
            box: Rect(x: centre - e.width / 2, y: top, width: e.width, height: e.height))
    }

    func yLabel(leftOf labels: [PlacedText]) -> PlacedText? {
        guard let text = spec.yLabel, !text.isEmpty else { return nil }
        let a = style.axes
        let e = extent(text, size: a.labelSize)
        // The turned text's bottom (its descent side) faces the axes.
        let bottom = min(labels.map(\.box.minX).min() ?? box.minX, box.minX - style.yTicks.size) - a.labelPad
        let centre = box.minY + box.height / 2
        return PlacedText(
            element: .axisLabel(.y),
            command: .text(
                text, origin: Point(bottom - e.descent, centre), size: a.labelSize, color: a.labelColor,
                anchor: .center, rotated: true),
            box: Rect(x: bottom - e.height, y: centre - e.width / 2, width: e.height, height: e.width))
    }

    func title(clearing offset: PlacedText?) -> PlacedText? {
        guard let text = spec.title, !text.isEmpty else { return nil }
        let a = style.axes
        let e = extent(text, size: a.titleSize)
        let centre = box.minX + box.width / 2
        var baseline = box.minY - a.titlePad
        let left = centre - e.width / 2
        if let offset, offset.box.intersects(Rect(x: left, y: baseline - e.ascent, width: e.width, height: e.height)),
            baseline + e.descent > offset.box.minY
        {
            baseline -= baseline + e.descent - offset.box.minY
        }
        return PlacedText(
            element: .title,
            command: .text(
                text, origin: Point(centre, baseline), size: a.titleSize, color: a.titleColor, anchor: .center,
                rotated: false),
            box: Rect(x: left, y: baseline - e.ascent, width: e.width, height: e.height))
    }
}

extension Rect {
    /// Whether the two rectangles overlap.
    func intersects(_ other: Rect) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }
}
