#if canImport(Glibc)
import Glibc
#endif
import Chart
import MathText
import Synchronization

/// The font file a math face is drawn from: matplotlib's own file when Debian's
/// `python-matplotlib-data` is installed, or the same face from another Debian package.
///
/// matplotlib's files are the ones math is laid out for: their glyph indices are drawn as they
/// are. Another package's version of the face (DejaVu 2.37 in `fonts-dejavu-core` and
/// `fonts-dejavu-extra` for matplotlib's 2.35, STIX 1.1 in `fonts-stix`, the BaKoMa faces of
/// `fonts-lyx`) has the same character codes and advances but other glyph indices, so its
/// glyphs are found by character code; their outlines may differ a little from matplotlib's.
/// matplotlib's big-operator face (DejaVuSansDisplay, ∑ ∏ ∫ in display size) exists only in
/// `python-matplotlib-data`; without it they are DejaVu Sans' glyphs scaled by √2, which is how
/// that face was made.
public struct MathFaceFile: Sendable, Hashable {
    /// The file.
    public let path: String
    /// Whether the file is matplotlib's own, whose glyph indices the layout carries.
    public let isMatplotlibs: Bool
    /// What the glyphs' size is multiplied by.
    public let scale: Double

    /// The file `face` is drawn from, or nil when no package that has it is installed.
    public static func of(_ face: MathFace) -> MathFaceFile? {
        if let known = found.withLock({ $0[face] }) { return known }
        let file = candidates(face).lazy.compactMap { candidate -> MathFaceFile? in
            access(candidate.path, R_OK) == 0 ? candidate : nil
        }.first
        found.withLock { $0[face] = file }
        return file
    }

    private static let found = Mutex<[MathFace: MathFaceFile?]>([:])

    /// The Cairo face file, for ``CairoFaces`` and ``Typesetter``.
    var faceFile: FaceFile { FaceFile(path: path, index: 0, family: "") }

    /// The glyph index to draw for `glyph` from this file.
    func glyphIndex(of glyph: MathGlyph) -> UInt32? {
        if isMatplotlibs { return glyph.glyphIndex }
        let index = Typesetter.of(faceFile)?.glyphIndex(forCharacter: glyph.character) ?? 0
        return index == 0 ? nil : index
    }

    /// The folder of matplotlib's font files: `$ACTPLOT_MATPLOTLIB_FONTS` when set (a pip
    /// install's `site-packages/matplotlib/mpl-data/fonts/ttf`, say), else Debian's.
    static var matplotlibFolder: String {
        getenv("ACTPLOT_MATPLOTLIB_FONTS").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? MathFace.directory
    }

    /// Where each face may be found, best first.
    static func candidates(_ face: MathFace) -> [MathFaceFile] {
        let own = MathFaceFile(path: matplotlibFolder + "/" + face.fileName, isMatplotlibs: true, scale: 1)
        return [own] + fallbacks(face).map { MathFaceFile(path: $0.path, isMatplotlibs: false, scale: $0.scale) }
    }

    /// Other packages' files of `face`.
    static func fallbacks(_ face: MathFace) -> [(path: String, scale: Double)] {
        func dejaVu(_ name: String, scale: Double = 1) -> [(String, Double)] {
            FontLibrary.dejaVuFolders.map { ($0 + name, scale) }
        }
        let lyx = "/usr/share/fonts/truetype/lyx/"
        if let name = stixFiles[face] { return [("/usr/share/fonts/opentype/stix/\(name).otf", 1)] }
        switch face {
        case .dejaVuSans: return dejaVu("DejaVuSans.ttf")
        case .dejaVuSansOblique: return dejaVu("DejaVuSans-Oblique.ttf")
        case .dejaVuSansBold: return dejaVu("DejaVuSans-Bold.ttf")
        case .dejaVuSansBoldOblique: return dejaVu("DejaVuSans-BoldOblique.ttf")
        case .dejaVuSansMono: return dejaVu("DejaVuSansMono.ttf")
        case .dejaVuSansDisplay: return dejaVu("DejaVuSans.ttf", scale: 2.0.squareRoot())
        case .cmr10, .cmmi10, .cmsy10, .cmex10: return [(lyx + face.fileName, 1)]
        // cmb10, cmss10 and cmtt10 are matplotlib's alone; the STIX faces are above.
        default: return []
        }
    }

    /// fonts-stix's name of each STIX face (STIX 1.1 as OpenType).
    static let stixFiles: [MathFace: String] = [
        .stixGeneral: "STIXGeneral-Regular", .stixGeneralItalic: "STIXGeneral-Italic", .stixGeneralBold: "STIXGeneral-Bold",
        .stixGeneralBoldItalic: "STIXGeneral-BoldItalic", .stixNonUnicode: "STIXNonUnicode-Regular",
        .stixNonUnicodeItalic: "STIXNonUnicode-Italic", .stixNonUnicodeBold: "STIXNonUnicode-Bold",
        .stixNonUnicodeBoldItalic: "STIXNonUnicode-BoldItalic", .stixSizeOne: "STIXSizeOneSym-Regular",
        .stixSizeTwo: "STIXSizeTwoSym-Regular", .stixSizeThree: "STIXSizeThreeSym-Regular",
        .stixSizeFour: "STIXSizeFourSym-Regular", .stixSizeFive: "STIXSizeFiveSym-Regular",
    ]

    /// The Debian packages that install a file of `face`, matplotlib's first.
    static func packages(_ face: MathFace) -> [String] {
        let other: String?
        switch face {
        case .dejaVuSans, .dejaVuSansBold, .dejaVuSansMono, .dejaVuSansDisplay: other = "fonts-dejavu-core"
        case .dejaVuSansOblique, .dejaVuSansBoldOblique: other = "fonts-dejavu-extra"
        case .cmr10, .cmmi10, .cmsy10, .cmex10: other = "fonts-lyx"
        case .cmb10, .cmss10, .cmtt10: other = nil
        default: other = "fonts-stix"
        }
        return ["python-matplotlib-data"] + (other.map { [$0] } ?? [])
    }

    /// Checks that every face `layout` draws with is installed; the error names the files
    /// missing and the packages that have them.
    public static func check(_ layout: MathLayout) throws(FontError) {
        var missing: [MathFace] = []
        for glyph in layout.glyphs where !missing.contains(glyph.face) && of(glyph.face) == nil {
            missing.append(glyph.face)
        }
        guard !missing.isEmpty else { return }
        let needs = missing.map { face in
            "\(face.fileName) (in \(packages(face).joined(separator: " or ")))"
        }
        throw FontError(message: "the math needs \(needs.joined(separator: ", ")); install it with apt-get")
    }
}
