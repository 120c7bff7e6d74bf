import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The first terminating signal received (0 for none), written by the signal handler.
/// An atomic store is all the handler does, which is safe inside a signal handler.
private let receivedSignal = Atomic<Int32>(0)

/// Catches the signals that end the program so the terminal can be restored first, and ignores
/// those that must do nothing.
///
/// The handler only records the signal; the event loop, woken by the interrupted read or by
/// its short input time-out, sees it, restores the terminal and returns 128 + the signal.
/// The explorer watches SIGTERM, SIGHUP, SIGINT and SIGQUIT. The kiosk watches SIGTERM (the
/// system stopping it), SIGHUP (the terminal or SSH connection gone) and SIGQUIT (`kill -QUIT`:
/// it quits cleanly rather than dumping core or starting the Swift runtime's crash reporter),
/// and ignores SIGINT, SIGTSTP, SIGTTIN, SIGTTOU and SIGPIPE — set before curses starts, so
/// curses installs no handlers of its own for them (its `raw()` also stops Ctrl-C, Ctrl-\ and
/// Ctrl-Z making signals at all). Both ignore SIGXFSZ: past a file-size limit (`ulimit -f`,
/// systemd's `LimitFSIZE=`) a write then fails with EFBIG, which is reported, instead of the
/// signal killing the program with the terminal left raw.
public final class SignalWatcher: Sendable {
    /// What the explorer watches, and what it ignores.
    public static let explorer: [Int32] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT]
    public static let explorerIgnored: [Int32] = [SIGXFSZ]
    /// What the kiosk watches, and what it ignores.
    public static let kiosk: [Int32] = [SIGTERM, SIGHUP, SIGQUIT]
    public static let kioskIgnored: [Int32] = [SIGINT, SIGTSTP, SIGTTIN, SIGTTOU, SIGPIPE, SIGXFSZ]

    public let watched: [Int32]

    public init(watching watched: [Int32] = SignalWatcher.explorer, ignoring ignored: [Int32] = SignalWatcher.explorerIgnored) {
        self.watched = watched
        receivedSignal.store(0, ordering: .relaxed)
        // A parent may have left these blocked (signal masks are inherited): without SIGWINCH
        // curses never hears of a resize.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for sig in watched + [SIGWINCH] { sigaddset(&unblock, sig) }
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        for sig in ignored { _ = signal(sig, SIG_IGN) }
        for sig in watched {
            _ = signal(sig) { s in _ = receivedSignal.compareExchange(expected: 0, desired: s, ordering: .relaxed) }
        }
    }

    /// The first signal received, or nil.
    public var received: Int32? {
        let s = receivedSignal.load(ordering: .relaxed)
        return s == 0 ? nil : s
    }

    /// Restores default handling for the watched signals (ignored ones stay ignored).
    public func stop() {
        for sig in watched { _ = signal(sig, SIG_DFL) }
    }
}
