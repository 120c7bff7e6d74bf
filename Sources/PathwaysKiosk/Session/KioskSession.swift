import PathwaysGraph
import PathwaysTerminalCore

/// The kiosk without its terminal loop: state, reducer, view and side effects, driven one event
/// at a time. `Kiosk.run` drives it from the real terminal; tests drive it with an in-memory
/// terminal and a `ManualClock`.
///
/// Errors from a visitor's session never escape: an unexpected failure shows "Sorry, something
/// went wrong — starting again", wipes the session and returns to the attract screen.
///
/// Input floods are not replayed: more than `floodKeys` actions waiting at once (a paste, a
/// stuck key) are thrown away until input goes quiet, and typeahead is thrown away after each
/// print or save. Prints and saves are limited by a `KioskShareLimit` that outlives visits.
public final class KioskSession {
    public let context: KioskContext
    /// The current visitor's state; replaced whole by a fresh one when a session is wiped.
    public private(set) var state = KioskState()
    public let terminal: Terminal
    let clock: KioskClock
    let sharer: KioskSharing
    let lock: KioskOperatorLock
    let clearTerminal: () -> Void
    /// How many times the terminal was cleared completely (each wipe clears it).
    public private(set) var clears = 0
    /// Recent prints and saves (operator, not visitor, state: it outlives the wipe).
    public private(set) var shareLimit = KioskShareLimit()
    /// How many input floods were thrown away.
    public private(set) var floods = 0
    /// Set by a print or save: input that arrived meanwhile is thrown away, not replayed.
    private var inputStale = false
    /// More actions than this waiting at once is a flood (a paste or a stuck key), not typing.
    public static let floodKeys = 12
    /// The longest a flood is drained, in seconds, before input is read again.
    public static let drainLimit: Double = 2

    /// A kiosk session. `clearTerminal` clears the real terminal completely; by default an
    /// in-memory terminal is given a blank frame.
    public init(context: KioskContext, terminal: Terminal, lock: KioskOperatorLock, sharer: KioskSharing, clock: KioskClock,
                clearTerminal: (() -> Void)? = nil, shareLimit: KioskShareLimit = KioskShareLimit()) {
        self.context = context
        self.terminal = terminal
        self.lock = lock
        self.shareLimit = shareLimit
        self.sharer = sharer
        self.clock = clock
        self.clearTerminal = clearTerminal ?? { [weak terminal] in
            guard let terminal else { return }
            terminal.draw(Grid(width: terminal.size.width, height: terminal.size.height))
        }
    }

    /// True once the operator has unlocked the kiosk.
    public var finished: Bool { state.finished }

    /// The frame for the current state, drawn on the terminal.
    @discardableResult
    public func render() -> Grid {
        let grid = KioskView.render(state, context: context, now: clock.now, width: terminal.size.width, height: terminal.size.height,
                                    glyphs: terminal.glyphs, asciiOnly: terminal.asciiOnly)
        terminal.draw(grid)
        return grid
    }

    /// Waits up to `timeout` milliseconds for input and handles what came (a tick when nothing
    /// did). A flood is drained instead of handled; typeahead left after a print or save is dropped.
    public func pump(timeout: Int = 250) {
        guard let first = terminal.nextAction(timeout: timeout) else { return handle(nil) }
        var burst = [first]
        while burst.count <= KioskSession.floodKeys, let next = terminal.nextAction(timeout: 0) { burst.append(next) }
        if burst.count > KioskSession.floodKeys { return drain() }
        for action in burst where !inputStale { handle(action) }
        if inputStale {
            terminal.discardInput()
            inputStale = false
        }
    }

    /// Throws input away until none comes for a moment (or `drainLimit` passes), then redraws.
    private func drain() {
        floods += 1
        let start = clock.now
        repeat { terminal.discardInput() } while terminal.nextAction(timeout: 200) != nil && clock.now - start < KioskSession.drainLimit
        send(.tick)
    }

    /// Input from the terminal (nil when its time-out passed with none), then a redraw.
    public func handle(_ action: Action?) {
        switch action {
        case nil: send(.tick)
        case .key(let key)?: send(.key(key))
        case .click(_, let y, _)?:
            if let item = KioskView.item(atRow: y, state, context: context, width: terminal.size.width, height: terminal.size.height) {
                send(.tap(item: item))
            } else {
                send(.touch)
            }
        case .scroll(let n)?: send(.key(n < 0 ? .up : .down))
        case .resize?: send(.resize)
        }
    }

    /// One key, then a redraw.
    public func send(_ key: Key) { send(.key(key)) }

    /// One event, its side effects, then a redraw.
    public func send(_ event: KioskEvent) {
        var queue = [event]
        while !queue.isEmpty {
            let next = queue.removeFirst()
            let effects = KioskReducer.reduce(&state, next, context: context, now: clock.now)
            for effect in effects {
                do {
                    if let followUp = try perform(effect) { queue.append(followUp) }
                } catch {
                    queue = [.failed]
                    break
                }
            }
        }
        render()
    }

    /// Carries out one effect; returns the event that reports its outcome, if any.
    private func perform(_ effect: KioskEffect) throws -> KioskEvent? {
        switch effect {
        case .clearScreen:
            clears += 1
            clearTerminal()
            return nil
        case .share(let request):
            if let refusal = shareLimit.refusal(now: clock.now) { return .shareRefused(refusal) }
            shareLimit.record(now: clock.now)
            defer { inputStale = true }
            do {
                return .shared(try sharer.share(request, graph: context.graph))
            } catch let failure as KioskShareError {
                return .shared(failure.description)
            }
        case .checkPIN(let typed):
            switch lock.check(typed) {
            case .unlocked: return .unlocked
            case .refused(let message): return .pinRefused(message)
            }
        }
    }
}
