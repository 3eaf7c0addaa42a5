import CairoRenderer
import Chart

/// A chart split into the layers a page shows, hides or replaces one at a time, each drawn by
/// Cairo as its own SVG: stacked in drawing order, the layers paint exactly what the whole
/// scene's SVG paints, since each keeps its items' order and only the first has a background.
struct SceneLayers {
    /// What a layer holds, and so what the page does with it.
    enum Kind: Equatable {
        /// The figure's and the axes' backgrounds.
        case back
        /// Grid lines: redrawn by the page when zoomed.
        case grid
        /// One series' curve and jump dots: hidden from the legend, redrawn when zoomed.
        case series(Int)
        /// The frame.
        case frame
        /// Ticks, tick labels and offset texts: redrawn when zoomed.
        case ticks
        /// The y axis label, which moves with the width of the y tick labels.
        case yLabel
        /// The x axis label and the title.
        case texts
        case legendFrame
        /// One legend entry: dimmed when its series is hidden.
        case legendEntry(Int)

        var name: String {
            switch self {
            case .back: "back"
            case .grid: "grid"
            case .series: "series"
            case .frame: "frame"
            case .ticks: "ticks"
            case .yLabel: "ylabel"
            case .texts: "texts"
            case .legendFrame: "legend"
            case .legendEntry: "entry"
            }
        }

        var index: Int? {
            switch self {
            case .series(let i), .legendEntry(let i): i
            default: nil
            }
        }

        static func of(_ element: SceneElement) -> Kind {
            switch element {
            case .axesBackground: .back
            case .grid: .grid
            case .series(let i), .jumpDot(let i): .series(i)
            case .spines: .frame
            case .tick, .tickLabel, .offsetText: .ticks
            case .axisLabel(.y): .yLabel
            case .axisLabel(.x), .title, .figureTitle: .texts
            case .colorbar: .texts  // a colour bar does not zoom: it stays as drawn
            case .legendFrame: .legendFrame
            case .legendHandle(let i), .legendLabel(let i): .legendEntry(i)
            case .clip: .back
            }
        }
    }

    struct Layer {
        var kind: Kind
        /// The layer's SVG, as an element to nest in the page's own `<svg>`.
        var svg: String
    }

    let layers: [Layer]

    /// Splits `scene` (one plot) into layers and has Cairo draw each; `prefix` makes the
    /// identifiers Cairo writes (`glyph0-1`, `clip1`) unique in a page that may hold several charts.
    init(_ scene: Scene, prefix: String, options: RenderOptions = RenderOptions()) throws {
        var groups: [(kind: Kind, items: [SceneItem], clip: Rect?)] = [(.back, [], nil)]
        var clip: Rect?
        for item in scene.items {
            if case .beginClip(let rect) = item.command { clip = rect; continue }
            if case .endClip = item.command { clip = nil; continue }
            let kind = Kind.of(item.element)
            // An element seen before (the offset texts come after the tick labels) joins its layer.
            if let existing = groups.firstIndex(where: { $0.kind == kind }) {
                groups[existing].items.append(item)
            } else {
                groups.append((kind, [item], clip))
            }
        }
        // The curves were clipped to the axes box: each series layer keeps the clip.
        for g in groups.indices {
            guard let rect = groups[g].clip else { continue }
            groups[g].items.insert(SceneItem(plot: 0, element: .clip, command: .beginClip(rect)), at: 0)
            groups[g].items.append(SceneItem(plot: 0, element: .clip, command: .endClip))
        }
        let renderer = CairoRenderer(format: .svg, options: options)
        layers = try groups.enumerated().map { n, group in
            var layerScene = scene
            layerScene.items = group.items
            layerScene.background = group.kind == .back ? scene.background : nil
            let sink = StringSink()
            try renderer.render(layerScene, to: sink)
            let svg = SceneLayers.nested(sink.text, prefix: "\(prefix)-l\(n)-", kind: group.kind)
            return Layer(kind: group.kind, svg: svg)
        }
    }

    /// Cairo's standalone SVG document as an element nested in the page's `<svg>`: no XML
    /// declaration, sizes in user units (the page scales its outer `<svg>`), identifiers prefixed.
    static func nested(_ document: String, prefix: String, kind: Kind) -> String {
        var text = Substring(document)
        if text.hasPrefix("<?xml"), let end = text.firstIndex(of: "\n") { text = text[text.index(after: end)...] }
        guard let open = text.firstRange(of: "<svg"), let close = text[open.upperBound...].firstIndex(of: ">") else {
            return String(text)
        }
        let attributes = String(text[open.upperBound..<close])
        let viewBox = attributes.firstRange(of: "viewBox=\"").flatMap { start in
            attributes[start.upperBound...].firstIndex(of: "\"").map { String(attributes[start.upperBound..<$0]) }
        } ?? ""
        let size = viewBox.split(separator: " ").dropFirst(2)
        var head = "<svg class=\"ap-layer\" data-layer=\"\(kind.name)\""
        if let index = kind.index { head += " data-index=\"\(index)\"" }
        head += " x=\"0\" y=\"0\" width=\"\(size.first ?? "0")\" height=\"\(size.last ?? "0")\" viewBox=\"\(viewBox)\" overflow=\"visible\">"
        var body = String(text[text.index(after: close)...])
        while body.hasSuffix("\n") { body.removeLast() }
        body = body.replacingAll("id=\"", with: "id=\"\(prefix)")
        body = body.replacingAll("url(#", with: "url(#\(prefix)")
        body = body.replacingAll("href=\"#", with: "href=\"#\(prefix)")
        return head + body
    }
}

/// Collects a renderer's bytes as text.
final class StringSink: ByteSink {
    private var bytes: [UInt8] = []

    var text: String { String(decoding: bytes, as: UTF8.self) }

    func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
        self.bytes.append(contentsOf: bytes)
        return true
    }
}

extension String {
    /// Every occurrence of `target` replaced.
    func replacingAll(_ target: String, with replacement: String) -> String {
        replacing(target, with: replacement)
    }
}
