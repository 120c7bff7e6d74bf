/// The version and date of a content set, printed on every export.
public struct ContentInfo: Sendable, Codable, Hashable {
    public var title: String
    public var version: String
    /// ISO date the content was last reviewed, e.g. `2026-11-23`.
    public var date: String

    public init(title: String = "Pathways content", version: String = "unversioned", date: String = "") {
        self.title = title
        self.version = version
        self.date = date
    }
}
