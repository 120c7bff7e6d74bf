/// A problem in a dataset file, reported compiler style: `FILE:LINE: error: MESSAGE`
/// (with `:COLUMN` when the position within the line is known).
public struct ImportError: Error, Sendable, Hashable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int?
    public var message: String

    public init(file: String, line: Int, column: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        "\(file):\(line):" + (column.map { "\($0):" } ?? "") + " error: \(message)"
    }

    public static func < (a: ImportError, b: ImportError) -> Bool {
        (a.file, a.line, a.column ?? 0, a.message) < (b.file, b.line, b.column ?? 0, b.message)
    }
}

/// Every problem an import found; nothing is written when there is one.
public struct ImportFailure: Error, Sendable, CustomStringConvertible {
    public var errors: [ImportError]

    public init(_ errors: [ImportError]) { self.errors = errors.sorted() }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
