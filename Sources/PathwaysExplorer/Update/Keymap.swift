import PathwaysExport
import PathwaysTerminalCore

/// The explorer's one key table: every key of every mode, what it does, how the status line
/// names it and what the help screen says. The reducer reads keys only through `command(for:in:)`,
/// and the status line and help screen are drawn from the same bindings, so none can drift.
public enum Keymap {
    /// One key binding: the keys, the command each gives, and the words for the screen.
    public struct Binding: Sendable {
        /// The keys as the user reads them: "↑↓ j k". The status line shows the first word.
        public var label: String
        /// Two or three words for the status line, or nil to leave it to the help screen.
        public var short: String?
        /// What the keys do, for the help screen.
        public var help: String
        /// Each key and the command it gives.
        public var keys: [(key: Key, command: Command)]
        /// Typing: every printable character not bound elsewhere in the mode gives `.edit(.insert(c))`.
        public var typing: Bool

        init(_ label: String, _ short: String?, _ help: String, _ keys: [(key: Key, command: Command)], typing: Bool = false) {
            self.label = label
            self.short = short
            self.help = help
            self.keys = keys
            self.typing = typing
        }

        /// A binding whose keys all give the same command.
        init(_ label: String, _ short: String?, _ help: String, _ command: Command, _ keys: Key...) {
            self.init(label, short, help, keys.map { ($0, command) })
        }

        /// The same binding, left off the status line.
        var helpOnly: Binding { var b = self; b.short = nil; return b }
    }

    static func c(_ character: Character) -> Key { .character(character) }

    // MARK: Screens

    static let moveList = Binding("↑↓ j k", "move", "Move up and down the list",
                                  [(.up, .up), (.down, .down), (c("k"), .up), (c("j"), .down)])
    static let sideways = Binding("←→ h l", nil, "Move between panes",
                                  [(.left, .left), (.right, .right), (c("h"), .left), (c("l"), .right)])
    static let paging = Binding("PgUp PgDn Home End", nil, "Scroll a page, or jump to the top or bottom",
                                [(.pageUp, .pageUp), (.pageDown, .pageDown), (.home, .top), (.end, .bottom)])
    static let open = Binding("Enter", "open", "Open the selected item", .open, .enter)
    static let back = Binding("Esc ⌫", "back", "Go back to the previous screen", .back, .escape, .backspace)
    static let search = Binding("/", "search", "Search clusters, jobs, steps and providers", .search, c("/"))
    static let help = Binding("?", "help", "Show every key (this screen)", .help, c("?"))
    static let plan = Binding("p", "plan", "Show the resident's plan", .plan, c("p"))
    static let quit = Binding("q Ctrl-C", "quit",
                              "Quit Pathways; q asks first when the profile, plan or notes are not saved, Ctrl-C quits at once",
                              [(c("q"), .quit), (.interrupt, .quitNow)])
    static let quitNow = Binding("Ctrl-C", nil, "Quit Pathways at once, without asking", .quitNow, .interrupt)
    static let tab = Binding("Tab", "pane", "Move between panes (Shift-Tab goes back)", .focusNext, .tab)
    static let backTab = Binding("Shift-Tab", nil, "Move to the previous pane", .focusPrevious, .backTab)
    /// Adding one step and making a whole route the plan are different keys with different words.
    static let addStep = Binding("a", "add step", "Add this one step to the plan, beside the plan's route", .addStep, c("a"))
    static let planRoute = Binding("m", "make plan", "Make the selected route (all its steps) the plan", .planRoute, c("m"))

    /// The resident's profile is `r`, never a letter's case away from the plan's `p`.
    static let profile = Binding("r", "resident", "Enter or change the resident's profile (quick entry, starting point, circumstances)", .profile, c("r"))
    static let save = Binding("Ctrl-S", "save", "Save the session (profile, plan and notes) to a file", .saveSession, .control("s"))
    static let export = Binding("e", "export", "Export the route or plan as Markdown, HTML, JSON, CSV or a print slip", .export, c("e"))
    static let compare = Binding("c", "compare", "Compare up to three routes side by side", .compare, c("c"))
    static let rank = Binding("s", "rank", "Rank routes by time, cost to the resident or number of steps", .sort, c("s"))

    /// The bindings of a screen, most useful first.
    public static func bindings(for screen: Screen) -> [Binding] {
        let common = [back, search, plan, profile, help, quit, save, tab, backTab, sideways, paging]
        switch screen {
        case .home:
            return [moveList, open] + [search, plan, profile, help, quit, save, tab, backTab, sideways, paging, back.helpOnly]
        case .cluster:
            return [moveList, open, Binding("s", "sort", "Change the order: title, pay, level needed", .sort, c("s"))] + common
        case .job:
            return [Binding("↑↓ j k", "route", "Choose a route", [(.up, .up), (.down, .down), (c("k"), .up), (c("j"), .down)]),
                    Binding("Enter g", "graph", "Show the routes as a pathway graph", .pathways, .enter, c("g")),
                    planRoute, rank, compare, export] + common
        case .pathways:
            return [Binding("←→↑↓ h j k l", "move", "Move between connected steps (list view: up and down)",
                            [(.left, .left), (.right, .right), (.up, .up), (.down, .down),
                             (c("h"), .left), (c("l"), .right), (c("k"), .up), (c("j"), .down)]),
                    Binding("Enter", "open step", "Open the step under the cursor", .open, .enter),
                    Binding("v", "list/graph", "Switch between the graph and a numbered list of the routes", .toggleView, c("v")),
                    Binding("1-5 [ ]", "route", "Pick route 1 to 5, or the previous and next route",
                            (1...5).map { (c(Character(String($0))), Command.choose($0 - 1)) }
                                + [(c("["), .previousRoute), (c("]"), .nextRoute)]),
                    addStep, planRoute, rank, compare, export] + [back, search, plan, profile, help, quit, save, tab, backTab, paging]
        case .compare:
            return [Binding("←→ h l", "choose", "Choose a route (column); * marks the best value in each row",
                            [(.left, .left), (.right, .right), (c("h"), .left), (c("l"), .right)]),
                    Binding("Enter", "graph", "Show the chosen route on the pathway graph", .open, .enter),
                    planRoute,
                    export] + [back, plan, profile, help, quit, save, paging,
                               Binding("↑↓ j k", nil, "Also choose a route", [(.up, .up), (.down, .down), (c("k"), .up), (c("j"), .down)])]
        case .step:
            return [moveList, Binding("Enter", "open", "Open what this step leads to, or comes after", .open, .enter), addStep] + common
        case .provider:
            return [moveList, Binding("Enter", "open", "Open a step this provider runs", .open, .enter)] + common
        case .search:
            return [Binding("type", nil, "Type to search; small typos are forgiven", [], typing: true),
                    Binding("↑↓", "move", "Move through the results", [(.up, .up), (.down, .down)]),
                    Binding("Enter", "open", "Open the selected result", .open, .enter),
                    Binding("⌫", nil, "Delete the last letter (on an empty search it does nothing)", .edit(.deleteBackward), .backspace),
                    Binding("Ctrl-U", nil, "Clear the search", .edit(.clear), .control("u")),
                    Binding("Esc", "back", "Leave search", .back, .escape),
                    save, quitNow,
                    Binding("←→", nil, "Move between the results and the preview", [(.left, .left), (.right, .right)]),
                    paging]
        case .plan:
            return [moveList, open,
                    Binding("x Del", "remove", "Remove the selected step from the plan", .removeFromPlan, c("x"), .delete),
                    Binding("n", "notes", "Write the adviser's notes (Enter new line, Esc or Ctrl-D to finish)", .editNotes, c("n")),
                    save, export] + [back, search, profile, help, quit, paging]
        case .profile:
            return [Binding("↑↓ Tab", "field", "Move between the questions (Shift-Tab goes back)",
                            [(.up, .up), (.down, .down), (.tab, .down), (.backTab, .up)]),
                    Binding("←→ Space", "change", "Change a choice, or tick and untick (Space on Apply applies)",
                            [(.left, .left), (.right, .right), (c(" "), .toggle)]),
                    Binding("type", nil, "Type initials, age and weeks; ⌫ deletes",
                            [(.backspace, .edit(.deleteBackward)), (.delete, .edit(.deleteBackward))], typing: true),
                    Binding("Enter", "apply", "Check the answers and use the profile (from any question)", .open, .enter),
                    Binding("Esc", "cancel", "Leave without changing the profile", .back, .escape),
                    help, save, quitNow,
                    Binding("Home End", nil, "Go to the first or last question (PgUp and PgDn too)",
                            [(.home, .top), (.end, .bottom), (.pageUp, .top), (.pageDown, .bottom)])]
        case .help:
            return [Binding("↑↓ j k", "scroll", "Scroll the help", [(.up, .up), (.down, .down), (c("k"), .up), (c("j"), .down)]),
                    Binding("Esc ⌫ ?", "back", "Go back to the previous screen", .back, .escape, .backspace, c("?")),
                    quit, paging]
        }
    }

    // MARK: Over a screen

    /// The keys of the notes editor on the plan screen.
    public static let notesEditor: [Binding] = [
        Binding("type", "write", "Type the notes; ←→↑↓ Home End move the cursor",
                [(.left, .edit(.left)), (.right, .edit(.right)), (.up, .edit(.up)), (.down, .edit(.down)),
                 (.home, .edit(.lineStart)), (.end, .edit(.lineEnd))], typing: true),
        Binding("Enter", "new line", "Start a new line", .edit(.newLine), .enter),
        Binding("Esc Ctrl-D", "done", "Finish and keep the notes", .back, .escape, .control("d")),
        Binding("Ctrl-S", "save", "Keep the notes and save the session", .saveSession, .control("s")),
        Binding("⌫ Del", nil, "Delete the letter before or after the cursor (joining lines at their ends)",
                [(.backspace, .edit(.deleteBackward)), (.delete, .edit(.deleteForward))]),
        Binding("Tab", nil, "Type two spaces", .edit(.indent), .tab),
        Binding("Ctrl-C", nil, "Keep the notes and quit Pathways at once", .quitNow, .interrupt),
    ]

    /// The keys of a file dialog at each stage.
    public static func dialog(_ stage: FileDialog.Stage) -> [Binding] {
        let formats = ExportFormat.allCases.count
        switch stage {
        case .chooseFormat:
            return [Binding("↑↓ 1-\(formats)", "format", "Choose a format (↑↓ j k, or its number)",
                            [(.up, .up), (.down, .down), (c("k"), .up), (c("j"), .down)]
                                + (1...formats).map { (c(Character(String($0))), Command.choose($0 - 1)) }),
                    Binding("Enter", "next", "Go on to the file name", .open, .enter),
                    Binding("Esc", "cancel", "Close without writing anything", .back, .escape),
                    quitNow]
        case .fileName:
            return [Binding("type", "name", "Type the file name (Ctrl-U clears it, ⌫ deletes)",
                            [(.backspace, .edit(.deleteBackward)), (.control("u"), .edit(.clear))], typing: true),
                    Binding("Enter", "save", "Write the file", .open, .enter),
                    Binding("Esc", "back", "Go back", .back, .escape),
                    quitNow]
        case .confirmReplace:
            return [Binding("y", "replace", "Replace the existing file", .confirm, c("y"), c("Y")),
                    Binding("n Esc", "keep it", "Keep the existing file and choose another name", .back, c("n"), c("N"), .escape),
                    quitNow]
        }
    }

    /// The keys of "Quit without saving?".
    public static let quitPrompt: [Binding] = [
        Binding("y", "quit", "Quit without saving", .confirm, c("y"), c("Y")),
        Binding("n Esc", "stay", "Stay in Pathways", .back, c("n"), c("N"), .escape),
        Binding("Ctrl-S", "save", "Save the session (then q quits at once)", .saveSession, .control("s")),
        quitNow,
    ]

    /// The keys while the terminal is too small to draw in.
    public static let tooSmall: [Binding] = [quit]

    /// The bindings of a mode.
    public static func bindings(in mode: KeyMode) -> [Binding] {
        switch mode {
        case .quitPrompt: quitPrompt
        case .tooSmall: tooSmall
        case .dialog(let stage): dialog(stage)
        case .notes: notesEditor
        case .screen(let screen): bindings(for: screen)
        }
    }

    /// The bindings the status line shows now.
    public static func active(_ state: ExplorerState) -> [Binding] { bindings(in: KeyMode(state)) }

    /// The command a key gives in a mode, or nil when the mode does not use it. Keys bound by
    /// name come first; then, where the mode takes typing, any printable character.
    public static func command(for key: Key, in mode: KeyMode) -> Command? {
        let all = bindings(in: mode)
        for binding in all {
            if let bound = binding.keys.first(where: { $0.key == key }) { return bound.command }
        }
        if case .character(let ch) = key, !NoteEditor.isControl(ch) || ch == "\n" || ch == "\r", all.contains(where: \.typing) {
            return .edit(.insert(ch))
        }
        return nil
    }

    /// What to say when a key does nothing in a mode that waits for an answer.
    public static func unboundHint(_ mode: KeyMode) -> String? {
        switch mode {
        case .quitPrompt: "y quits without saving, n stays, Ctrl-S saves."
        case .notes: "Esc or Ctrl-D finishes the notes."
        default: nil
        }
    }
}
