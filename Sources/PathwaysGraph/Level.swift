/// A qualification level in England's Regulated Qualifications Framework: Entry 1–3, then 1–8.
///
/// Levels are ordered, so `level >= .level3` reads as "at least Level 3".
public enum Level: Int, Sendable, Hashable, CaseIterable, Comparable {
    case entry1 = 0, entry2, entry3, level1, level2, level3, level4, level5, level6, level7, level8

    public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The short code used in content files and on the command line: `E1`–`E3`, `1`–`8`.
    public var code: String {
        switch self {
        case .entry1: "E1"
        case .entry2: "E2"
        case .entry3: "E3"
        default: String(rawValue - Level.level1.rawValue + 1)
        }
    }

    /// The name a resident reads: "Entry 2", "Level 3".
    public var label: String {
        switch self {
        case .entry1, .entry2, .entry3: "Entry \(rawValue + 1)"
        default: "Level \(code)"
        }
    }

    /// The display band this level is drawn in.
    public var band: Band {
        switch self {
        case .entry1, .entry2, .entry3: .entry
        case .level1: .level1
        case .level2: .level2
        case .level3: .level3
        case .level4, .level5: .level4to5
        case .level6, .level7, .level8: .level6plus
        }
    }

    /// True for Entry 1–3.
    public var isEntry: Bool { self <= .entry3 }

    /// Reads a level as written in content or typed on the command line.
    ///
    /// Accepts `E1`–`E3`, `entry1`–`entry3`, `entry` (meaning Entry 3, the top of the entry band),
    /// and `1`–`8`, case-insensitively, with an optional `level` prefix (`level3`, `Level 3`).
    public init?(parsing text: String) {
        // Content writes levels as their codes: read those without building any text.
        if let level = Level.fromCode(text.utf8) {
            self = level
            return
        }
        var t = Substring(text.lowercased())
        let isSeparator: (Character) -> Bool = { $0 == " " || $0 == "-" || $0 == "_" }
        if t.hasPrefix("level") { t = t.dropFirst(5).drop(while: isSeparator) }
        if t.hasPrefix("entry") { t = "entry" + t.dropFirst(5).drop(while: isSeparator) }
        switch t {
        case "e1", "entry1": self = .entry1
        case "e2", "entry2": self = .entry2
        case "e3", "entry3", "entry": self = .entry3
        default:
            guard let n = Int(t), (1...8).contains(n),
                  let level = Level(rawValue: Level.level1.rawValue + n - 1) else { return nil }
            self = level
        }
    }

    /// The level whose code (`E1`–`E3`, `1`–`8`, as `code` writes it) is `bytes`, if any.
    private static func fromCode(_ bytes: String.UTF8View) -> Level? {
        var k = bytes.makeIterator()
        guard let first = k.next() else { return nil }
        let second = k.next()
        guard k.next() == nil else { return nil }
        switch (first, second) {
        case (UInt8(ascii: "1")...UInt8(ascii: "8"), nil): return Level(rawValue: Level.level1.rawValue + Int(first - UInt8(ascii: "1")))
        case (UInt8(ascii: "E"), UInt8(ascii: "1")?): return .entry1
        case (UInt8(ascii: "E"), UInt8(ascii: "2")?): return .entry2
        case (UInt8(ascii: "E"), UInt8(ascii: "3")?): return .entry3
        default: return nil
        }
    }
}

/// Levels are stored as their codes (`"E3"`, `"2"`), the same as in content files.
extension Level: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let code = try container.decode(String.self)
        guard let level = Level(parsing: code) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(code)' is not a level (E1–E3 or 1–8)")
        }
        self = level
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}
