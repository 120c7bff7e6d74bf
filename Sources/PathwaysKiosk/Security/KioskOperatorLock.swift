/// The operator's way out: checks a typed PIN against the PIN read only when it is needed, and
/// keeps the wrong-PIN lockout (in a `KioskLockoutFile` when given one).
///
/// The PIN's hash and salt are read from the config for each check and dropped after it, so
/// they are not in the kiosk's memory while visitors use it.
public final class KioskOperatorLock {
    /// What a typed PIN did.
    public enum Outcome: Sendable, Hashable {
        case unlocked
        /// Refused; the sentence for the PIN prompt.
        case refused(String)
    }

    private let readPIN: () -> KioskPIN?
    private let file: KioskLockoutFile?
    private let clock: KioskClock
    /// The lockout now (as kept in the file, when there is one).
    public private(set) var lockout: KioskLockout

    /// `readPIN` gives the PIN (nil when it cannot be read); `clock` tells wall-clock time.
    public init(readPIN: @escaping () -> KioskPIN?, file: KioskLockoutFile?, clock: KioskClock) {
        self.readPIN = readPIN
        self.file = file
        self.clock = clock
        lockout = file?.load(now: clock.now) ?? KioskLockout()
    }

    /// A lock for a PIN already at hand, with the lockout kept in memory only: for tests.
    public convenience init(pin: KioskPIN, clock: KioskClock) {
        self.init(readPIN: { pin }, file: nil, clock: clock)
    }

    /// Checks `typed`. While locked, nothing is checked and the wait is given.
    public func check(_ typed: String) -> Outcome {
        let now = clock.now
        if let wait = lockout.wait(now: now) {
            return .refused("Too many wrong PINs. Try again in \(KioskLockout.describe(wait)).")
        }
        guard let pin = readPIN() else {
            return .refused("The PIN cannot be checked: the kiosk's settings cannot be read. Stop the kiosk from the system.")
        }
        guard let right = pin.check(typed) else {
            return .refused("The PIN cannot be checked: not enough memory. Stop the kiosk from the system.")
        }
        if right {
            lockout.recordSuccess()
            keep()
            return .unlocked
        }
        lockout.recordFailure(now: now)
        keep()
        if let wait = lockout.wait(now: now) {
            return .refused("That PIN is not right. Too many wrong PINs: try again in \(KioskLockout.describe(wait)).")
        }
        return .refused("That PIN is not right.")
    }

    /// Writes the lockout to its file. A failed write keeps it in memory: the kiosk goes on.
    private func keep() {
        try? file?.save(lockout)
    }
}
