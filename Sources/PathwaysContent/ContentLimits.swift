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
    /// A key not listed (including numbers added to the schema later) gets `defaultRange`.
    static let numberRanges: [String: ClosedRange<Int>] = [
        "weeks": 0...520,                       // ten years
        "cost": 0...1_000_000,                  // pounds
        "median": 0...1_000_000,                // pounds a year
        "year": 1990...2100,
        "age": 0...120, "maxAge": 0...120, "ageMin": 0...120, "ageMax": 0...120,
    ]

    /// The range of any numeric key not in `numberRanges`: a count, an amount in pounds.
    static let defaultRange = 0...1_000_000

    /// The whole numbers allowed for a numeric key.
    static func range(for key: String) -> ClosedRange<Int> { numberRanges[key] ?? defaultRange }
}
