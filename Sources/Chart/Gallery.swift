/// Small multiples: one titled panel per chart in a grid, like the table of activation functions
/// on Wikipedia, laid out as one scene.
public struct GalleryLayout {
    public let panels: [ChartSpec]
    public let columns: Int
    public let title: String?
    public let dpi: Double
    public let theme: Theme
    public let metrics: FontMetrics

    /// Space above the grid for the title, in points.
    var header: Double { title == nil ? 0 : 40 }

    public init(
        panels: [ChartSpec], columns: Int, title: String? = nil, dpi: Double = 100, theme: Theme = .default,
        metrics: FontMetrics = .dejaVuSans
    ) {
        self.panels = panels
        self.columns = max(1, columns)
        self.title = title
        self.dpi = dpi
        self.theme = theme
        self.metrics = metrics
    }

    /// Panel size in points: every panel takes the size of the first.
    var panelSize: (width: Double, height: Double) {
        guard let first = panels.first else { return (0, 0) }
        return (first.widthInches * 72, first.heightInches * 72)
    }

    public func scene() -> Scene {
        let (w, h) = panelSize
        let rows = (panels.count + columns - 1) / columns
        var scene = Scene(
            width: w * Double(min(columns, max(panels.count, 1))), height: header + h * Double(rows), dpi: dpi,
            background: theme.figureBackground)
        if let title {
            scene.commands.append(
                .text(
                    title, origin: Point(scene.width / 2, header / 2 + metrics.ascent(size: 16) / 2), size: 16,
                    color: theme.foreground, anchor: .center, rotated: false))
        }
        for (i, panel) in panels.enumerated() {
            var spec = panel
            spec.transparent = true  // the gallery's background shows through
            let dx = Double(i % columns) * w, dy = header + Double(i / columns) * h
            scene.commands += ChartLayout(spec, metrics: metrics).scene().commands.map { $0.offset(dx, dy) }
        }
        return scene
    }
}

extension DrawCommand {
    /// The same command moved by (dx, dy).
    public func offset(_ dx: Double, _ dy: Double) -> DrawCommand {
        func move(_ p: Point) -> Point { Point(p.x + dx, p.y + dy) }
        func move(_ r: Rect) -> Rect { Rect(x: r.x + dx, y: r.y + dy, width: r.width, height: r.height) }
        switch self {
        case .rectangle(let rect, let fill, let stroke, let radius):
            return .rectangle(move(rect), fill: fill, stroke: stroke, cornerRadius: radius)
        case .polyline(let points, let stroke):
            return .polyline(points.map(move), stroke: stroke)
        case .circle(let center, let radius, let fill, let stroke):
            return .circle(center: move(center), radius: radius, fill: fill, stroke: stroke)
        case .text(let text, let origin, let size, let color, let anchor, let rotated):
            return .text(text, origin: move(origin), size: size, color: color, anchor: anchor, rotated: rotated)
        case .beginClip(let rect):
            return .beginClip(move(rect))
        case .endClip:
            return .endClip
        }
    }
}
