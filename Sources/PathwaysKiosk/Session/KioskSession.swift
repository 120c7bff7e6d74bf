import PathwaysGraph
import PathwaysTerminalCore

/// The kiosk without its terminal loop: state, reducer, view and side effects, driven one event
/// at a time. `Kiosk.run` drives it from the real terminal; tests drive it with an in-memory
/// terminal and a `ManualClock`.
///
/// Errors from a visitor's session never escape: an unexpected failure shows "Sorry, something
/// went wrong — starting again", wipes the session and returns to the attract screen.
public final class KioskSession {
    public let context: KioskContext
    /// The current visitor's state; replaced whole by a fresh one when a session is wiped.
    public private(set) var state = KioskState()
    public let terminal: Terminal
    let clock: KioskClock
    let sharer: KioskSharing
    let pin: KioskPIN
    let clearTerminal: () -> Void
    /// Wrong PINs in a row, and when the PIN prompt opens again after three (operator, not visitor, state).
    private var wrongPINs = 0
    private var lockedUntil = -Double.infinity
    /// How many times the terminal was cleared completely (each wipe clears it).
    public private(set) var clears = 0
    /// How long the PIN prompt stays refused after three wrong PINs.
    public static let lockout: Double = 60

    /// A kiosk session. `clearTerminal` clears the real terminal completely; by default an
    /// in-memory terminal is given a blank frame.
    public init(context: KioskContext, terminal: Terminal, pin: KioskPIN, sharer: KioskSharing, clock: KioskClock,
                clearTerminal: (() -> Void)? = nil) {
        self.context = context
        self.terminal = terminal
        self.pin = pin
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

    /// Input from the terminal (nil when its time-out passed with none), then a redraw.
    public func handle(_ action: Action?) {
        switch action {
        case nil, .tick?: send(.tick)
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
            do {
                return .shared(try sharer.share(request, graph: context.graph))
            } catch let failure as KioskShareError {
                return .shared(failure.description)
            }
        case .checkPIN(let typed):
            let now = clock.now
            if now < lockedUntil {
                return .pinRefused("Too many wrong PINs. Try again in \(Int((lockedUntil - now).rounded(.up))) seconds.")
            }
            if pin.matches(typed) { return .unlocked }
            wrongPINs += 1
            if wrongPINs >= 3 {
                wrongPINs = 0
                lockedUntil = now + KioskSession.lockout
            }
            return .pinRefused("That PIN is not right.")
        }
    }
}
