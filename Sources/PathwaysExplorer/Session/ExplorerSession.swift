import PathwaysGraph
import PathwaysTerminalCore
import PathwaysSession

/// The explorer without a terminal loop: state, reducer, view and effects, driven one action
/// at a time. The reducer decides; this runs the effects it returns (`ExplorerFiles`) and
/// feeds their outcomes back, then draws.
///
/// Tests and benchmarks use it to time the first frame and each keystroke:
///
///     let session = ExplorerSession(graph: graph, width: 80, height: 24)
///     session.render()                 // first frame, into the in-memory terminal
///     session.send(.down)              // one keystroke: reduce, then render
///     session.type("/software")        // several keys
///     print(session.text)
public final class ExplorerSession {
    public private(set) var context: ExplorerContext
    public private(set) var state: ExplorerState
    public let terminal: Terminal
    public let options: Explorer.Options
    /// Where the last frame drew clickable rows: what a click lands on.
    public private(set) var hits: [Hit] = []

    /// A session on an in-memory terminal of the given size.
    public convenience init(graph: PathwayGraph, width: Int = 80, height: Int = 24, options: Explorer.Options = .init(),
                            glyphs: Glyphs = .unicode) {
        self.init(context: ExplorerContext(graph: graph), terminal: InMemoryTerminal(width: width, height: height, glyphs: glyphs),
                  options: options)
    }

    /// A session on an in-memory terminal with a given context (a pinned clock, a folder for files).
    public convenience init(context: ExplorerContext, width: Int, height: Int, options: Explorer.Options = .init()) {
        self.init(context: context, terminal: InMemoryTerminal(width: width, height: height), options: options)
    }

    /// A session on any terminal (the real one is used by `Explorer.run`).
    public init(context: ExplorerContext, terminal: Terminal, options: Explorer.Options = .init()) {
        self.context = context
        self.terminal = terminal
        self.options = options
        state = ExplorerState(width: terminal.size.width, height: terminal.size.height)
        state.sessionPath = options.sessionPath
        if let session = options.session {
            resume(session)
        } else if let profile = options.profile {
            state.profile = profile
        }
    }

    /// Puts a saved session on screen: its profile, its plan rebuilt against this content
    /// (and re-costed), and its notes (control characters removed). Says which IDs the
    /// content no longer has, if any.
    func resume(_ session: Session) {
        state.profile = session.profile
        state.notes = NoteEditor.clean(session.notes)
        // Whatever the file holds is saved work: quitting straight away loses nothing.
        defer { state.savedWork = AdviserWork(state) }
        guard let saved = session.plan else {
            state.message = "Resumed the session saved \(session.savedAt.prefix(10)): no plan yet."
            return
        }
        state.ranking = saved.ranking
        let (route, missing) = saved.route(in: context.graph, for: session.profile)
        let extras = saved.extraSteps.compactMap { context.graph.step($0) }
        let gone = missing + saved.extraSteps.filter { context.graph.step($0) == nil }
        state.plan = Plan(route: route, extraSteps: extras)
        if gone.isEmpty {
            state.message = "Resumed the session saved \(session.savedAt.prefix(10)). p shows the plan."
        } else {
            state.message = "Resumed, but this content no longer has: \(gone.joined(separator: ", ")). Check the plan (P)."
        }
    }

    /// Swaps in the whole content once it has loaded, when the session began on a preview of
    /// it (`ExplorerContent.staged`). The preview has the same clusters in the same order, so
    /// the home screen's selection stays where it was.
    public func replaceContent(with whole: ExplorerContext) {
        var next = whole
        next.routeLimit = context.routeLimit
        next.clock = context.clock
        next.workingDirectory = context.workingDirectory
        context = next
    }

    /// Draws the current state on the terminal and returns the frame.
    @discardableResult
    public func render() -> Grid {
        let (grid, hits) = ExplorerView.render(state, context: context, glyphs: terminal.glyphs, asciiOnly: terminal.asciiOnly)
        self.hits = hits
        terminal.draw(grid)
        return grid
    }

    /// Applies an action from the terminal without drawing: a click becomes the row under it.
    public func apply(_ action: Action) {
        switch action {
        case .key(let key): ExplorerSession.drive(&state, .key(key), context: context)
        case .click(let x, let y, let double):
            let hit = hits.first { $0.rect.contains(x: x, y: y) }
            ExplorerSession.drive(&state, .click(hit, double: double), context: context)
        case .scroll(let delta): ExplorerSession.drive(&state, .scroll(delta), context: context)
        case .resize(let width, let height): ExplorerSession.drive(&state, .resize(width: width, height: height), context: context)
        }
    }

    /// One event through the reducer, then its effects carried out in order, each outcome
    /// given back to the reducer (which may ask for more).
    public static func drive(_ state: inout ExplorerState, _ event: ExplorerEvent, context: ExplorerContext) {
        var queue = [event]
        while !queue.isEmpty {
            let effects = Reducer.reduce(&state, queue.removeFirst(), context: context)
            queue += effects.map(ExplorerFiles.perform)
        }
    }

    /// One keystroke: reduce, then draw.
    @discardableResult
    public func send(_ key: Key) -> Grid {
        apply(.key(key))
        return render()
    }

    /// One action of any kind: reduce, then draw.
    @discardableResult
    public func send(action: Action) -> Grid {
        apply(action)
        return render()
    }

    /// Types each character of `text` as a key, drawing after each.
    public func type(_ text: String) { for c in text { send(.character(c)) } }

    /// Resizes the in-memory terminal (when it is one) and redraws.
    public func resize(width: Int, height: Int) {
        (terminal as? InMemoryTerminal)?.resize(width: width, height: height)
        send(action: .resize(width: width, height: height))
        _ = terminal.nextAction(timeout: 0)
    }

    /// The last frame as text.
    public var text: String { ExplorerView.render(state, context: context, glyphs: terminal.glyphs, asciiOnly: terminal.asciiOnly).grid.text }

    /// True once the user has quit.
    public var finished: Bool { state.finished }
}
