/// Where the kiosk reads the time, in seconds. Injected so the reducer's time-outs can be
/// tested without sleeping; the real kiosk uses `MonotonicClock`.
public protocol KioskClock: AnyObject {
    /// Seconds since an arbitrary fixed point; never goes backwards.
    var now: Double { get }
}
