import CairoRenderer
import Chart

/// Writes an ``InteractiveChart`` as one self-contained HTML page: no request of any kind leaves
/// it (no external script, style, font or image), so it works from file://, in an iframe, and
/// pasted into another page's body (its style is scoped to its own element, its script finds
/// its own element, and its identifiers carry a prefix made from its content).
///
/// The chart is Cairo's SVG, split into layers (``SceneLayers``): at the starting view the page
/// shows exactly what `actplot … -o chart.svg` writes. The script overlays the crosshair, hides
/// series from the legend, and on zoom replaces the grid, curve and tick layers with its own
/// drawing of the embedded samples, ticked by its port of matplotlib's ticker and lettered with
/// Cairo's own glyph outlines.
public enum ChartPage {
    /// The characters a tick label or offset text can hold.
    static let tickAlphabet = "0123456789.\u{2212}+e"

    public static func html(_ chart: InteractiveChart) throws -> String {
        let scene = chart.layout.scene()
        let prefix = identifierPrefix(chart)
        let layers = try SceneLayers(scene, prefix: prefix, options: RenderOptions(svgFontType: chart.layout.spec.style.svgFontType))
        let model = try modelJSON(chart, scene: scene)
        let style = chart.layout.spec.style
        let background = chart.layout.spec.transparent || style.figure.transparent ? nil : style.figure.faceColor
        var svg = "<svg class=\"ap-svg\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(num(scene.width)) \(num(scene.height))\""
        svg += " width=\"\(num(scene.width * 4 / 3))\" height=\"\(num(scene.height * 4 / 3))\""
        svg += " role=\"img\" aria-labelledby=\"\(prefix)-title\" aria-describedby=\"\(prefix)-desc\">\n"
        svg += "<title id=\"\(prefix)-title\">\(escape(chart.title))</title>\n"
        svg += "<desc id=\"\(prefix)-desc\">\(escape(chart.summary))</desc>\n"
        // Where the script draws its own grid, curves and ticks when zoomed: at their layers' depth.
        let kinds = layers.layers.map(\.kind)
        let lastSeries = kinds.lastIndex { if case .series = $0 { true } else { false } }
        let gridAt = kinds.firstIndex(of: .grid) ?? (kinds.firstIndex { if case .series = $0 { true } else { false } }.map { $0 - 1 } ?? 0)
        for (n, layer) in layers.layers.enumerated() {
            svg += layer.svg + "\n"
            if n == gridAt { svg += "<g class=\"ap-js\" data-js=\"grid\"></g>\n" }
            if n == (lastSeries ?? gridAt) { svg += "<g class=\"ap-js\" data-js=\"curves\"></g>\n" }
            if layer.kind == .ticks { svg += "<g class=\"ap-js\" data-js=\"ticks\"></g>\n" }
        }
        if !kinds.contains(.ticks) { svg += "<g class=\"ap-js\" data-js=\"ticks\"></g>\n" }
        svg += "<g class=\"ap-overlay\"></g>\n</svg>"
        return document(
            title: chart.title, prefix: prefix, background: background, text: style.text.color,
            body: """
                <div class="ap-stage" tabindex="0" aria-describedby="\(prefix)-help">
                \(svg)
                </div>
                <p class="ap-help" id="\(prefix)-help">Move the pointer or use the arrow keys to read values; \
                click a legend entry to hide its series; drag a box or press + and − to zoom, double-click \
                or press 0 to reset; after a click on the chart the wheel zooms too.</p>
                <div class="ap-controls"></div>
                <p class="ap-readout" aria-live="polite"></p>
                """,
            model: model, script: ChartScript.source)
    }

    /// The whole page around a chart's (or the explorer's) body.
    static func document(
        title: String, prefix: String, background: Color?, text: Color, body: String, model: String, script: String
    ) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="actplot">
        <title>\(escape(title))</title>
        </head>
        <body>
        <figure class="actplot-chart" id="\(prefix)">
        <style>\(PageStyle.css(scope: "#" + prefix, background: background, text: text))</style>
        \(body)
        <script type="application/json" class="ap-model">\(model)</script>
        <script>(function () {
        "use strict";
        \(TickerScript.source)
        \(script)
        })();</script>
        </figure>
        </body>
        </html>

        """
    }

    /// `ap` and eight hex digits of a hash of the chart's content: the same chart gets the same
    /// identifiers (the same bytes), two charts on one page different ones.
    static func identifierPrefix(_ chart: InteractiveChart) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ text: String) { for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 } }
        mix(chart.title)
        mix(chart.summary)
        for x in chart.samples.x.prefix(64) { mix(x.description) }
        for series in chart.samples.series { for v in series.values.prefix(64) { mix(v.description) } }
        let digits = String(hash >> 32, radix: 16)
        return "ap" + String(repeating: "0", count: 8 - digits.count) + digits
    }

    // MARK: The model the script reads

    static func modelJSON(_ chart: InteractiveChart, scene: Scene) throws -> String {
        let layout = chart.layout
        let style = layout.spec.style
        let box = layout.axesBox
        var fields: [(String, String)] = [
            ("w", num(scene.width)), ("h", num(scene.height)),
            ("box", JSONText.rect(box)),
            ("view", "[\(JSONText.array([layout.axes.x.viewMin, layout.axes.x.viewMax])),\(JSONText.array([layout.axes.y.viewMin, layout.axes.y.viewMax]))]"),
            // What fills an open jump dot, as ChartLayout fills it.
            ("face", JSONText.color(style.axes.faceColor)),
            ("text", JSONText.color(style.text.color)),
            ("lineWidth", num(style.lines.width)),
            ("dotRadius", num(style.lines.jumpDotRadius)),
            ("grid", gridJSON(style)),
            ("ticks", try ticksJSON(style)),
            ("ticking", tickingJSON(style)),
            ("yLabelLeft", yLabelLeft(layout).map(num) ?? "null"),
        ]
        fields.append(("series", JSONText.array(layout.spec.series.map { seriesJSON($0, layout: layout) })))
        fields.append(("legend", legendJSON(scene)))
        fields.append(("x", JSONText.array(chart.samples.x)))
        fields.append(("y", JSONText.array(chart.samples.series.map { JSONText.array($0.values) })))
        fields.append(
            ("jumps", JSONText.array(chart.samples.series.map { s in
                JSONText.array(s.jumps.map { "[\($0.index),\(JSONText.number($0.left)),\(JSONText.number($0.right))]" })
            })))
        fields.append(("breaks", JSONText.array(chart.samples.series.map { JSONText.array($0.breaks.map(String.init)) })))
        fields.append(
            ("dots", JSONText.array(chart.samples.series.map { s in
                JSONText.array(s.dots.map { "[\(JSONText.number($0.x)),\(JSONText.number($0.y)),\($0.filled ? 1 : 0)]" })
            })))
        fields.append(
            ("families", JSONText.array(chart.families.map { f in
                JSONText.object([
                    ("parameter", JSONText.string(f.parameter)),
                    ("values", JSONText.array(f.values.map { JSONText.string($0) })),
                    ("members", JSONText.array(f.members.map { JSONText.array($0.map(String.init)) })),
                ])
            })))
        return JSONText.object(fields)
    }

    static func num(_ value: Double) -> String { JSONText.number(value) }

    /// The grid lines' stroke and the axes that have them; null without a grid.
    static func gridJSON(_ style: Style) -> String {
        guard style.axes.grid else { return "null" }
        let g = style.grid
        return JSONText.object([
            ("color", JSONText.color(g.color)), ("opacity", num(g.color.alpha * g.alpha)), ("width", num(g.lineWidth)),
            ("dash", JSONText.array(g.lineStyle.dashes(width: g.lineWidth, lines: style.lines))),
            ("cap", JSONText.string("\(g.lineStyle == .solid ? style.lines.solidCap : style.lines.dashCap)")),
            ("x", JSONText.bool(style.axes.gridX)), ("y", JSONText.bool(style.axes.gridY)),
        ])
    }

    /// The tick locator's and formatter's settings, for the page's ticker.
    static func tickingJSON(_ style: Style) -> String {
        let t = style.axes.ticking
        return JSONText.object([
            ("classic", JSONText.bool(t.classic)), ("powerLimits", "[\(t.powerLimits.lower),\(t.powerLimits.upper)]"),
            ("offsetThreshold", String(t.offsetThreshold)), ("useOffset", JSONText.bool(t.useOffset)),
            ("unicodeMinus", JSONText.bool(t.unicodeMinus)),
            ("roundNumbers", JSONText.bool(style.axes.autoLimits == .roundNumbers)),
        ])
    }

    /// Both axes' ticks and labels: where they go, how they look, and the label font, for
    /// each character the glyph's advance and outline and its extent as layout measures it,
    /// and the pair kerning (all from the Typesetter and Cairo, at the figure's dpi).
    static func ticksJSON(_ style: Style) throws -> String {
        func axis(_ t: Style.Ticks) throws -> String {
            let font = try GlyphOutline.outlines(of: tickAlphabet, font: style.font, size: t.labelSize, dpi: style.figure.dpi)
            let glyphs = font.glyphs.map { g in
                (String(g.character), "[\(num(g.advance)),\(JSONText.string(g.path)),\(num(g.ascent)),\(num(g.descent))]")
            }
            let kerning = font.kerning.map { (String([$0.first, $0.second]), num($0.amount)) }
            return JSONText.object([
                ("size", num(t.size)), ("width", num(t.width)), ("color", JSONText.color(t.color)), ("opacity", num(t.color.alpha)),
                ("inward", num(t.inward)), ("outward", num(t.outward)), ("labelGap", num(t.labelGap)),
                ("near", JSONText.bool(t.near && t.size > 0)), ("far", JSONText.bool(t.far && t.size > 0)),
                ("labelNear", JSONText.bool(t.labelNear)), ("labelFar", JSONText.bool(t.labelFar)),
                ("label", JSONText.color(t.labelColor)), ("labelOpacity", num(t.labelColor.alpha)),
                ("labelSize", num(t.labelSize)), ("glyphs", JSONText.object(glyphs)), ("kerning", JSONText.object(kerning)),
            ])
        }
        let x = try axis(style.xTicks)
        let y = style.yTicks == style.xTicks ? x : try axis(style.yTicks)
        return "[\(x),\(y)]"
    }

    static func seriesJSON(_ series: Series, layout: ChartLayout) -> String {
        let stroke = layout.stroke(series)
        return JSONText.object([
            ("label", series.label.map { JSONText.string($0) } ?? "null"),
            ("color", JSONText.color(series.color)), ("opacity", num(series.color.alpha)),
            ("width", num(stroke.width)), ("dash", JSONText.array(stroke.dash)),
            ("cap", JSONText.string("\(stroke.cap)")), ("join", JSONText.string("\(stroke.join)")),
        ])
    }

    /// Where the y label's layout starts: left of the y tick labels left of the box, or of the
    /// ticks (`TextPlacement.yLabel`).
    static func yLabelLeft(_ layout: ChartLayout) -> Double? {
        let box = layout.axesBox, t = layout.spec.style.yTicks
        let labels = layout.texts.filter { $0.element == .tickLabel(.y) && $0.box.maxX <= box.minX }.map(\.box.minX)
        return min(labels.min() ?? box.minX, box.minX - (t.near ? t.outward : 0))
    }

    /// The legend's rows as click targets: `[series, x, y, width, height]`, each row reaching
    /// halfway to its neighbours and the whole width of the frame.
    static func legendJSON(_ scene: Scene) -> String {
        var frame: Rect?
        var rows: [(series: Int, y: Double)] = []
        for item in scene.items {
            switch (item.element, item.command) {
            case (.legendFrame, .rectangle(let rect, _, _, _)): frame = rect
            case (.legendHandle(let i), .polyline(let points, _)):
                if let y = points.first?.y, !rows.contains(where: { $0.series == i }) { rows.append((i, y)) }
            default: break
            }
        }
        guard !rows.isEmpty else { return "[]" }
        let top = frame?.minY ?? (rows.first!.y - 8), bottom = frame?.maxY ?? (rows.last!.y + 8)
        let left = frame?.minX ?? 0, width = frame?.width ?? scene.width
        rows.sort { $0.y < $1.y }
        return JSONText.array(rows.indices.map { k in
            let y0 = k == 0 ? top : (rows[k - 1].y + rows[k].y) / 2
            let y1 = k == rows.count - 1 ? bottom : (rows[k].y + rows[k + 1].y) / 2
            return "[\(rows[k].series),\(num(left)),\(num(y0)),\(num(width)),\(num(y1 - y0))]"
        })
    }

    /// Text for HTML content and attribute values.
    static func escape(_ text: String) -> String { Markup.escaped(text) }
}
