import PathwaysTerminalCore

/// The operator PIN that unlocks the kiosk: checked against a salted SHA-256 hash, never stored.
///
/// The hash is `SHA-256(salt ‖ UTF-8 PIN)` with a 16-byte random salt, both kept as hex in the
/// kiosk config (`pin_hash`, `pin_salt`). A PIN is 4 to 12 digits, typed on the PIN prompt.
public struct KioskPIN: Sendable, Hashable {
    /// The 32-byte hash.
    public let hash: [UInt8]
    /// The salt mixed in before the PIN.
    public let salt: [UInt8]

    public init(hash: [UInt8], salt: [UInt8]) {
        self.hash = hash
        self.salt = salt
    }

    /// A new hash for `pin` with a fresh random salt (from the system's secure generator).
    public static func make(pin: String) -> KioskPIN {
        var generator = SystemRandomNumberGenerator()
        let salt = (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return KioskPIN(hash: digest(pin: pin, salt: salt), salt: salt)
    }

    /// Why `pin` cannot be a PIN, or nil when it can.
    public static func problem(with pin: String) -> String? {
        guard (4...12).contains(pin.count) else { return "a PIN must be 4 to 12 digits long" }
        guard pin.allSatisfy({ $0.isASCII && $0.isNumber }) else { return "a PIN may only contain the digits 0 to 9" }
        return nil
    }

    /// True when `pin` is the PIN. Compares every byte whatever the input, so the time taken
    /// does not say how much of a guess was right.
    public func matches(_ pin: String) -> Bool {
        KioskPIN.constantTimeEqual(KioskPIN.digest(pin: pin, salt: salt), hash)
    }

    /// `SHA-256(salt ‖ pin)`.
    public static func digest(pin: String, salt: [UInt8]) -> [UInt8] { SHA256.digest(salt + Array(pin.utf8)) }

    /// Equal length and equal bytes, looking at every byte (no early exit).
    public static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt8(truncatingIfNeeded: a.count ^ b.count)
        for i in 0..<max(a.count, b.count) {
            let x = i < a.count ? a[i] : 0
            let y = i < b.count ? b[i] : 0
            difference |= x ^ y
        }
        return difference == 0
    }
}
