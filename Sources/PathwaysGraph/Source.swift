/// Where a fact comes from: a document, web page or data set that other records cite.
public struct Source: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var publisher: String
    /// Web address, or a repository and file for data sets.
    public var url: String
    /// Publication or access date as written, e.g. `2022-12` or `2025`.
    public var date: String
    public var note: String?

    public init(id: String, title: String, publisher: String, url: String, date: String, note: String? = nil) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.url = url
        self.date = date
        self.note = note
    }
}
