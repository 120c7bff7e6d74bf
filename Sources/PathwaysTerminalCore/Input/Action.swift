/// Everything that can happen to the explorer: the reducer's only input.
public enum Action: Sendable, Hashable {
    case key(Key)
    /// A mouse click at a screen position; `double` for a double click.
    case click(x: Int, y: Int, double: Bool)
    /// Mouse wheel: negative scrolls up, positive down.
    case scroll(Int)
    /// The terminal has a new size.
    case resize(width: Int, height: Int)
    /// Time passed with no input (for later features such as kiosk time-outs).
    case tick
}
