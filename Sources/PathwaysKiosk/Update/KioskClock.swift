import PathwaysTerminalCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the kiosk reads the time, in seconds. Injected so the reducer's time-outs can be
/// tested without sleeping; the real kiosk uses `MonotonicClock`.
public protocol KioskClock: AnyObject {
    /// Seconds since an arbitrary fixed point; never goes backwards.
    var now: Double { get }
}

/// The system's monotonic clock: unaffected by changes to the wall-clock time.
public final class MonotonicClock: KioskClock {
    public init() {}

    public var now: Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1_000_000_000
    }
}

/// A clock that only moves when told to: for tests.
public final class ManualClock: KioskClock {
    public var now: Double

    public init(now: Double = 1_000) { self.now = now }

    /// Moves the clock forward.
    public func advance(by seconds: Double) { now += seconds }
}
