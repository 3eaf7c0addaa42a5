#if canImport(Glibc)
import Glibc
#endif
import CCairo
import Chart
import Synchronization

/// A font file and the face in it.
public struct FaceFile: Sendable, Hashable {
    public let path: String
    public let index: Int
    /// The family the file belongs to, as the font names it.
    public let family: String
}

/// Why a font cannot be used: none of the families asked for is installed.
public struct FontError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

/// Finds the file of a font: the first installed family of a ``Style/Font``'s list, in its weight
/// and slant.
///
/// DejaVu's faces are found at the paths Debian's fonts-dejavu packages use, without asking
/// fontconfig (its start costs more than drawing a chart); any other family is looked up through
/// fontconfig and must really be that family (fontconfig itself always answers with some face),
/// and the answer is kept in ``FontCache`` for the next run.
public enum FontLibrary {
    /// Debian's files of the DejaVu families, by family, weight and slant.
    static let dejaVu: [String: String] = [
        "dejavu sans|normal|normal": "DejaVuSans.ttf", "dejavu sans|bold|normal": "DejaVuSans-Bold.ttf",
        "dejavu sans|normal|italic": "DejaVuSans-Oblique.ttf", "dejavu sans|bold|italic": "DejaVuSans-BoldOblique.ttf",
        "dejavu serif|normal|normal": "DejaVuSerif.ttf", "dejavu serif|bold|normal": "DejaVuSerif-Bold.ttf",
        "dejavu serif|normal|italic": "DejaVuSerif-Italic.ttf", "dejavu serif|bold|italic": "DejaVuSerif-BoldItalic.ttf",
        "dejavu sans mono|normal|normal": "DejaVuSansMono.ttf", "dejavu sans mono|bold|normal": "DejaVuSansMono-Bold.ttf",
        "dejavu sans mono|normal|italic": "DejaVuSansMono-Oblique.ttf",
        "dejavu sans mono|bold|italic": "DejaVuSansMono-BoldOblique.ttf",
    ]
    static let dejaVuFolders = [
        "/usr/share/fonts/truetype/dejavu/", "/usr/share/fonts/TTF/", "/usr/share/fonts/dejavu/",
    ]

    /// The Debian package that has a family, for the error when it is missing.
    static let packages: [String: String] = [
        "dejavu sans": "fonts-dejavu-core", "dejavu serif": "fonts-dejavu-core", "dejavu sans mono": "fonts-dejavu-core",
        "latin modern roman": "fonts-lmodern", "latin modern sans": "fonts-lmodern", "latin modern mono": "fonts-lmodern",
        "lmroman10": "fonts-lmodern", "cmu serif": "fonts-cmu", "cmu sans serif": "fonts-cmu",
        "liberation sans": "fonts-liberation2", "liberation serif": "fonts-liberation2", "liberation mono": "fonts-liberation2",
        "stix": "fonts-stix", "stix two text": "fonts-stix", "stixgeneral": "fonts-stix", "noto sans": "fonts-noto-core",
        "noto serif": "fonts-noto-core", "noto sans mono": "fonts-noto-mono", "source sans pro": "fonts-adobe-sourcesans3",
        "fira sans": "fonts-firacode", "tex gyre termes": "fonts-texgyre", "tex gyre heros": "fonts-texgyre",
        "tex gyre pagella": "fonts-texgyre", "nimbus roman": "fonts-urw-base35", "nimbus sans": "fonts-urw-base35",
        "c059": "fonts-urw-base35", "arial": "ttf-mscorefonts-installer", "times new roman": "ttf-mscorefonts-installer",
        "helvetica": "fonts-urw-base35 (as Nimbus Sans)", "times": "fonts-urw-base35 (as Nimbus Roman)",
        "ubuntu": "fonts-ubuntu", "open sans": "fonts-open-sans", "roboto": "fonts-roboto",
    ]

    private static let found = Mutex<[Style.Font: FaceFile]>([:])

    /// The file of the first installed family of `font`.
    public static func face(for font: Style.Font) throws(FontError) -> FaceFile {
        if let known = found.withLock({ $0[font] }) { return known }
        for family in font.families {
            if let file = dejaVuFile(family, font) ?? cachedFontconfigFile(family, font) {
                found.withLock { $0[font] = file }
                return file
            }
        }
        if let problem = ccairo_load() {
            // fontconfig could not be asked: say why rather than that nothing is installed.
            throw FontError(message: String(cString: problem))
        }
        let names = font.families.map { "'\($0)'" }
        let hints = font.families.compactMap { family in packages[family.lowercased()].map { "\(family) is in \($0)" } }
        let install = hints.isEmpty ? "" : " (\(hints.joined(separator: "; ")))"
        throw FontError(message: "no font of \(names.joined(separator: ", ")) is installed\(install)")
    }

    /// A DejaVu face straight from its file.
    static func dejaVuFile(_ family: String, _ font: Style.Font) -> FaceFile? {
        let slant = font.slant == .normal ? "normal" : "italic"
        guard let name = dejaVu["\(family.lowercased())|\(font.weight.rawValue)|\(slant)"] else { return nil }
        for folder in dejaVuFolders where access(folder + name, R_OK) == 0 {
            return FaceFile(path: folder + name, index: 0, family: family)
        }
        return nil
    }

    /// ``fontconfigFile(_:_:)``'s answer, kept between runs by ``FontCache``.
    static func cachedFontconfigFile(_ family: String, _ font: Style.Font) -> FaceFile? {
        let key = "\(family)|\(font.weight.rawValue)|\(font.slant)"
        return FontCache.answer(for: key) { fontconfigFile(family, font) }
    }

    /// fontconfig's best face for `family`, if it is that family.
    static func fontconfigFile(_ family: String, _ font: Style.Font) -> FaceFile? {
        guard ccairo_load() == nil, FcInit() != 0, let pattern = FcPatternCreate() else { return nil }
        defer { FcPatternDestroy(pattern) }
        FcPatternAddString(pattern, FC_FAMILY, family)
        FcPatternAddInteger(pattern, FC_WEIGHT, font.weight == .bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR)
        let slant: Int32 = font.slant == .normal ? FC_SLANT_ROMAN : (font.slant == .italic ? FC_SLANT_ITALIC : FC_SLANT_OBLIQUE)
        FcPatternAddInteger(pattern, FC_SLANT, slant)
        FcConfigSubstitute(nil, pattern, FcMatchPattern)
        FcDefaultSubstitute(pattern)
        var result = FcResultMatch
        guard let match = FcFontMatch(nil, pattern, &result) else { return nil }
        defer { FcPatternDestroy(match) }
        // fontconfig always answers; the answer counts only if one of its family names is the one asked for.
        var names: [String] = []
        var n: Int32 = 0
        var value: UnsafeMutablePointer<FcChar8>?
        while FcPatternGetString(match, FC_FAMILY, n, &value) == FcResultMatch, let value {
            names.append(String(cString: value))
            n += 1
        }
        guard names.contains(where: { $0.lowercased() == family.lowercased() }) else { return nil }
        var file: UnsafeMutablePointer<FcChar8>?
        var index: Int32 = 0
        guard FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch, let file else { return nil }
        _ = FcPatternGetInteger(match, FC_INDEX, 0, &index)
        return FaceFile(path: String(cString: file), index: Int(index), family: family)
    }
}

extension FcChar8 {}

private func FcPatternAddString(_ p: OpaquePointer, _ object: String, _ value: String) {
    _ = value.withCString { v in object.withCString { o in CCairo.FcPatternAddString(p, o, UnsafeRawPointer(v).assumingMemoryBound(to: FcChar8.self)) } }
}

private func FcPatternAddInteger(_ p: OpaquePointer, _ object: String, _ value: Int32) {
    _ = object.withCString { CCairo.FcPatternAddInteger(p, $0, value) }
}

private func FcPatternGetString(_ p: OpaquePointer, _ object: String, _ n: Int32, _ value: inout UnsafeMutablePointer<FcChar8>?) -> FcResult {
    object.withCString { CCairo.FcPatternGetString(p, $0, n, &value) }
}

private func FcPatternGetInteger(_ p: OpaquePointer, _ object: String, _ n: Int32, _ value: inout Int32) -> FcResult {
    object.withCString { CCairo.FcPatternGetInteger(p, $0, n, &value) }
}
