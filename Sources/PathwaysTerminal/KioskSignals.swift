import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The first SIGTERM or SIGHUP received (0 for none), stored by the handler (an atomic store is
/// safe in a signal handler).
private let kioskSignal = Atomic<Int32>(0)

/// Signal handling for the kiosk: the keyboard's signals do nothing, the system's end it cleanly.
///
/// SIGINT, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU and SIGPIPE are ignored (set before curses starts,
/// so curses installs no handlers of its own for them); curses' `raw()` also stops Ctrl-C,
/// Ctrl-\ and Ctrl-Z from making signals at all. SIGTERM (the system stopping the kiosk) and
/// SIGHUP (the terminal or SSH connection gone) are recorded for the loop, which wipes the
/// session, restores the terminal and exits with 128 + the signal.
final class KioskSignals: Sendable {
    static let ignored: [Int32] = [SIGINT, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU, SIGPIPE]
    static let watched: [Int32] = [SIGTERM, SIGHUP]

    init() {
        kioskSignal.store(0, ordering: .relaxed)
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for sig in KioskSignals.watched + [SIGWINCH] { sigaddset(&unblock, sig) }
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        for sig in KioskSignals.ignored { _ = Glibc.signal(sig, SIG_IGN) }
        for sig in KioskSignals.watched {
            _ = Glibc.signal(sig) { s in _ = kioskSignal.compareExchange(expected: 0, desired: s, ordering: .relaxed) }
        }
    }

    /// The first SIGTERM or SIGHUP received, or nil.
    var received: Int32? {
        let s = kioskSignal.load(ordering: .relaxed)
        return s == 0 ? nil : s
    }

    /// Default handling again for SIGTERM and SIGHUP (the keyboard's signals stay ignored).
    func stop() {
        for sig in KioskSignals.watched { _ = Glibc.signal(sig, SIG_DFL) }
    }
}
