import Chart

/// Draws a chart as text: the curves on a ``DotCanvas`` (braille, or ASCII), the frame in
/// box-drawing characters, ticks and tick labels from the plot's axis decisions (the same limits,
/// locations, labels and offset texts as the PNG), the title, axis labels and the legend.
///
/// Everything comes from the ``Scene``: its plot area (box, axis decisions, series in data
/// coordinates) and the tagged commands for the texts, the legend and each series' dashes. So
/// whatever changes the scene (options, styles, several functions) shows here without changes.
public struct TextChartRenderer: Renderer {
    /// The chart's size in character cells; every line of the output is at most `columns` wide
    /// and there are exactly `rows` lines.
    public var columns: Int
    public var rows: Int
    /// Braille dots or ASCII characters.
    public var kind: DotCanvas.Kind
    /// The colour escapes written, none for ``ColorDepth/none``.
    public var colors: ColorDepth

    /// The descriptor the text reaches a terminal through, for the colour reset a signal handler
    /// writes if the process is interrupted while writing (``TerminalState``); nil for a file.
    public var interruptDescriptor: Int32?

    public init(
        columns: Int, rows: Int, kind: DotCanvas.Kind = .braille, colors: ColorDepth = .none, interruptDescriptor: Int32? = nil
    ) {
        self.columns = columns
        self.rows = rows
        self.kind = kind
        self.colors = colors
        self.interruptDescriptor = interruptDescriptor
    }

    public func render(_ scene: Scene, to sink: ByteSink) throws {
        if let fd = interruptDescriptor, colors != .none { TerminalState.onInterrupt(write: Array("\u{1B}[0m".utf8), to: fd) }
        var text = try self.text(scene)
        try text.withUTF8 { bytes in
            guard sink.write(UnsafeRawBufferPointer(bytes)) else { throw TerminalError.writeFailed }
        }
    }

    /// The chart as lines of text.
    public func text(_ scene: Scene) throws -> String {
        try TextChart(scene: scene, kind: kind).grid(columns: columns, rows: rows).lines(depth: colors)
    }
}

/// What a terminal renderer can fail at.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// The scene has no plot area to draw.
    case noPlot
    /// The cells asked for cannot hold the chart; the smallest size that can.
    case tooSmall(columns: Int, rows: Int)
    /// The sink refused the bytes.
    case writeFailed

    public var description: String {
        switch self {
        case .noPlot: "the figure has no plot to draw"
        case .tooSmall(let columns, let rows): "the chart needs at least \(columns)×\(rows) character cells"
        case .writeFailed: "write failed"
        }
    }
}

/// The chart's parts read from a scene, and their layout on a page of cells.
struct TextChart {
    struct LegendEntry {
        var series: Int
        var label: String
        var color: Color
        var dash: [Double]
    }

    /// A colour bar of a parameter sweep: its colours from the bottom up, its tick labels with
    /// where they stand (0 at the bottom, 1 at the top), and its label.
    struct Colorbar {
        var colors: [Color] = []
        var ticks: [(at: Double, label: String)] = []
        var label: String?
        var bands: Rect?
    }

    let kind: DotCanvas.Kind
    let plot: PlotArea
    /// In the scene's order: the first is outermost.
    var colorbars: [Colorbar] = []
    var title: String?
    var xLabel: String?
    var yLabel: String?
    var legend: [LegendEntry] = []
    /// Where the scene put the legend: its box, and whether its frame is drawn with round corners.
    var legendBox: Rect?
    var legendFramed = false
    var legendRounded = false
    /// Each series' dash pattern, in multiples of its line width (one dot per line width).
    var dashes: [Int: [Double]] = [:]
    /// Grid lines along the ticks of these axes, in this colour.
    var gridX = false
    var gridY = false
    var gridColor: Color?

    init(scene: Scene, kind: DotCanvas.Kind) throws {
        guard let plot = scene.plots.first else { throw TerminalError.noPlot }
        self.kind = kind
        self.plot = plot
        var handles: [Int: Stroke] = [:]
        var labelBoxes: [Rect] = []
        for item in scene.items where item.plot == 0 || item.plot == nil {
            let text = item.command.text
            switch (item.element, item.command) {
            case (.title, _): title = text?.string ?? title
            case (.axisLabel(.x), _): xLabel = text?.string ?? xLabel
            case (.axisLabel(.y), _): yLabel = text?.string ?? yLabel
            case (.series(let i), .polyline(_, let stroke)) where dashes[i] == nil:
                dashes[i] = stroke.dash.map { $0 / max(stroke.width, 1e-9) }
            case (.grid(let axis), .polyline(_, let stroke)):
                if axis == .x { gridX = true } else { gridY = true }
                gridColor = TextChart.ink(stroke.color)
            case (.legendFrame, .rectangle(let rect, _, _, let radius)):
                legendBox = rect
                legendFramed = true
                legendRounded = radius > 0
            case (.legendHandle(let i), .polyline(let points, let stroke)):
                handles[i] = stroke
                if let p = points.first { labelBoxes.append(Rect(x: p.x, y: p.y, width: 0, height: 0)) }
            case (.colorbar(let i, let part), _):
                while colorbars.count <= i { colorbars.append(Colorbar()) }
                switch (part, item.command) {
                case (.bands, .colorBands(let rect, let colors)):
                    colorbars[i].colors = colors
                    colorbars[i].bands = rect
                case (.tickLabel, _):
                    if let (label, origin) = text { colorbars[i].ticks.append((origin.y, label)) }
                case (.label, _):
                    if let (label, _) = text { colorbars[i].label = label }
                default: break
                }
            case (.legendLabel(let i), _) where plot.series.indices.contains(i):
                guard let (label, origin) = text else { break }
                let dash = handles[i].map { s in s.dash.map { $0 / max(s.width, 1e-9) } } ?? []
                legend.append(LegendEntry(series: i, label: label, color: plot.series[i].color, dash: dash))
                labelBoxes.append(Rect(x: origin.x, y: origin.y, width: 0, height: 0))
            default: break
            }
        }
        for i in colorbars.indices {
            // Tick labels are centred on their tick: their y in the bands, as a fraction from the bottom.
            guard let rect = colorbars[i].bands, rect.height > 0 else { continue }
            colorbars[i].ticks = colorbars[i].ticks.map { ((rect.maxY - $0.at) / rect.height, $0.label) }
        }
        if legendBox == nil, let first = labelBoxes.first {
            // No frame: the legend is where its handles and texts are.
            let x0 = labelBoxes.map(\.x).min() ?? first.x, x1 = labelBoxes.map(\.x).max() ?? first.x
            let y0 = labelBoxes.map(\.y).min() ?? first.y, y1 = labelBoxes.map(\.y).max() ?? first.y
            legendBox = Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
        }
    }

    var isASCII: Bool { kind == .ascii }

    /// The colour a series or the grid is written in: its own, except that black and white
    /// and the greys near them (`--style print`'s black curves, a white grid) take the
    /// terminal's own foreground, since the terminal's background may be either.
    static func ink(_ color: Color) -> Color? {
        let channels = [color.red, color.green, color.blue]
        let spread = (channels.max() ?? 0) - (channels.min() ?? 0)
        let level = channels.reduce(0, +) / 3
        return spread < 0.05 && (level < 0.2 || level > 0.85) ? nil : color.withAlpha(1)
    }

    /// A text as the chosen characters can show it: in ASCII, the minus sign and primes become
    /// `-` and `'`, anything else outside ASCII `?`.
    func shown(_ text: String) -> String {
        guard isASCII else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{2212}", "\u{2013}", "\u{2010}": out += "-"
            case "\u{2032}", "\u{2019}": out += "'"
            case "\u{2033}": out += "''"
            case "\u{00D7}": out += "x"
            case "\u{00B7}", "\u{22C5}": out += "."
            default: out += scalar.isASCII ? String(scalar) : "?"
            }
        }
        return out
    }

    func width(_ text: String) -> Int { TextGrid.width(of: text) }

    // MARK: Layout

    /// The cells of each part of the page.
    struct Frame {
        var left: Int, right: Int, top: Int, bottom: Int
        /// The plot area inside the frame, in cells.
        var plotColumns: Int { right - left - 1 }
        var plotRows: Int { bottom - top - 1 }
    }

    /// A text on one of the extra rows above or below the frame.
    struct Segment {
        var text: String
        var start: Int
        var end: Int { start + TextGrid.width(of: text) }
    }

    /// Places segments on as few rows as possible, each on the first row where it overlaps
    /// nothing (with a space between neighbours).
    static func stack(_ segments: [Segment]) -> [[Segment]] {
        var rows: [[Segment]] = []
        for s in segments where !s.text.isEmpty {
            if let i = rows.firstIndex(where: { row in row.allSatisfy { s.end + 1 <= $0.start || $0.end + 1 <= s.start } }) {
                rows[i].append(s)
            } else {
                rows.append([s])
            }
        }
        return rows
    }

    /// The page, trying the full set of texts first and leaving out the axis labels and the
    /// title, in that order, when the cells cannot hold them.
    func grid(columns: Int, rows: Int) throws -> TextGrid {
        var chart = self
        for step in 0...3 {
            if step == 1 { chart.yLabel = nil }
            if step == 2 { chart.xLabel = nil }
            if step == 3 { chart.title = nil }
            if let grid = chart.draw(columns: columns, rows: rows) { return grid }
        }
        // Without labels, title and legend: the tick labels, the frame and two plot cells across,
        // the offset texts, the frame and one plot row down.
        let offsets = (plot.x.offsetText.isEmpty ? 0 : 1) + (plot.y.offsetText.isEmpty ? 0 : 1)
        throw TerminalError.tooSmall(columns: (plot.y.labels.map { width(shown($0)) }.max() ?? 0) + 5, rows: 4 + offsets)
    }

    /// The page at this size, or nil when the plot area would be empty.
    func draw(columns: Int, rows: Int) -> TextGrid? {
        let yTickLabels = plot.y.labels.map(shown)
        let yTickWidth = yTickLabels.map(width).max() ?? 0
        let title = self.title.map(shown), xLabel = self.xLabel.map(shown), yLabel = self.yLabel.map(shown)
        let xOffset = shown(plot.x.offsetText), yOffset = shown(plot.y.offsetText)

        // The y label stands upright beside the tick labels when it fits the plot's height,
        // else it goes above the frame like a title.
        let roughPlotRows = rows - 3 - (title != nil || !yOffset.isEmpty ? 1 : 0) - (xLabel != nil || !xOffset.isEmpty ? 1 : 0)
        let upright = yLabel.map { width($0) <= roughPlotRows && $0.allSatisfy { TextGrid.width(of: $0) == 1 } } ?? false
        var left = (upright ? 2 : 0) + yTickWidth + (yTickWidth > 0 ? 1 : 0)
        // The first x tick label may reach left of the frame.
        if let first = plot.x.labels.first.map(shown) { left = max(left, width(first) / 2) }

        let legendLines = legend.map { (handle: handle($0.dash), label: shown($0.label), entry: $0) }
        let legendTextWidth = legendLines.map { width($0.handle) + 1 + width($0.label) }.max() ?? 0
        let outside = legendBox.map { $0.minX >= plot.box.maxX } ?? false
        let legendWidth = legendTextWidth + (legendFramed ? 4 : 0)
        let legendHeight = legendLines.count + (legendFramed ? 2 : 0)
        // Colour bars right of the frame, each a gap, two cells of colour, a space and its tick labels.
        let barWidths = colorbars.map { 4 + ($0.ticks.map { width(shown($0.label)) }.max() ?? 0) }
        let right = columns - 1 - (outside && !legend.isEmpty ? legendWidth + 1 : 0) - barWidths.reduce(0, +)
        guard right - left - 1 >= 2 else { return nil }
        let plotColumns = right - left - 1
        let centre = left + 1 + plotColumns / 2

        func centred(_ text: String) -> Segment {
            let w = width(text)
            return Segment(text: text, start: min(max(0, centre - w / 2), max(0, columns - w)))
        }
        var above: [Segment] = []
        if let title { above.append(centred(title)) }
        if !yOffset.isEmpty { above.append(Segment(text: yOffset, start: left)) }
        if let yLabel, !upright { above.append(Segment(text: yLabel, start: 0)) }
        // Each bar's label above it, innermost first (the first bar of the scene is outermost).
        var barStart = right + 1
        for (bar, barWidth) in zip(colorbars, barWidths).reversed() {
            if let label = bar.label.map(shown) { above.append(Segment(text: label, start: min(barStart + 1, max(0, columns - width(label))))) }
            barStart += barWidth
        }
        var below: [Segment] = []
        if !xOffset.isEmpty { below.append(Segment(text: xOffset, start: max(0, right + 1 - width(xOffset)))) }
        if let xLabel { below.append(centred(xLabel)) }
        let aboveRows = TextChart.stack(above), belowRows = TextChart.stack(below)

        let top = aboveRows.count
        let bottom = rows - 2 - belowRows.count
        guard bottom - top - 1 >= 1 else { return nil }
        let frame = Frame(left: left, right: right, top: top, bottom: bottom)

        var grid = TextGrid(columns: columns, rows: rows)
        drawPlot(on: &grid, frame)
        drawFrame(on: &grid, frame, yTickLabels: yTickLabels)
        for (i, row) in aboveRows.enumerated() { for s in row { grid.put(s.text, column: s.start, row: i) } }
        for (i, row) in belowRows.enumerated() { for s in row { grid.put(s.text, column: s.start, row: bottom + 2 + i) } }
        if upright, let yLabel {
            let letters = Array(yLabel)
            let start = top + 1 + max(0, (frame.plotRows - letters.count) / 2)
            for (i, letter) in letters.enumerated() { grid.put(String(letter), column: 0, row: start + i) }
        }
        var column = right + 1
        for (bar, barWidth) in zip(colorbars, barWidths).reversed() {
            drawColorbar(bar, on: &grid, column: column + 1, frame)
            column += barWidth
        }
        if !legendLines.isEmpty {
            drawLegend(
                on: &grid, frame, lines: legendLines, size: (legendWidth, legendHeight), outside: outside,
                outsideColumn: column + 1)
        }
        return grid
    }

    // MARK: Drawing

    /// Data x to dots across the plot area, and data y to dots down it.
    func dotX(_ x: Double, _ canvas: DotCanvas) -> Double {
        let span = plot.x.viewMax - plot.x.viewMin
        return (x - plot.x.viewMin) / (span > 0 ? span : 1) * Double(canvas.width)
    }

    func dotY(_ y: Double, _ canvas: DotCanvas) -> Double {
        let span = plot.y.viewMax - plot.y.viewMin
        return (plot.y.viewMax - y) / (span > 0 ? span : 1) * Double(canvas.height)
    }

    /// The cell column of data x, and the cell row of data y, inside the plot area.
    func cellColumn(_ x: Double, _ canvas: DotCanvas) -> Int? {
        let u = dotX(x, canvas)
        guard u.isFinite, u >= -1e-9, u <= Double(canvas.width) + 1e-9 else { return nil }
        return DotCanvas.index(u, below: canvas.width) / canvas.cellWidth
    }

    func cellRow(_ y: Double, _ canvas: DotCanvas) -> Int? {
        let v = dotY(y, canvas)
        guard v.isFinite, v >= -1e-9, v <= Double(canvas.height) + 1e-9 else { return nil }
        return DotCanvas.index(v, below: canvas.height) / canvas.cellHeight
    }

    /// The grid, the curves and the jump dots, inside the frame. The grid has a canvas of its
    /// own and shows only in cells no curve passes, as curves are drawn over grid lines.
    func drawPlot(on grid: inout TextGrid, _ frame: Frame) {
        var lines = DotCanvas(kind: kind, columns: frame.plotColumns, rows: frame.plotRows)
        var curves = lines
        if gridX {
            for t in plot.x.ticks {
                let u = DotCanvas.index(dotX(t, lines), below: lines.width)
                for y in stride(from: 1, to: lines.height, by: 2) { lines.set(u, y, ink: 0) }
            }
        }
        if gridY {
            for t in plot.y.ticks {
                let v = DotCanvas.index(dotY(t, lines), below: lines.height)
                for x in stride(from: 1, to: lines.width, by: 2) { lines.set(x, v, ink: 0) }
            }
        }
        for (i, series) in plot.series.enumerated() {
            let dash = dashes[i] ?? []
            for piece in series.pieces {
                let points = piece.map { (x: dotX($0.x, curves), y: dotY($0.y, curves)) }
                var phase = 0.0
                if points.count == 1 {
                    curves.line(from: points[0], to: points[0], ink: i, phase: &phase)
                }
                for (a, b) in zip(points, points.dropFirst()) {
                    curves.line(from: a, to: b, ink: i, dash: dash, phase: &phase)
                }
            }
        }
        // ASCII draws grid lines as whole characters (`:` down, `.` across), which read better
        // than the glyphs of their dots.
        let gridColumns = Set(gridX ? plot.x.ticks.compactMap { cellColumn($0, lines) } : [])
        let gridRows = Set(gridY ? plot.y.ticks.compactMap { cellRow($0, lines) } : [])
        let empty: Unicode.Scalar = kind == .braille ? "\u{2800}" : " "
        let seriesInks = plot.series.map { grid.ink(TextChart.ink($0.color)) }
        let gridInk = grid.ink(gridColor)
        for row in 0..<curves.rows {
            for column in 0..<curves.columns {
                let (c, r) = (frame.left + 1 + column, frame.top + 1 + row)
                if let ink = curves.ink(column: column, row: row) {
                    grid.set(c, r, curves.scalar(column: column, row: row), ink: seriesInks[ink])
                } else if !lines.isEmpty(column: column, row: row) {
                    let glyph = isASCII ? (gridColumns.contains(column) ? ":" : ".") : lines.scalar(column: column, row: row)
                    grid.set(c, r, glyph, ink: gridInk)
                } else if isASCII && gridRows.contains(row) {
                    grid.set(c, r, ".", ink: gridInk)
                } else {
                    grid.set(c, r, empty, ink: 0)
                }
            }
        }
        // A jump's dots, filled where the function takes its value and open at the other end.
        for series in plot.series {
            for dot in series.dots {
                guard let c = cellColumn(dot.x, curves), let r = cellRow(dot.y, curves) else { continue }
                let mark: Character = isASCII ? (dot.filled ? "*" : "o") : (dot.filled ? "\u{25CF}" : "\u{25CB}")
                grid.set(frame.left + 1 + c, frame.top + 1 + r, mark, color: TextChart.ink(series.color))
            }
        }
    }

    /// The frame with ticks pointing out (down from the bottom edge, left from the left edge) and
    /// the tick labels beside them.
    func drawFrame(on grid: inout TextGrid, _ frame: Frame, yTickLabels: [String]) {
        let a = isASCII
        let (h, v) = a ? ("-", "|") : ("\u{2500}", "\u{2502}")
        let corners = a ? ["+", "+", "+", "+"] : ["\u{250C}", "\u{2510}", "\u{2514}", "\u{2518}"]
        grid.put(corners[0] + String(repeating: h, count: frame.plotColumns) + corners[1], column: frame.left, row: frame.top)
        grid.put(corners[2] + String(repeating: h, count: frame.plotColumns) + corners[3], column: frame.left, row: frame.bottom)
        for row in frame.top + 1..<frame.bottom {
            grid.put(v, column: frame.left, row: row)
            grid.put(v, column: frame.right, row: row)
        }
        let canvas = DotCanvas(kind: kind, columns: frame.plotColumns, rows: frame.plotRows)
        var lastEnd = Int.min
        for (tick, label) in zip(plot.x.ticks, plot.x.labels.map(shown)) {
            guard let c = cellColumn(tick, canvas) else { continue }
            let column = frame.left + 1 + c
            grid.put(a ? "+" : "\u{252C}", column: column, row: frame.bottom)
            let w = width(label)
            let start = min(max(0, column - (w - 1) / 2), grid.columns - w)
            guard start > lastEnd else { continue }
            grid.put(label, column: start, row: frame.bottom + 1)
            lastEnd = start + w
        }
        var used = Set<Int>()
        for (tick, label) in zip(plot.y.ticks, yTickLabels) {
            guard let r = cellRow(tick, canvas) else { continue }
            let row = frame.top + 1 + r
            grid.put(a ? "+" : "\u{2524}", column: frame.left, row: row)
            guard used.insert(row).inserted else { continue }
            grid.put(label, column: frame.left - 1 - width(label), row: row)
        }
    }

    /// A colour bar beside the plot rows: two cells of each row's colour (the bands' colour at
    /// the row's middle, from the bottom up), and each tick label on the row of its tick.
    func drawColorbar(_ bar: Colorbar, on grid: inout TextGrid, column: Int, _ frame: Frame) {
        guard !bar.colors.isEmpty, frame.plotRows > 0 else { return }
        let block: Character = isASCII ? "#" : "\u{2588}"
        for r in 0..<frame.plotRows {
            let fraction = (Double(frame.plotRows - 1 - r) + 0.5) / Double(frame.plotRows)
            let color = bar.colors[min(Int(fraction * Double(bar.colors.count)), bar.colors.count - 1)]
            grid.set(column, frame.top + 1 + r, block, color: color)
            grid.set(column + 1, frame.top + 1 + r, block, color: color)
        }
        var used = Set<Int>()
        // A label's anchor is its baseline, a little below its tick: the ends may fall just outside.
        for tick in bar.ticks where tick.at >= -0.05 && tick.at <= 1.05 {
            let r = min(max(Int(((1 - tick.at) * Double(frame.plotRows)).rounded(.down)), 0), frame.plotRows - 1)
            guard used.insert(r).inserted else { continue }
            grid.put(shown(tick.label), column: column + 3, row: frame.top + 1 + r)
        }
    }

    /// Three cells that show a line style: solid, dashed, dotted or dash-dot.
    func handle(_ dash: [Double]) -> String {
        let a = isASCII
        if dash.isEmpty { return a ? "---" : "\u{2500}\u{2500}\u{2500}" }
        if dash.count >= 4 { return a ? "-.-" : "\u{2500}\u{00B7}\u{2500}" }
        if let on = dash.first, on <= 1.5 { return a ? "..." : "\u{2508}\u{2508}\u{2508}" }
        return a ? "- -" : "\u{254C}\u{254C}\u{254C}"
    }

    /// The legend where the scene put it: inside the plot at the same relative place (a corner
    /// stays a corner), or right of the frame; without its frame, or left out, when the plot
    /// area is too small for it.
    func drawLegend(
        on grid: inout TextGrid, _ frame: Frame, lines: [(handle: String, label: String, entry: LegendEntry)],
        size: (width: Int, height: Int), outside: Bool, outsideColumn: Int
    ) {
        var framed = legendFramed
        var (w, h) = size
        let left: Int, top: Int
        if outside {
            left = outsideColumn
            top = frame.top
        } else {
            if framed && (w > frame.plotColumns - 2 || h > frame.plotRows) {
                framed = false
                w -= 4
                h -= 2
            }
            guard w <= frame.plotColumns - 2, h <= frame.plotRows else { return }
            let box = plot.box
            let place = legendBox ?? Rect(x: box.maxX, y: box.minY, width: 0, height: 0)
            let fx = (place.minX + place.width / 2 - box.minX) / box.width
            let fy = (place.minY + place.height / 2 - box.minY) / box.height
            let column = (fx * Double(frame.plotColumns) - Double(w) / 2).rounded()
            let row = (fy * Double(frame.plotRows) - Double(h) / 2).rounded()
            left = frame.left + 1 + Int(min(max(column.isFinite ? column : 0, 1), Double(frame.plotColumns - 1 - w)))
            top = frame.top + 1 + Int(min(max(row.isFinite ? row : 0, 0), Double(frame.plotRows - h)))
        }
        // Clear the cells under the legend: it is drawn on top, as in the PNG.
        for r in top..<top + h { grid.put(String(repeating: " ", count: w), column: left, row: r) }
        var row = top
        if framed {
            let a = isASCII
            let (hz, vt) = a ? ("-", "|") : ("\u{2500}", "\u{2502}")
            let c = a ? ["+", "+", "+", "+"]
                : legendRounded ? ["\u{256D}", "\u{256E}", "\u{2570}", "\u{256F}"] : ["\u{250C}", "\u{2510}", "\u{2514}", "\u{2518}"]
            grid.put(c[0] + String(repeating: hz, count: w - 2) + c[1], column: left, row: top)
            grid.put(c[2] + String(repeating: hz, count: w - 2) + c[3], column: left, row: top + h - 1)
            for r in top + 1..<top + h - 1 {
                grid.put(vt, column: left, row: r)
                grid.put(vt, column: left + w - 1, row: r)
            }
            row += 1
        }
        let textLeft = left + (framed ? 2 : 0)
        for line in lines {
            grid.put(line.handle, column: textLeft, row: row, color: TextChart.ink(line.entry.color))
            grid.put(line.label, column: textLeft + width(line.handle) + 1, row: row)
            row += 1
        }
    }
}

extension DrawCommand {
    /// A text command's string and anchor point, math as its Unicode rendering (`σ′(x)`,
    /// `e^(−x²)`); nil for any other command.
    var text: (string: String, origin: Point)? {
        switch self {
        case .text(let string, let origin, _, _, _, _, _): (string, origin)
        case .math(let run, let origin, _, _, _): (run.unicode, origin)
        default: nil
        }
    }
}
