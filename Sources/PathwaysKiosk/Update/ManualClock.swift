/// A clock that only moves when told to: for tests.
public final class ManualClock: KioskClock {
    public var now: Double

    public init(now: Double = 1_000) { self.now = now }

    /// Moves the clock forward.
    public func advance(by seconds: Double) { now += seconds }
}
