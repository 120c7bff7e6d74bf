import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Catches SIGTERM, SIGHUP and SIGINT without running code inside a signal handler: the
/// signals are ignored at the process level and delivered to a dispatch source, which records
/// the first one. The event loop polls `received` and restores the terminal itself.
final class SignalWatcher: Sendable {
    static let watched: [Int32] = [SIGTERM, SIGHUP, SIGINT]

    private let signal = Atomic<Int32>(0)
    private nonisolated(unsafe) var sources: [DispatchSourceSignal] = []

    init() {
        var made: [DispatchSourceSignal] = []
        for sig in SignalWatcher.watched {
            _ = Glibc.signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { [self] in _ = self.signal.compareExchange(expected: 0, desired: sig, ordering: .relaxed) }
            source.resume()
            made.append(source)
        }
        sources = made
    }

    /// The first signal received, or nil.
    var received: Int32? {
        let s = signal.load(ordering: .relaxed)
        return s == 0 ? nil : s
    }

    /// Stops watching and restores default handling.
    func stop() {
        for s in sources { s.cancel() }
        for sig in SignalWatcher.watched { _ = Glibc.signal(sig, SIG_DFL) }
    }
}
