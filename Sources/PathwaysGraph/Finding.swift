/// A problem `validate()` found in a content set, naming the records involved.
///
/// The first record is the one the problem is reported against; the content loader turns it
/// into a `FILE:LINE:COLUMN` position.
public struct Finding: Sendable, Hashable, CustomStringConvertible {
    /// A value inside the first record that the finding is about: the list (`providers`) and
    /// the item (`bmett`), so a loader can point at that item rather than the whole record.
    public struct Item: Sendable, Hashable {
        public var field: String
        public var value: String

        public init(field: String, value: String) {
            self.field = field
            self.value = value
        }
    }

    public var message: String
    public var records: [RecordReference]
    public var item: Item?

    public init(_ message: String, records: [RecordReference], item: Item? = nil) {
        self.message = message
        self.records = records
        self.item = item
    }

    public var description: String { message }
}
