import CCairo
import Chart
import Synchronization

/// Measures text the way matplotlib 3.11 does with its Agg backend (`Text._get_layout` over
/// FreeType): DejaVu Sans hinted at the figure's pixel size (FreeType's default TrueType
/// hinting, as `text.hinting: default`), the width the sum of the hinted advances and the
/// unhinted pair kerning, the ascent the hinted ink top but at least the font's typographic
/// ascent (OS/2 sTypoAscender), the descent at least the typographic descent.
///
/// It keeps its own FreeType face (Cairo's may be in use on another thread) behind a lock, and
/// remembers each glyph's metrics per size, so a chart's labels cost a few glyph loads.
public final class FreeTypeMeasurer: TextMeasurer, @unchecked Sendable {
    /// The measurer for DejaVu Sans, or nil when its file is not found.
    public static let shared: FreeTypeMeasurer? = FontFace.candidates.lazy.compactMap(FreeTypeMeasurer.init(path:)).first

    private struct GlyphKey: Hashable {
        var scalar: UInt32
        var size: Double
        var dpi: UInt32
    }

    /// A glyph's index, hinted advance and hinted vertical ink bounds, in 1/64 pixel.
    private struct Glyph {
        var index: UInt32
        var advance: Int
        var top: Int
        var bottom: Int
    }

    private struct State {
        var library: FT_Library?
        var face: FT_Face?
        var glyphs: [GlyphKey: Glyph] = [:]
        var setSize: (size: Double, dpi: UInt32)?
    }

    private let state: Mutex<State>
    private let unitsPerEm: Double
    private let typoAscender: Double
    private let typoDescender: Double
    private let hasKerning: Bool

    init?(path: String) {
        var library: FT_Library?
        guard FT_Init_FreeType(&library) == 0, let library else { return nil }
        var face: FT_Face?
        guard FT_New_Face(library, path, 0, &face) == 0, let face else {
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

    public func extent(of text: String, size: Double, dpi: Double) -> TextExtent {
        let resolution = UInt32(max(1, min(dpi, 1e6)))
        let pixelsPerPoint = Double(resolution) / 72
        let ppem = size * pixelsPerPoint
        let (advance, top, bottom) = state.withLock { state -> (Int, Int, Int) in
            // Kerning is scaled at the face's current size: set it even when every glyph is known.
            guard setSize(size, dpi: resolution, &state) else { return (0, Int.min, Int.max) }
            var advance = 0, top = Int.min, bottom = Int.max
            var previous: UInt32 = 0
            for scalar in text.unicodeScalars {
                guard let glyph = glyph(scalar.value, size: size, dpi: resolution, &state) else { continue }
                if hasKerning, previous != 0, let face = state.face {
                    var kerning = FT_Vector()
                    if FT_Get_Kerning(face, previous, glyph.index, UInt32(FT_KERNING_UNFITTED.rawValue), &kerning) == 0 {
                        advance += Int(kerning.x)
                    }
                }
                advance += glyph.advance
                top = max(top, glyph.top)
                bottom = min(bottom, glyph.bottom)
                previous = glyph.index
            }
            return (advance, top, bottom)
        }
        let inkTop = top == Int.min ? 0 : Double(top) / 64
        let inkDepth = bottom == Int.max ? 0 : -Double(bottom) / 64
        let ascent = max(inkTop, typoAscender / unitsPerEm * ppem)
        let descent = max(inkDepth, typoDescender / unitsPerEm * ppem)
        return TextExtent(
            width: Double(advance) / 64 / pixelsPerPoint, ascent: ascent / pixelsPerPoint,
            descent: descent / pixelsPerPoint)
    }

    /// The glyph of `scalar` at this size, loaded and hinted once.
    private func glyph(_ scalar: UInt32, size: Double, dpi: UInt32, _ state: inout State) -> Glyph? {
        let key = GlyphKey(scalar: scalar, size: size, dpi: dpi)
        if let known = state.glyphs[key] { return known }
        guard let face = state.face else { return nil }
        let index = FT_Get_Char_Index(face, FT_ULong(scalar))
        guard FT_Load_Glyph(face, index, Int32(FT_LOAD_DEFAULT)) == 0, let slot = face.pointee.glyph else { return nil }
        let metrics = slot.pointee.metrics
        let glyph = Glyph(
            index: index, advance: Int(slot.pointee.advance.x), top: Int(metrics.horiBearingY),
            bottom: Int(metrics.horiBearingY - metrics.height))
        state.glyphs[key] = glyph
        return glyph
    }

    /// Sets the face to `size` points at `dpi`, unless it is already.
    private func setSize(_ size: Double, dpi: UInt32, _ state: inout State) -> Bool {
        guard let face = state.face else { return false }
        if let current = state.setSize, current == (size, dpi) { return true }
        guard FT_Set_Char_Size(face, FT_F26Dot6((size * 64).rounded()), 0, dpi, dpi) == 0 else { return false }
        state.setSize = (size, dpi)
        return true
    }

    deinit {
        state.withLock { state in
            if let face = state.face { FT_Done_Face(face) }
            if let library = state.library { FT_Done_FreeType(library) }
        }
    }
}
