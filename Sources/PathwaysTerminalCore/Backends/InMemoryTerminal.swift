/// A terminal in memory: keeps the last frame drawn and plays back queued input.
///
/// Ships in the module (like swift-nio's `NIOEmbedded`) so tests and benchmarks can drive the
/// explorer without a real terminal.
public final class InMemoryTerminal: Terminal {
    public private(set) var size: (width: Int, height: Int)
    public let glyphs: Glyphs
    public let asciiOnly: Bool
    /// The last frame drawn.
    public private(set) var screen: Grid
    /// How many frames were drawn, and what the last one would have sent to a real terminal.
    public private(set) var framesDrawn = 0
    public private(set) var lastDiff: FrameDiff?
    private var pending: [Action] = []

    public init(width: Int = 80, height: Int = 24, glyphs: Glyphs = .unicode, asciiOnly: Bool = false) {
        size = (width, height)
        self.glyphs = glyphs
        self.asciiOnly = asciiOnly
        screen = Grid(width: width, height: height)
    }

    public func draw(_ grid: Grid) {
        lastDiff = FrameDiff(from: framesDrawn == 0 ? nil : screen, to: grid)
        screen = grid
        framesDrawn += 1
    }

    /// Queues input for `nextAction`, as if typed.
    public func enqueue(_ action: Action) { pending.append(action) }

    /// Changes the size and queues the resize, as a real terminal would.
    public func resize(width: Int, height: Int) {
        size = (width, height)
        pending.append(.resize(width: width, height: height))
    }

    public func nextAction(timeout: Int) -> Action? { pending.isEmpty ? nil : pending.removeFirst() }

    /// Drops the queued input, as a real terminal flushes its typeahead.
    public func discardInput() { pending.removeAll() }

    /// Input queued and not yet read.
    public var pendingCount: Int { pending.count }

    /// The last frame as text.
    public var text: String { screen.text }
}
