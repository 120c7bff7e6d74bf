/// What a key means. Keys become commands only through `Keymap`, which also writes the status
/// line and the help screen, so the three never disagree. What a command does can depend on
/// the mode it is given in (↑ moves down a list on a screen, to the previous format in the
/// export dialog); the binding's help says which.
public enum Command: Sendable, Hashable {
    case up, down, left, right
    case pageUp, pageDown, top, bottom
    case open, back, search, help, plan
    /// q: quits, asking first when work would be lost.
    case quit
    /// Ctrl-C: quits at once, without asking.
    case quitNow
    case focusNext, focusPrevious
    /// Adds one step (the one selected or under the cursor) to the plan.
    case addStep
    /// Makes the selected route, all its steps, the plan.
    case planRoute
    case removeFromPlan
    /// Cycles the job order on a cluster, or the route ranking on a job or pathways screen.
    case sort
    /// Pathways: switches between the graph and the numbered list.
    case toggleView
    case nextRoute, previousRoute
    /// Picks item n (from 0) by its number: a route on the pathways screen, a format in the export dialog.
    case choose(Int)
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
    /// Profile form: changes the choice (ticks or unticks), or presses Apply.
    case toggle
    /// Yes to a question ("Quit without saving?", "Replace it?").
    case confirm
    /// Edits the text being typed: the search, a file name, a profile field or the notes.
    case edit(TextEdit)
}
