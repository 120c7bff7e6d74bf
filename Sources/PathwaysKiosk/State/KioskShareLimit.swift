/// How often the kiosk prints or saves, whoever asks: a visit ends with its print or save, so
/// a limit per visit alone would not stop a held key or a paste from starting visit after visit.
///
/// At most `most` pathways in any `window` seconds, and `gap` seconds at least between two.
/// Operator state, like the PIN lockout: it outlives the wipe between visitors.
public struct KioskShareLimit: Sendable, Hashable {
    public var most = 3
    public var window: Double = 300
    public var gap: Double = 20
    /// When the recent prints and saves happened (clock seconds), oldest first.
    public private(set) var times: [Double] = []

    public init() {}

    /// Why a print or save must wait at `now`, in words for the visitor; nil when it may go ahead.
    public func refusal(now: Double) -> String? {
        let recent = times.filter { now - $0 < window }
        if recent.count >= most, let oldest = recent.first {
            let minutes = Int(((window - (now - oldest)) / 60).rounded(.up))
            return "Printing and saving are paused for \(minutes == 1 ? "a minute" : "\(minutes) minutes"). Please ask a member of staff."
        }
        if let last = times.last, now - last < gap {
            return "Please wait a few seconds before printing or saving again."
        }
        return nil
    }

    /// A print or save at `now`.
    public mutating func record(now: Double) {
        times = times.filter { now - $0 < window } + [now]
    }
}
