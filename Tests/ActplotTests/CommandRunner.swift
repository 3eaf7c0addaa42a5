import ActplotCLI
import Foundation
import XCTest

/// Runs `actplot` in a fresh temporary folder: in process (``run(_:)``: the command line's own
/// entry point, with standard output and error captured), or as the built binary
/// (``runProcess(_:)``, ``shell(_:arguments:bash:)``) where a process is what is tested: exit by
/// signal, closed descriptors, limits, dispositions.
struct CommandRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var stdoutData: Data
    }

    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("actplot-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func remove() {
        for url in [folder, folder.appendingPathExtension("stdout"), folder.appendingPathExtension("stderr")] {
            try? FileManager.default.removeItem(at: url)
        }
    }

    /// The executable SwiftPM built beside the test bundle.
    static var executable: URL {
        let bundleFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let beside = bundleFolder.appendingPathComponent("actplot")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/actplot")
    }

    /// Runs the command line in this process, in the folder, capturing what it writes on
    /// descriptors 1 and 2. Standard input is /dev/null meanwhile, so a command that reads it
    /// (`eval` without points) ends instead of waiting on the test runner's terminal.
    @discardableResult
    func run(_ arguments: [String]) throws -> Result {
        let outURL = folder.appendingPathExtension("stdout"), errURL = folder.appendingPathExtension("stderr")
        let out = open(outURL.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600), err = open(errURL.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let empty = open("/dev/null", O_RDONLY)
        fflush(nil)  // what the test process buffered goes out before the descriptors move
        let (savedIn, savedOut, savedErr) = (dup(0), dup(1), dup(2))
        let savedFolder = FileManager.default.currentDirectoryPath
        dup2(empty, 0)
        dup2(out, 1)
        dup2(err, 2)
        chdir(folder.path)
        let status = Actplot.run(arguments)
        chdir(savedFolder)
        dup2(savedIn, 0)
        dup2(savedOut, 1)
        dup2(savedErr, 2)
        for fd in [out, err, empty, savedIn, savedOut, savedErr] { close(fd) }
        let outData = try Data(contentsOf: outURL), errData = try Data(contentsOf: errURL)
        return Result(
            status: status, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self), stdoutData: outData)
    }

    /// Runs the built binary, as a user does.
    @discardableResult
    func runProcess(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        // Output goes to files beside the work folder, so a large output can never block on a pipe.
        let outURL = folder.appendingPathExtension("stdout"), errURL = folder.appendingPathExtension("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        defer {
            try? out.close()
            try? err.close()
        }
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        let outData = try Data(contentsOf: outURL), errData = try Data(contentsOf: errURL)
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self), stdoutData: outData)
    }

    /// Runs a shell script in the folder, with `$ACTPLOT` naming the binary and `arguments` as
    /// `$@`: for what needs a shell (redirections, limits, dispositions).
    @discardableResult
    func shell(_ script: String, arguments: [String] = [], bash: Bool = false) throws -> Result {
        let process = try startShell(script, arguments: arguments, bash: bash)
        process.waitUntilExit()
        let outData = try Data(contentsOf: folder.appendingPathExtension("stdout"))
        let errData = try Data(contentsOf: folder.appendingPathExtension("stderr"))
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self), stdoutData: outData)
    }

    /// Starts a shell script as ``shell(_:arguments:bash:)`` does, without waiting.
    func startShell(_ script: String, arguments: [String] = [], bash: Bool = false) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: bash ? "/bin/bash" : "/bin/sh")
        process.arguments = ["-c", script, "sh"] + arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(["ACTPLOT": CommandRunner.executable.path]) { $1 }
        let outURL = folder.appendingPathExtension("stdout"), errURL = folder.appendingPathExtension("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        return process
    }

    /// Waits until `condition` holds (checked every millisecond), failing after 30 seconds.
    func waitFor(_ condition: () throws -> Bool) throws {
        let deadline = Date().addingTimeInterval(30)
        while try !condition() {
            if Date() > deadline { throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "timed out"]) }
            usleep(1000)
        }
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func data(_ name: String) throws -> Data { try Data(contentsOf: folder.appendingPathComponent(name)) }

    /// Files left in the folder, temporary ones included.
    func files() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }
}

/// The folder of committed fixtures.
let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
