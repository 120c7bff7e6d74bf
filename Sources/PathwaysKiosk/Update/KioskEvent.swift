import PathwaysTerminalCore

/// Everything that can happen to the kiosk: the kiosk reducer's only input.
public enum KioskEvent: Sendable, Hashable {
    /// A key press.
    case key(Key)
    /// Time passed (the loop's input time-out); the reducer reads the time from its `now`.
    case tick
    /// The terminal changed size: nothing to remember, only to redraw.
    case resize
    /// A click or tap: starts a session from the attract screen, otherwise counts as activity.
    case touch
    /// A tap on a list item: chooses it, as the arrows and Enter would.
    case tap(item: Int)
    /// The pathway was printed or saved; the message to show.
    case shared(String)
    /// A print or save was refused (too many, or too soon); the message to show.
    case shareRefused(String)
    /// The operator typed a PIN that is not right (or tried too often).
    case pinRefused(String)
    /// The operator typed the right PIN: wipe and end the kiosk.
    case unlocked
    /// A session failed unexpectedly: show "Sorry, something went wrong" and start again.
    case failed
}
