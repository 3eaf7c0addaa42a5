#if canImport(Glibc)
import Glibc
#endif
import Activations
import Chart
import Support

/// Where `-o` sends the bytes, decided before anything is drawn, so that writing never harms
/// what the path points at:
///
/// - A regular file, new or existing, is written to a temporary file beside it and renamed over
///   it only when everything was written; on failure the old file is untouched. A replaced file
///   keeps its mode, and its owner and group where the process may set them. A symbolic link is
///   followed: the chart lands in the file it points at (made if the link dangles) and the link
///   stays a link. A hard link to the old file keeps the old content, as after `mv`: the path
///   gets a new file.
/// - A FIFO, a character device or a socket is written directly, never replaced: `-o /dev/null`,
///   `-o fifo`, `-o /dev/tty`.
/// - `-`, `/dev/stdout`, `/dev/stderr`, `/dev/fd/N` and `/proc/self/fd/N` write through the
///   already open descriptor, so `-o >(cmd)` and `>> log` redirections behave as the shell set
///   them up.
public final class OutputFile: ByteSink {
    /// The path as given.
    public let path: String
    /// The temporary file and where it goes, when replacing a regular file.
    private let replacement: (temporary: String, target: String)?
    /// The temporary file's slot in the clean-up table.
    private var cleanupSlot: Int?
    private var descriptor: Int32
    private var failure: Int32 = 0
    private var buffer: [UInt8] = []
    private var finished = false

    /// Opens the destination of `path`: a temporary file for a regular file, or the special file
    /// or descriptor itself.
    public init(path: String) throws(ActplotError) {
        self.path = path
        buffer.reserveCapacity(1 << 16)
        switch try Destination(path) {
        case .descriptor(let number):
            let copy = fcntl(number, F_DUPFD_CLOEXEC, 3)
            guard copy >= 0 else {
                throw .io("cannot write '\(Echo.value(path))': descriptor \(number) is not open")
            }
            descriptor = copy
            replacement = nil
        case .special(let kind):
            descriptor = try OutputFile.openSpecial(path, kind)
            replacement = nil
        case .file(let target, let existing):
            let (temporary, fd, slot) = try OutputFile.createTemporary(besides: target, for: path)
            if let existing {
                // Owner first: changing it may clear set-user-ID bits that the mode then restores.
                if fchown(fd, existing.st_uid, existing.st_gid) != 0 { _ = fchown(fd, uid_t.max, existing.st_gid) }
                fchmod(fd, existing.st_mode & 0o7777)
            } else {
                fchmod(fd, 0o666 & ~ProcessSetup.umask)
            }
            descriptor = fd
            cleanupSlot = slot
            replacement = (temporary, target)
        }
    }

    deinit {
        if !finished { discard() }
    }

    public func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard failure == 0 else { return false }
        if buffer.count + bytes.count > (1 << 16) {
            guard flush() else { return false }
        }
        if bytes.count >= (1 << 16) {
            return write(all: bytes)
        }
        buffer.append(contentsOf: bytes)
        return true
    }

    /// Appends text, buffered.
    public func write(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }

    /// Writes what is buffered and, for a regular file, renames the temporary file over the
    /// target; reports any failure.
    public func commit() throws(ActplotError) {
        finished = true
        guard flush(), failure == 0 else {
            let reason = SystemError.reason(failure)
            discard()
            throw .io("cannot write '\(Echo.value(path))': \(reason)")
        }
        guard let replacement else {
            close(descriptor)
            descriptor = -1
            return
        }
        if fsync(descriptor) != 0 && errno != EINVAL {
            let reason = SystemError.reason(errno)
            discard()
            throw .io("cannot write '\(Echo.value(path))': \(reason)")
        }
        close(descriptor)
        descriptor = -1
        let renamed = rename(replacement.temporary, replacement.target) == 0
        let reason = renamed ? nil : SystemError.reason(errno)
        if !renamed { unlink(replacement.temporary) }
        TemporaryFiles.unregister(cleanupSlot)
        cleanupSlot = nil
        if let reason { throw .io("cannot write '\(Echo.value(path))': \(reason)") }
    }

    /// Drops the temporary file; the target is untouched.
    public func discard() {
        finished = true
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        guard let replacement else { return }
        unlink(replacement.temporary)
        TemporaryFiles.unregister(cleanupSlot)
        cleanupSlot = nil
    }

    /// The system's reason for the last failure, or nil.
    public var failureReason: String? { failure == 0 ? nil : SystemError.reason(failure) }

    /// The descriptor written to, when it is a terminal: standard output on one, `-o /dev/tty`,
    /// `-o /dev/pts/N`, `/dev/fd/N`. A chart for the terminal asks it what it shows and takes
    /// its size.
    public var terminal: Int32? { replacement == nil && isatty(descriptor) == 1 ? descriptor : nil }

    private func flush() -> Bool {
        guard failure == 0 else { return false }
        guard !buffer.isEmpty else { return true }
        let ok = buffer.withUnsafeBytes { write(all: $0) }
        buffer.removeAll(keepingCapacity: true)
        return ok
    }

    private func write(all bytes: UnsafeRawBufferPointer) -> Bool {
        failure = SystemError.writeAll(descriptor, bytes)
        return failure == 0
    }

    // MARK: Opening

    /// A temporary file in the target's folder, registered for clean-up before it exists.
    ///
    /// Its name is `.NAME.actplot-XXXXXX`, with NAME shortened where that would pass the folder's
    /// limit on name length, so every name the system accepts for the target works.
    private static func createTemporary(besides target: String, for path: String)
        throws(ActplotError) -> (path: String, descriptor: Int32, slot: Int?)
    {
        let (folder, name) = split(target)
        let limit = pathconf(folder.isEmpty ? "." : folder, Int32(_PC_NAME_MAX))
        let maximum = limit > 0 ? limit : 255
        let suffixLength = ".actplot-XXXXXX".utf8.count + 1
        var prefix = Substring(name)
        while prefix.utf8.count + suffixLength > maximum { prefix = prefix.dropLast() }
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<100 {
            let random = String(decoding: (0..<6).map { _ in letters.randomElement(using: &generator)! }, as: UTF8.self)
            let temporary = "\(folder).\(prefix).actplot-\(random)"
            let slot = TemporaryFiles.register(temporary)
            let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if fd >= 0 { return (temporary, fd, slot) }
            let code = errno
            TemporaryFiles.unregister(slot)
            if code != EEXIST { throw .io("cannot write '\(Echo.value(path))': \(SystemError.reason(code))") }
        }
        throw .io("cannot write '\(Echo.value(path))': no free temporary name in its folder")
    }

    /// Opens a FIFO or character device for writing, or connects to a socket.
    private static func openSpecial(_ path: String, _ kind: Destination.Special) throws(ActplotError) -> Int32 {
        let fd: Int32
        switch kind {
        case .fifo, .characterDevice:
            fd = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY)
        case .socket:
            fd = connectToSocket(path)
        }
        guard fd >= 0 else { throw .io("cannot write '\(Echo.value(path))': \(SystemError.reason(errno))") }
        return fd
    }

    private static func connectToSocket(_ path: String) -> Int32 {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard bytes.count < capacity else {
            errno = ENAMETOOLONG
            return -1
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, byte) in bytes.enumerated() { raw[i] = byte }
        }
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return -1 }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        if connected != 0 {
            let code = errno
            close(fd)
            errno = code
            return -1
        }
        return fd
    }

    /// `path` as folder (with its trailing slash, or empty) and file name.
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[...slash]), String(path[path.index(after: slash)...]))
    }
}

/// What an output path names, found before anything is written.
enum Destination {
    enum Special { case fifo, characterDevice, socket }

    /// An open descriptor to write through: standard output, `/dev/fd/N`.
    case descriptor(Int32)
    /// A FIFO, character device or socket, written directly.
    case special(Special)
    /// A regular file at `target` (symbolic links resolved), replaced atomically; `existing` is
    /// the file there now, if any.
    case file(target: String, existing: stat?)

    init(_ path: String) throws(ActplotError) {
        if path.isEmpty { throw .usage("-o needs a file path, such as relu.png") }
        if let number = Destination.descriptorNumber(path) {
            self = .descriptor(number)
            return
        }
        let shown = Echo.value(path)
        var info = stat()
        if stat(path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                throw .usage("-o '\(shown)' is a folder; give a file name such as '\(Echo.value(path, limit: 60))/relu.png'")
            case S_IFIFO: self = .special(.fifo)
            case S_IFCHR: self = .special(.characterDevice)
            case S_IFSOCK: self = .special(.socket)
            case S_IFREG:
                guard let real = realpath(path, nil) else {
                    throw .io("cannot write '\(shown)': \(SystemError.reason(errno))")
                }
                defer { free(real) }
                self = .file(target: String(cString: real), existing: info)
            default:
                throw .usage("-o '\(shown)' is a block device; actplot writes files, FIFOs, character devices and sockets")
            }
            return
        }
        let code = errno
        guard code == ENOENT else { throw Destination.failure(path, code) }
        // Nothing there, or a dangling symbolic link: the file to create is at the end of the links.
        let target = try Destination.endOfLinks(path)
        let (folder, _) = OutputFile.split(target)
        if !folder.isEmpty && folder != "/" {
            let parent = String(folder.dropLast())
            if stat(parent, &info) != 0 {
                if errno == ENOENT { throw .usage("-o '\(shown)': the folder '\(Echo.value(parent))' does not exist") }
                throw Destination.failure(path, errno)
            }
            if (info.st_mode & S_IFMT) != S_IFDIR {
                throw .usage("-o '\(shown)': '\(Echo.value(parent))' is not a folder")
            }
        }
        self = .file(target: target, existing: nil)
    }

    /// The descriptor a path names through the kernel's descriptor links, written as shells and
    /// `>(cmd)` spell them.
    static func descriptorNumber(_ path: String) -> Int32? {
        switch path {
        case "-", "/dev/stdout": return 1
        case "/dev/stderr": return 2
        default:
            for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
                let digits = path.dropFirst(prefix.count)
                if !digits.isEmpty, digits.allSatisfy(\.isASCII), let n = Int32(digits), n >= 0 { return n }
            }
            return nil
        }
    }

    /// Follows symbolic links from `path` until a name that does not exist (at most 40, as the
    /// kernel does); a link's relative target is read from the link's folder.
    static func endOfLinks(_ path: String) throws(ActplotError) -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return current }
            var target = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlink(current, &target, target.count - 1)
            guard n >= 0 else { throw failure(path, errno) }
            let link = String(decoding: target[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = link.hasPrefix("/") ? link : OutputFile.split(current).folder + link
        }
        throw failure(path, ELOOP)
    }

    /// The error for a path the system refuses to look up.
    static func failure(_ path: String, _ code: Int32) -> ActplotError {
        let shown = Echo.value(path)
        switch code {
        case ENOTDIR:
            // Name the first part of the path that is not a folder.
            var end = path.startIndex
            while let slash = path[end...].firstIndex(of: "/") {
                let folder = String(path[..<slash])
                var info = stat()
                if !folder.isEmpty, stat(folder, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR {
                    return .usage("-o '\(shown)': '\(Echo.value(folder))' is not a folder")
                }
                end = path.index(after: slash)
            }
            return .usage("-o '\(shown)': a part of the path is not a folder")
        case ENAMETOOLONG: return .usage("-o '\(shown)': file name too long")
        case ELOOP: return .usage("-o '\(shown)': too many levels of symbolic links")
        default: return .io("cannot write '\(shown)': \(SystemError.reason(code))")
        }
    }
}
