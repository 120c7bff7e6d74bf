import PathwaysTerminalCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the kiosk reads the time, in seconds. Injected so the reducer's time-outs can be
/// tested without sleeping; the real kiosk uses `MonotonicClock` for them, and `WallClock` for
/// the PIN lockout, which must outlive a restart.
public protocol KioskClock: AnyObject {
    /// Seconds since a fixed point (arbitrary for `MonotonicClock`, which never goes backwards).
    var now: Double { get }
}

/// The system's monotonic clock: unaffected by changes to the wall-clock time.
public final class MonotonicClock: KioskClock {
    public init() {}

    public var now: Double { seconds(CLOCK_MONOTONIC) }
}

/// A clock that only moves when told to: for tests.
public final class ManualClock: KioskClock {
    public var now: Double

    public init(now: Double = 1_000) { self.now = now }

    /// Moves the clock forward.
    public func advance(by seconds: Double) { now += seconds }
}

/// Wall-clock time (seconds since 1970): for what must mean the same after a restart, such as
/// the PIN lockout. It jumps when the clock is set; `KioskLockout` caps a wait so that cannot stretch it.
public final class WallClock: KioskClock {
    public init() {}

    public var now: Double { seconds(CLOCK_REALTIME) }
}

/// The time on one of the system's clocks, in seconds.
private func seconds(_ clock: clockid_t) -> Double {
    var spec = timespec()
    clock_gettime(clock, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1_000_000_000
}
