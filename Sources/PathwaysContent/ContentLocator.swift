import Foundation
import PathwaysFiles

/// Finds the content set to use when the command line names none.
public enum ContentLocator {
    /// The bundled `Content/` folder, looked for in this order:
    /// 1. `$PATHWAYS_CONTENT`, when set;
    /// 2. `<prefix>/share/pathways/Content` beside an installed `<prefix>/bin/pathways`;
    /// 3. the `Content/` of the source checkout the executable was built in (walking up from the
    ///    executable to a folder holding both `Package.swift` and `Content/content.yaml`);
    /// 4. the same, walking up from the current directory.
    ///
    /// Only a checkout counts when walking up, so a stray `Content/` folder in some parent
    /// directory is never mistaken for the product's content. `nil` when none is found.
    public static func bundledContent() -> URL? {
        if let named = ProcessEnvironment.value("PATHWAYS_CONTENT"), !named.isEmpty { return URL(fileURLWithPath: named) }
        return bundledContent(
            environment: [:], executable: executableURL(),
            currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    }

    /// The same search with the executable and current directory given, for tests.
    static func bundledContent(environment: [String: String], executable: URL?, currentDirectory: @autoclosure () -> URL) -> URL? {
        if let named = environment["PATHWAYS_CONTENT"], !named.isEmpty {
            return URL(fileURLWithPath: named)
        }
        if let folder = executable?.deletingLastPathComponent() {
            let installed = folder.deletingLastPathComponent().appendingPathComponent("share/pathways/Content")
            if hasContentFile(installed) { return installed }
            if let found = checkoutContent(upFrom: folder) { return found }
        }
        return checkoutContent(upFrom: currentDirectory())
    }

    /// The `Content/` of the first folder at or above `folder` that is a source checkout.
    static func checkoutContent(upFrom folder: URL) -> URL? {
        var current = folder.standardizedFileURL
        for _ in 0..<64 {
            let candidate = current.appendingPathComponent("Content")
            if hasContentFile(candidate) && FileManager.default.fileExists(atPath: current.appendingPathComponent("Package.swift").path) {
                return candidate
            }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return nil }
            current = parent
        }
        return nil
    }

    static func hasContentFile(_ folder: URL) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent("content.yaml").path)
    }

    /// The running executable, with symbolic links resolved.
    static func executableURL() -> URL? {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        return Bundle.main.executableURL?.resolvingSymlinksInPath()
    }
}
