/// Every record of a content set, as read: the input to the graph and to validation.
///
/// A catalogue may hold mistakes (duplicate IDs, dangling references); `validate()` finds them
/// and `PathwayGraph` tolerates them, keeping the first record of each ID.
public struct Catalogue: Sendable, Hashable, Codable {
    public var info: ContentInfo
    public var sources: [Source]
    public var clusters: [Cluster]
    public var jobs: [Job]
    public var steps: [Step]
    public var providers: [Provider]
    public var funding: [FundingRule]
    public var progressions: [Progression]

    public init(
        info: ContentInfo = .init(), sources: [Source] = [], clusters: [Cluster] = [], jobs: [Job] = [],
        steps: [Step] = [], providers: [Provider] = [], funding: [FundingRule] = [],
        progressions: [Progression] = []
    ) {
        self.info = info
        self.sources = sources
        self.clusters = clusters
        self.jobs = jobs
        self.steps = steps
        self.providers = providers
        self.funding = funding
        self.progressions = progressions
    }
}
