/// One of the West Midlands Plan for Growth clusters that jobs belong to.
public struct Cluster: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var title: String
    /// A plain, short name for residents ("Electric vehicles and batteries"), when the official
    /// title is long; `nil` to use the title.
    public var plainTitle: String?
    public var summary: String
    /// Growth figures as the Plan states them, in words; `nil` when the Plan gives none.
    public var growth: String?
    /// Industry bodies that lead or represent the cluster.
    public var bodies: [String]
    public var sources: [String]
    public var illustrative: Bool

    public init(
        id: String, title: String, plainTitle: String? = nil, summary: String = "", growth: String? = nil,
        bodies: [String] = [], sources: [String] = [], illustrative: Bool = false
    ) {
        self.id = id
        self.title = title
        self.plainTitle = plainTitle
        self.summary = summary
        self.growth = growth
        self.bodies = bodies
        self.sources = sources
        self.illustrative = illustrative
    }
}
