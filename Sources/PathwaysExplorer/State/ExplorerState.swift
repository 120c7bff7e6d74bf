import PathwaysGraph

/// Everything the explorer shows, as plain values: the reducer changes it, views draw it.
public struct ExplorerState: Sendable, Equatable {
    public var width: Int
    public var height: Int
    /// Open screens, Home first; the last is on show. Never empty.
    public var pages: [Page]
    public var startingPoint: StartingPoint = .entry
    public var ranking: Ranking = .time
    public var jobSort: JobSort = .title
    /// Pathways screens show a numbered list instead of the graph.
    public var showList = false
    public var query = ""
    /// Search results, grouped by kind (clusters, jobs, steps, providers), best first in each.
    public var results: [SearchIndex.Hit] = []
    public var plan = Plan()
    /// The resident's profile once the adviser has applied one; routes, costs and the plan
    /// follow it. `nil` until then (routes start from `startingPoint` at typical fees).
    public var profile: Profile?
    /// The profile being filled in on the profile screen.
    public var form = ProfileForm()
    /// The adviser's notes, one line each, kept with the session and shown on the plan.
    public var notes: [String] = []
    /// The notes while they are being edited on the plan screen.
    public var noteEditor: NoteEditor?
    /// A file dialog (export or save) over the screen.
    public var dialog: FileDialog?
    /// The session file this session was resumed from or last saved to; Ctrl-S saves there.
    public var sessionPath: String?
    /// A one-line note for the user, cleared by the next key.
    public var message: String?
    /// The profile, plan and notes as they were last saved or resumed (empty for a new session).
    public var savedWork = AdviserWork()
    /// "Quit without saving?" is on screen: q was pressed with unsaved work.
    public var confirmingQuit = false
    /// Set when the user quits; `exitCode` is what the process returns.
    public var finished = false
    public var exitCode: Int32 = 0

    public init(width: Int = 80, height: Int = 24) {
        self.width = width
        self.height = height
        pages = [Page(.home)]
    }

    /// The page on show.
    public var page: Page {
        get { pages[pages.count - 1] }
        set { pages[pages.count - 1] = newValue }
    }

    public var screen: Screen { page.screen }

    /// Where routes start: the profile's starting point when one is applied.
    public var start: StartingPoint { profile?.startingPoint ?? startingPoint }

    /// Below this size the explorer asks for a bigger terminal.
    public static let minimumWidth = 40
    public static let minimumHeight = 12

    /// True when quitting now would lose a profile, plan or notes not yet saved.
    public var hasUnsavedWork: Bool { AdviserWork(self) != savedWork }

    public var isTooSmall: Bool { width < ExplorerState.minimumWidth || height < ExplorerState.minimumHeight }
}
