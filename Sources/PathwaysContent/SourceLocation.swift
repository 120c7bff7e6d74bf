/// A place in a content file: the file's path (as built from the directory passed to the
/// loader), and a 1-based line and column. Line 0 means the file as a whole.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// The whole file, with no particular line.
    static func wholeFile(_ file: String) -> SourceLocation { SourceLocation(file: file, line: 0, column: 0) }

    /// `FILE:LINE:COLUMN`, or just `FILE` for the whole file.
    public var description: String { line > 0 ? "\(file):\(line):\(column)" : file }
}
