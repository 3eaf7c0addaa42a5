import CCairo
import Synchronization

/// Cairo's font face for each font file, made once and kept for the life of the process (with
/// the FreeType face it draws from). Cairo serialises its own use of a face across threads.
enum CairoFaces {
    private final class Entry: @unchecked Sendable {
        let face: OpaquePointer
        let ftFace: FT_Face
        init(face: OpaquePointer, ftFace: FT_Face) {
            self.face = face
            self.ftFace = ftFace
        }
    }

    private struct State: @unchecked Sendable {
        var library: FT_Library?
        var faces: [FaceFile: Entry] = [:]
    }

    private static let state = Mutex(State())

    /// The Cairo face of `file`, or nil when FreeType cannot open it.
    static func face(_ file: FaceFile) -> OpaquePointer? {
        state.withLock { state -> OpaquePointer? in
            if let known = state.faces[file] { return known.face }
            if state.library == nil {
                var library: FT_Library?
                guard FT_Init_FreeType(&library) == 0 else { return nil }
                state.library = library
            }
            var ftFace: FT_Face?
            guard let library = state.library, FT_New_Face(library, file.path, FT_Long(file.index), &ftFace) == 0, let ftFace
            else { return nil }
            guard let face = cairo_ft_font_face_create_for_ft_face(ftFace, 0),
                cairo_font_face_status(face) == CAIRO_STATUS_SUCCESS
            else {
                FT_Done_Face(ftFace)
                return nil
            }
            state.faces[file] = Entry(face: face, ftFace: ftFace)
            return face
        }
    }
}
