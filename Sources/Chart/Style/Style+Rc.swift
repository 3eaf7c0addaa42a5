import MathText

/// How rcParams become a ``Style``: one reader per key actplot draws, used both to check a value
/// when it is set and to read it into the style.
extension RcParams {
    typealias Reader = @Sendable (String, RcParams) throws(StyleError) -> Void

    /// Every key actplot draws, with the reader that checks its value.
    static let drawn: [String: Reader] = {
        var table: [String: Reader] = [:]
        func add(_ keys: [String], _ reader: @escaping Reader) { for key in keys { table[key] = reader } }
        let number: Reader = { text, _ throws(StyleError) in _ = try RcValue.float(text) }
        let flag: Reader = { text, _ throws(StyleError) in _ = try RcValue.bool(text) }
        let color: Reader = { text, rc throws(StyleError) in _ = try rc.color(text) }
        let fontSize: Reader = { text, _ throws(StyleError) in _ = try RcValue.fontSize(text) }
        let weight: Reader = { text, _ throws(StyleError) in _ = try RcParams.weight(text) }
        let lineStyle: Reader = { text, _ throws(StyleError) in _ = try RcValue.lineStyle(text) }
        let pattern: Reader = { text, _ throws(StyleError) in _ = try RcValue.floats(text) }
        let families: Reader = { text, _ throws(StyleError) in
            if RcValue.list(text).isEmpty { throw StyleError("'\(text)' names no font family") }
        }
        func choice(_ words: [String]) -> Reader { { text, _ throws(StyleError) in _ = try RcValue.choice(text, words) } }
        func or(_ words: [String], _ reader: @escaping Reader) -> Reader {
            { text, rc throws(StyleError) in
                if words.contains(text.trimmedText.lowercased()) { return }
                try reader(text, rc)
            }
        }

        add(["figure.figsize"]) { text, _ throws(StyleError) in
            let size = try RcValue.floats(text, count: 2)
            if size.contains(where: { $0 <= 0 }) { throw StyleError("'\(text)' must be two positive numbers of inches") }
        }
        add(["figure.dpi"], number)
        add(["savefig.dpi"], or(["figure"], number))
        add(["figure.facecolor", "figure.edgecolor"], color)
        add(["savefig.facecolor", "savefig.edgecolor"], or(["auto"], color))
        add(["savefig.transparent"], flag)
        add(["figure.subplot.left", "figure.subplot.right", "figure.subplot.bottom", "figure.subplot.top"], number)
        add(["font.size"], number)
        add(["font.family", "font.sans-serif", "font.serif", "font.monospace", "font.cursive", "font.fantasy"], families)
        add(["font.weight"], weight)
        add(["font.style"], choice(["normal", "italic", "oblique"]))
        add(["text.color"], color)
        add(["axes.facecolor", "axes.edgecolor"], color)
        add(["axes.linewidth", "axes.titlepad", "axes.labelpad", "axes.xmargin", "axes.ymargin", "axes.titley"], number)
        add(["axes.spines.left", "axes.spines.right", "axes.spines.bottom", "axes.spines.top", "axes.grid"], flag)
        add(["axes.grid.axis"], choice(["both", "x", "y"]))
        add(["axes.grid.which"], choice(["major", "minor", "both"]))
        add(["axes.axisbelow"], or(["line"], flag))
        add(["axes.titlesize", "axes.labelsize"], fontSize)
        add(["axes.titleweight", "axes.labelweight"], weight)
        add(["axes.titlecolor"], or(["auto"], color))
        add(["axes.labelcolor"], color)
        add(["axes.titlelocation"], choice(["left", "center", "right"]))
        add(["axes.autolimit_mode"], choice(["data", "round_numbers"]))
        add(["axes.prop_cycle"]) { text, _ throws(StyleError) in _ = try RcValue.cycler(text) }
        add(["axes.formatter.limits"]) { text, _ throws(StyleError) in _ = try RcValue.floats(text, count: 2) }
        add(["axes.formatter.offset_threshold"], number)
        add(["axes.formatter.useoffset", "axes.unicode_minus", "_internal.classic_mode"], flag)
        add(["lines.linewidth"], number)
        add(["lines.linestyle"], lineStyle)
        add(["lines.dashed_pattern", "lines.dotted_pattern", "lines.dashdot_pattern"], pattern)
        add(["lines.scale_dashes"], flag)
        add(["lines.solid_capstyle", "lines.dash_capstyle"], choice(["butt", "round", "projecting"]))
        add(["lines.solid_joinstyle", "lines.dash_joinstyle"], choice(["miter", "round", "bevel"]))
        for axis in ["xtick", "ytick"] {
            add(["\(axis).major.size", "\(axis).major.width", "\(axis).major.pad"], number)
            add(["\(axis).minor.size", "\(axis).minor.width", "\(axis).minor.pad"], number)
            add(["\(axis).color"], color)
            add(["\(axis).labelcolor"], or(["inherit"], color))
            add(["\(axis).labelsize"], fontSize)
            add(["\(axis).direction"], choice(["in", "out", "inout"]))
        }
        add(["xtick.bottom", "xtick.top", "xtick.labelbottom", "xtick.labeltop"], flag)
        add(["ytick.left", "ytick.right", "ytick.labelleft", "ytick.labelright"], flag)
        add(["grid.color"], color)
        add(["grid.linewidth", "grid.alpha"], number)
        add(["grid.linestyle"], lineStyle)
        add(["legend.loc"]) { text, _ throws(StyleError) in _ = try RcParams.legendLocation(text) }
        add(["legend.frameon", "legend.fancybox"], flag)
        add(["legend.framealpha"]) { text, _ throws(StyleError) in _ = try RcValue.optionalFloat(text) }
        add(["legend.facecolor", "legend.edgecolor"], or(["inherit"], color))
        add(["legend.labelcolor"], or(["none"], color))
        add(["legend.fontsize"], fontSize)
        add(["legend.borderpad", "legend.labelspacing", "legend.handlelength", "legend.handleheight",
             "legend.handletextpad", "legend.borderaxespad"], number)
        add(["patch.linewidth"], number)
        add(["svg.fonttype"], choice(["path", "none"]))
        add(["text.parse_math"], flag)
        add(["mathtext.fontset"]) { text, _ throws(StyleError) in _ = try RcParams.mathFontSet(text) }
        add(["mathtext.default"]) { text, _ throws(StyleError) in _ = try RcParams.mathDefaultFont(text) }
        add(["text.hinting"], choice(RcParams.hintings.keys.sorted()))
        add(["legend.numpoints"]) { text, _ throws(StyleError) in
            guard let n = Int(text.trimmedText), n >= 1 else { throw StyleError("'\(text)' is not a whole number of at least 1") }
        }
        return table
    }()

    /// `text.hinting`'s words (matplotlib's `backend_agg.get_hinting_flag`).
    static let hintings: [String: Style.Font.Hinting] = [
        "default": .native, "native": .native, "either": .native, "no_autohint": .native, "auto": .autohint,
        "force_autohint": .autohint, "none": .none, "no_hinting": .none,
    ]

    /// `mathtext.fontset`: the three sets actplot has the faces' metrics of; matplotlib's
    /// others are refused by name.
    static func mathFontSet(_ text: String) throws(StyleError) -> MathFontSet {
        let word = RcValue.trimmedQuotes(text).trimmedText.lowercased()
        if let set = MathFontSet(rawValue: word) { return set }
        let sets = MathFontSet.allCases.map(\.rawValue).joined(separator: ", ")
        if ["dejavuserif", "stixsans", "custom"].contains(word) {
            throw StyleError("actplot does not draw matplotlib's '\(word)' math fonts; use \(sets)")
        }
        throw StyleError("'\(text)' is not one of \(sets)")
    }

    /// `mathtext.default`: a TeX font name; `default` is `regular`, the text's own font.
    static func mathDefaultFont(_ text: String) throws(StyleError) -> MathFontStyle {
        let word = RcValue.trimmedQuotes(text).trimmedText.lowercased()
        if word == "default" { return .regular }
        if let font = MathFontStyle(rawValue: word) { return font }
        let fonts = MathFontStyle.allCases.map(\.rawValue).joined(separator: ", ")
        throw StyleError("'\(text)' is not one of \(fonts)")
    }

    static func weight(_ text: String) throws(StyleError) -> Style.Font.Weight {
        let word = text.trimmedText.lowercased()
        if let number = Double(word) { return number >= 600 ? .bold : .normal }
        switch word {
        case "bold", "heavy", "extra bold", "black", "semibold", "demibold", "demi": return .bold
        case "normal", "regular", "book", "medium", "roman", "light", "ultralight": return .normal
        default: throw StyleError("'\(text)' is not a font weight; write normal or bold")
        }
    }

    static func legendLocation(_ text: String) throws(StyleError) -> LegendLocation {
        let words = ["best", "upper right", "upper left", "lower left", "lower right", "right", "center left",
                     "center right", "lower center", "upper center", "center"]
        let word = RcValue.trimmedQuotes(text).lowercased()
        if let code = Int(word), words.indices.contains(code) { return LegendLocation(rawValue: words[code])! }
        guard let location = LegendLocation(rawValue: word), words.contains(word) else {
            throw StyleError("'\(text)' is not a legend location; write best, upper right, … or center")
        }
        return location
    }

    /// A colour value, with `C0`…`C9` read from this cycle.
    func color(_ text: String) throws(StyleError) -> Color {
        // Only a `C0`…`C9` reference needs the cycle, so only it pays for parsing the cycler.
        let reference = RcValue.trimmedQuotes(text).trimmedText.lowercased()
        guard reference.count >= 2, reference.first == "c", reference.dropFirst().allSatisfy(\.isNumber) else {
            return try RcValue.color(text)
        }
        let cycle = (try? RcValue.cycler(self["axes.prop_cycle"]).entries.map(\.color)) ?? Color.tab10
        return try RcValue.color(text, cycle: cycle)
    }

    // MARK: Reading the style

    private func number(_ key: String) throws(StyleError) -> Double {
        do { return try RcValue.float(self[key]) } catch { throw StyleError("\(key): \(error.message)") }
    }

    private func flag(_ key: String) throws(StyleError) -> Bool {
        do { return try RcValue.bool(self[key]) } catch { throw StyleError("\(key): \(error.message)") }
    }

    private func colorValue(_ key: String, unless word: String? = nil, fallback: Color? = nil) throws(StyleError) -> Color {
        if let word, self[key].lowercased() == word, let fallback { return fallback }
        do { return try color(self[key]) } catch { throw StyleError("\(key): \(error.message)") }
    }

    private func size(_ key: String, base: Double) throws(StyleError) -> Double {
        do { return try RcValue.fontSize(self[key]).points(base: base) } catch { throw StyleError("\(key): \(error.message)") }
    }

    private func word(_ key: String, _ words: [String]) throws(StyleError) -> String {
        do { return try RcValue.choice(self[key], words) } catch { throw StyleError("\(key): \(error.message)") }
    }

    private func cap(_ key: String) throws(StyleError) -> Stroke.Cap {
        switch try word(key, ["butt", "round", "projecting"]) {
        case "butt": return .butt
        case "round": return .round
        default: return .square
        }
    }

    private func join(_ key: String) throws(StyleError) -> Stroke.Join {
        switch try word(key, ["miter", "round", "bevel"]) {
        case "miter": return .miter
        case "round": return .round
        default: return .bevel
        }
    }

    private func lineStyle(_ key: String) throws(StyleError) -> LineStyle {
        do { return try RcValue.lineStyle(self[key]) ?? .solid } catch { throw StyleError("\(key): \(error.message)") }
    }

    /// `font.family`, each generic family (`sans-serif`, `serif`, `monospace`, `cursive`,
    /// `fantasy`) replaced by its list (`font.sans-serif`, …).
    func fontFamilies() -> [String] {
        let generics = ["sans-serif", "serif", "monospace", "cursive", "fantasy"]
        var families: [String] = []
        for family in RcValue.list(self["font.family"]) {
            if generics.contains(family.lowercased()) {
                families += RcValue.list(self["font.\(family.lowercased())"]).filter { !generics.contains($0.lowercased()) }
            } else {
                families.append(family)
            }
        }
        return families
    }

    /// `text.parse_math`, `mathtext.fontset` and `mathtext.default`.
    private func mathSettings() throws(StyleError) -> Style.Math {
        let fontSet: MathFontSet, defaultFont: MathFontStyle
        do { fontSet = try RcParams.mathFontSet(self["mathtext.fontset"]) } catch {
            throw StyleError("mathtext.fontset: \(error.message)")
        }
        do { defaultFont = try RcParams.mathDefaultFont(self["mathtext.default"]) } catch {
            throw StyleError("mathtext.default: \(error.message)")
        }
        return Style.Math(enabled: try flag("text.parse_math"), fontSet: fontSet, defaultFont: defaultFont)
    }

    /// The style these settings describe.
    public func style() throws(StyleError) -> Style {
        let base = try number("font.size")
        let figureSize: [Double]
        do { figureSize = try RcValue.floats(self["figure.figsize"], count: 2) } catch {
            throw StyleError("figure.figsize: \(error.message)")
        }
        let figureDPI = try number("figure.dpi")
        let figureFace = try colorValue("figure.facecolor")
        let textColor = try colorValue("text.color")
        let axesFace = try colorValue("axes.facecolor")
        let axesEdge = try colorValue("axes.edgecolor")
        let cycle: [Style.CycleEntry]
        do { cycle = try RcValue.cycler(self["axes.prop_cycle"]).entries } catch { throw StyleError("axes.prop_cycle: \(error.message)") }
        let weight = try RcParams.weight(self["font.weight"])
        let slant = Style.Font.Slant(rawValue: try word("font.style", ["normal", "italic", "oblique"])) ?? .normal
        let gridAxis = try word("axes.grid.axis", ["both", "x", "y"])
        let below = self["axes.axisbelow"].lowercased()
        let gridBelow = below == "line" ? true : try flag("axes.axisbelow")
        let limits: [Double]
        do { limits = try RcValue.floats(self["axes.formatter.limits"], count: 2) } catch {
            throw StyleError("axes.formatter.limits: \(error.message)")
        }
        func ticks(_ axis: String, near: String, far: String) throws(StyleError) -> Style.Ticks {
            let color = try colorValue("\(axis).color")
            return Style.Ticks(
                size: try number("\(axis).major.size"), width: try number("\(axis).major.width"),
                pad: try number("\(axis).major.pad"), minorSize: try number("\(axis).minor.size"),
                minorWidth: try number("\(axis).minor.width"), minorPad: try number("\(axis).minor.pad"),
                direction: Style.Ticks.Direction(rawValue: try word("\(axis).direction", ["in", "out", "inout"])) ?? .out,
                color: color, labelColor: try colorValue("\(axis).labelcolor", unless: "inherit", fallback: color),
                labelSize: try size("\(axis).labelsize", base: base), near: try flag("\(axis).\(near)"),
                far: try flag("\(axis).\(far)"), labelNear: try flag("\(axis).label\(near)"),
                labelFar: try flag("\(axis).label\(far)"))
        }
        let savefigDPI = self["savefig.dpi"].lowercased() == "figure" ? figureDPI : try number("savefig.dpi")
        let frameAlpha: Double?
        do { frameAlpha = try RcValue.optionalFloat(self["legend.framealpha"]) } catch {
            throw StyleError("legend.framealpha: \(error.message)")
        }
        return Style(
            figure: Style.Figure(
                width: figureSize[0], height: figureSize[1], dpi: savefigDPI,
                faceColor: try colorValue("savefig.facecolor", unless: "auto", fallback: figureFace),
                transparent: try flag("savefig.transparent"), subplotLeft: try number("figure.subplot.left"),
                subplotRight: try number("figure.subplot.right"), subplotBottom: try number("figure.subplot.bottom"),
                subplotTop: try number("figure.subplot.top")),
            text: Style.Text(
                size: base,
                font: Style.Font(
                    families: fontFamilies(), weight: weight, slant: slant,
                    hinting: RcParams.hintings[try word("text.hinting", RcParams.hintings.keys.sorted())] ?? .native),
                color: textColor),
            axes: Style.Axes(
                faceColor: axesFace, edgeColor: axesEdge, lineWidth: try number("axes.linewidth"),
                spines: Style.Spines(
                    left: try flag("axes.spines.left"), right: try flag("axes.spines.right"),
                    bottom: try flag("axes.spines.bottom"), top: try flag("axes.spines.top")),
                grid: try flag("axes.grid"), gridX: gridAxis != "y", gridY: gridAxis != "x",
                gridBelow: gridBelow,
                titleSize: try size("axes.titlesize", base: base), titleWeight: try RcParams.weight(self["axes.titleweight"]),
                titleColor: try colorValue("axes.titlecolor", unless: "auto", fallback: textColor),
                titlePad: try number("axes.titlepad"),
                titleLocation: Style.TitleLocation(rawValue: try word("axes.titlelocation", ["left", "center", "right"])) ?? .center,
                titleY: self["axes.titley"].lowercased() == "none" ? 1 : try number("axes.titley"),
                labelSize: try size("axes.labelsize", base: base), labelWeight: try RcParams.weight(self["axes.labelweight"]),
                labelColor: try colorValue("axes.labelcolor"), labelPad: try number("axes.labelpad"),
                xMargin: try number("axes.xmargin"), yMargin: try number("axes.ymargin"),
                autoLimits: Style.AutoLimits(rawValue: try word("axes.autolimit_mode", ["data", "round_numbers"])) ?? .data,
                cycle: cycle,
                ticking: Ticking(
                    classic: try flag("_internal.classic_mode"), powerLimits: (Int(limits[0]), Int(limits[1])),
                    offsetThreshold: Int(try number("axes.formatter.offset_threshold")),
                    useOffset: try flag("axes.formatter.useoffset"), unicodeMinus: try flag("axes.unicode_minus"))),
            lines: Style.Lines(
                width: try number("lines.linewidth"), style: try lineStyle("lines.linestyle"),
                dashedPattern: try RcValue.floats(self["lines.dashed_pattern"]),
                dottedPattern: try RcValue.floats(self["lines.dotted_pattern"]),
                dashDotPattern: try RcValue.floats(self["lines.dashdot_pattern"]), scaleDashes: try flag("lines.scale_dashes"),
                solidCap: try cap("lines.solid_capstyle"), dashCap: try cap("lines.dash_capstyle"),
                solidJoin: try join("lines.solid_joinstyle"), dashJoin: try join("lines.dash_joinstyle"), jumpDotRadius: 2.75),
            xTicks: try ticks("xtick", near: "bottom", far: "top"),
            yTicks: try ticks("ytick", near: "left", far: "right"),
            grid: Style.Grid(
                color: try colorValue("grid.color"), lineWidth: try number("grid.linewidth"),
                lineStyle: try lineStyle("grid.linestyle"), alpha: try number("grid.alpha")),
            legend: Style.Legend(
                location: try RcParams.legendLocation(self["legend.loc"]), frameOn: try flag("legend.frameon"),
                frameAlpha: frameAlpha,
                faceColor: try colorValue("legend.facecolor", unless: "inherit", fallback: axesFace),
                edgeColor: try colorValue("legend.edgecolor", unless: "inherit", fallback: axesEdge),
                frameWidth: try number("patch.linewidth"), fancyBox: try flag("legend.fancybox"),
                numPoints: Int(try number("legend.numpoints")),
                fontSize: try size("legend.fontsize", base: base),
                labelColor: try colorValue("legend.labelcolor", unless: "none", fallback: textColor),
                borderPad: try number("legend.borderpad"), labelSpacing: try number("legend.labelspacing"),
                handleLength: try number("legend.handlelength"), handleHeight: try number("legend.handleheight"),
                handleTextPad: try number("legend.handletextpad"), borderAxesPad: try number("legend.borderaxespad")),
            svgFontType: Style.SVGFontType(rawValue: try word("svg.fonttype", ["path", "none"])) ?? .path,
            math: try mathSettings(),
            rc: values)
    }
}

/// actplot's own style sheets, in matplotlib's syntax.
enum ActplotStyleSheets {
    static let sheets: [(name: String, entries: [(key: String, value: String)])] = [
        // Black and greys for printed pages: every series distinct by its line style too.
        ("print", [
            ("axes.prop_cycle", "cycler('color', ['k', '0.35', 'k', '0.35', 'k', '0.55', 'k', '0.55']) + cycler('linestyle', ['-', '--', ':', '-.', (0, (8, 2.5)), '-', '--', ':'])"),
            ("axes.edgecolor", "k"), ("grid.color", "0.75"), ("text.color", "k"),
            ("xtick.color", "k"), ("ytick.color", "k"), ("axes.labelcolor", "k"),
            ("legend.edgecolor", "0.5"), ("legend.framealpha", "1"),
        ]),
    ]
}
