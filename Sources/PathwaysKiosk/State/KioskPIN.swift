import _CryptoExtras
import PathwaysTerminalCore

/// The operator PIN that unlocks the kiosk: checked against a salted, deliberately slow scrypt
/// hash (swift-crypto's `KDF.Scrypt`), never stored.
///
/// The hash is `scrypt(PIN, salt, N, r, p)`, 32 bytes, with a 16-byte random salt; the kiosk
/// config keeps both as hex (`pin_hash`, `pin_salt`) and the cost as `pin_kdf = scrypt N=32768
/// r=8 p=1`. At that cost one guess takes 32 MiB and, by estimate, about a tenth of a second of
/// a core, so trying every 6-digit PIN offline takes on the order of a core-day instead of the
/// 2 ms one SHA-256 allowed for every 4-digit one. A PIN is 6 to 12 digits.
public struct KioskPIN: Sendable, Hashable {
    /// scrypt's cost: N = 2^`log2N` (memory and time), the block size r and the parallelism p.
    public struct Cost: Sendable, Hashable, CustomStringConvertible {
        public var log2N: Int
        public var blockSize: Int
        public var parallelism: Int

        public init(log2N: Int, blockSize: Int, parallelism: Int) {
            self.log2N = log2N
            self.blockSize = blockSize
            self.parallelism = parallelism
        }

        /// What `--set-pin` writes: N = 32768, r = 8, p = 1 (32 MiB).
        public static let standard = Cost(log2N: 15, blockSize: 8, parallelism: 1)
        /// The range a config may give: no cheaper than the standard, and no more than 1 GiB
        /// of memory so a hostile config cannot exhaust the machine.
        public static let log2NRange = 15...20
        public static let blockSizeRange = 8...16
        public static let parallelismRange = 1...4

        /// `scrypt N=32768 r=8 p=1`, as the config writes it.
        public var description: String { "scrypt N=\(1 << log2N) r=\(blockSize) p=\(parallelism)" }

        /// The cost written as `description` shows, or nil for any other text or a cost outside the ranges.
        public init?(config text: String) {
            let words = text.split(separator: " ", omittingEmptySubsequences: true)
            guard words.count == 4, words[0] == "scrypt" else { return nil }
            func value(_ word: Substring, _ key: String) -> Int? {
                guard word.hasPrefix(key + "="), let n = Int(word.dropFirst(key.count + 1)), n > 0 else { return nil }
                return n
            }
            guard let n = value(words[1], "N"), n & (n - 1) == 0, let r = value(words[2], "r"), let p = value(words[3], "p") else {
                return nil
            }
            let cost = Cost(log2N: n.trailingZeroBitCount, blockSize: r, parallelism: p)
            guard Cost.log2NRange.contains(cost.log2N), Cost.blockSizeRange.contains(r), Cost.parallelismRange.contains(p) else {
                return nil
            }
            self = cost
        }
    }

    /// The 32-byte hash.
    public let hash: [UInt8]
    /// The salt mixed in with the PIN.
    public let salt: [UInt8]
    public let cost: Cost

    public init(hash: [UInt8], salt: [UInt8], cost: Cost) {
        self.hash = hash
        self.salt = salt
        self.cost = cost
    }

    /// The shortest PIN `--set-pin` accepts, and the longest the prompt takes.
    public static let lengths = 6...12

    /// A new hash for `pin` with a fresh random salt (from the system's secure generator).
    public static func make(pin: String, cost: Cost = .standard) -> KioskPIN {
        var generator = SystemRandomNumberGenerator()
        let salt = (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return KioskPIN(hash: derive(pin: pin, salt: salt, cost: cost) ?? [], salt: salt, cost: cost)
    }

    /// Why `pin` cannot be a PIN, or nil when it can.
    public static func problem(with pin: String) -> String? {
        guard lengths.contains(pin.count) else { return "a PIN must be \(lengths.lowerBound) to \(lengths.upperBound) digits long" }
        guard pin.allSatisfy({ $0.isASCII && $0.isNumber }) else { return "a PIN may only contain the digits 0 to 9" }
        return nil
    }

    /// True when `pin` is the PIN (false also when it cannot be checked).
    public func matches(_ pin: String) -> Bool { check(pin) == true }

    /// Whether `pin` is the PIN, or nil when scrypt could not run (its memory refused, under a
    /// tight memory limit): that is not a wrong PIN. Compares every byte whatever the input, so
    /// the time taken does not say how much of a guess was right.
    public func check(_ pin: String) -> Bool? {
        guard let key = KioskPIN.derive(pin: pin, salt: salt, cost: cost) else { return nil }
        return KioskPIN.constantTimeEqual(key, hash)
    }

    /// `scrypt(pin, salt)` at `cost`, 32 bytes; nil when scrypt fails (out of memory).
    public static func derive(pin: String, salt: [UInt8], cost: Cost) -> [UInt8]? {
        guard let key = try? KDF.Scrypt.deriveKey(from: Array(pin.utf8), salt: salt, outputByteCount: 32,
                                                  rounds: 1 << cost.log2N, blockSize: cost.blockSize,
                                                  parallelism: cost.parallelism) else { return nil }
        return key.withUnsafeBytes { Array($0) }
    }

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
