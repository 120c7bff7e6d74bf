import Foundation

/// Where things are in the checkout, for tests that run the real `pathways` binary.
public enum PackagePaths {
    /// The package root: three folders up from this file (`Tests/PathwaysTestSupport/PackagePaths.swift`).
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The bundled content folder.
    public static let content = root.appendingPathComponent("Content")

    /// The debug build of `pathways`, built by `swift build` before `swift test`.
    public static var binary: URL {
        for candidate in [".build/debug/pathways", ".build/release/pathways"] {
            let url = root.appendingPathComponent(candidate)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return root.appendingPathComponent(".build/debug/pathways")
    }
}

/// The result of running a command to completion.
public struct CommandResult: Sendable {
    public var exitCode: Int32
    public var stdout: String
    public var stderr: String
}

/// Runs the `pathways` binary with arguments and an environment, capturing its output.
public func runPathways(
    _ arguments: [String], environment: [String: String] = [:], currentDirectory: URL? = nil
) throws -> CommandResult {
    let process = Process()
    process.executableURL = PackagePaths.binary
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "PATHWAYS_CONTENT")
    env["XDG_CACHE_HOME"] = TestCache.folder
    for (k, v) in environment { env[k] = v }
    process.environment = env
    process.currentDirectoryURL = currentDirectory ?? PackagePaths.root
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    // Read both pipes before waiting so a large output cannot block the child.
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CommandResult(
        exitCode: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
        stderr: String(decoding: errData, as: UTF8.self))
}
