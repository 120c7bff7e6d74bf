import PathwaysTerminalCore

/// Everything that can happen to the explorer: the reducer's only input.
///
/// Input from the terminal arrives as keys, clicks, wheel turns and resizes; the outcome of an
/// `ExplorerEffect` (a file written, or why not) comes back as one of the later cases.
public enum ExplorerEvent: Sendable, Equatable {
    case key(Key)
    /// A mouse click on what the last frame drew at that place (nil: nothing clickable there);
    /// `double` for a double click.
    case click(Hit?, double: Bool)
    /// Mouse wheel: negative scrolls up, positive down.
    case scroll(Int)
    /// The terminal has a new size.
    case resize(width: Int, height: Int)
    /// An export was written to `path`.
    case exported(path: String)
    /// The session was saved to `path`.
    case saved(path: String)
    /// Nothing was written: a file (or a folder) is already at the path and replacing it was not asked for.
    case alreadyThere(isFolder: Bool)
    /// Nothing was written, for the reason given (in words an adviser can act on).
    case notWritten(String)
}
