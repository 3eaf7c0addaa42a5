import CCairo
import Chart
import MathText

/// Math in texts, drawn as matplotlib's backends draw a `MathTextParser("path")` parse: each
/// glyph at its place from the text's baseline start, the boxes (fraction bars, radical
/// overlines) filled, everything raised by the layout's ``MathLayout/baselineShift``.
extension CairoRenderer {
    /// On a raster, as the Agg backend does (`RendererAgg.draw_mathtext` through
    /// `_draw_text_glyphs_and_boxes`): the layout at the figure's dpi, each glyph hinted and
    /// rendered by FreeType at its place to 1/64 pixel (as plain text's glyphs are), each box
    /// grown to at least a pixel across and high, its corners snapped to whole pixels (Agg's
    /// `PathSnapper` for a path of straight lines), and filled.
    func rasterMath(
        _ cr: OpaquePointer, _ run: MathRun, origin: Point, color: Color, anchor: TextAnchor, rotated: Bool, scale: Double
    ) {
        let start = baselineStart(origin, shift: anchor.shift(width: run.width), rotated: rotated, scale: scale)
        let layout = run.raster
        let up = layout.baselineShift
        var bitmaps: [Typesetter.Bitmap] = []
        for glyph in layout.glyphs {
            guard let file = MathFaceFile.of(glyph.face), let index = file.glyphIndex(of: glyph),
                let setter = Typesetter.of(file.faceFile)
            else { continue }
            // FT2Font.set_size: the size in 26.6 points, truncated.
            let charSize = FT_F26Dot6(glyph.size * file.scale * 64)
            bitmaps += setter.rasterize(
                [(index: index, x: glyph.x, y: glyph.y + up)], charSize: charSize, dpi: run.dpi, hinting: run.hinting,
                origin: start, rotated: rotated)
        }
        paint(cr, bitmaps, color: color)
        guard !layout.rectangles.isEmpty else { return }
        cairo_save(cr)
        cairo_identity_matrix(cr)
        set(cr, color)
        for r in layout.rectangles {
            // Thin bars grow symmetrically so that they cannot vanish.
            var (x, y, width, height) = (r.x, r.y + up, r.width, r.height)
            if width < 1 { (x, width) = (x - (1 - width) / 2, 1) }
            if height < 1 { (y, height) = (y - (1 - height) / 2, 1) }
            // Along the text and up from its baseline, to device pixels.
            func device(_ along: Double, _ above: Double) -> (x: Double, y: Double) {
                rotated ? (start.x - above, start.y - along) : (start.x + along, start.y - above)
            }
            let a = device(x, y), b = device(x + width, y + height)
            func snapped(_ v: Double) -> Double { (v + 0.5).rounded(.down) }
            let left = snapped(min(a.x, b.x)), right = snapped(max(a.x, b.x))
            let top = snapped(min(a.y, b.y)), bottom = snapped(max(a.y, b.y))
            cairo_rectangle(cr, left, top, right - left, bottom - top)
            cairo_fill(cr)
        }
        cairo_restore(cr)
    }

    /// In PDF and SVG, as matplotlib's vector backends do: the layout at 72 dpi (points), each
    /// run of glyphs of one face and size shown by glyph index, and the boxes filled where they
    /// are.
    ///
    /// A PDF's text is the label's Unicode rendering (``MathRun/unicode``, `σ(x) = 1/(1 + e^(−x))`),
    /// carried by the first run's glyphs as one cluster (Cairo writes it as an `/ActualText`
    /// span) while the other runs' glyphs stand for no text: a fraction's or a script's glyphs,
    /// read by their places, would come out in another order than a reader's.
    func drawMath(_ cr: OpaquePointer, _ run: MathRun, origin: Point, color: Color, anchor: TextAnchor, rotated: Bool) {
        let layout = run.vector
        let up = layout.baselineShift
        let shift = anchor.shift(width: run.width)
        cairo_save(cr)
        cairo_translate(cr, origin.x, origin.y)
        if rotated { cairo_rotate(cr, -Double.pi / 2) }
        set(cr, color)
        var text = Array(run.unicode.utf8)
        var pending: (file: MathFaceFile, size: Double, glyphs: [cairo_glyph_t])?
        func flush() {
            guard let glyphs = pending, let face = CairoFaces.face(glyphs.file.faceFile) else { return }
            cairo_set_font_face(cr, face)
            cairo_set_font_size(cr, glyphs.size)
            show(cr, glyphs.glyphs, text: text, clusters: [(bytes: text.count, glyphs: glyphs.glyphs.count)])
            text = []
            pending = nil
        }
        for glyph in layout.glyphs {
            guard let file = MathFaceFile.of(glyph.face), let index = file.glyphIndex(of: glyph) else { continue }
            let size = glyph.size * file.scale
            if let current = pending, current.file != file || current.size != size { flush() }
            if pending == nil { pending = (file, size, []) }
            pending?.glyphs.append(cairo_glyph_t(index: UInt(index), x: shift + glyph.x, y: -(glyph.y + up)))
        }
        flush()
        for r in layout.rectangles {
            cairo_rectangle(cr, shift + r.x, -(r.y + r.height + up), r.width, r.height)
        }
        cairo_fill(cr)
        cairo_restore(cr)
    }
}
