import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The first terminating signal received (0 for none), written by the signal handler.
/// An atomic store is all the handler does, which is safe inside a signal handler.
private let receivedSignal = Atomic<Int32>(0)

/// Catches SIGTERM, SIGHUP and SIGINT so the terminal can be restored before exiting.
///
/// The handler only records the signal; the event loop, woken by the interrupted read or by
/// its short input time-out, sees it, restores the terminal and returns 128 + the signal.
final class SignalWatcher: Sendable {
    static let watched: [Int32] = [SIGTERM, SIGHUP, SIGINT]

    init() {
        receivedSignal.store(0, ordering: .relaxed)
        // A parent may have left these blocked (signal masks are inherited): without SIGWINCH
        // curses never hears of a resize.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for sig in SignalWatcher.watched + [SIGWINCH] { sigaddset(&unblock, sig) }
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        for sig in SignalWatcher.watched {
            _ = Glibc.signal(sig) { s in _ = receivedSignal.compareExchange(expected: 0, desired: s, ordering: .relaxed) }
        }
    }

    /// The first signal received, or nil.
    var received: Int32? {
        let s = receivedSignal.load(ordering: .relaxed)
        return s == 0 ? nil : s
    }

    /// Restores default handling.
    func stop() {
        for sig in SignalWatcher.watched { _ = Glibc.signal(sig, SIG_DFL) }
    }
}
