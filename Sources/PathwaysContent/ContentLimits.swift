/// Bounds the loader holds every content file to, so a hostile or broken file gets a clear
/// error instead of hanging or exhausting memory.
public struct ContentLimits: Sendable, Hashable {
    /// Largest file read, in bytes; bigger files are refused unread.
    public var maxFileBytes: Int
    /// Deepest nesting of lists and mappings (block indentation plus brackets) a file may use.
    /// Real content needs about five.
    public var maxDepth: Int
    /// Most YAML files read from one record folder.
    public var maxFilesPerFolder: Int

    public init(maxFileBytes: Int = 2 * 1024 * 1024, maxDepth: Int = 64, maxFilesPerFolder: Int = 10_000) {
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxFilesPerFolder = maxFilesPerFolder
    }

    /// 2 MiB per file, 64 levels deep, 10,000 files per folder.
    public static let standard = ContentLimits()

    /// The whole numbers content may give each numeric key. Bounds are generous for real
    /// content (the longest course is about 290 weeks) yet small enough that a plan of every
    /// step in the largest content set the loader accepts still sums without overflow.
    /// A key not listed here (including numbers added to the schema later) gets `defaultRange`.
    /// A switch rather than a table: it is asked for every number of every record.
    static func range(for key: String) -> ClosedRange<Int> {
        switch key {
        case "weeks": 0...520                                   // ten years
        case "cost", "median": 0...1_000_000                    // pounds; pounds a year
        case "year": 1990...2100
        case "age", "maxAge", "ageMin", "ageMax": 0...120
        default: defaultRange
        }
    }

    /// The range of any numeric key not named in `range(for:)`: a count, an amount in pounds.
    static let defaultRange = 0...1_000_000
}
