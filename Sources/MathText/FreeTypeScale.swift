/// FreeType's fixed-point scaling of one face at one size, reproduced so that metrics come out as
/// matplotlib reads them through FreeType for an unhinted load (`LoadFlags.NO_HINTING`, what its
/// vector backends and `MathTextParser("path")` use).
///
/// matplotlib's `FT2Font.set_size` calls `FT_Set_Char_Size(face, ptsize * 64, 0, dpi, dpi)`;
/// FreeType turns that into a 16.16 scale from font units to 26.6 pixels (`FT_Request_Metrics`),
/// scales each outline point with `FT_MulFix`, and the glyph's advance with `FT_MulDiv`. The
/// rounding of those steps moves a glyph by at most 1/64 pixel, but copying it keeps the layout
/// identical to matplotlib's instead of nearly so.
struct FreeTypeScale {
    /// Font units to 26.6 pixels, in 16.16 fixed point (`size->metrics.x_scale`).
    let scale: Int64
    /// Pixels per em, rounded (`size->metrics.x_ppem`).
    let ppem: Int64

    init(unitsPerEm: Int64, fontSize: Double, dpi: Double) {
        // (FT_F26Dot6)(ptsize * 64) and (FT_UInt)dpi truncate; FT_REQUEST_WIDTH rounds.
        let charSize = Int64(fontSize * 64)
        let resolution = Int64(dpi)
        let scaled = (charSize * resolution + 36) / 72
        scale = Self.divFix(scaled, unitsPerEm)
        ppem = (scaled + 32) >> 6
    }

    /// A coordinate in font units as a 26.6 value (`FT_MulFix`).
    func scaled(_ units: Int32) -> Int64 { Self.mulFix(Int64(units), scale) }

    /// A coordinate in font units in pixels.
    func pixels(_ units: Int32) -> Double { Double(scaled(units)) / 64 }

    /// The advance in pixels: FreeType's `linearHoriAdvance` is `FT_MulDiv(advance, x_scale, 64)`
    /// in 16.16 pixels.
    func advance(_ units: Int32) -> Double {
        Double(Self.mulDiv(Int64(units), scale, 64)) / 65536
    }

    /// Kerning in pixels as `FT_Get_Kerning` with `FT_KERNING_DEFAULT` returns it: scaled, damped
    /// below 25 pixels per em, and rounded to a whole pixel.
    func kerning(_ units: Int32) -> Double {
        var value = Self.mulFix(Int64(units), scale)
        if ppem < 25 { value = Self.mulDiv(value, ppem, 25) }
        return Double((value + 32) & ~63) / 64
    }

    /// `FT_MulFix`: (a × b) / 65536, rounded half away from zero.
    static func mulFix(_ a: Int64, _ b: Int64) -> Int64 {
        let product = a * b
        return (product + 0x8000 - (product < 0 ? 1 : 0)) >> 16
    }

    /// `FT_DivFix`: (a × 65536) / b, rounded.
    static func divFix(_ a: Int64, _ b: Int64) -> Int64 {
        let negative = (a < 0) != (b < 0)
        let q = ((abs(a) << 16) + (abs(b) >> 1)) / abs(b)
        return negative ? -q : q
    }

    /// `FT_MulDiv`: (a × b) / c, rounded half away from zero.
    static func mulDiv(_ a: Int64, _ b: Int64, _ c: Int64) -> Int64 {
        let negative = (a < 0) != (b < 0)
        let d = (abs(a) * abs(b) + (c >> 1)) / c
        return negative ? -d : d
    }
}
