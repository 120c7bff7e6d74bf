/// A CSV file read into a header and rows, each row with the line it starts on, so every
/// problem found later can be reported as `FILE:LINE`.
public struct CSVTable: Sendable {
    /// One data row: its fields and the line (1-based) it starts on.
    public struct Row: Sendable {
        public var line: Int
        public var fields: [String]
    }

    /// The file's name as shown in messages.
    public var file: String
    public var header: [String]
    public var rows: [Row]

    /// The index of each column by its header name (the first, when a name repeats).
    public func column(_ name: String) -> Int? { header.firstIndex(of: name) }

    /// The indices of columns that must be present, or an error naming the first one missing.
    public func columns(_ names: [String]) throws(ImportError) -> [Int] {
        try names.map { name throws(ImportError) -> Int in
            guard let index = column(name) else {
                throw ImportError(file: file, line: 1, "missing column '\(name)'; the file has \(header.count) columns (\(header.prefix(6).joined(separator: ", "))\(header.count > 6 ? ", ..." : ""))")
            }
            return index
        }
    }
}
