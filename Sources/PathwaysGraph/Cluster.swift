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
    /// Which imported jobs the cluster lists: SOC 2020 codes or code prefixes (`5241`, `523`)
    /// a job's SOC code starts with. Applied by `pathways import`.
    public var socCodes: [String] = []
    /// Which imported jobs the cluster lists: occupational routes of the apprenticeship
    /// standards that train for a job. Applied by `pathways import`.
    public var routes: [String] = []

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
