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
    /// What the job really asks before anyone is hired into it (a licence, a registration, the
    /// AM2 assessment), as IDs that steps `grant`: a route reaches the job only from a step that
    /// grants all of them. Empty when the job asks for no such thing.
    public var requires: [String]
    /// The requirement in words, as an adviser would say it.
    public var requirementText: String?
    /// A starting wage for new entrants, when a source gives one.
    public var startingPay: StartingPay?
    /// When no median pay is known because the source did not publish one (ONS suppresses
    /// figures from too small a sample): which table and year said so.
    public var payWithheld: PayWithheld? = nil

    public init(
        id: String, title: String, soc: String? = nil, clusters: [String], minimumLevel: Level,
        pay: Pay? = nil, summary: String = "", sources: [String] = [], illustrative: Bool = false,
        requires: [String] = [], requirementText: String? = nil, startingPay: StartingPay? = nil
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
        self.requires = requires
        self.requirementText = requirementText
        self.startingPay = startingPay
    }
}
