import Chart

/// The page's CSS, scoped to one chart's element so that a page it is pasted into keeps its
/// own look. Colours come from the chart's style: the figure's face and text colours.
enum PageStyle {
    static func css(scope s: String, background: Color?, text: Color) -> String {
        let bg = background.map(rgba) ?? "transparent"
        let fg = rgba(text)
        let faint = rgba(text.withAlpha(0.6 * text.alpha))
        return """
            \(s){margin:0;padding:0;max-width:100%;display:inline-block;background:\(bg);color:\(fg);\
            font:14px/1.4 "DejaVu Sans",Verdana,system-ui,sans-serif;-webkit-text-size-adjust:100%}
            \(s) .ap-stage{position:relative;display:block;max-width:100%;outline:none;touch-action:pan-y;\
            -webkit-user-select:none;user-select:none}
            \(s) .ap-stage:focus-visible{box-shadow:0 0 0 2px \(faint)}
            \(s) .ap-svg{display:block;max-width:100%;height:auto}
            \(s) .ap-help{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;margin:0}
            \(s) .ap-readout{margin:.2em .6em .4em;min-height:1.4em;font-variant-numeric:tabular-nums;white-space:normal}
            \(s) .ap-readout span{margin-right:1.2em;white-space:nowrap}
            \(s) .ap-readout i{font-style:normal}
            \(s) .ap-controls{margin:.2em .6em 0;display:flex;flex-wrap:wrap;gap:.4em 1.2em;align-items:center}
            \(s) .ap-controls:empty{display:none}
            \(s) .ap-controls input[type=range]{vertical-align:middle;accent-color:\(fg)}
            \(s) .ap-controls button,\(s) .ap-controls select,\(s) .ap-controls input[type=search]{font:inherit;color:inherit;\
            background:transparent;border:1px solid \(faint);border-radius:3px;padding:.1em .5em}
            \(s) .ap-toggles{position:absolute;left:0;top:0;width:1px;height:1px;overflow:hidden}
            \(s) .ap-toggles:focus-within{position:static;width:auto;height:auto;overflow:visible}
            \(s) .ap-js[hidden]{display:none}
            """
    }

    /// A CSS colour.
    static func rgba(_ c: Color) -> String {
        func channel(_ v: Double) -> Int { Int((max(0, min(1, v)) * 255).rounded()) }
        return "rgba(\(channel(c.red)),\(channel(c.green)),\(channel(c.blue)),\(JSONText.number(c.alpha)))"
    }
}
