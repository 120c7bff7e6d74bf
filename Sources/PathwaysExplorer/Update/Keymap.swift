import PathwaysTerminalCore

/// The keys of each screen: what they do, how the status line names them, and the help text.
public enum Keymap {
    /// One key binding.
    public struct Binding: Sendable {
        /// The keys as the user reads them: "↑↓ j k".
        public var keys: String
        /// Two or three words for the status line, or nil to leave it to the help screen.
        public var short: String?
        /// What the key does, for the help screen.
        public var help: String
        public var command: Command?
        public var matches: @Sendable (Key) -> Bool

        init(_ keys: String, _ short: String?, _ help: String, _ command: Command?, _ matches: @escaping @Sendable (Key) -> Bool) {
            self.keys = keys
            self.short = short
            self.help = help
            self.command = command
            self.matches = matches
        }
    }

    static func char(_ c: Character) -> @Sendable (Key) -> Bool { { $0 == .character(c) } }

    static let moveList = Binding("↑↓ j k", "move", "Move up and down the list", nil) { _ in false }
    static let open = Binding("Enter", "open", "Open the selected item", .open) { $0 == .enter }
    static let back = Binding("Esc ⌫", "back", "Go back to the previous screen", .back) { $0 == .escape || $0 == .backspace }
    static let search = Binding("/", "search", "Search clusters, jobs, steps and providers", .search, char("/"))
    static let help = Binding("?", "help", "Show every key (this screen)", .help, char("?"))
    static let plan = Binding("P", "plan", "Show your plan", .plan, char("P"))
    static let quit = Binding("q Ctrl-C", "quit",
                              "Quit Pathways; q asks first when the profile, plan or notes are not saved, Ctrl-C quits at once",
                              .quit) { $0 == .character("q") || $0 == .interrupt }
    static let tab = Binding("Tab", "pane", "Move between panes (Shift-Tab goes back)", .focusNext) { $0 == .tab }
    static let backTab = Binding("Shift-Tab", nil, "Move to the previous pane", .focusPrevious) { $0 == .backTab }
    static let paging = Binding("PgUp PgDn Home End", nil, "Scroll a page, or jump to the top or bottom", nil) { _ in false }
    static let mouse = Binding("Mouse", nil, "Click selects, double click opens, the wheel scrolls", nil) { _ in false }
    static let add = Binding("Space", "add to plan", "Add the selected step or route to your plan", .addToPlan, char(" "))

    static let profile = Binding("p", "profile", "Enter or change the resident's profile (starting point, circumstances)", .profile, char("p"))
    static let save = Binding("Ctrl-S", "save", "Save the session (profile, plan and notes) to a file", .saveSession) { $0 == .control("s") }
    static let export = Binding("e", "export", "Export the route or plan as Markdown, HTML, JSON, CSV or a print slip", .export, char("e"))
    static let compare = Binding("c", "compare", "Compare up to three routes side by side", .compare, char("c"))
    static let rank = Binding("s", "rank", "Rank routes by time, cost to the resident or number of steps", .sort, char("s"))

    /// The bindings of a screen, most useful first.
    public static func bindings(for screen: Screen) -> [Binding] {
        let common = [back, search, plan, profile, help, quit, save, tab, backTab, paging, mouse]
        switch screen {
        case .home:
            return [moveList, open] + [search, plan, profile, help, quit, save, tab, backTab, paging, mouse]
        case .cluster:
            return [moveList, open,
                    Binding("s", "sort", "Change the order: title, pay, level needed", .sort, char("s"))] + common
        case .job:
            return [Binding("↑↓ j k", "route", "Choose a route", nil) { _ in false },
                    Binding("Enter g", "graph", "Show the routes as a pathway graph", .pathways) { $0 == .enter || $0 == .character("g") },
                    add, rank, compare, export] + common
        case .pathways:
            return [Binding("←→↑↓ h j k l", "move", "Move between connected steps (list view: up and down)", nil) { _ in false },
                    Binding("Enter", "open step", "Open the step under the cursor", .open) { $0 == .enter },
                    Binding("v", "list/graph", "Switch between the graph and a numbered list of the routes", .toggleView, char("v")),
                    Binding("1-5 [ ]", "route", "Pick route 1 to 5, or the previous and next route", nil) { _ in false },
                    add, rank, compare, export] + common
        case .compare:
            return [Binding("←→ h l", "choose", "Choose a route (column); * marks the best value in each row", nil) { _ in false },
                    Binding("Enter", "graph", "Show the chosen route on the pathway graph", .open) { $0 == .enter },
                    Binding("Space", "make plan", "Make the chosen route your plan", .addToPlan, char(" ")),
                    export] + [back, plan, profile, help, quit, save, paging]
        case .step:
            return [moveList, Binding("Enter", "open", "Open what this step leads to, or comes after", .open) { $0 == .enter },
                    add] + common
        case .provider:
            return [moveList, Binding("Enter", "open", "Open a step this provider runs", .open) { $0 == .enter }] + common
        case .search:
            return [Binding("type", nil, "Type to search; small typos are forgiven", nil) { _ in false },
                    Binding("↑↓", "move", "Move through the results", nil) { _ in false },
                    Binding("Enter", "open", "Open the selected result", .open) { $0 == .enter },
                    Binding("⌫", nil, "Delete the last letter (on an empty search it does nothing)", nil) { _ in false },
                    Binding("Ctrl-U", nil, "Clear the search", nil) { _ in false },
                    Binding("Esc", "back", "Leave search", .back) { $0 == .escape },
                    save,
                    Binding("Ctrl-C", nil, "Quit Pathways at once, without asking", .quit) { $0 == .interrupt }]
        case .plan:
            return [moveList, open,
                    Binding("x Del", "remove", "Remove the selected step from the plan", .removeFromPlan) {
                        $0 == .character("x") || $0 == .delete
                    },
                    Binding("n", "notes", "Write the adviser's notes (Enter new line, Esc or Ctrl-D to finish)", .editNotes, char("n")),
                    save, export] + [back, search, profile, help, quit, paging, mouse]
        case .profile:
            return [Binding("↑↓ Tab", "field", "Move between the questions", nil) { _ in false },
                    Binding("←→ Space", "change", "Change a choice, or tick and untick", nil) { _ in false },
                    Binding("type", nil, "Type initials, age and weeks; ⌫ deletes", nil) { _ in false },
                    Binding("Enter", "apply", "Check the answers and use the profile (from any question)", nil) { _ in false },
                    Binding("Esc", "cancel", "Leave without changing the profile", .back) { $0 == .escape },
                    help, save,
                    Binding("Ctrl-C", nil, "Quit Pathways at once, without asking", .quit) { $0 == .interrupt }]
        case .help:
            return [Binding("↑↓ PgUp PgDn", "scroll", "Scroll the help", nil) { _ in false }, back, quit]
        }
    }

    /// The keys of the notes editor on the plan screen.
    public static let notesEditor: [Binding] = [
        Binding("type", "write", "Type the notes; ←→↑↓ Home End move the cursor", nil) { _ in false },
        Binding("Enter", "new line", "Start a new line", nil) { _ in false },
        Binding("Esc Ctrl-D", "done", "Finish and keep the notes", nil) { _ in false },
        Binding("Ctrl-S", "save", "Keep the notes and save the session", nil) { _ in false },
    ]

    /// The keys of a file dialog at each stage.
    public static func dialog(_ stage: FileDialog.Stage) -> [Binding] {
        switch stage {
        case .chooseFormat:
            return [Binding("↑↓ 1-5", "format", "Choose a format", nil) { _ in false },
                    Binding("Enter", "next", "Go on to the file name", nil) { _ in false },
                    Binding("Esc", "cancel", "Close without writing anything", nil) { _ in false }]
        case .fileName:
            return [Binding("type", "name", "Type the file name (Ctrl-U clears it)", nil) { _ in false },
                    Binding("Enter", "save", "Write the file", nil) { _ in false },
                    Binding("Esc", "back", "Go back", nil) { _ in false }]
        case .confirmReplace:
            return [Binding("y", "replace", "Replace the existing file", nil) { _ in false },
                    Binding("n Esc", "keep it", "Keep the existing file and choose another name", nil) { _ in false }]
        }
    }

    /// The keys of "Quit without saving?".
    public static let quitPrompt: [Binding] = [
        Binding("y", "quit", "Quit without saving", nil) { _ in false },
        Binding("n Esc", "stay", "Stay in Pathways", nil) { _ in false },
        Binding("Ctrl-S", "save", "Save the session (then q quits at once)", nil) { _ in false },
    ]

    /// The bindings the status line shows now: the quit prompt's, a dialog's or the notes
    /// editor's when one is open, otherwise the screen's.
    public static func active(_ state: ExplorerState) -> [Binding] {
        if state.confirmingQuit { return quitPrompt }
        if let d = state.dialog { return dialog(d.stage) }
        if state.noteEditor != nil { return notesEditor }
        return bindings(for: state.screen)
    }

    /// The command a key gives on a screen, or nil.
    public static func command(for key: Key, on screen: Screen) -> Command? {
        switch key {
        case .up, .character("k"): if screen != .search || key == .up { return .up }
        case .down, .character("j"): if screen != .search || key == .down { return .down }
        case .left, .character("h"): if screen != .search || key == .left { return .left }
        case .right, .character("l"): if screen != .search || key == .right { return .right }
        case .pageUp: return .pageUp
        case .pageDown: return .pageDown
        case .home: return .top
        case .end: return .bottom
        default: break
        }
        if screen == .help, key == .character("?") { return .back }
        if case .pathways = screen, case .character(let c) = key {
            if let n = c.wholeNumberValue, (1...5).contains(n) { return .chooseRoute(n - 1) }
            if c == "]" { return .nextRoute }
            if c == "[" { return .previousRoute }
        }
        for b in bindings(for: screen) where b.command != nil && b.matches(key) { return b.command }
        // Back works everywhere, even where the status line has no room to say so.
        if key == .escape || key == .backspace { return .back }
        return nil
    }
}
