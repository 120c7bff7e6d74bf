/// A problem `validate()` found in a content set, naming the records involved.
///
/// The first record is the one the problem is reported against; the content loader turns it
/// into a `FILE:LINE:COLUMN` position.
public struct Finding: Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var records: [RecordReference]

    public init(_ message: String, records: [RecordReference]) {
        self.message = message
        self.records = records
    }

    public var description: String { message }
}
