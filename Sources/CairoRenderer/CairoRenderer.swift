import CCairo
import Chart

/// Cairo's write callback: forwards to the `ByteSink` passed as the closure pointer.
private let writeToSink: cairo_write_func_t = { closure, data, length in
    guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
    let sink = Unmanaged<AnyObject>.fromOpaque(closure).takeUnretainedValue() as? ByteSink
    guard let sink else { return CAIRO_STATUS_WRITE_ERROR }
    let ok = sink.write(UnsafeRawBufferPointer(start: data, count: Int(length)))
    return ok ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR
}

/// Collects bytes in memory.
final class MemorySink: ByteSink {
    var bytes: [UInt8] = []

    func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
        self.bytes.append(contentsOf: bytes)
        return true
    }
}

/// Renders a scene as PNG, SVG or PDF through Cairo, streaming the bytes to a sink.
public struct CairoRenderer: Renderer {
    public enum Format: String, CaseIterable, Sendable {
        case png, svg, pdf
    }

    public let format: Format
    /// `documentDate` is the date a PDF records as its creation date, as ISO 8601
    /// (`2024-05-06T07:08:09Z`); nil records none, so the same chart always gives the same bytes.
    public let options: RenderOptions

    public init(format: Format, options: RenderOptions = RenderOptions()) {
        self.format = format
        self.options = options
    }

    public func render(_ scene: Scene, to sink: ByteSink) throws {
        try CairoError.openLibraries()
        let closure = Unmanaged.passUnretained(sink as AnyObject).toOpaque()
        try withExtendedLifetime(sink) {
            switch format {
            case .png:
                let surface = try image(scene)
                try PNGEncoder.encode(surface.pointer, alpha: scene.background.map { $0.alpha < 1 } ?? true, to: sink)
            case .svg:
                // Kept in memory to renumber Cairo's process-wide surface ids (SVGIdentifiers).
                let memory = MemorySink()
                let surface = try Surface(
                    cairo_svg_surface_create_for_stream(
                        writeToSink, Unmanaged.passUnretained(memory as AnyObject).toOpaque(), scene.width,
                        scene.height),
                    creating: "the SVG document")
                cairo_svg_surface_set_document_unit(surface.pointer, CAIRO_SVG_UNIT_PT)
                let textElements = options.svgFontType == .none
                try withExtendedLifetime(memory) { try drawVector(scene, on: surface, text: !textElements) }
                var document = SVGIdentifiers.renumber(memory.bytes)
                if textElements { document = SVGText.insert(scene, into: document) }
                try document.withUnsafeBytes { bytes in
                    guard sink.write(bytes) else { throw CairoError(CAIRO_STATUS_WRITE_ERROR, while: "writing the SVG") }
                }
            case .pdf:
                let surface = try Surface(
                    cairo_pdf_surface_create_for_stream(writeToSink, closure, scene.width, scene.height),
                    creating: "the PDF document")
                cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_CREATOR, "actplot")
                // Cairo stamps the current time unless told otherwise; an empty date writes none.
                cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_CREATE_DATE, options.documentDate ?? "")
                try drawVector(scene, on: surface)
            }
        }
    }

    /// The pixels of the scene as the PNG holds them (`scene.dpi` gives the size), for a
    /// renderer that needs the raster itself, such as a terminal's sixel encoder.
    public func raster(_ scene: Scene) throws -> RasterImage {
        try CairoError.openLibraries()
        let surface = try image(scene)
        return try withExtendedLifetime(surface) { try RasterImage(surface: surface.pointer, what: "the image") }
    }

    /// The scene drawn on an image surface at `scene.dpi`.
    private func image(_ scene: Scene) throws -> Surface {
        let surface = try Surface(
            cairo_image_surface_create(
                CAIRO_FORMAT_ARGB32, Int32(clamping: scene.pixelWidth), Int32(clamping: scene.pixelHeight)),
            creating: "a \(scene.pixelWidth)×\(scene.pixelHeight) image")
        let context = try Context(surface)
        let scale = scene.dpi / 72
        cairo_scale(context.pointer, scale, scale)
        try draw(scene, on: context, snap: scale)
        return surface
    }

    private func drawVector(_ scene: Scene, on surface: Surface, text: Bool = true) throws {
        do {
            let context = try Context(surface)
            try draw(scene, on: context, snap: nil, text: text)
        }
        try surface.finish()
    }

    /// Executes the scene's commands. `snap` is the device scale for raster output: straight
    /// horizontal and vertical lines then land on pixel centres, as matplotlib's Agg snapping does.
    private func draw(_ scene: Scene, on context: Context, snap: Double?, text drawsText: Bool = true) throws {
        let cr = context.pointer
        if let background = scene.background {
            set(cr, background)
            cairo_rectangle(cr, 0, 0, scene.width, scene.height)
            cairo_fill(cr)
        }
        // Glyphs are placed where the typesetter puts them; Cairo must not round their advances.
        if let options = cairo_font_options_create() {
            cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
            cairo_set_font_options(cr, options)
            cairo_font_options_destroy(options)
        }
        // matplotlib's Agg snapping: a coordinate goes to a pixel centre when the stroke is an odd
        // number of pixels wide, to a pixel edge when even, so straight lines stay crisp.
        let snapped: (Double, Double) -> Double = { value, width in
            guard let scale = snap else { return value }
            let pixels = (width * scale).rounded()
            let offset = Int(min(max(pixels, 0), 1e6)) % 2 == 1 ? 0.5 : 0
            return ((value * scale).rounded() + offset) / scale
        }
        for command in scene.commands {
            switch command {
            case .rectangle(let rect, let fill, let stroke, let radius):
                let snappedRect: Rect
                if let stroke {
                    let x0 = snapped(rect.minX, stroke.width), y0 = snapped(rect.minY, stroke.width)
                    snappedRect = Rect(
                        x: x0, y: y0, width: snapped(rect.maxX, stroke.width) - x0,
                        height: snapped(rect.maxY, stroke.width) - y0)
                } else {
                    snappedRect = rect
                }
                if radius > 0 {
                    roundedRectangle(cr, snappedRect, radius: radius)
                } else {
                    cairo_rectangle(cr, snappedRect.x, snappedRect.y, snappedRect.width, snappedRect.height)
                }
                if let fill {
                    set(cr, fill)
                    if stroke == nil { cairo_fill(cr) } else { cairo_fill_preserve(cr) }
                }
                if let stroke { apply(cr, stroke); cairo_stroke(cr) }
            case .polyline(let dense, let stroke):
                // matplotlib's path simplification, at a ninth of a device pixel (PNG) or point.
                let points = PathSimplifier.simplify(dense, threshold: PathSimplifier.defaultThreshold / (snap ?? 1))
                guard let first = points.first else { continue }
                // Like matplotlib, only lines that run purely across or purely down are snapped.
                let horizontal = points.allSatisfy { $0.y == first.y }
                let vertical = !horizontal && points.allSatisfy { $0.x == first.x }
                let w = stroke.width
                cairo_move_to(cr, vertical ? snapped(first.x, w) : first.x, horizontal ? snapped(first.y, w) : first.y)
                for p in points.dropFirst() {
                    cairo_line_to(cr, vertical ? snapped(p.x, w) : p.x, horizontal ? snapped(p.y, w) : p.y)
                }
                apply(cr, stroke)
                cairo_stroke(cr)
            case .circle(let center, let radius, let fill, let stroke):
                cairo_new_sub_path(cr)
                cairo_arc(cr, center.x, center.y, radius, 0, 2 * Double.pi)
                if let fill {
                    set(cr, fill)
                    if stroke == nil { cairo_fill(cr) } else { cairo_fill_preserve(cr) }
                }
                if let stroke { apply(cr, stroke); cairo_stroke(cr) }
            case .text(let text, let origin, let size, let color, let anchor, let rotated, let font):
                if !drawsText { continue }
                if let scale = snap {
                    rasterText(
                        cr, text, origin: origin, size: size, color: color, anchor: anchor, rotated: rotated, font: font,
                        dpi: scene.dpi, scale: scale)
                } else {
                    drawText(
                        cr, text, origin: origin, size: size, color: color, anchor: anchor, rotated: rotated, font: font,
                        dpi: scene.dpi)
                }
            case .math(let run, let origin, let color, let anchor, let rotated):
                if !drawsText { continue }
                if let scale = snap {
                    rasterMath(cr, run, origin: origin, color: color, anchor: anchor, rotated: rotated, scale: scale)
                } else {
                    drawMath(cr, run, origin: origin, color: color, anchor: anchor, rotated: rotated)
                }
            case .beginClip(let rect):
                cairo_save(cr)
                cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
                cairo_clip(cr)
            case .endClip:
                cairo_restore(cr)
            case .colorBands(let rect, let colors):
                paintBands(cr, rect, colors: colors, raster: snap != nil)
            }
        }
        try context.check("drawing")
    }

    /// Draws `text` glyph by glyph where the ``Typesetter`` puts them (the positions layout
    /// measured), with each glyph's characters attached so that PDF text reads back.
    private func drawText(
        _ cr: OpaquePointer, _ text: String, origin: Point, size: Double, color: Color, anchor: TextAnchor, rotated: Bool,
        font: Style.Font, dpi: Double
    ) {
        guard let setter = Typesetter.for(font), let face = CairoFaces.face(setter.file) else { return }
        let shaped = setter.shape(text, size: size, dpi: dpi, hinting: font.hinting)
        let shift = anchor.shift(width: shaped.extent.width)
        cairo_save(cr)
        cairo_translate(cr, origin.x, origin.y)
        if rotated { cairo_rotate(cr, -Double.pi / 2) }
        cairo_set_font_face(cr, face)
        cairo_set_font_size(cr, size)
        set(cr, color)
        show(
            cr, shaped.glyphs.map { cairo_glyph_t(index: UInt($0.index), x: shift + $0.x, y: 0) }, text: Array(text.utf8),
            clusters: shaped.glyphs.map { (bytes: $0.utf8Count, glyphs: 1) })
        cairo_restore(cr)
    }

    /// Shows `glyphs` in the current face with the text they stand for, each cluster's glyphs
    /// standing for its next bytes of `text`, so that a PDF's text reads back (Cairo writes a
    /// cluster that is not one glyph for its characters as an `/ActualText` span); the glyphs
    /// alone when the clusters do not add up to the text and the glyphs.
    func show(_ cr: OpaquePointer, _ glyphs: [cairo_glyph_t], text: [UInt8], clusters: [(bytes: Int, glyphs: Int)]) {
        var glyphs = glyphs
        var cairoClusters = clusters.map { cairo_text_cluster_t(num_bytes: Int32($0.bytes), num_glyphs: Int32($0.glyphs)) }
        var utf8 = text
        guard utf8.count == clusters.reduce(0, { $0 + $1.bytes }), glyphs.count == clusters.reduce(0, { $0 + $1.glyphs })
        else {
            cairo_show_glyphs(cr, &glyphs, Int32(glyphs.count))
            return
        }
        utf8.withUnsafeMutableBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cairo_show_text_glyphs(
                    cr, chars.baseAddress, Int32(chars.count), &glyphs, Int32(glyphs.count), &cairoClusters,
                    Int32(cairoClusters.count), cairo_text_cluster_flags_t(rawValue: 0))
            }
        }
    }

    /// Draws `text` on a raster glyph by glyph as matplotlib's Agg backend does: FreeType's
    /// coverage of each hinted glyph at its pen position to 1/64 pixel, blended in the text's
    /// colour (Cairo would round every glyph to a whole pixel).
    private func rasterText(
        _ cr: OpaquePointer, _ text: String, origin: Point, size: Double, color: Color, anchor: TextAnchor, rotated: Bool,
        font: Style.Font, dpi: Double, scale: Double
    ) {
        guard let setter = Typesetter.for(font) else { return }
        let shaped = setter.shape(text, size: size, dpi: dpi, hinting: font.hinting)
        let start = baselineStart(origin, shift: anchor.shift(width: shaped.extent.width), rotated: rotated, scale: scale)
        let bitmaps = setter.rasterize(shaped, size: size, dpi: dpi, hinting: font.hinting, origin: start, rotated: rotated)
        paint(cr, bitmaps, color: color)
    }

    /// The baseline's start in device pixels of a text whose anchor is at `origin`: moved along
    /// the text by `shift` points, which runs upwards when it is turned.
    func baselineStart(_ origin: Point, shift: Double, rotated: Bool, scale: Double) -> (x: Double, y: Double) {
        rotated ? (x: origin.x * scale, y: (origin.y - shift) * scale) : (x: (origin.x + shift) * scale, y: origin.y * scale)
    }

    /// Blends glyph coverage bitmaps in `color`, in device pixels, as Agg's `draw_text_image` does.
    func paint(_ cr: OpaquePointer, _ bitmaps: [Typesetter.Bitmap], color: Color) {
        cairo_save(cr)
        cairo_identity_matrix(cr)
        set(cr, color)
        for bitmap in bitmaps {
            let stride = Int(cairo_format_stride_for_width(CAIRO_FORMAT_A8, Int32(bitmap.width)))
            var pixels = [UInt8](repeating: 0, count: stride * bitmap.rows)
            for r in 0..<bitmap.rows {
                for c in 0..<bitmap.width { pixels[r * stride + c] = bitmap.coverage[r * bitmap.width + c] }
            }
            pixels.withUnsafeMutableBufferPointer { buffer in
                guard let mask = cairo_image_surface_create_for_data(
                    buffer.baseAddress, CAIRO_FORMAT_A8, Int32(bitmap.width), Int32(bitmap.rows), Int32(stride))
                else { return }
                cairo_mask_surface(cr, mask, Double(bitmap.left), Double(bitmap.top))
                cairo_surface_destroy(mask)
            }
        }
        cairo_restore(cr)
    }

    /// Paints a colorbar's bands as one image, a pixel per band, stretched over `rect` without
    /// smoothing: no seam can show between bands, and PDF and SVG carry one small image, as
    /// matplotlib rasterizes a colorbar's mesh in vector output. On a raster the image covers
    /// the pixels whose centres are inside `rect`, each taking the band at its centre, as Agg
    /// fills matplotlib's unantialiased `pcolormesh`.
    private func paintBands(_ cr: OpaquePointer, _ rect: Rect, colors: [Color], raster: Bool) {
        let count = colors.count
        guard count > 0, rect.width > 0, rect.height > 0,
            let image = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, Int32(clamping: count))
        else { return }
        defer { cairo_surface_destroy(image) }
        guard cairo_surface_status(image) == CAIRO_STATUS_SUCCESS, let data = cairo_image_surface_get_data(image) else { return }
        let stride = Int(cairo_image_surface_get_stride(image))
        func byte(_ v: Double) -> UInt32 { UInt32((min(max(v, 0), 1) * 255).rounded()) }
        // Row 0 is the top band: the last colour. ARGB32 is native-endian and premultiplied.
        for (row, color) in colors.reversed().enumerated() {
            let a = min(max(color.alpha, 0), 1)
            let word = byte(a) << 24 | byte(color.red * a) << 16 | byte(color.green * a) << 8 | byte(color.blue * a)
            UnsafeMutableRawPointer(data + row * stride).storeBytes(of: word, as: UInt32.self)
        }
        cairo_surface_mark_dirty(image)
        guard let pattern = cairo_pattern_create_for_surface(image) else { return }
        defer { cairo_pattern_destroy(pattern) }
        cairo_pattern_set_filter(pattern, CAIRO_FILTER_NEAREST)
        var matrix = cairo_matrix_t()
        cairo_matrix_init_scale(&matrix, 1 / rect.width, Double(count) / rect.height)
        cairo_matrix_translate(&matrix, -rect.x, -rect.y)
        cairo_pattern_set_matrix(pattern, &matrix)
        cairo_save(cr)
        if raster { cairo_set_antialias(cr, CAIRO_ANTIALIAS_NONE) }
        cairo_set_source(cr, pattern)
        cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
        cairo_fill(cr)
        cairo_restore(cr)
    }

    func set(_ cr: OpaquePointer, _ color: Color) {
        cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
    }

    private func apply(_ cr: OpaquePointer, _ stroke: Stroke) {
        set(cr, stroke.color)
        cairo_set_line_width(cr, stroke.width)
        switch stroke.cap {
        case .butt: cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
        case .round: cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
        case .square: cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE)
        }
        switch stroke.join {
        case .miter: cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER)
        case .round: cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
        case .bevel: cairo_set_line_join(cr, CAIRO_LINE_JOIN_BEVEL)
        }
        stroke.dash.withUnsafeBufferPointer { dashes in
            cairo_set_dash(cr, dashes.baseAddress, Int32(dashes.count), 0)
        }
    }

    private func roundedRectangle(_ cr: OpaquePointer, _ rect: Rect, radius: Double) {
        let r = min(radius, rect.width / 2, rect.height / 2)
        cairo_new_sub_path(cr)
        cairo_arc(cr, rect.maxX - r, rect.minY + r, r, -Double.pi / 2, 0)
        cairo_arc(cr, rect.maxX - r, rect.maxY - r, r, 0, Double.pi / 2)
        cairo_arc(cr, rect.minX + r, rect.maxY - r, r, Double.pi / 2, Double.pi)
        cairo_arc(cr, rect.minX + r, rect.minY + r, r, Double.pi, 3 * Double.pi / 2)
        cairo_close_path(cr)
    }
}

extension TextAnchor {
    /// How far a text of `width` moves along its baseline from its anchor: none from its start,
    /// half its width back when centred, all of it when it ends there.
    func shift(width: Double) -> Double {
        switch self {
        case .left: 0
        case .center: -width / 2
        case .right: -width
        }
    }
}
