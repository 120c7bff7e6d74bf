import PathwaysGraph

/// The explorer without a terminal loop: state, reducer and view, driven one action at a time.
///
/// Tests and benchmarks use it to time the first frame and each keystroke:
///
///     let session = ExplorerSession(graph: graph, width: 80, height: 24)
///     session.render()                 // first frame, into the in-memory terminal
///     session.send(.down)              // one keystroke: reduce, then render
///     session.type("/software")        // several keys
///     print(session.text)
public final class ExplorerSession {
    public let context: ExplorerContext
    public private(set) var state: ExplorerState
    public let terminal: Terminal
    public let options: Explorer.Options

    /// A session on an in-memory terminal of the given size.
    public convenience init(graph: PathwayGraph, width: Int = 80, height: Int = 24, options: Explorer.Options = .init(),
                            glyphs: Glyphs = .unicode) {
        self.init(context: ExplorerContext(graph: graph), terminal: InMemoryTerminal(width: width, height: height, glyphs: glyphs),
                  options: options)
    }

    /// A session on any terminal (the real one is used by `Explorer.run`).
    public init(context: ExplorerContext, terminal: Terminal, options: Explorer.Options = .init()) {
        self.context = context
        self.terminal = terminal
        self.options = options
        state = ExplorerState(width: terminal.size.width, height: terminal.size.height)
    }

    /// Draws the current state on the terminal and returns the frame.
    @discardableResult
    public func render() -> Grid {
        let (grid, hits) = ExplorerView.render(state, context: context, glyphs: terminal.glyphs, asciiOnly: terminal.asciiOnly)
        state.hits = hits
        terminal.draw(grid)
        return grid
    }

    /// Applies an action without drawing.
    public func apply(_ action: Action) { Reducer.reduce(&state, action, context: context) }

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
