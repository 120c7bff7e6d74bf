import PathwaysGraph
import PathwaysTerminalCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Kiosk mode: the explorer locked down for a public terminal. The entry point `pathways kiosk` calls.
///
/// Visitors use arrows and Enter; nothing they type can quit, suspend or reach a shell. The
/// operator leaves with F12 and the PIN. A session left alone asks "Are you still there?", then
/// is wiped: the state is replaced whole and the terminal cleared, scrollback included.
public enum Kiosk {
    /// How this kiosk is set up (from the config file and the command line).
    public struct Settings: Sendable {
        public var pin: KioskPIN
        public var spool: String?
        public var printCommand: [String]?
        public var idleTimeout: Int
        public var theme: Theme

        public init(pin: KioskPIN, spool: String? = nil, printCommand: [String]? = nil, idleTimeout: Int = 120, theme: Theme = .standard) {
            self.pin = pin
            self.spool = spool
            self.printCommand = printCommand
            self.idleTimeout = idleTimeout
            self.theme = theme
        }
    }

    /// Runs the kiosk on the real terminal until the operator unlocks it; returns the exit code.
    ///
    /// Not a terminal: a message on stderr and 2. The operator's F12 and PIN: 0. SIGTERM or
    /// SIGHUP: the session is wiped, the terminal restored, and 128 + the signal returned.
    public static func run(graph: PathwayGraph, settings: Settings) -> Int32 {
        if let why = TerminalCheck.problem() {
            return TerminalCheck.refuse("pathways: kiosk mode needs a terminal, and \(why).\n")
        }
        let noColor = getenv("NO_COLOR").map { String(cString: $0) }.map { !$0.isEmpty } ?? false
        let signals = SignalWatcher(watching: SignalWatcher.kiosk, ignoring: SignalWatcher.kioskIgnored)
        let terminal = CursesTerminal(theme: settings.theme, useColor: !noColor)
        defer {
            terminal.shutdown()
            signals.stop()
        }
        let context = KioskContext(graph: graph, idleTimeout: Double(settings.idleTimeout),
                                   canPrint: settings.printCommand != nil, canSave: settings.spool != nil)
        let sharer = KioskSharer(spool: settings.spool, printer: settings.printCommand.map { KioskPrinter(command: $0) })
        let session = KioskSession(context: context, terminal: terminal, pin: settings.pin, sharer: sharer, clock: MonotonicClock(),
                                   clearTerminal: { terminal.clearCompletely() })
        terminal.clearCompletely()
        session.render()
        while !session.finished {
            if let sig = signals.received {
                terminal.clearCompletely()
                terminal.shutdown()
                return 128 + sig
            }
            session.handle(terminal.nextAction(timeout: 250))
        }
        return 0
    }
}
