import CairoRenderer
import Chart
import Dispatch
import Synchronization

/// The catalog explorer as one self-contained page: a searchable list of the functions, the
/// chart of f and f′ (f″ on a toggle) with the crosshair, the function's card, a slider or
/// selector per parameter, and a second function to compare with. Every number on it was
/// sampled by actplot (``ExplorerModel``); the page only looks them up, packed with
/// ``DataPacking``. The chart is drawn by the same script as a zoomed interactive chart, in the
/// style's colours, in matplotlib's default axes box.
public enum ExplorerPage {
    public static func html(_ model: ExplorerModel) throws -> String {
        let style = model.style
        let prefix = "apx" + identifier(model)
        let ticks = try ChartPage.ticksJSON(style)
        let w = style.figure.width * 72, h = style.figure.height * 72
        let box = ChartLayout.axesBox(for: style)
        // Each function's samples are packed on their own, so the page unpacks only the functions
        // it shows; functions are written in parallel.
        let written = Mutex([Int: String]())
        let all = model.functions
        DispatchQueue.concurrentPerform(iterations: all.count) { n in
            let text = functionJSON(all[n])
            written.withLock { $0[n] = text }
        }
        let done = written.withLock { $0 }
        let functions = model.functions.indices.map { done[$0]! }
        let cycle = style.axes.cycle.map(\.color)
        let lines = style.lines
        func look(_ k: Int, dashed: Bool) -> String {
            let c = cycle[k % cycle.count]
            return JSONText.object([
                ("color", JSONText.color(c)), ("opacity", JSONText.number(c.alpha)), ("width", JSONText.number(lines.width)),
                ("dash", JSONText.array(dashed ? LineStyle.dashed.dashes(width: lines.width, lines: lines) : [])),
                ("cap", JSONText.string("\(dashed ? lines.dashCap : lines.solidCap)")),
                ("join", JSONText.string("\(dashed ? lines.dashJoin : lines.solidJoin)")),
            ])
        }
        let json = JSONText.object([
            ("w", JSONText.number(w)), ("h", JSONText.number(h)), ("box", JSONText.rect(box)),
            ("range", JSONText.array([model.range.0, model.range.1])), ("sampling", JSONText.string(model.sampling)),
            ("margins", JSONText.array([style.axes.xMargin, style.axes.yMargin])),
            ("figure", JSONText.color(style.figure.faceColor)),
            ("figureOpacity", JSONText.number(style.figure.transparent ? 0 : style.figure.faceColor.alpha)),
            ("face", JSONText.color(style.axes.faceColor)), ("faceOpacity", JSONText.number(style.axes.faceColor.alpha)),
            ("edge", JSONText.color(style.axes.edgeColor)), ("edgeOpacity", JSONText.number(style.axes.edgeColor.alpha)),
            ("edgeWidth", JSONText.number(style.axes.lineWidth)),
            ("text", JSONText.color(style.text.color)),
            ("lineWidth", JSONText.number(lines.width)), ("dotRadius", JSONText.number(lines.jumpDotRadius)),
            ("grid", ChartPage.gridJSON(style)),
            ("ticking", ChartPage.tickingJSON(style)),
            ("spines", JSONText.array([style.axes.spines.left, style.axes.spines.right, style.axes.spines.bottom, style.axes.spines.top].map(JSONText.bool))),
            ("ticks", ticks),
            ("looks", JSONText.array((0..<3).map { look($0, dashed: false) } + (3..<6).map { look($0, dashed: true) })),
            ("functions", JSONText.array(functions)),
        ])
        let svg = """
            <svg class="ap-svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(JSONText.number(w)) \(JSONText.number(h))" \
            width="\(JSONText.number(w * 4 / 3))" height="\(JSONText.number(h * 4 / 3))" role="img" aria-labelledby="\(prefix)-title" aria-describedby="\(prefix)-desc">
            <title id="\(prefix)-title">Chart of the chosen function and its derivative</title>
            <desc id="\(prefix)-desc"></desc>
            </svg>
            """
        let body = """
            <div class="ax-layout">
            <nav class="ax-nav" aria-label="Functions">
            <input type="search" class="ax-search" placeholder="Search functions" aria-label="Search functions" aria-controls="\(prefix)-list">
            <ul class="ax-list" id="\(prefix)-list"></ul>
            </nav>
            <main class="ax-main">
            <h1 class="ax-name"></h1>
            <div class="ap-stage" tabindex="0" aria-describedby="\(prefix)-help">
            \(svg)
            </div>
            <p class="ap-help" id="\(prefix)-help">Move the pointer or use the arrow keys to read values.</p>
            <div class="ax-legend"></div>
            <div class="ap-controls"></div>
            <p class="ap-readout" aria-live="polite"></p>
            <dl class="ax-card"></dl>
            <p class="ax-note"></p>
            </main>
            </div>
            """
        let css = """
            <style>#\(prefix) .ax-layout{display:flex;gap:1em;align-items:flex-start}
            #\(prefix) .ax-nav{flex:0 0 13em;max-height:95vh;overflow:auto;padding:.5em}
            #\(prefix) .ax-search{width:100%;box-sizing:border-box;font:inherit;color:inherit;background:transparent;\
            border:1px solid currentColor;border-radius:3px;padding:.2em .4em;margin-bottom:.4em}
            #\(prefix) .ax-list{list-style:none;margin:0;padding:0}
            #\(prefix) .ax-list button{font:inherit;color:inherit;background:none;border:0;padding:.1em .4em;cursor:pointer;text-align:left;width:100%}
            #\(prefix) .ax-list button[aria-current=true]{font-weight:bold;text-decoration:underline}
            #\(prefix) .ax-main{flex:1 1 auto;min-width:0}
            #\(prefix) .ax-name{font-size:1.3em;margin:.3em .4em 0}
            #\(prefix) .ax-legend{margin:.2em .6em;display:flex;gap:1.2em;flex-wrap:wrap}
            #\(prefix) .ax-legend svg{vertical-align:middle}
            #\(prefix) .ax-card{margin:.4em .6em;display:grid;grid-template-columns:max-content 1fr;gap:.15em 1em;max-width:46em}
            #\(prefix) .ax-card dt{font-weight:bold}
            #\(prefix) .ax-card dd{margin:0}
            #\(prefix) .ax-note{margin:.4em .6em;font-size:.85em;opacity:.75;max-width:46em}
            </style>
            """
        return ChartPage.document(
            title: "actplot: activation functions explorer", prefix: prefix,
            background: style.figure.faceColor, text: style.text.color, body: css + body, model: json,
            script: ChartScript.core + ExplorerScript.source)
    }

    /// One function's card, controls and variants, with its samples packed (``DataPacking``):
    /// each variant's x, then each series' values, located by `[offset, count]`.
    static func functionJSON(_ f: ExplorerModel.Function) -> String {
        var blob: [Double] = []
        func store(_ values: [Double]) -> String {
            defer { blob += values }
            return "[\(blob.count),\(values.count)]"
        }
        let variants = f.variants.map { v -> String in
            let x = store(v.samples.x)
            let series = v.samples.series.map { s in
                JSONText.object([
                    ("y", store(s.values)),
                    ("jumps", JSONText.array(s.jumps.map { "[\($0.index),\(JSONText.number($0.left)),\(JSONText.number($0.right))]" })),
                    ("breaks", JSONText.array(s.breaks.map(String.init))),
                    ("dots", JSONText.array(s.dots.map { "[\(JSONText.number($0.x)),\(JSONText.number($0.y)),\($0.filled ? 1 : 0)]" })),
                ])
            }
            return JSONText.object([
                ("labels", JSONText.array(v.labels.map { JSONText.string($0) })), ("x", x), ("series", JSONText.array(series)),
                ("kinks", JSONText.array(v.kinks)),
            ])
        }
        let controls = f.controls.map { c in
            JSONText.object([
                ("name", JSONText.string(c.name)), ("meaning", JSONText.string(c.meaning)),
                ("range", JSONText.string(c.range)), ("choice", JSONText.bool(c.isChoice)),
                ("positions", JSONText.array(c.positions.map { JSONText.string($0) })),
                ("variants", JSONText.array(c.variants.map(String.init))), ("default", String(c.defaultPosition)),
            ])
        }
        return JSONText.object([
            // Base64 needs no escape in JSON.
            ("data", "\"" + DataPacking.pack(blob) + "\""),
            ("name", JSONText.string(f.name)), ("aliases", JSONText.array(f.aliases.map { JSONText.string($0) })),
            ("card", JSONText.array(f.card.map { JSONText.array([JSONText.string($0.label), JSONText.string($0.text)]) })),
            ("controls", JSONText.array(controls)), ("variants", JSONText.array(variants)),
        ])
    }

    static func identifier(_ model: ExplorerModel) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for f in model.functions { for byte in f.name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 } }
        let digits = String(hash >> 40, radix: 16)
        return String(repeating: "0", count: 6 - digits.count) + digits
    }
}
