/// A colorbar beside the axes: matplotlib's `fig.colorbar(ScalarMappable(norm, cmap), ax=ax)`
/// with its defaults (right of the axes, fraction 0.15, pad 0.05, aspect 20), and
/// `cbar.set_label(label)`.
public struct ColorbarSpec: Sendable {
    /// The colours, lowest value at the bottom.
    public var colormap: Colormap
    /// The norm's `vmin` and `vmax`: the values at the bottom and the top (in either order; a
    /// degenerate range is widened by 10 % as matplotlib does).
    public var range: (Double, Double)
    /// `Normalize` or `LogNorm` (both ends must then be positive, or the colorbar has no ticks).
    public var scale: ColorbarScale
    /// The text along the colorbar (`cbar.set_label`); nil or empty for none.
    public var label: String?

    /// Creates a colorbar.
    public init(colormap: Colormap, range: (Double, Double), scale: ColorbarScale = .linear, label: String? = nil) {
        self.colormap = colormap
        self.range = range
        self.scale = scale
        self.label = label
    }
}

/// One colorbar laid out: its box, its axis' decision, and its texts where matplotlib puts them.
///
/// Geometry (`colorbar.make_axes_gridspec`): the cell it is given is split by a 1×2 grid with
/// width ratios `[1 − fraction − pad, fraction]` and `wspace = 2·pad / (1 − pad)`: the axes keep
/// the first 80 % and the colorbar gets the last 15 %, 5 % apart. The colorbar then keeps a box
/// aspect of 20 (`set_box_aspect`: 20 times taller than wide, in physical units), shrunk inside
/// its cell and anchored at the cell's left middle (`Axes.apply_aspect`, `Bbox.shrunk_to_aspect`).
///
/// Its axis is on the right (`ticklocation='right'`): ticks pointing as `ytick.direction` says,
/// labels left-aligned and `center_baseline` at `ytick.major.pad` beyond the ticks, the offset
/// text right-aligned with its baseline 3 pt above the colorbar, and the label turned, its top
/// `axes.labelpad` right of the tick labels (`YAxis._update_label_position`).
public struct ColorbarLayout: Sendable {
    /// Which colorbar of the chart this is.
    public let index: Int
    /// What was asked for.
    public let spec: ColorbarSpec
    /// The grid cell the colorbar was given.
    public let cell: Rect
    /// The colorbar itself: its bands and outline.
    public let box: Rect
    /// Its axis' view, ticks and labels.
    public let axis: ColorbarAxisDecision
    /// Its tick labels, offset text and label, placed.
    public let texts: [PlacedText]
    let style: Style

    /// matplotlib's defaults for a colorbar on the right.
    static let fraction = 0.15, pad = 0.05, aspect = 20.0

    /// Lays colorbar `index` out in `cell`.
    public init(index: Int, spec: ColorbarSpec, cell: Rect, style: Style, measurer: any TextMeasurer) {
        self.index = index
        self.spec = spec
        self.cell = cell
        self.style = style
        let box = ColorbarLayout.shrunk(cell)
        self.box = box
        let ticks = style.yTicks
        let axis = decideColorbarAxis(
            range: spec.range, scale: spec.scale, lengthInPoints: box.height, labelSize: ticks.labelSize,
            ticking: style.axes.ticking)
        self.axis = axis

        let dpi = style.figure.dpi
        func extent(_ text: String, _ size: Double, _ font: Style.Font) -> TextExtent {
            measurer.extent(of: text, font: font, size: size, dpi: dpi)
        }
        let element = SceneElement.colorbar(index, .tickLabel)
        var texts: [PlacedText] = []
        // Tick indexes run through the major ticks, then the minor ones.
        let all = zip(axis.ticks + axis.minorTicks, axis.labels + axis.minorLabels).enumerated()
        for (i, (tick, label)) in all where !label.isEmpty {
            let gap = i < axis.ticks.count ? ticks.labelGap : ticks.minorLabelGap
            let y = box.maxY - axis.fraction(tick) * box.height
            texts.append(
                TextPlacement.rightTickLabel(
                    label, y: y, left: box.maxX + gap, extent: extent(label, ticks.labelSize, style.font), ticks: ticks,
                    font: style.font, element: element, tick: i))
        }
        if !axis.offsetText.isEmpty {
            let e = extent(axis.offsetText, ticks.labelSize, style.font)
            let baseline = box.minY - TextPlacement.offsetTextPad
            texts.append(
                PlacedText(
                    element: .colorbar(index, .offsetText),
                    command: .text(
                        axis.offsetText, origin: Point(box.maxX, baseline), size: ticks.labelSize, color: ticks.labelColor,
                        anchor: .right, rotated: false, font: style.font),
                    box: Rect(x: box.maxX - e.width, y: baseline - e.ascent, width: e.width, height: e.height)))
        }
        if let label = spec.label, !label.isEmpty {
            let a = style.axes
            let font = a.labelWeight == .normal ? style.font : style.font.weighted(a.labelWeight)
            let e = extent(label, a.labelSize, font)
            // Right of the tick labels and of the ticks (the spine's extent), the turned text's
            // top towards the colorbar.
            let outward = max(ticks.outward, axis.minorTicks.isEmpty ? 0 : ticks.minorOutward)
            let right = max(texts.filter { $0.element == element }.map(\.box.maxX).max() ?? box.maxX, box.maxX + outward)
            let left = right + a.labelPad
            let centre = box.minY + box.height / 2
            texts.append(
                PlacedText(
                    element: .colorbar(index, .label),
                    command: .text(
                        label, origin: Point(left + e.ascent, centre), size: a.labelSize, color: a.labelColor, anchor: .center,
                        rotated: true, font: font),
                    box: Rect(x: left, y: centre - e.width / 2, width: e.height, height: e.width)))
        }
        self.texts = texts
    }

    /// The cells of `make_axes_gridspec`'s split of `cell`: what the axes keep, and the colorbar's.
    public static func split(_ cell: Rect) -> (axes: Rect, colorbar: Rect) {
        // GridSpecBase.get_grid_positions for one row and two columns.
        let ratios = [1 - fraction - pad, fraction]
        let wspace = 2 * pad / (1 - pad)
        let unit = cell.width / (2 + wspace)
        let separation = wspace * unit
        let norm = unit * 2 / (ratios[0] + ratios[1])
        let widths = ratios.map { $0 * norm }
        let axes = Rect(x: cell.minX, y: cell.minY, width: widths[0], height: cell.height)
        let colorbar = Rect(x: cell.minX + widths[0] + separation, y: cell.minY, width: widths[1], height: cell.height)
        return (axes, colorbar)
    }

    /// The colorbar's box in `cell`: `Bbox.shrunk_to_aspect` with a box aspect of 20, anchored
    /// at the cell's left middle.
    public static func shrunk(_ cell: Rect) -> Rect {
        var width = cell.width, height = cell.width * aspect
        if height > cell.height {
            width = cell.height / aspect
            height = cell.height
        }
        return Rect(x: cell.minX, y: cell.minY + (cell.height - height) / 2, width: width, height: height)
    }

    /// What the colorbar adds to `tight_layout`'s measure (`Axes.get_tightbbox` of its axes):
    /// its box, tick labels, offset text, and the label collapsed to one pixel along the
    /// colorbar (only its width counts).
    public func layoutBox() -> Rect {
        let pixel = 72 / style.figure.dpi
        return texts.reduce(box) { union, text in
            let b = text.box
            guard text.element == .colorbar(index, .label) else { return union.union(b) }
            return union.union(Rect(x: b.minX, y: b.minY + b.height / 2 - pixel / 2, width: b.width, height: pixel))
        }
    }

    /// The drawing commands, back to front: the bands, the outline, the ticks, their labels, the
    /// offset text and the label.
    public func items() -> [(SceneElement, DrawCommand)] {
        var items: [(SceneElement, DrawCommand)] = [
            (.colorbar(index, .bands), .colorBands(box, colors: spec.colormap.table))
        ]
        let a = style.axes
        if a.lineWidth > 0 {
            items.append(
                (.colorbar(index, .outline), .rectangle(box, fill: nil, stroke: Stroke(color: a.edgeColor, width: a.lineWidth), cornerRadius: 0)))
        }
        let t = style.yTicks
        for (ticks, size, width, inward, outward) in [
            (axis.ticks, t.size, t.width, t.inward, t.outward),
            (axis.minorTicks, t.minorSize, t.minorWidth, t.minorInward, t.minorOutward),
        ] where size > 0 {
            let stroke = Stroke(color: t.color, width: width)
            for tick in ticks {
                let y = box.maxY - axis.fraction(tick) * box.height
                items.append((.colorbar(index, .tick), .polyline([Point(box.maxX - inward, y), Point(box.maxX + outward, y)], stroke: stroke)))
            }
        }
        return items + texts.map { ($0.element, $0.command) }
    }
}
