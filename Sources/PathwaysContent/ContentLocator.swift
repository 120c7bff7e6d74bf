import Foundation

/// Finds the content set to use when the command line names none.
public enum ContentLocator {
    /// The bundled `Content/` folder: `$PATHWAYS_CONTENT` when set; otherwise the first
    /// `Content/` holding a `content.yaml` found walking up from the executable's folder, then
    /// `<prefix>/share/pathways/Content` beside an installed `<prefix>/bin/pathways`, then
    /// walking up from the current directory. `nil` when none is found.
    public static func bundledContent(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        if let named = environment["PATHWAYS_CONTENT"], !named.isEmpty {
            return URL(fileURLWithPath: named)
        }
        let executableFolder = executableURL()?.deletingLastPathComponent()
        if let folder = executableFolder, let found = search(upFrom: folder) { return found }
        if let folder = executableFolder {
            let installed = folder.deletingLastPathComponent().appendingPathComponent("share/pathways/Content")
            if hasContentFile(installed) { return installed }
        }
        return search(upFrom: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    }

    /// The first `Content/content.yaml` in `folder` or any folder above it.
    static func search(upFrom folder: URL) -> URL? {
        var current = folder.standardizedFileURL
        for _ in 0..<64 {
            let candidate = current.appendingPathComponent("Content")
            if hasContentFile(candidate) { return candidate }
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
