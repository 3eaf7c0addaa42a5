import CCairo
import Chart
import Synchronization

/// One line of text set in a face: each glyph and where its pen position falls, in points from
/// the line's start, and the line's extent.
public struct ShapedText: Sendable {
    public struct Glyph: Sendable {
        public let index: UInt32
        public let x: Double
        /// The UTF-8 bytes of the character the glyph shows.
        public let utf8Count: Int
    }

    public let glyphs: [Glyph]
    public let extent: TextExtent
}

/// Sets text in one face as matplotlib 3.11 does with its Agg backend (`Text._get_layout` over
/// FreeType): the face hinted at the figure's pixel size (FreeType's default TrueType hinting,
/// as `text.hinting: default`), each glyph advancing by its hinted advance plus the unhinted
/// pair kerning; the ascent the hinted ink top but at least the font's typographic ascent (OS/2
/// sTypoAscender), the descent at least the typographic descent.
///
/// Layout measures with it and the renderer draws its glyph positions, so a text is drawn exactly
/// as wide as it was measured. It keeps its own FreeType face (Cairo's may be in use on another
/// thread) behind a lock, and each glyph's metrics per size.
public final class Typesetter: @unchecked Sendable {
    private struct GlyphKey: Hashable {
        var scalar: UInt32
        var size: Double
        var dpi: UInt32
        var hinting: Style.Font.Hinting
    }

    /// A glyph's index, hinted advance and hinted vertical ink bounds, in 1/64 pixel.
    private struct Metrics {
        var index: UInt32
        var advance: Int
        var top: Int
        var bottom: Int
    }

    private struct State {
        var library: FT_Library?
        var face: FT_Face?
        var glyphs: [GlyphKey: Metrics] = [:]
        var setSize: (size: Double, dpi: UInt32)?
    }

    public let file: FaceFile
    private let state: Mutex<State>
    private let unitsPerEm: Double
    private let typoAscender: Double
    private let typoDescender: Double
    private let hasKerning: Bool

    private static let setters = Mutex<[FaceFile: Typesetter]>([:])

    /// The typesetter of `file`, made once.
    public static func of(_ file: FaceFile) -> Typesetter? {
        if let known = setters.withLock({ $0[file] }) { return known }
        guard let made = Typesetter(file) else { return nil }
        return setters.withLock { setters in
            if let known = setters[file] { return known }
            setters[file] = made
            return made
        }
    }

    private init?(_ file: FaceFile) {
        self.file = file
        var library: FT_Library?
        guard FT_Init_FreeType(&library) == 0, let library else { return nil }
        var face: FT_Face?
        guard FT_New_Face(library, file.path, FT_Long(file.index), &face) == 0, let face else {
            FT_Done_FreeType(library)
            return nil
        }
        unitsPerEm = Double(face.pointee.units_per_EM)
        if let table = FT_Get_Sfnt_Table(face, FT_SFNT_OS2) {
            let os2 = table.assumingMemoryBound(to: TT_OS2.self).pointee
            typoAscender = Double(os2.sTypoAscender)
            typoDescender = -Double(os2.sTypoDescender)
        } else {
            typoAscender = Double(face.pointee.ascender)
            typoDescender = -Double(face.pointee.descender)
        }
        hasKerning = (face.pointee.face_flags & FT_Long(FT_FACE_FLAG_KERNING)) != 0
        state = Mutex(State(library: library, face: face))
    }

    /// `text` at `size` points in a figure of `dpi`: glyphs and extent, in points.
    public func shape(_ text: String, size: Double, dpi: Double, hinting: Style.Font.Hinting = .native) -> ShapedText {
        let resolution = UInt32(max(1, min(dpi, 1e6)))
        let pixelsPerPoint = Double(resolution) / 72
        let ppem = size * pixelsPerPoint
        let (glyphs, advance, top, bottom) = state.withLock { state -> ([ShapedText.Glyph], Int, Int, Int) in
            // Kerning is scaled at the face's current size: set it even when every glyph is known.
            guard setSize(size, dpi: resolution, &state) else { return ([], 0, Int.min, Int.max) }
            var glyphs: [ShapedText.Glyph] = []
            var pen = 0, top = Int.min, bottom = Int.max
            var previous: UInt32 = 0
            for scalar in text.unicodeScalars {
                guard let metrics = glyph(scalar.value, size: size, dpi: resolution, hinting: hinting, &state) else { continue }
                if hasKerning, previous != 0, let face = state.face {
                    var kerning = FT_Vector()
                    if FT_Get_Kerning(face, previous, metrics.index, UInt32(FT_KERNING_UNFITTED.rawValue), &kerning) == 0 {
                        pen += Int(kerning.x)
                    }
                }
                glyphs.append(
                    ShapedText.Glyph(index: metrics.index, x: Double(pen) / 64 / pixelsPerPoint, utf8Count: String(scalar).utf8.count))
                pen += metrics.advance
                top = max(top, metrics.top)
                bottom = min(bottom, metrics.bottom)
                previous = metrics.index
            }
            return (glyphs, pen, top, bottom)
        }
        let inkTop = top == Int.min ? 0 : Double(top) / 64
        let inkDepth = bottom == Int.max ? 0 : -Double(bottom) / 64
        let ascent = max(inkTop, typoAscender / unitsPerEm * ppem)
        let descent = max(inkDepth, typoDescender / unitsPerEm * ppem)
        return ShapedText(
            glyphs: glyphs,
            extent: TextExtent(
                width: Double(advance) / 64 / pixelsPerPoint, ascent: ascent / pixelsPerPoint, descent: descent / pixelsPerPoint))
    }

    /// A glyph's antialiased coverage and where its top-left pixel goes, in device pixels.
    struct Bitmap {
        var coverage: [UInt8]
        var width: Int
        var rows: Int
        var left: Int
        var top: Int
    }

    /// The glyphs of `shaped`, rendered as matplotlib's Agg backend renders them
    /// (`_draw_text_glyphs_and_boxes`): each hinted at the pixel size, moved to its pen position to
    /// 1/64 pixel (FreeType's transform delta), turned for rotated text, and rasterised with
    /// 8-bit coverage at FreeType's own integer bitmap position. `origin` is the text's
    /// baseline start in device pixels.
    func rasterize(
        _ shaped: ShapedText, size: Double, dpi: Double, hinting: Style.Font.Hinting, origin: (x: Double, y: Double), rotated: Bool
    ) -> [Bitmap] {
        let resolution = UInt32(max(1, min(dpi, 1e6)))
        let pixelsPerPoint = Double(resolution) / 72
        return state.withLock { state -> [Bitmap] in
            guard setSize(size, dpi: resolution, &state), let face = state.face else { return [] }
            var bitmaps: [Bitmap] = []
            var matrix = rotated
                ? FT_Matrix(xx: 0, xy: -0x10000, yx: 0x10000, yy: 0) : FT_Matrix(xx: 0x10000, xy: 0, yx: 0, yy: 0x10000)
            for glyph in shaped.glyphs {
                let pen = glyph.x * pixelsPerPoint
                // FreeType's y grows upwards: the device row y is -y there.
                var delta = rotated
                    ? FT_Vector(x: FT_Pos((origin.x * 64).rounded()), y: FT_Pos((-origin.y * 64 + pen * 64).rounded()))
                    : FT_Vector(x: FT_Pos(((origin.x + pen) * 64).rounded()), y: FT_Pos((-origin.y * 64).rounded()))
                FT_Set_Transform(face, &matrix, &delta)
                guard FT_Load_Glyph(face, glyph.index, Typesetter.loadFlags(hinting)) == 0, let slot = face.pointee.glyph,
                    FT_Render_Glyph(slot, FT_RENDER_MODE_NORMAL) == 0
                else { continue }
                let b = slot.pointee.bitmap
                let width = Int(b.width), rows = Int(b.rows), pitch = Int(b.pitch)
                guard width > 0, rows > 0, let buffer = b.buffer else { continue }
                var coverage = [UInt8](repeating: 0, count: width * rows)
                for r in 0..<rows {
                    for c in 0..<width { coverage[r * width + c] = buffer[r * pitch + c] }
                }
                bitmaps.append(
                    Bitmap(coverage: coverage, width: width, rows: rows, left: Int(slot.pointee.bitmap_left), top: -Int(slot.pointee.bitmap_top)))
            }
            FT_Set_Transform(face, nil, nil)
            return bitmaps
        }
    }

    /// FreeType's load flags for a hinting (matplotlib's `LoadFlags` for `text.hinting`).
    static func loadFlags(_ hinting: Style.Font.Hinting) -> Int32 {
        switch hinting {
        case .native: Int32(FT_LOAD_DEFAULT)
        case .autohint: Int32(FT_LOAD_FORCE_AUTOHINT)
        case .none: Int32(FT_LOAD_NO_HINTING)
        }
    }

    /// Sets the face to `size` points at `dpi`, unless it is already.
    private func setSize(_ size: Double, dpi: UInt32, _ state: inout State) -> Bool {
        guard let face = state.face else { return false }
        if let current = state.setSize, current == (size, dpi) { return true }
        guard FT_Set_Char_Size(face, FT_F26Dot6((size * 64).rounded()), 0, dpi, dpi) == 0 else { return false }
        state.setSize = (size, dpi)
        return true
    }

    /// The glyph of `scalar` at the face's current size, loaded and hinted once.
    private func glyph(_ scalar: UInt32, size: Double, dpi: UInt32, hinting: Style.Font.Hinting, _ state: inout State) -> Metrics? {
        let key = GlyphKey(scalar: scalar, size: size, dpi: dpi, hinting: hinting)
        if let known = state.glyphs[key] { return known }
        guard let face = state.face else { return nil }
        let index = FT_Get_Char_Index(face, FT_ULong(scalar))
        guard FT_Load_Glyph(face, index, Typesetter.loadFlags(hinting)) == 0, let slot = face.pointee.glyph else { return nil }
        let metrics = slot.pointee.metrics
        let glyph = Metrics(
            index: index, advance: Int(slot.pointee.advance.x), top: Int(metrics.horiBearingY),
            bottom: Int(metrics.horiBearingY - metrics.height))
        state.glyphs[key] = glyph
        return glyph
    }

    deinit {
        state.withLock { state in
            if let face = state.face { FT_Done_Face(face) }
            if let library = state.library { FT_Done_FreeType(library) }
        }
    }
}

/// Measures text for layout with the renderer's ``Typesetter``s: matplotlib's hinted extents in
/// whichever installed face the style's font resolves to.
public struct FontMeasurer: TextMeasurer {
    public init() {}

    /// DejaVu Sans, for text whose own font cannot be found (the run is refused before drawing).
    static let fallback = Style.Font(families: ["DejaVu Sans"])

    public func extent(of text: String, font: Style.Font, size: Double, dpi: Double) -> TextExtent {
        guard let setter = Typesetter.for(font) else {
            return FontMetrics.dejaVuSans.extent(of: text, font: font, size: size, dpi: dpi)
        }
        return setter.shape(text, size: size, dpi: dpi, hinting: font.hinting).extent
    }
}

extension Typesetter {
    /// The typesetter of the face `font` resolves to, or of DejaVu Sans.
    static func `for`(_ font: Style.Font) -> Typesetter? {
        let file = (try? FontLibrary.face(for: font)) ?? (try? FontLibrary.face(for: FontMeasurer.fallback))
        return file.flatMap(Typesetter.of)
    }
}
