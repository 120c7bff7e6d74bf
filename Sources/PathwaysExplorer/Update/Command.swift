import PathwaysTerminalCore

/// What a key means on a screen. Keys map to commands through `Keymap`, which also writes the
/// status line and the help screen, so the three never disagree.
///
/// New features (export, resident profile) add a case here and a binding in `Keymap`.
public enum Command: Sendable, Hashable {
    case up, down, left, right
    case pageUp, pageDown, top, bottom
    case open, back, search, help, plan, quit
    case focusNext, focusPrevious
    case addToPlan, removeFromPlan
    /// Cycles the job order on a cluster, or the route ranking on a job or pathways screen.
    case sort
    /// Pathways: switches between the graph and the numbered list.
    case toggleView
    case nextRoute, previousRoute
    case chooseRoute(Int)
    /// Job: opens the pathway graph of the selected route.
    case pathways
    /// Opens the resident's profile form.
    case profile
    /// Job or pathways: compares up to three routes side by side.
    case compare
    /// Opens the export dialog for the route or plan on show.
    case export
    /// Saves the session (asks for a file name the first time).
    case saveSession
    /// Plan: edits the adviser's notes.
    case editNotes
}
