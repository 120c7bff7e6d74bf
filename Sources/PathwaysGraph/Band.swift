/// The columns levels are shown in: Entry, Level 1, Level 2, Level 3, Level 4–5, Level 6+.
public enum Band: Int, Sendable, Hashable, CaseIterable, Comparable {
    case entry = 0, level1, level2, level3, level4to5, level6plus

    public static func < (lhs: Band, rhs: Band) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The heading a resident reads.
    public var label: String {
        switch self {
        case .entry: "Entry"
        case .level1: "Level 1"
        case .level2: "Level 2"
        case .level3: "Level 3"
        case .level4to5: "Level 4–5"
        case .level6plus: "Level 6+"
        }
    }
}
