/// Positions every glyph and rule of a packed box (matplotlib's `ship`, TeX's `hlist_out` and
/// `vlist_out`). Coordinates are TeX's: x to the right, y downwards, the origin at the box's top
/// left corner.
struct Ship {
    struct PlacedGlyph {
        let char: CharNode
        let x: Double, y: Double
    }

    private(set) var glyphs: [PlacedGlyph] = []
    /// Filled rectangles: x, top y, width, height.
    private(set) var rects: [(Double, Double, Double, Double)] = []

    private var curH = 0.0, curV = 0.0
    private let offV: Double
    private var phantomDepth = 0

    init(_ box: HListNode) {
        offV = box.height
        hlistOut(box)
    }

    /// The size of `glue` as TeX sets it in `box` (node625): the stretch or shrink so far, times
    /// the box's glue ratio, in whole units (Python's round-half-even), less what earlier glue
    /// already took.
    private static func glueSize(_ glue: GlueNode, in box: ListNode, _ curG: inout Double,
                                 _ curGlue: inout Double) -> Double {
        let before = curG
        if box.glueSign == 1 && glue.stretchOrder == box.glueOrder {
            curGlue += glue.stretch
        } else if box.glueSign == -1 && glue.shrinkOrder == box.glueOrder {
            curGlue += glue.shrinkAmount
        } else {
            return glue.glueWidth
        }
        curG = min(max(box.glueSet * curGlue, -1e9), 1e9).rounded(.toNearestOrEven)
        return glue.glueWidth - before + curG
    }

    private mutating func hlistOut(_ box: ListNode) {
        var curG = 0.0, curGlue = 0.0
        let baseLine = curV
        if box.isPhantom { phantomDepth += 1 }
        defer { if box.isPhantom { phantomDepth -= 1 } }

        for p in box.children {
            if let char = p as? CharNode {
                if phantomDepth == 0 {
                    let (x, y) = char.glyphOrigin(x: curH, y: curV + offV)
                    glyphs.append(PlacedGlyph(char: char, x: x, y: y))
                }
                curH += char.width
            } else if let kern = p as? KernNode {
                curH += kern.width
            } else if let list = p as? ListNode {
                if list.children.isEmpty {
                    curH += list.width
                } else {
                    let edge = curH
                    curV = baseLine + list.shiftAmount
                    if list is HListNode { hlistOut(list) } else { vlistOut(list) }
                    curH = edge + list.width
                    curV = baseLine
                }
            } else if let rule = p as? BoxNode {
                var ruleHeight = rule.height, ruleDepth = rule.depth
                let ruleWidth = rule.width
                if ruleHeight.isInfinite { ruleHeight = box.height }
                if ruleDepth.isInfinite { ruleDepth = box.depth }
                if ruleHeight > 0 && ruleWidth > 0 {
                    curV = baseLine + ruleDepth
                    if rule is RuleNode && phantomDepth == 0 {
                        rects.append((curH, curV + offV - ruleHeight, ruleWidth, ruleHeight))
                    }
                    curV = baseLine
                }
                curH += ruleWidth
            } else if let glue = p as? GlueNode {
                curH += Self.glueSize(glue, in: box, &curG, &curGlue)
            }
        }
    }

    private mutating func vlistOut(_ box: ListNode) {
        var curG = 0.0, curGlue = 0.0
        let leftEdge = curH
        curV -= box.height

        for p in box.children {
            if let kern = p as? KernNode {
                curV += kern.width
            } else if let list = p as? ListNode {
                if list.children.isEmpty {
                    curV += list.height + list.depth
                } else {
                    curV += list.height
                    curH = leftEdge + list.shiftAmount
                    let saveV = curV
                    list.width = box.width
                    if list is HListNode { hlistOut(list) } else { vlistOut(list) }
                    curV = saveV + list.depth
                    curH = leftEdge
                }
            } else if let rule = p as? BoxNode {
                var ruleHeight = rule.height
                let ruleDepth = rule.depth
                var ruleWidth = rule.width
                if ruleWidth.isInfinite { ruleWidth = box.width }
                ruleHeight += ruleDepth
                if ruleHeight > 0 && ruleDepth > 0 {
                    curV += ruleHeight
                    if rule is RuleNode && phantomDepth == 0 {
                        rects.append((curH, curV + offV - ruleHeight, ruleWidth, ruleHeight))
                    }
                }
            } else if let glue = p as? GlueNode {
                curV += Self.glueSize(glue, in: box, &curG, &curGlue)
            }
        }
    }
}
