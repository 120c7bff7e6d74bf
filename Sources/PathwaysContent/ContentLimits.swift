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
}
