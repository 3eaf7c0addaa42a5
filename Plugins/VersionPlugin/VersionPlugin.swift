import PackagePlugin

/// Turns the repository's VERSION file into a Swift constant, `actplotVersion`, in the target
/// that uses this plugin. VERSION is the one place the version is written: the binary's
/// `--version`, the man pages and the Debian package all read it, and `swift build` or
/// `swift test` without make regenerate the constant whenever the file changes.
@main
struct VersionPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let versionFile = context.package.directoryURL.appending(path: "VERSION")
        let output = context.pluginWorkDirectoryURL.appending(path: "Version.swift")
        return [
            .buildCommand(
                displayName: "Generating Version.swift from VERSION",
                executable: try context.tool(named: "GenerateVersion").url,
                arguments: [versionFile.path(percentEncoded: false), output.path(percentEncoded: false)],
                inputFiles: [versionFile],
                outputFiles: [output])
        ]
    }
}
