/// An occupation at the end of a pathway, in one or more clusters.
public struct Job: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var title: String
    /// SOC 2020 unit group code, e.g. `8211`; `nil` when no unit group fits.
    public var soc: String?
    /// IDs of the clusters this job belongs to.
    public var clusters: [String]
    /// The lowest qualification level this job usually asks for.
    public var minimumLevel: Level
    /// Median pay with its year and source; `nil` means "not known".
    public var pay: Pay?
    /// Two short lines on what the work is.
    public var summary: String
    public var sources: [String]
    public var illustrative: Bool

    public init(
        id: String, title: String, soc: String? = nil, clusters: [String], minimumLevel: Level,
        pay: Pay? = nil, summary: String = "", sources: [String] = [], illustrative: Bool = false
    ) {
        self.id = id
        self.title = title
        self.soc = soc
        self.clusters = clusters
        self.minimumLevel = minimumLevel
        self.pay = pay
        self.summary = summary
        self.sources = sources
        self.illustrative = illustrative
    }
}
