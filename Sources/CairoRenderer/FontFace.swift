import CCairo

/// DejaVu Sans, loaded straight from its file through FreeType when it is where Debian's
/// fonts-dejavu-core puts it: asking fontconfig to find it costs more than drawing a chart.
/// Elsewhere, Cairo's toy API asks fontconfig for the family by name. The face lives as long as
/// the process; Cairo serialises its use across threads.
final class FontFace: @unchecked Sendable {
    /// The face, or nil to select the family by name.
    let face: OpaquePointer?
    private var library: FT_Library?
    private var ftFace: FT_Face?

    static let candidates = [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/TTF/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    ]

    /// One face for the whole process: loading it once serves every chart of a batch.
    static let shared = FontFace()

    private init() {
        var library: FT_Library?
        var loaded: OpaquePointer?
        if FT_Init_FreeType(&library) == 0, let library {
            self.library = library
            for path in FontFace.candidates {
                var ftFace: FT_Face?
                if FT_New_Face(library, path, 0, &ftFace) == 0, let ftFace {
                    self.ftFace = ftFace
                    let candidate = cairo_ft_font_face_create_for_ft_face(ftFace, 0)
                    if let candidate, cairo_font_face_status(candidate) == CAIRO_STATUS_SUCCESS {
                        loaded = candidate
                    }
                    break
                }
            }
        }
        face = loaded
    }

    /// Sets the face on a context.
    func select(on cr: OpaquePointer) {
        if let face {
            cairo_set_font_face(cr, face)
        } else {
            cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
        }
    }
}
