/// Small multiples: one titled panel per chart in a grid, like the table of activation functions
/// on Wikipedia, laid out as one scene.
///
/// Give it the charts and a column count, then take its ``scene()``;
/// ``size(panel:count:columns:titled:)`` tells the figure's size beforehand. Every cell of the
/// grid is the first chart's figure size; each panel is laid out by ``ChartLayout`` without a
/// background of its own, so the page shows through.
public struct GalleryLayout {
    /// The charts, one per panel, in reading order: left to right, then down.
    public let panels: [ChartSpec]
    /// How many panels stand side by side in a row (at least 1).
    public let columns: Int
    /// The text centred above the grid, or nil for none (and no room kept for it).
    public let title: String?
    /// What measures text, for the title and for every panel's layout.
    public let measurer: any TextMeasurer

    /// Space above the grid for the title, in points.
    public static let headerHeight = 40.0
    /// The title's font size, in points.
    public static let titleSize = 16.0
    /// The size of one panel when none is asked for, in inches.
    public static let defaultPanelSize = (width: 3.2, height: 2.6)

    /// A gallery of `panels` in `columns` columns (fewer than 1 counts as 1), titled when
    /// `title` is given.
    public init(
        panels: [ChartSpec], columns: Int, title: String? = nil, measurer: any TextMeasurer = FontMetrics.dejaVuSans
    ) {
        self.panels = panels
        self.columns = max(1, columns)
        self.title = title
        self.measurer = measurer
    }

    /// The figure's size in points for `count` panels of `panel` points in `columns` columns.
    public static func size(panel: (width: Double, height: Double), count: Int, columns: Int, titled: Bool)
        -> (width: Double, height: Double)
    {
        let columns = max(1, columns)
        let rows = (count + columns - 1) / columns
        return (panel.width * Double(min(columns, max(count, 1))), (titled ? headerHeight : 0) + panel.height * Double(rows))
    }

    /// The figure; every panel takes the size and style of the first, and the first's style
    /// gives the page its background and the title its colour.
    public func scene() -> Scene {
        guard let style = panels.first?.style else {
            return Scene(width: 0, height: 0, dpi: Style.matplotlib.figure.dpi, background: nil)
        }
        let panel = (width: style.figure.width * 72, height: style.figure.height * 72)
        let header = title == nil ? 0 : GalleryLayout.headerHeight
        let size = GalleryLayout.size(panel: panel, count: panels.count, columns: columns, titled: title != nil)
        var scene = Scene(width: size.width, height: size.height, dpi: style.figure.dpi, background: style.figure.faceColor)
        if let title {
            scene.items.append(
                SceneItem(
                    plot: nil, element: .figureTitle,
                    command: .text(
                        title,
                        origin: Point(
                            scene.width / 2,
                            header / 2
                                + measurer.extent(of: title, font: style.font, size: GalleryLayout.titleSize, dpi: style.figure.dpi)
                                .ascent / 2),
                        size: GalleryLayout.titleSize, color: style.text.color, anchor: .center, rotated: false, font: style.font)))
        }
        for (i, spec) in panels.enumerated() {
            var spec = spec
            spec.transparent = true  // the gallery's background shows through
            let dx = Double(i % columns) * panel.width, dy = header + Double(i / columns) * panel.height
            let panelScene = ChartLayout(spec, measurer: measurer).scene()
            let plot = scene.plots.count
            scene.items += panelScene.items.map {
                SceneItem(plot: plot, element: $0.element, command: $0.command.offset(dx, dy))
            }
            scene.plots += panelScene.plots.map { area in
                let box = Rect(x: area.box.x + dx, y: area.box.y + dy, width: area.box.width, height: area.box.height)
                return PlotArea(
                    box: box, transform: DataTransform(box: box, x: area.transform.x, y: area.transform.y), x: area.x,
                    y: area.y, series: area.series)
            }
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
        case .text(let text, let origin, let size, let color, let anchor, let rotated, let font):
            return .text(text, origin: move(origin), size: size, color: color, anchor: anchor, rotated: rotated, font: font)
        case .beginClip(let rect):
            return .beginClip(move(rect))
        case .endClip:
            return .endClip
        case .colorBands(let rect, let colors):
            return .colorBands(move(rect), colors: colors)
        }
    }
}
