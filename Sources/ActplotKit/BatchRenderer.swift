#if canImport(Glibc)
import Glibc
#endif
import Activations
import Chart
import Dispatch
import Synchronization
import Support

/// `actplot all`: every catalog function to `DIR/NAME.EXT`, in parallel across cores.
public struct BatchRequest: Sendable {
    public var folder: String
    public var formats: [OutputFormat] = [.png]
    /// Options shared by every chart: range, samples, style…
    public var template = PlotRequest(functions: [])

    public init(folder: String) {
        self.folder = folder
    }
}

#if canImport(Glibc)
/// glibc's `mallopt(int, int)`, which the Glibc module does not import (it lives in malloc.h).
@_silgen_name("mallopt")
private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif

public enum BatchRenderer {
    /// One finished file, or the error that stopped it.
    public struct Outcome: Sendable {
        public let path: String
        public let error: ActplotError?
    }

    /// Renders every job; `report` is called once per file, from any thread, in completion order.
    /// Throws the first error after every file was tried.
    public static func run(
        _ request: BatchRequest, functions: [String] = Catalog.functions.map(\.name),
        report: @escaping @Sendable (_ outcome: Outcome, _ done: Int, _ total: Int) -> Void
    ) throws(ActplotError) -> [String] {
        if request.formats.isEmpty { throw .usage("--format needs at least one of \(OutputFormat.all.map(\.name).joined(separator: ", "))") }
        if let terminal = request.formats.first(where: \.extensions.isEmpty) {
            throw .usage("--format \(terminal.name) draws on the terminal; 'actplot all' writes files (txt writes the text chart)")
        }
        // Malformed math would fail every chart: refuse it before the folder is made.
        try request.template.checkMath()
        try checkFolder(request.folder)
        let jobs = functions.flatMap { name in request.formats.map { (name, $0) } }
        #if canImport(Glibc)
        // Every chart allocates and frees the same large image buffers: keep them in the heap
        // instead of mapping fresh zeroed pages for each one (glibc's M_MMAP_THRESHOLD, M_TRIM_THRESHOLD).
        _ = glibcMallopt(-3, 64 << 20)
        _ = glibcMallopt(-1, 128 << 20)
        #endif
        let state = Mutex((done: 0, failures: [ActplotError](), paths: [String]()))
        DispatchQueue.concurrentPerform(iterations: jobs.count) { i in
            let (name, format) = jobs[i]
            var plot = request.template
            plot.functions = [name]
            plot.output = join(request.folder, name + format.fileExtension)
            plot.format = format
            var failure: ActplotError?
            do throws(ActplotError) {
                try Plotter.run(plot)
            } catch {
                failure = error
            }
            let path = plot.output ?? name
            let done = state.withLock { state -> Int in
                state.done += 1
                if let failure { state.failures.append(failure) } else { state.paths.append(path) }
                return state.done
            }
            report(Outcome(path: path, error: failure), done, jobs.count)
        }
        let (failures, paths) = state.withLock { ($0.failures, $0.paths) }
        if let first = failures.first {
            throw ActplotError(first.kind, "\(failures.count) of \(jobs.count) files failed; first: \(first.message)")
        }
        return paths.sorted()
    }

    /// The output folder, made if it is missing (its parent must exist). Another run making the
    /// same folder at the same moment is fine.
    static func checkFolder(_ folder: String) throws(ActplotError) {
        if folder.isEmpty || folder == "-" {
            throw .usage("-o needs a folder for 'actplot all', such as Examples")
        }
        let shown = Echo.value(folder)
        if mkdir(folder, 0o777) != 0 && errno != EEXIST {
            let code = errno
            switch code {
            case ENOENT: throw .usage("-o '\(shown)': its parent folder does not exist")
            case ENAMETOOLONG: throw .usage("-o '\(shown)': file name too long")
            case ENOTDIR: throw .usage("-o '\(shown)': a part of the path is not a folder")
            default: throw .io("cannot create the folder '\(shown)': \(SystemError.reason(code))")
            }
        }
        var info = stat()
        guard stat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
            throw .usage("-o '\(shown)' is a file; 'actplot all' writes into a folder")
        }
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
