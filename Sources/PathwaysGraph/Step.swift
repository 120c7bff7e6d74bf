/// A piece of learning on a pathway: a qualification, course, apprenticeship, bootcamp,
/// programme (SWAP, Multiply, ESOL) or degree.
public struct Step: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var kind: StepKind
    public var level: Level
    /// The official reference, e.g. an apprenticeship standard `ST0128`; `nil` when none is known.
    public var code: String?
    /// Typical duration in weeks.
    public var weeks: Int
    public var modes: [StudyMode]
    /// Typical fee in whole pounds before any funding.
    public var cost: Int
    /// IDs of funding schemes that can cover this step.
    public var funding: [String]
    /// IDs of providers that offer it in or near the region.
    public var providers: [String]
    /// What a learner needs to start this step directly from where they stand.
    public var entry: EntryRequirement
    /// The English and maths level a learner holds after completing it, if it teaches them.
    public var grantsEnglishMaths: Level?
    /// One or two sentences on what the learner does.
    public var summary: String
    /// IDs of the source records this step's facts come from.
    public var sources: [String]
    /// True when no source confirms the record: shown as an example, never as fact.
    public var illustrative: Bool
    /// True when no source gives the fee: `cost` is an estimate and is shown as one.
    public var feeEstimate: Bool
    /// True for English for speakers of other languages: offered only to residents who need it.
    public var esol: Bool
    /// What completing it gives that a job may require: a licence, a registration, an
    /// assessment such as `am2` (IDs a job's `requires` names).
    public var grants: [String]
    /// For time in work: the job the learner works as (a rung of a career ladder).
    public var asJob: String?
    /// The apprenticeship standard's published facts, for a step imported from the standards list.
    public var standard: ApprenticeshipStandard? = nil

    public init(
        id: String, title: String, kind: StepKind, level: Level, code: String? = nil, weeks: Int,
        modes: [StudyMode] = [.fullTime], cost: Int = 0, funding: [String] = [], providers: [String] = [],
        entry: EntryRequirement = .none, grantsEnglishMaths: Level? = nil, summary: String = "",
        sources: [String] = [], illustrative: Bool = false, feeEstimate: Bool = false, esol: Bool = false,
        grants: [String] = [], asJob: String? = nil
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.level = level
        self.code = code
        self.weeks = weeks
        self.modes = modes
        self.cost = cost
        self.funding = funding
        self.providers = providers
        self.entry = entry
        self.grantsEnglishMaths = grantsEnglishMaths
        self.summary = summary
        self.sources = sources
        self.illustrative = illustrative
        self.feeEstimate = feeEstimate
        self.esol = esol
        self.grants = grants
        self.asJob = asJob
    }

    /// True when the learner is employed and paid while doing it.
    public var earnsWhileLearning: Bool { kind == .apprenticeship || kind == .work || modes.contains(.workBased) }
}
