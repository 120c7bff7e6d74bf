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
///
/// A crash never hands the visitor another program: the kiosk runs with the Swift runtime's
/// backtracer off (`KioskProcess`), and a fatal signal clears the screen, restores the terminal
/// and exits (`CrashGuard`). The only program it ever starts is the configured print command.
public enum Kiosk {
    /// How this kiosk is set up (from the config file and the command line).
    public struct Settings: Sendable {
        /// Reads the operator PIN when one is typed (nil when it cannot be read).
        public var readPIN: @Sendable () -> KioskPIN?
        /// Where the wrong-PIN lockout is kept across restarts.
        public var lockoutFile: KioskLockoutFile
        public var spool: String?
        public var printCommand: [String]?
        public var idleTimeout: Int
        public var theme: Theme

        public init(readPIN: @escaping @Sendable () -> KioskPIN?, lockoutFile: KioskLockoutFile, spool: String? = nil,
                    printCommand: [String]? = nil, idleTimeout: Int = 120, theme: Theme = .standard) {
            self.readPIN = readPIN
            self.lockoutFile = lockoutFile
            self.spool = spool
            self.printCommand = printCommand
            self.idleTimeout = idleTimeout
            self.theme = theme
        }
    }

    /// Runs the kiosk on the real terminal until the operator unlocks it; returns the exit code.
    ///
    /// Not a terminal: a message on stderr and 2. The operator's F12 and PIN: 0. SIGTERM,
    /// SIGHUP or SIGQUIT: the session is wiped, the terminal restored, and 128 + the signal
    /// returned. A crash (SIGSEGV, SIGILL, …): the same, from the signal handler.
    public static func run(graph: PathwayGraph, settings: Settings) -> Int32 {
        if let why = TerminalCheck.problem() {
            return TerminalCheck.refuse("pathways: kiosk mode needs a terminal, and \(why).\n")
        }
        let noColor = getenv("NO_COLOR").map { String(cString: $0) }.map { !$0.isEmpty } ?? false
        let signals = SignalWatcher(watching: SignalWatcher.kiosk, ignoring: SignalWatcher.kioskIgnored)
        let terminal = CursesTerminal(theme: settings.theme, useColor: !noColor)
        CrashGuard.arm(modes: terminal.modesBefore, reset: terminal.resetSequence(clearing: true))
        defer {
            terminal.shutdown()
            signals.stop()
        }
        let context = KioskContext(graph: graph, idleTimeout: Double(settings.idleTimeout),
                                   canPrint: settings.printCommand != nil, canSave: settings.spool != nil)
        let sharer = KioskSharer(spool: settings.spool, printer: settings.printCommand.map { KioskPrinter(command: $0) })
        let lock = KioskOperatorLock(readPIN: settings.readPIN, file: settings.lockoutFile, clock: WallClock())
        let session = KioskSession(context: context, terminal: terminal, lock: lock, sharer: sharer, clock: MonotonicClock(),
                                   clearTerminal: { terminal.clearCompletely() })
        terminal.clearCompletely()
        session.render()
        while !session.finished {
            if let sig = signals.received {
                terminal.clearCompletely()
                terminal.shutdown()
                return 128 + sig
            }
            session.pump(timeout: 250)
        }
        return 0
    }
}
