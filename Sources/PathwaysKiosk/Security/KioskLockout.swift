import PathwaysGraph

/// Wrong operator PINs and the wait they earn: three tries, then a minute, doubling with each
/// further wrong PIN (2, 4, 8 … minutes) up to an hour; the right PIN clears it.
///
/// Times are wall-clock seconds since 1970 so that the lockout means the same after a restart
/// (`KioskLockoutFile` keeps it). A clock set back cannot stretch a wait past the longest.
public struct KioskLockout: Sendable, Hashable {
    /// Wrong PINs since the last right one.
    public var failures = 0
    /// When the PIN prompt takes PINs again (0: now).
    public var lockedUntil: Double = 0

    /// Wrong PINs allowed before the first wait.
    public static let freeTries = 3
    /// The first wait, in seconds, and the longest.
    public static let firstWait: Double = 60
    public static let longestWait: Double = 3600

    public init(failures: Int = 0, lockedUntil: Double = 0) {
        self.failures = failures
        self.lockedUntil = lockedUntil
    }

    /// Seconds until PINs are taken again, or nil when they are taken now.
    public func wait(now: Double) -> Double? {
        let left = min(lockedUntil - now, KioskLockout.longestWait)
        return left > 0 ? left : nil
    }

    /// A wrong PIN at `now`: from the third on, the prompt is locked for twice as long as the last time.
    public mutating func recordFailure(now: Double) {
        failures = min(failures + 1, 1_000)
        let beyond = failures - KioskLockout.freeTries
        guard beyond >= 0 else { return }
        let wait = min(KioskLockout.firstWait * Double(1 << min(beyond, 16)), KioskLockout.longestWait)
        lockedUntil = now + wait
    }

    /// The right PIN: everything forgotten.
    public mutating func recordSuccess() {
        self = KioskLockout()
    }

    /// How the lockout file holds it: `failures = 4` and `locked_until = 1796040000`.
    public var fileText: String { "failures = \(failures)\nlocked_until = \(Int(lockedUntil.rounded(.up)))\n" }

    /// The lockout from the file's text, or nil when the text is not what `fileText` writes.
    public init?(fileText text: String) {
        var failures: Int?, until: Int?
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: " ") }
            guard parts.count == 2, let n = Int(parts[1]), n >= 0 else { return nil }
            switch parts[0] {
            case "failures" where failures == nil: failures = min(n, 1_000)
            case "locked_until" where until == nil: until = n
            default: return nil
            }
        }
        guard let failures, let until else { return nil }
        self.init(failures: failures, lockedUntil: Double(until))
    }

    /// "45 seconds", "2 minutes".
    public static func describe(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        if whole <= 90 { return Wording.plural(whole, "second") }
        let minutes = (whole + 59) / 60
        return "\(minutes) minutes"
    }
}

extension Substring {
    /// Without leading and trailing `characters`.
    fileprivate func trimmingCharacters(in characters: Character) -> String {
        String(drop(while: { $0 == characters }).reversed().drop(while: { $0 == characters }).reversed())
    }
}
