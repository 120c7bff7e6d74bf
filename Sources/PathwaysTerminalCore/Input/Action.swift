/// Input from a terminal: what a backend's `nextAction` returns (nil when its time-out passed
/// with none). Each front end turns these into events of its own.
public enum Action: Sendable, Hashable {
    case key(Key)
    /// A mouse click at a screen position; `double` for a double click.
    case click(x: Int, y: Int, double: Bool)
    /// Mouse wheel: negative scrolls up, positive down.
    case scroll(Int)
    /// The terminal has a new size.
    case resize(width: Int, height: Int)
}
