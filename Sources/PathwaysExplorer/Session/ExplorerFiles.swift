import Foundation
import PathwaysExport
import PathwaysSession

/// Carries out the explorer's effects: the only place the explorer writes files.
public enum ExplorerFiles {
    /// Performs `effect` and returns its outcome as the event to give the reducer.
    public static func perform(_ effect: ExplorerEffect) -> ExplorerEvent {
        switch effect {
        case .writeExport(let text, let path, let replacing):
            if !replacing, let there = existing(path) { return there }
            do {
                // A plan is about a resident (their circumstances, costs, the adviser's notes): private.
                try AtomicFileWriter(permissions: 0o600).write(text, to: path, overwrite: replacing)
                return .exported(path: path)
            } catch {
                return .notWritten(error.description)
            }
        case .saveSession(let session, let path, let replacing):
            if !replacing, let there = existing(path) { return there }
            do throws(SessionError) {
                try SessionFile.save(session, to: URL(fileURLWithPath: path))
                return .saved(path: path)
            } catch {
                return .notWritten(error.description)
            }
        }
    }

    /// `alreadyThere` when something is at `path`, otherwise nil.
    private static func existing(_ path: String) -> ExplorerEvent? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
        return .alreadyThere(isFolder: isFolder.boolValue)
    }
}
