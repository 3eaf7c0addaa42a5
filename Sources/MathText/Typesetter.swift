/// The font state of the typesetter (matplotlib's `ParserState`).
struct TypesetState {
    let fonts: Fonts
    private(set) var font: String
    /// The font that combines with virtual fonts (matplotlib's `font_class`).
    var fontClass: String
    var fontSize: Double
    let dpi: Double

    init(fonts: Fonts, font: String, fontClass: String, fontSize: Double, dpi: Double) {
        self.fonts = fonts
        self.font = font
        self.fontClass = fontClass
        self.fontSize = fontSize
        self.dpi = dpi
    }

    /// Sets the font; the TeX fonts also become the font class.
    mutating func setFont(_ name: String) {
        if ["normal", "rm", "it", "bf", "bfit"].contains(name) { fontClass = name }
        font = name
    }

    var underlineThickness: Double { fonts.underlineThickness(fontSize, dpi) }
    var xHeight: Double { fonts.xHeight(fontSize, dpi) }
}

/// Builds the box tree of a parsed label: a port of the parse actions of matplotlib's
/// `_mathtext.Parser` (`symbol`, `function`, `subsuper`, `_genfrac`, `sqrt`,
/// `_auto_sized_delimiter`, `accent`, …), run over the parsed nodes in source order so that
/// font switches and groups see the same state as in matplotlib.
struct Typesetter {
    private var stack: [TypesetState]
    /// The offset in the label of the symbol being set, for errors about glyphs.
    private var offset = 0
    private let label: String

    init(fonts: Fonts, fontSize: Double, dpi: Double, label: String) {
        stack = [TypesetState(fonts: fonts, font: "default", fontClass: "rm", fontSize: fontSize, dpi: dpi)]
        self.label = label
    }

    private var state: TypesetState {
        get { stack[stack.count - 1] }
        set { stack[stack.count - 1] = newValue }
    }

    private mutating func push() { stack.append(state) }
    private mutating func pop() { stack.removeLast() }

    /// The whole label as one Hlist (matplotlib's `main`, `non_math` and `math`).
    mutating func typeset(_ segments: [MathSegment]) throws -> HListNode {
        var lists: [Node] = []
        for segment in segments {
            switch segment {
            case .text(let text, let start):
                var chars: [Node] = []
                var at = start
                for character in text {
                    offset = at
                    chars.append(try char(String(character)))
                    at += character.unicodeScalars.count
                }
                lists.append(HListNode(chars))
            case .math(let nodes, _):
                push()
                state.setFont(state.fonts.defaultFont)
                lists.append(HListNode(try typeset(nodes)))
                pop()
            }
        }
        return HListNode(lists)
    }

    private func error(_ message: String) -> MathTextError {
        MathTextError(message, offset: offset, label: label)
    }

    private func char(_ symbol: String, accent: Bool = false) throws -> CharNode {
        do {
            return accent ? try AccentNode(symbol, state) : try CharNode(symbol, state)
        } catch let unsupported as UnsupportedSymbol {
            throw unsupportedError(unsupported.symbol)
        }
    }

    private func unsupportedError(_ symbol: String) -> MathTextError {
        let shown = MathSymbols.text(of: symbol)
        return error("actplot's math fonts have no glyph for '\(shown)' in \(state.fonts.set.rawValue)")
    }

    private func space(_ ems: Double) throws -> KernNode {
        do {
            return KernNode(try state.fonts.quad(state.fontSize, state.dpi) * ems)
        } catch let unsupported as UnsupportedSymbol {
            throw unsupportedError(unsupported.symbol)
        }
    }

    // MARK: Nodes

    /// The nodes of a list; font switches change the state and add no node.
    private mutating func typeset(_ nodes: [MathNode]) throws -> [Node] {
        var result: [Node] = []
        result.reserveCapacity(nodes.count)
        for node in nodes {
            if case .font(let name) = node {
                state.setFont(name)
            } else {
                result.append(try typeset(node))
            }
        }
        return result
    }

    private mutating func typeset(_ node: MathNode) throws -> Node {
        switch node {
        case .symbol(let symbol):
            offset = symbol.offset
            let char = try self.char(symbol.symbol)
            switch symbol.spacing {
            case .none: return char
            case .operator_: return HListNode([try space(0.2), char, try space(0.2)])
            case .punctuation: return HListNode([char, try space(0.2)])
            }
        case .space(let ems):
            return try space(ems)
        case .font(let name):
            state.setFont(name)
            return HListNode([])
        case .group(let font, let nodes):
            push()
            if let font { state.setFont(font) }
            let list = HListNode(try typeset(nodes))
            pop()
            return list
        case .list(let nodes):
            return HListNode(try typeset(nodes))
        case .function(let name, let contents, let thinSpace):
            return try function(name, contents, thinSpace)
        case .scripts(let scripts):
            return try self.scripts(scripts)
        case .fraction(let kind, let numerator, let denominator):
            return try fraction(kind, numerator, denominator)
        case .root(let index, let body):
            return try root(index, body)
        case .delimited(let left, let middle, let right):
            var parts: [DelimitedItem] = []
            for part in middle {
                switch part {
                case .node(.font(let name)): state.setFont(name)
                case .node(let node): parts.append(.node(try typeset(node)))
                case .middle(let delimiter): parts.append(.middle(delimiter))
                }
            }
            return try autoSizedDelimiter(left, parts, right)
        case .text(let text):
            push()
            state.setFont("rm")
            let list = HListNode(try text.map { try char(String($0)) })
            pop()
            return list
        case .accent(let name, let body):
            return try accent(name, try typeset(body))
        case .overline(let body):
            return try overline(try typeset(body))
        case .underline(let body):
            return try underline(try typeset(body))
        case .set(let over, let annotation, let body):
            return try set(over: over, annotation: try typeset(annotation), body: try typeset(body))
        case .boldSymbol(let nodes):
            return try boldSymbol(nodes)
        case .stack(let rows):
            // matplotlib's `substack`: each row an Hlist, centred on the widest, two rule
            // thicknesses apart. Its gaps are one box listed between every two rows, so that a
            // script's shrinking reaches it once per gap, as it does in matplotlib.
            let thickness = state.underlineThickness
            let lists = try rows.map { HListNode(try typeset($0)) }
            let width = lists.map(\.width).max() ?? 0
            let gap = vBox(height: 0, depth: thickness * 2)
            var stack: [Node] = []
            for list in lists {
                if !stack.isEmpty { stack.append(gap) }
                let centered = hCentered([list])
                centered.hpack(width: width, exactly: true)
                stack.append(centered)
            }
            return HListNode([VListNode(stack)])
        }
    }

    /// Function names and `\operatorname` (matplotlib's `operatorname`): upright letters, then a
    /// thin space unless a delimiter or script follows.
    private mutating func function(_ name: String, _ contents: [MathNode]?, _ thinSpace: Bool) throws -> Node {
        // The contents were set in the surrounding state, as the parse actions ran before.
        let parts = try contents.map { try typeset($0) }
        push()
        state.setFont("rm")
        var children: [Node] = []
        if let parts {
            for part in parts {
                if let char = part as? CharNode {
                    char.font = "rm"
                    do { try char.reload() } catch let unsupported as UnsupportedSymbol {
                        throw unsupportedError(unsupported.symbol)
                    }
                }
                children.append(part)
            }
        } else {
            for character in name { children.append(try char(String(character))) }
        }
        if thinSpace { children.append(try space(MathSymbols.spaceWidths["\\,"]!)) }
        pop()
        let list = HListNode(children)
        if contents == nil { list.functionName = name }
        return list
    }

    // MARK: Scripts (matplotlib's `subsuper`)

    private mutating func scripts(_ scripts: MathNode.Scripts) throws -> Node {
        var nucleus: Node = try scripts.nucleus.map { try typeset($0) } ?? hBox(0)
        let sub = try scripts.sub.map { try typeset($0) }
        var sup = try scripts.sup.map { try typeset($0) }
        if sub == nil && sup == nil && scripts.primes == 0 { return nucleus }

        let state = self.state
        let fonts = state.fonts
        let ruleThickness = state.underlineThickness
        let xHeight = state.xHeight

        if scripts.primes > 0 {
            let list: HListNode
            if let existing = sup as? HListNode { list = existing } else { list = HListNode(sup.map { [$0] } ?? []) }
            for _ in 0..<scripts.primes { list.children.append(try char("\\prime")) }
            list.kern()
            list.hpack()
            sup = list
        }
        let optionalSpace = scripts.spaceAfter ? [try space(MathSymbols.spaceWidths["\\,"]!)] : []

        if isOverUnder(nucleus) {
            var vlist: [Node] = []
            var shift = 0.0
            var width = nucleus.width
            if let sup {
                sup.shrink()
                width = max(width, sup.width)
            }
            if let sub {
                sub.shrink()
                width = max(width, sub.width)
            }
            let vgap = ruleThickness * 3
            if let sup {
                let centered = hCentered([sup])
                centered.hpack(width: width, exactly: true)
                vlist += [centered, vBox(height: 0, depth: vgap)]
            }
            let centeredNucleus = hCentered([nucleus])
            centeredNucleus.hpack(width: width, exactly: true)
            vlist.append(centeredNucleus)
            if let sub {
                let centered = hCentered([sub])
                centered.hpack(width: width, exactly: true)
                vlist += [vBox(height: 0, depth: vgap), centered]
                shift = centered.height + vgap + nucleus.depth
            }
            let stacked = VListNode(vlist)
            stacked.shiftAmount = shift
            return HListNode([stacked] + optionalSpace)
        }

        // The last character's width becomes its advance, and its kern goes, so that scripts
        // sit after the advance.
        var lastChar: Node = nucleus
        if let list = nucleus as? HListNode {
            var children = list.children
            if !children.isEmpty {
                if children.count >= 2, children[children.count - 1] is KernNode,
                    children[children.count - 2] is CharNode
                {
                    children.removeLast()
                }
                lastChar = children[children.count - 1]
                if let char = lastChar as? CharNode { char.width = char.metrics.advance }
            }
            nucleus = HListNode(children, kern: false)
        } else {
            if let char = nucleus as? CharNode { char.width = char.metrics.advance }
            nucleus = HListNode([nucleus])
        }

        let consts = fonts.constants
        let lcHeight = lastChar.height
        let dropSub = isDropSub(lastChar)
        let lcBaseline = dropSub ? lastChar.depth : 0

        var superKern = consts.delta * xHeight
        var subKern = consts.delta * xHeight
        if let char = lastChar as? CharNode, char.isSlanted {
            superKern += consts.delta * xHeight
            superKern += consts.deltaSlanted * (lcHeight - xHeight * 2 / 3)
            if dropSub {
                subKern = (3 * consts.delta - consts.deltaIntegral) * lcHeight
                superKern = (3 * consts.delta + consts.deltaIntegral) * lcHeight
            } else {
                subKern = 0
            }
        }

        var shiftUp = 0.0, shiftDown = 0.0
        if !nucleus.isCharNode {
            let shrunkXHeight = fonts.xHeight(state.fontSize * shrinkFactor, state.dpi)
            shiftUp = nucleus.height - consts.supDrop * shrunkXHeight
            shiftDown = nucleus.depth + consts.subDrop * shrunkXHeight
        }

        let x: ListNode
        if let supNode = sup {
            let raised = HListNode([KernNode(superKern), supNode])
            raised.shrink()
            if dropSub {
                shiftUp = lcHeight - consts.subDrop * xHeight
            } else {
                shiftUp = max(shiftUp, consts.sup1 * xHeight, raised.depth + xHeight / 4)
            }
            if let subNode = sub {
                let lowered = HListNode([KernNode(subKern), subNode])
                lowered.shrink()
                if dropSub {
                    shiftDown = lcBaseline + consts.subDrop * xHeight
                } else {
                    shiftDown = max(shiftDown, consts.sub2 * xHeight)
                }
                // Keep sub- and superscript apart.
                var clearance = 4 * ruleThickness - ((shiftUp - raised.depth) - (lowered.height - shiftDown))
                if clearance > 0 {
                    shiftDown += clearance
                    clearance = xHeight * 4 / 5 - shiftUp + raised.depth
                    if clearance > 0 {
                        shiftUp += clearance
                        shiftDown -= clearance
                    }
                }
                x = VListNode([raised, KernNode((shiftUp - raised.depth) - (lowered.height - shiftDown)), lowered])
                x.shiftAmount = shiftDown
            } else {
                raised.shiftAmount = -shiftUp
                x = raised
            }
        } else {
            let lowered = HListNode([KernNode(subKern), sub!])
            lowered.shrink()
            if dropSub {
                shiftDown = lcBaseline + consts.subDrop * xHeight
            } else {
                shiftDown = max(shiftDown, consts.sub1 * xHeight, lowered.height - xHeight * 4 / 5)
            }
            lowered.shiftAmount = shiftDown
            x = lowered
        }
        if !dropSub { x.width += consts.scriptSpace * xHeight }
        return HListNode([nucleus, x] + optionalSpace)
    }

    private func isOverUnder(_ node: Node) -> Bool {
        if let char = node as? CharNode { return MathSymbols.overUnderSymbols.contains(char.symbol) }
        if let list = node as? HListNode, let name = list.functionName {
            return MathSymbols.overUnderFunctions.contains(name)
        }
        return false
    }

    private func isDropSub(_ node: Node) -> Bool {
        (node as? CharNode).map { MathSymbols.dropSubSymbols.contains($0.symbol) } ?? false
    }

    // MARK: Fractions (matplotlib's `_genfrac`)

    private mutating func fraction(_ kind: MathNode.FractionKind, _ numerator: MathNode,
                                   _ denominator: MathNode) throws -> Node {
        let num = try typeset(numerator)
        let den = try typeset(denominator)
        let state = self.state
        let thickness = state.underlineThickness
        // \frac, \dfrac and \binom are matplotlib's _genfrac with these arguments.
        let (left, right, rule, style): (String, String, Double, Int) =
            switch kind {
            case .text: ("", "", thickness, 1)
            case .display: ("", "", thickness, 0)
            case .binomial: ("(", ")", 0, 1)
            case .general(let left, let right, let rule, let style): (left, right, rule, style)
            }
        let display = style == 0
        let consts = state.fonts.constants
        let axisHeight = state.fonts.axisHeight(state.fontSize, state.dpi)
        var xHeight = state.xHeight
        for _ in 0..<style {
            xHeight *= shrinkFactor
            num.shrink()
            den.shrink()
        }
        let (centeredNum, centeredDen) = centeredOnWider(num, den)

        let vlist: VListNode
        if rule != 0 {  // matplotlib's `if rule:`, true for a negative rule too
            let numShiftUp = (display ? consts.num1 : consts.num2) * xHeight
            let denShiftDown = (display ? consts.denom1 : consts.denom2) * xHeight
            let minClearance = display ? 3 * rule : rule
            let delta = rule / 2
            let numClearance = max((numShiftUp - centeredNum.depth) - (axisHeight + delta), minClearance)
            let denClearance = max((axisHeight - delta) - (centeredDen.height - denShiftDown), minClearance)
            vlist = VListNode([
                centeredNum, vBox(height: 0, depth: numClearance), RuleNode(thickness: rule),
                vBox(height: 0, depth: denClearance), centeredDen,
            ])
            vlist.shiftAmount = centeredDen.height + denClearance + delta - axisHeight
        } else {
            let numShiftUp = (display ? consts.num1 : consts.num3) * xHeight
            let denShiftDown = (display ? consts.denom1 : consts.denom2) * xHeight
            let minClearance = (display ? 7 : 3) * thickness
            let defaultClearance = (numShiftUp - centeredNum.depth) - (centeredDen.height - denShiftDown)
            vlist = VListNode([centeredNum, vBox(height: 0, depth: max(defaultClearance, minClearance)), centeredDen])
            vlist.shiftAmount = denShiftDown
            if defaultClearance < minClearance { vlist.shiftAmount += (minClearance - defaultClearance) / 2 }
        }
        let result = HListNode([hBox(thickness), vlist, hBox(thickness)])
        if !left.isEmpty || !right.isEmpty {
            return try autoSizedDelimiter(left.isEmpty ? "." : left, [.node(result)], right.isEmpty ? "." : right)
        }
        return result
    }

    // MARK: Radicals (matplotlib's `sqrt`)

    private mutating func root(_ index: [MathNode]?, _ bodyNode: MathNode) throws -> Node {
        let rootParts = try index.map { try typeset($0) }
        let body = try typeset(bodyNode)
        let state = self.state
        let thickness = state.underlineThickness
        // The body's height and a little extra so that it does not look cramped.
        let shift = (body as? ListNode)?.shiftAmount ?? 0
        var height = body.height - shift + 5 * thickness
        var depth = body.depth + shift
        let check = try autoHeightChar("\\__sqrt__", height: height, depth: depth, factor: nil)
        height = check.height - check.shiftAmount
        depth = check.depth + check.shiftAmount

        let paddedBody = HListNode([hBox(2 * thickness), body, hBox(2 * thickness)])
        let rightSide = VListNode([RuleNode(thickness: thickness), GlueNode.fill(), paddedBody])
        rightSide.vpack(height: height + (state.fontSize * state.dpi) / (100 * 12), exactly: true, maxDepth: depth)

        let rootBox: Node
        if let rootParts {
            let list = HListNode(rootParts)
            list.shrink()
            list.shrink()
            rootBox = list
        } else {
            rootBox = BoxNode(width: 0.5 * check.width, height: 0, depth: 0)
        }
        let rootVList = VListNode([HListNode([rootBox])])
        rootVList.shiftAmount = -height * 0.6
        return HListNode([rootVList, KernNode(-0.5 * check.width), check, rightSide])
    }

    // MARK: Delimiters (matplotlib's `_auto_sized_delimiter` and `AutoHeightChar`)

    enum DelimitedItem {
        case node(Node)
        case middle(String)
    }

    private mutating func autoSizedDelimiter(_ front: String, _ middle: [DelimitedItem], _ back: String) throws -> Node {
        var height = 0.0, depth = 0.0
        var factor: Double? = 1
        let nodes = middle.compactMap { if case .node(let node) = $0 { node } else { nil } }
        if !middle.isEmpty {
            height = nodes.map(\.height).max() ?? 0
            depth = nodes.map(\.depth).max() ?? 0
            factor = nil
        }
        var parts: [Node] = []
        if front != "." { parts.append(try autoHeightChar(front, height: height, depth: depth, factor: factor)) }
        for item in middle {
            switch item {
            case .node(let node): parts.append(node)
            case .middle(let delimiter):
                if delimiter != "." {
                    parts.append(try autoHeightChar(delimiter, height: height, depth: depth, factor: factor))
                }
            }
        }
        if back != "." { parts.append(try autoHeightChar(back, height: height, depth: depth, factor: factor)) }
        return HListNode(parts)
    }

    /// The delimiter alternative closest to the height and depth, scaled to them unless it is
    /// the font's own size.
    private mutating func autoHeightChar(_ symbol: String, height: Double, depth: Double,
                                         factor: Double?) throws -> HListNode {
        let fonts = state.fonts
        let alternatives = fonts.sizedAlternatives(state.font, symbol)
        let xHeight = state.xHeight
        push()
        defer { pop() }
        let target = height + depth
        var chosen: CharNode?
        var chosenSymbol = symbol
        for (font, alternative) in alternatives {
            state.setFont(font)
            let char = try self.char(alternative)
            chosen = char
            chosenSymbol = alternative
            // Size 0 still wins for text-sized contents with descenders.
            if char.height + char.depth >= target - 0.2 * xHeight { break }
        }
        guard var char = chosen else { throw unsupportedError(symbol) }
        var shift = 0.0
        if state.font != "0" || alternatives.count == 1 {
            var scale = factor ?? target / (char.height + char.depth)
            if !scale.isFinite || scale <= 0 { scale = 1 }
            state.fontSize *= scale
            char = try self.char(chosenSymbol)
            shift = depth - char.depth
        }
        // BaKoMa's sized delimiters have internal names; they stand for the delimiter asked for.
        if MathSymbols.scalar(of: chosenSymbol) == nil { char.text = MathSymbols.text(of: symbol) }
        let list = HListNode([char])
        list.shiftAmount = shift
        return list
    }

    // MARK: Accents and lines

    /// An accent centred over its body (matplotlib's `accent`, for the narrow accents).
    private mutating func accent(_ name: String, _ body: Node) throws -> Node {
        let thickness = state.underlineThickness
        let accentChar = try char(MathSymbols.accents[name]!, accent: true)
        let centered = hCentered([hBox(body.width / 4), accentChar])
        centered.hpack(width: body.width, exactly: true)
        return VListNode([centered, vBox(height: 0, depth: thickness * 2), HListNode([body])])
    }

    /// matplotlib's `overline`: a rule above the body, stretched by glue.
    private mutating func overline(_ body: Node) throws -> Node {
        let thickness = state.underlineThickness
        let shift = (body as? ListNode)?.shiftAmount ?? 0
        let height = body.height - shift + 3 * thickness
        let depth = body.depth + shift
        let rightSide = VListNode([RuleNode(thickness: thickness), GlueNode.fill(), HListNode([body])])
        rightSide.vpack(height: height + (state.fontSize * state.dpi) / (100 * 12), exactly: true, maxDepth: depth)
        return HListNode([rightSide])
    }

    /// matplotlib's `boldsymbol`: each token made again in bold: a symbol in `bf`, or `bfit`
    /// for a Latin or small Greek letter; in a list (a spaced operator), its second item if
    /// that is a symbol, in `bf`. Scripted tokens keep their fonts, as in matplotlib.
    private mutating func boldSymbol(_ nodes: [MathNode]) throws -> Node {
        var list: [Node] = []
        for node in nodes {
            if case .font(let name) = node {
                state.setFont(name)
                continue
            }
            let made = try typeset(node)
            do {
                if let char = made as? CharNode {
                    let letter = char.symbol.count == 1 && char.symbol.allSatisfy { $0.isASCII && $0.isLetter }
                    char.font = letter || MathSymbols.smallGreek.contains(String(char.symbol.dropFirst())) ? "bfit" : "bf"
                    try char.reload()
                } else if let hlist = made as? HListNode, hlist.children.count > 1, let char = hlist.children[1] as? CharNode {
                    char.font = "bf"
                    try char.reload()
                }
            } catch let unsupported as UnsupportedSymbol {
                throw unsupportedError(unsupported.symbol)
            }
            list.append(made)
        }
        return HListNode(list)
    }

    /// matplotlib's `_genset` (`\overset`, `\underset`): the annotation shrunk, both centred on
    /// the wider, three rule thicknesses apart; under, the list is lowered so that the body keeps
    /// its place on the baseline.
    private mutating func set(over: Bool, annotation: Node, body: Node) throws -> Node {
        let thickness = state.underlineThickness
        annotation.shrink()
        let (centeredAnnotation, centeredBody) = centeredOnWider(annotation, body)
        let gap = 3 * thickness
        if over { return VListNode([centeredAnnotation, vBox(height: 0, depth: gap), centeredBody]) }
        let vlist = VListNode([centeredBody, vBox(height: 0, depth: gap), centeredAnnotation])
        vlist.shiftAmount = centeredBody.depth + centeredAnnotation.height + gap
        return vlist
    }

    /// matplotlib's `underline` (TeX's node735): a rule three thicknesses below the body.
    private mutating func underline(_ body: Node) throws -> Node {
        let thickness = state.underlineThickness
        let vlist = VListNode([HListNode([body]), KernNode(3 * thickness), RuleNode(thickness: thickness)])
        let total = vlist.height + vlist.depth + thickness
        vlist.height = body.height
        vlist.depth = total - vlist.height
        return HListNode([vlist])
    }
}
