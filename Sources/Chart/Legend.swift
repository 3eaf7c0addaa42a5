/// The legend's size and the placement rule of matplotlib's `loc`, with its default spacing.
struct LegendLayout {
    struct Entry {
        /// The series the entry stands for.
        var series: Int
        var label: String
        var stroke: Stroke
    }

    let entries: [Entry]
    let style: Style.Legend
    /// The labels' font and extents, measured once.
    let font: Style.Font
    let extents: [TextExtent]

    /// A legend of `entries`, measured with `measurer` at `dpi`. A row is as tall as the taller
    /// of the handle box and the text above the baseline (matplotlib's `TextArea` takes at least
    /// the height of "lp" there), plus the text's depth.
    init(entries: [Entry], style: Style.Legend, font: Style.Font, measurer: any TextMeasurer, dpi: Double) {
        self.entries = entries
        self.style = style
        self.font = font
        let lp = measurer.extent(of: "lp", font: font, size: style.fontSize, dpi: dpi)
        self.extents = entries.map { entry in
            var e = measurer.extent(of: entry.label, font: font, size: style.fontSize, dpi: dpi)
            e.ascent = max(e.ascent, lp.ascent)
            return e
        }
    }

    var fontSize: Double { style.fontSize }
    // The style's spacing is in multiples of the font size.
    var borderPad: Double { style.borderPad * fontSize }
    var labelSpacing: Double { style.labelSpacing * fontSize }
    var handleLength: Double { style.handleLength * fontSize }
    var handleHeight: Double { style.handleHeight * fontSize }
    var handleTextPad: Double { style.handleTextPad * fontSize }
    var borderAxesPad: Double { style.borderAxesPad * fontSize }
    /// matplotlib's `FancyBboxPatch` "round" box with `pad 0` and rounding `0.2 × fontsize`, or a
    /// square box without `legend.fancybox`.
    var cornerRadius: Double { style.fancyBox ? 0.2 * fontSize : 0 }

    /// Row `i`'s height above its baseline, and below it.
    func rowAscent(_ i: Int) -> Double { max(handleHeight, extents[i].ascent) }
    func rowDescent(_ i: Int) -> Double { extents[i].descent }

    var size: (width: Double, height: Double) {
        let textWidth = extents.map(\.width).max() ?? 0
        let rows = entries.indices.map { rowAscent($0) + rowDescent($0) }.reduce(0, +)
        return (
            2 * borderPad + handleLength + handleTextPad + textWidth,
            2 * borderPad + rows + Double(max(0, entries.count - 1)) * labelSpacing
        )
    }

    /// The box for a fixed location inside `axes`.
    func box(at location: LegendLocation, in axes: Rect) -> Rect {
        let (w, h) = size
        let inner = Rect(
            x: axes.x + borderAxesPad, y: axes.y + borderAxesPad,
            width: axes.width - 2 * borderAxesPad, height: axes.height - 2 * borderAxesPad)
        let left = inner.minX, right = inner.maxX - w, centerX = inner.minX + (inner.width - w) / 2
        let top = inner.minY, bottom = inner.maxY - h, centerY = inner.minY + (inner.height - h) / 2
        let origin: (Double, Double)
        switch location {
        case .upperRight, .best, .hidden, .outside: origin = (right, top)
        case .upperLeft: origin = (left, top)
        case .lowerLeft: origin = (left, bottom)
        case .lowerRight: origin = (right, bottom)
        case .right, .centerRight: origin = (right, centerY)
        case .centerLeft: origin = (left, centerY)
        case .lowerCenter: origin = (centerX, bottom)
        case .upperCenter: origin = (centerX, top)
        case .center: origin = (centerX, centerY)
        }
        return Rect(x: origin.0, y: origin.1, width: w, height: h)
    }

    /// Right of the axes, top-aligned: matplotlib's `loc='upper left', bbox_to_anchor=(1.02, 1)`.
    /// The anchor is the point 2 % of the axes' width right of its top-right corner; the legend's
    /// top-left corner sits `borderaxespad` right of and below it.
    func outsideBox(of axes: Rect) -> Rect {
        let (w, h) = size
        return Rect(x: axes.maxX + 0.02 * axes.width + borderAxesPad, y: axes.minY + borderAxesPad, width: w, height: h)
    }

    /// matplotlib's `loc='best'`: the first candidate, in matplotlib's order, that covers the fewest
    /// curve vertices plus curves crossing it; a candidate covering nothing wins at once.
    func bestBox(in axes: Rect, lines: [[[Point]]]) -> Rect {
        let candidates: [LegendLocation] = [
            .upperRight, .upperLeft, .lowerLeft, .lowerRight, .right,
            .centerLeft, .centerRight, .lowerCenter, .upperCenter, .center,
        ]
        var best: (badness: Int, box: Rect)?
        for location in candidates {
            let box = box(at: location, in: axes)
            var badness = 0
            for pieces in lines {
                var crosses = false
                for piece in pieces {
                    for p in piece where box.strictlyContains(p) { badness += 1 }
                    if !crosses {
                        crosses = zip(piece, piece.dropFirst()).contains { box.intersects(segmentFrom: $0, to: $1) }
                            || (piece.count == 1 && box.strictlyContains(piece[0]))
                    }
                }
                if crosses { badness += 1 }
            }
            if badness == 0 { return box }
            if let current = best, current.badness <= badness { continue }
            best = (badness, box)
        }
        return best?.box ?? box(at: .upperRight, in: axes)
    }

    /// The items that draw the legend in `box`: its frame, then each entry's handle and text.
    /// The frame's face and edge take `legend.framealpha` (their own alpha when it is None).
    func items(in box: Rect) -> [(SceneElement, DrawCommand)] {
        var out: [(SceneElement, DrawCommand)] = []
        if style.frameOn {
            func faded(_ c: Color) -> Color { c.withAlpha(style.frameAlpha.map { c.alpha * $0 } ?? c.alpha) }
            out.append(
                (.legendFrame,
                    .rectangle(
                        box, fill: faded(style.faceColor), stroke: Stroke(color: faded(style.edgeColor), width: style.frameWidth),
                        cornerRadius: cornerRadius)))
        }
        var rowTop = box.minY + borderPad
        for (i, entry) in entries.enumerated() {
            let baseline = rowTop + rowAscent(i)
            rowTop = baseline + rowDescent(i) + labelSpacing
            let handleY = baseline - handleHeight / 2
            let x0 = box.minX + borderPad
            let inset = style.numPoints > 1 ? 0.3 * fontSize : 0
            out.append(
                (.legendHandle(entry.series),
                    .polyline([Point(x0 + inset, handleY), Point(x0 + handleLength - inset, handleY)], stroke: entry.stroke)))
            out.append(
                (.legendLabel(entry.series),
                    .text(
                        entry.label, origin: Point(x0 + handleLength + handleTextPad, baseline), size: fontSize,
                        color: style.labelColor, anchor: .left, rotated: false, font: font)))
        }
        return out
    }
}
