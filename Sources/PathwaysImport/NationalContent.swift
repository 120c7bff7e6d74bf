import PathwaysGraph

/// What an import produces: the imported steps and jobs, the progressions leaving imported
/// steps, and facts about curated jobs for the maintainer.
public struct NationalContent: Sendable {
    /// Apprenticeship standards open for delivery (or paused), sorted by ID.
    public var steps: [Step]
    /// Jobs from NCS profiles and SOC unit groups no profile covers, sorted by ID.
    public var jobs: [Job]
    /// Progressions from imported steps, sorted by `from` then `to`, each naming its rule.
    public var progressions: [Progression]
    /// Standards that are retired or withdrawn (not offered), by reference: for `--check`.
    public var closedStandards: [String: ApprenticeshipStandard.Status]
    /// The SOC 2020 code and pay the import would give each curated job (by ID), for `--check`
    /// and for a maintainer filling a curated job.
    public var curatedJobFacts: [String: CuratedJobFacts]
    /// ASHE year and edition used.
    public var payYear: Int
    public var payEdition: String

    /// Imported facts about one curated job.
    public struct CuratedJobFacts: Sendable, Hashable {
        public var soc: String?
        public var pay: Pay?
        public var payWithheld: PayWithheld?
    }
}
