/// The legend's size and the placement rule of matplotlib's `loc`, with its default spacing.
struct LegendLayout {
    struct Entry {
        var label: String
        var stroke: Stroke
    }

    let entries: [Entry]
    let fontSize: Double
    let metrics: FontMetrics

    // matplotlib's legend defaults, in multiples of the font size.
    var borderPad: Double { 0.4 * fontSize }
    var labelSpacing: Double { 0.5 * fontSize }
    var handleLength: Double { 2.0 * fontSize }
    var handleHeight: Double { 0.7 * fontSize }
    var handleTextPad: Double { 0.8 * fontSize }
    var borderAxesPad: Double { 0.5 * fontSize }
    var cornerRadius: Double { 0.2 * fontSize }

    /// One row: the taller of the handle box and the text above the baseline, plus the text's depth.
    var rowHeight: Double {
        max(handleHeight, metrics.ascent(size: fontSize)) + metrics.descent(size: fontSize)
    }

    var size: (width: Double, height: Double) {
        let textWidth = entries.map { metrics.width(of: $0.label, size: fontSize) }.max() ?? 0
        let n = Double(entries.count)
        return (
            2 * borderPad + handleLength + handleTextPad + textWidth,
            2 * borderPad + n * rowHeight + max(0, n - 1) * labelSpacing
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
        case .upperRight, .best, .none: origin = (right, top)
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

    /// The commands that draw the legend in `box`.
    func commands(in box: Rect, theme: Theme) -> [DrawCommand] {
        var out: [DrawCommand] = [
            .rectangle(
                box, fill: theme.legendBackground.withAlpha(0.8),
                stroke: Stroke(color: theme.legendEdge.withAlpha(0.8), width: 1.0),
                cornerRadius: cornerRadius)
        ]
        let ascent = max(handleHeight, metrics.ascent(size: fontSize))
        for (i, entry) in entries.enumerated() {
            let rowTop = box.minY + borderPad + Double(i) * (rowHeight + labelSpacing)
            let baseline = rowTop + ascent
            let handleY = baseline - handleHeight / 2
            let x0 = box.minX + borderPad
            out.append(.polyline([Point(x0, handleY), Point(x0 + handleLength, handleY)], stroke: entry.stroke))
            out.append(
                .text(
                    entry.label, origin: Point(x0 + handleLength + handleTextPad, baseline), size: fontSize,
                    color: theme.foreground, anchor: .left, rotated: false))
        }
        return out
    }
}
