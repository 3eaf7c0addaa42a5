// TeX's box model as matplotlib's `_mathtext` ports it from "TeX: The Program" (nodes, hpack,
// vpack, shrink). y grows downwards here, as in TeX; the public layout flips it.

/// How much text shrinks for each script level (`SHRINK_FACTOR`).
let shrinkFactor = 0.7
/// Script levels beyond which text gets no smaller (`NUM_SIZE_LEVELS`).
let sizeLevels = 6

/// A node of the box model (matplotlib's `Node`).
class Node {
    var size = 0
    var width = 0.0, height = 0.0, depth = 0.0

    /// Kerning to insert after this node when it precedes `next` in an Hlist.
    func kerning(before next: Node?) -> Double { 0 }

    /// One script level smaller.
    func shrink() { size += 1 }

    /// Scales the box by the shrink factor while there are levels left; true if it did.
    func shrinkDimensions() -> Bool {
        guard size < sizeLevels else { return false }
        width *= shrinkFactor
        height *= shrinkFactor
        depth *= shrinkFactor
        return true
    }

    /// Whether TeX would treat this as a character node (matplotlib's `is_char_node`): true
    /// unless a Vlist is inside.
    var isCharNode: Bool { true }
}

/// A node with a physical size (matplotlib's `Box`, `Hbox` and `Vbox`).
class BoxNode: Node {
    init(width: Double, height: Double, depth: Double) {
        super.init()
        self.width = width
        self.height = height
        self.depth = depth
    }

    override func shrink() {
        super.shrink()
        _ = shrinkDimensions()
    }
}

/// A solid rectangle; infinite dimensions run to the enclosing box (matplotlib's `Rule`).
final class RuleNode: BoxNode {
    /// A horizontal rule of the given thickness (`Hrule`).
    init(thickness: Double) {
        super.init(width: .infinity, height: thickness / 2, depth: thickness / 2)
    }
}

/// One glyph (matplotlib's `Char`): its box is the ink's width and TeX's height and depth; the
/// difference to the advance becomes a Kern when the Char joins an Hlist.
class CharNode: Node {
    let symbol: String
    var font: String
    let fontClass: String
    var fontSize: Double
    let dpi: Double
    let fonts: Fonts
    var glyph: ResolvedGlyph
    var metrics: GlyphMetrics
    /// The text the glyph stands for.
    var text: String

    init(_ symbol: String, _ state: TypesetState) throws {
        self.symbol = symbol
        text = MathSymbols.text(of: symbol)
        font = state.font
        fontClass = state.fontClass
        fontSize = state.fontSize
        dpi = state.dpi
        fonts = state.fonts
        guard let glyph = state.fonts.glyph(font, fontClass, symbol) else {
            throw UnsupportedSymbol(symbol: symbol)
        }
        self.glyph = glyph
        metrics = Fonts.metrics(of: glyph, fontSize, dpi)
        super.init()
        updateSize()
    }

    /// Looks the glyph up again after a change of font (matplotlib's `_update_metrics`).
    func reload() throws {
        guard let found = fonts.glyph(font, fontClass, symbol) else {
            throw UnsupportedSymbol(symbol: symbol)
        }
        glyph = found
        metrics = Fonts.metrics(of: found, fontSize, dpi)
        updateSize()
    }

    func updateSize() {
        width = symbol == " " ? metrics.advance : metrics.width
        height = metrics.iceberg
        depth = -(metrics.iceberg - metrics.height)
    }

    var isSlanted: Bool { metrics.slanted }

    override func kerning(before next: Node?) -> Double {
        var kern = metrics.advance - width
        if let next = next as? CharNode { kern += fonts.kern(self, next) }
        return kern
    }

    override func shrink() {
        super.shrink()
        if shrinkDimensions() { fontSize *= shrinkFactor }
    }

    /// Where the glyph's origin goes for a box placed at (x, y) (an accent shifts by its ink).
    func glyphOrigin(x: Double, y: Double) -> (Double, Double) { (x, y) }
}

/// An accent, measured by its ink because fonts place accents above the baseline already
/// (matplotlib's `Accent`).
final class AccentNode: CharNode {
    override func updateSize() {
        width = metrics.xMax - metrics.xMin
        height = metrics.yMax - metrics.yMin
        depth = 0
    }

    override func shrink() {
        super.shrink()
        metrics = Fonts.metrics(of: glyph, fontSize, dpi)
        updateSize()
    }

    override func glyphOrigin(x: Double, y: Double) -> (Double, Double) {
        (x - metrics.xMin, y + metrics.yMin)
    }
}

/// Fixed space (matplotlib's `Kern`); in a Vlist its width is vertical.
final class KernNode: Node {
    init(_ width: Double) {
        super.init()
        self.width = width
    }

    override func shrink() {
        super.shrink()
        if size < sizeLevels { width *= shrinkFactor }
    }
}

/// Stretchable space (matplotlib's `Glue` with its `_GlueSpec`).
final class GlueNode: Node {
    var glueWidth: Double
    let stretch: Double, stretchOrder: Int
    let shrinkAmount: Double, shrinkOrder: Int

    private init(_ stretch: Double, _ stretchOrder: Int, _ shrink: Double, _ shrinkOrder: Int) {
        glueWidth = 0
        self.stretch = stretch
        self.stretchOrder = stretchOrder
        self.shrinkAmount = shrink
        self.shrinkOrder = shrinkOrder
        super.init()
    }

    /// `Glue('fill')`.
    static func fill() -> GlueNode { GlueNode(1, 2, 0, 0) }
    /// `Glue('ss')`: stretches and shrinks alike, to centre.
    static func ss() -> GlueNode { GlueNode(1, 1, -1, 1) }

    override func shrink() {
        super.shrink()
        if size < sizeLevels { glueWidth *= shrinkFactor }
    }
}

/// A horizontal or vertical list of nodes (matplotlib's `List`).
class ListNode: BoxNode {
    var children: [Node]
    var shiftAmount = 0.0
    var glueSet = 0.0
    var glueSign = 0
    var glueOrder = 0
    /// Laid out but not drawn (`\phantom`).
    var isPhantom = false

    init(_ children: [Node]) {
        self.children = children
        super.init(width: 0, height: 0, depth: 0)
    }

    /// Sets the glue that brings the contents' natural size to the list's size (the end of
    /// TeX's hpack and vpack, and matplotlib's `_set_glue`): stretch when there is room, shrink
    /// when there is not, with the highest order of infinity that the glue has.
    func setGlue(natural: Double, size: Double, stretch: [Double], shrink: [Double]) {
        let excess = size - natural
        if excess == 0 {
            glueSign = 0
            glueOrder = 0
            return
        }
        let totals = excess > 0 ? stretch : shrink
        glueOrder = totals.indices.last(where: { totals[$0] != 0 }) ?? 0
        glueSign = excess > 0 ? 1 : -1
        if totals[glueOrder] != 0 {
            glueSet = excess / totals[glueOrder]
        } else {
            glueSign = 0
        }
    }

    override func shrink() {
        for child in children { child.shrink() }
        super.shrink()
        if size < sizeLevels {
            shiftAmount *= shrinkFactor
            glueSet *= shrinkFactor
        }
    }
}

/// A horizontal list (matplotlib's `Hlist`), kerned and packed on creation.
final class HListNode: ListNode {
    /// The function name when this list is one (`\max` takes limits above and below).
    var functionName: String?

    init(_ children: [Node], width: Double = 0, exactly: Bool = false, kern: Bool = true) {
        super.init(children)
        if kern { self.kern() }
        hpack(width: width, exactly: exactly)
    }

    override var isCharNode: Bool { children.allSatisfy(\.isCharNode) }

    /// Inserts Kern nodes between Chars for their advances and kerning pairs.
    func kern() {
        var kerned: [Node] = []
        kerned.reserveCapacity(children.count * 2)
        for (index, child) in children.enumerated() {
            kerned.append(child)
            let next = index + 1 < children.count ? children[index + 1] : nil
            let distance = child.kerning(before: next)
            if distance != 0 { kerned.append(KernNode(distance)) }
        }
        children = kerned
    }

    /// Computes the list's dimensions and sets its glue so that it is `width` wide (`exactly`)
    /// or its natural width plus `width` (matplotlib's `hpack`).
    func hpack(width: Double = 0, exactly: Bool = false) {
        var h = 0.0, d = 0.0, x = 0.0
        var stretch = [0.0, 0, 0, 0], shrinkTotals = [0.0, 0, 0, 0]
        for p in children {
            if let char = p as? CharNode {
                x += char.width
                h = max(h, char.height)
                d = max(d, char.depth)
            } else if let box = p as? BoxNode {
                x += box.width
                if box.height.isFinite && box.depth.isFinite {
                    let s = (box as? ListNode)?.shiftAmount ?? 0
                    h = max(h, box.height - s)
                    d = max(d, box.depth + s)
                }
            } else if let glue = p as? GlueNode {
                x += glue.glueWidth
                stretch[glue.stretchOrder] += glue.stretch
                shrinkTotals[glue.shrinkOrder] += glue.shrinkAmount
            } else if let kern = p as? KernNode {
                x += kern.width
            }
        }
        height = h
        depth = d
        self.width = exactly ? width : width + x
        setGlue(natural: x, size: self.width, stretch: stretch, shrink: shrinkTotals)
    }
}

/// A vertical list (matplotlib's `Vlist`), packed on creation.
final class VListNode: ListNode {
    override init(_ children: [Node]) {
        super.init(children)
        vpack()
    }

    override var isCharNode: Bool { false }

    /// Computes the list's dimensions and sets its glue so that it is `height` tall (`exactly`)
    /// or its natural height plus `height`, with depth at most `maxDepth` (matplotlib's `vpack`).
    func vpack(height: Double = 0, exactly: Bool = false, maxDepth: Double = .infinity) {
        var w = 0.0, d = 0.0, x = 0.0
        var stretch = [0.0, 0, 0, 0], shrinkTotals = [0.0, 0, 0, 0]
        for p in children {
            if let box = p as? BoxNode {
                x += d + box.height
                d = box.depth
                if box.width.isFinite {
                    let s = (box as? ListNode)?.shiftAmount ?? 0
                    w = max(w, box.width + s)
                }
            } else if let glue = p as? GlueNode {
                x += d
                d = 0
                x += glue.glueWidth
                stretch[glue.stretchOrder] += glue.stretch
                shrinkTotals[glue.shrinkOrder] += glue.shrinkAmount
            } else if let kern = p as? KernNode {
                x += d + kern.width
                d = 0
            }
        }
        width = w
        if d > maxDepth {
            x += d - maxDepth
            depth = maxDepth
        } else {
            depth = d
        }
        self.height = exactly ? height : height + x
        setGlue(natural: x, size: self.height, stretch: stretch, shrink: shrinkTotals)
    }
}

/// An Hlist of spacer, contents and spacer that centres the contents when packed to a width
/// (matplotlib's `HCentered`).
func hCentered(_ elements: [Node]) -> HListNode {
    HListNode([GlueNode.ss()] + elements + [GlueNode.ss()], kern: false)
}

/// `a` and `b` each centred in an Hlist as wide as the wider of them: a fraction's numerator
/// and denominator, a set's annotation and body.
func centeredOnWider(_ a: Node, _ b: Node) -> (HListNode, HListNode) {
    let (ca, cb) = (hCentered([a]), hCentered([b]))
    let width = max(a.width, b.width)
    ca.hpack(width: width, exactly: true)
    cb.hpack(width: width, exactly: true)
    return (ca, cb)
}

/// A box with only width (matplotlib's `Hbox`).
func hBox(_ width: Double) -> BoxNode { BoxNode(width: width, height: 0, depth: 0) }

/// A box with only height and depth (matplotlib's `Vbox`).
func vBox(height: Double, depth: Double) -> BoxNode { BoxNode(width: 0, height: height, depth: depth) }
