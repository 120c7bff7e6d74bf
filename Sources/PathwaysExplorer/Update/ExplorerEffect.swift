import PathwaysSession

/// What the explorer's reducer asks the world to do. `ExplorerSession` carries these out and
/// reports each outcome back to the reducer as an `ExplorerEvent`.
public enum ExplorerEffect: Sendable, Equatable {
    /// Write an export's text to `path`. Unless `replacing`, a file already there is left alone
    /// and reported (`alreadyThere`) so the adviser can be asked.
    case writeExport(text: String, path: String, replacing: Bool)
    /// Save the session to `path`, under the same rule for a file already there. A session
    /// file only ever replaces an earlier session file, never any other file.
    case saveSession(Session, path: String, replacing: Bool)
}
