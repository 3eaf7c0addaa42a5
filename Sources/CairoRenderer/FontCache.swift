#if canImport(Glibc)
import Glibc
#endif
import CCairo
import Synchronization

/// fontconfig's answers, kept between runs in `$XDG_CACHE_HOME/actplot/fonts.tsv` (by default
/// `~/.cache/actplot/fonts.tsv`), as matplotlib keeps its font list in `fontlist-*.json`.
///
/// Starting fontconfig parses some fifty XML configuration files, which costs more than drawing a
/// whole chart; a style that asks for a family before DejaVu (seaborn's sheets ask for Arial first)
/// would pay that on every run. The cache records each answer, found or not, with the modification
/// times of every font folder and configuration file fontconfig read: installing or removing a
/// font changes a folder's time, so a stale file is noticed and rebuilt, never trusted. A cache
/// that cannot be read or written is ignored; the answer is then fontconfig's, as without it.
enum FontCache {
    /// One answer: the face found, or nil when the family is not installed.
    typealias Answer = FaceFile?

    private struct Contents {
        /// Paths whose times were recorded, and those times (`-` for a path that did not exist).
        var stamps: [(path: String, stamp: String)] = []
        var answers: [String: Answer] = [:]
    }

    private static let header = "actplot font cache 1"
    private static let contents = Mutex<Contents?>(nil)

    /// The answer for `key`, from the cache when it is still valid, otherwise from `ask`, which
    /// is then recorded.
    static func answer(for key: String, ask: () -> Answer) -> Answer {
        contents.withLock { contents in
            if contents == nil { contents = load() }
            if let known = contents?.answers[key] {
                guard let face = known, access(face.path, R_OK) != 0 else { return known }
                contents = nil  // a recorded file is gone: trust nothing recorded
            }
            let found = ask()
            var updated = contents ?? Contents(stamps: currentStamps())
            updated.answers[key] = found
            contents = updated
            save(updated)
            return found
        }
    }

    // MARK: The file

    private static var file: String? {
        if let cache = getenv("XDG_CACHE_HOME").map({ String(cString: $0) }), cache.hasPrefix("/") {
            return cache + "/actplot/fonts.tsv"
        }
        guard let home = getenv("HOME").map({ String(cString: $0) }), home.hasPrefix("/") else { return nil }
        return home + "/.cache/actplot/fonts.tsv"
    }

    /// The cache's contents when every recorded time still holds, else nil. Read as bytes: the
    /// file is read on every run, and splitting bytes costs a tenth of splitting characters.
    private static func load() -> Contents? {
        guard let file, let bytes = readBytes(file) else { return nil }
        var lines = bytes.split(separator: UInt8(ascii: "\n")).makeIterator()
        guard let first = lines.next(), String(decoding: first, as: UTF8.self) == header,
            let second = lines.next(), String(decoding: second, as: UTF8.self) == environmentLine
        else { return nil }
        var contents = Contents()
        while let line = lines.next() {
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
                .map { String(decoding: $0, as: UTF8.self) }
            switch (fields.first, fields.count) {
            case ("stamp", 3):
                guard stamp(of: fields[1]) == fields[2] else { return nil }
                contents.stamps.append((fields[1], fields[2]))
            case ("face", 3) where fields[2] == "-":
                contents.answers[fields[1]] = .some(nil)
            case ("face", 5):
                guard let index = Int(fields[3]) else { return nil }
                contents.answers[fields[1]] = FaceFile(path: fields[2], index: index, family: fields[4])
            default:
                return nil
            }
        }
        return contents.stamps.isEmpty ? nil : contents
    }

    /// Writes the cache through a temporary file renamed over the old one; any failure leaves
    /// the old file (or none), never a part-written one.
    private static func save(_ contents: Contents) {
        guard let file, let slash = file.lastIndex(of: "/") else { return }
        let folder = String(file[..<slash])
        makeFolders(folder)
        var text = header + "\n" + environmentLine + "\n"
        for (path, stamp) in contents.stamps where !path.contains("\t") && !path.contains("\n") {
            text += "stamp\t\(path)\t\(stamp)\n"
        }
        for (key, answer) in contents.answers.sorted(by: { $0.key < $1.key }) {
            if let face = answer {
                guard !(face.path + face.family).contains(where: { $0 == "\t" || $0 == "\n" }) else { continue }
                text += "face\t\(key)\t\(face.path)\t\(face.index)\t\(face.family)\n"
            } else {
                text += "face\t\(key)\t-\n"
            }
        }
        var template = Array((folder + "/.fonts.tsv.XXXXXX").utf8CString)
        let fd = mkstemp(&template)
        guard fd >= 0 else { return }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        if close(fd) != 0 || written != bytes.count || rename(temporary, file) != 0 {
            unlink(temporary)
        }
    }

    // MARK: What makes the cache stale

    /// The variables that choose fontconfig's configuration; a change discards the cache.
    private static var environmentLine: String {
        let names = ["FONTCONFIG_FILE", "FONTCONFIG_PATH", "FONTCONFIG_SYSROOT", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "HOME"]
        return "env\t" + names.map { name in getenv(name).map { String(cString: $0) } ?? "" }.joined(separator: "\t")
    }

    /// The times of every font folder and configuration file fontconfig uses, with the folders
    /// holding them (a new file there changes the folder's time) and the user's configuration
    /// places that may not exist yet. Asks fontconfig, so it is called only when it already ran.
    private static func currentStamps() -> [(path: String, stamp: String)] {
        var paths: [String] = []
        if let list = FcConfigGetFontDirs(nil) {
            defer { FcStrListDone(list) }
            while let dir = FcStrListNext(list) { paths.append(String(cString: dir)) }
        }
        if let list = FcConfigGetConfigFiles(nil) {
            defer { FcStrListDone(list) }
            while let file = FcStrListNext(list) {
                let path = String(cString: file)
                paths.append(path)
                if let slash = path.lastIndex(of: "/"), slash != path.startIndex { paths.append(String(path[..<slash])) }
            }
        }
        let home = getenv("HOME").map { String(cString: $0) } ?? ""
        let config = getenv("XDG_CONFIG_HOME").map { String(cString: $0) } ?? home + "/.config"
        let data = getenv("XDG_DATA_HOME").map { String(cString: $0) } ?? home + "/.local/share"
        paths += ["/etc/fonts", "/etc/fonts/conf.d", config + "/fontconfig", config + "/fontconfig/conf.d",
                  home + "/.fonts", data + "/fonts", "/usr/local/share/fonts"]
        var seen = Set<String>()
        return paths.filter { seen.insert($0).inserted }.map { ($0, stamp(of: $0)) }
    }

    /// A path's modification and status-change times to the nanosecond, or `-` when it is absent.
    private static func stamp(of path: String) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { return "-" }
        return "\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec),\(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec)"
    }

    private static func makeFolders(_ folder: String) {
        var path = ""
        for part in folder.split(separator: "/") {
            path += "/" + part
            mkdir(path, 0o755)
        }
    }

    private static func readBytes(_ path: String) -> [UInt8]? {
        guard let stream = fopen(path, "r") else { return nil }
        defer { fclose(stream) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16384)
        while true {
            let n = fread(&buffer, 1, buffer.count, stream)
            if n == 0 { break }
            bytes += buffer[0..<n]
            if bytes.count > 4 << 20 { return nil }
        }
        return bytes
    }
}
