import PathwaysGraph

/// One problem found while loading content, printed compiler-style so editors can jump to it:
/// `FILE:LINE:COLUMN: error: MESSAGE`.
///
/// Lines and columns count from 1 (columns in Unicode scalars, as the YAML parser counts them).
/// A problem with a whole file or folder (not found, too large) has `line` 0 and prints as
/// `FILE: error: MESSAGE`.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible, Comparable {
    /// The file's path as built from the directory the caller passed to `ContentLoader.load`.
    public var file: String
    public var line: Int
    public var column: Int
    /// What is wrong, naming the record where there is one: `job 'hgv-driver': unknown key 'paay'`.
    public var message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    init(_ location: SourceLocation, _ message: String) {
        self.init(file: location.file, line: location.line, column: location.column, message: message)
    }

    /// Where the problem is.
    public var location: SourceLocation { SourceLocation(file: file, line: line, column: column) }

    /// The printed form, with any control character in the file name or message written
    /// visibly (`\u{1B}`), so a hostile file name cannot act on the terminal.
    public var description: String {
        let file = VisibleText.escaped(self.file), message = VisibleText.escaped(self.message)
        return line > 0 ? "\(file):\(line):\(column): error: \(message)" : "\(file): error: \(message)"
    }

    /// Orders by file, then line, then column, then message: the order `pathways validate` prints.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if lhs.line != rhs.line { return lhs.line < rhs.line }
        if lhs.column != rhs.column { return lhs.column < rhs.column }
        return lhs.message < rhs.message
    }
}
