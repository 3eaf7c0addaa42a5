// Writes `let actplotVersion = "X.Y.Z"` from the VERSION file; run by VersionPlugin at build time.
// Usage: GenerateVersion VERSION-FILE OUTPUT.swift
import Foundation

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: GenerateVersion VERSION-FILE OUTPUT.swift\n".utf8))
    exit(64)
}
let text = try String(contentsOfFile: arguments[1], encoding: .utf8)
let version = text.trimmingCharacters(in: .whitespacesAndNewlines)
// A Debian upstream version: starts with a digit; letters, digits and . + ~ - only.
let allowed = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.+~-")
guard let first = version.first, first.isASCII, first.isNumber, version.allSatisfy(allowed.contains) else {
    FileHandle.standardError.write(Data("\(arguments[1]): '\(version)' is not a version such as 1.2.3\n".utf8))
    exit(65)
}
let source = """
    // Generated from VERSION by Plugins/VersionPlugin; do not edit.

    /// The package version, as written in the repository's VERSION file.
    let actplotVersion = "\(version)"

    """
try source.write(toFile: arguments[2], atomically: true, encoding: .utf8)
