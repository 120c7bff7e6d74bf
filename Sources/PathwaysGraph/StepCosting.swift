/// What one step of a route costs a particular resident, and why.
///
/// Produced by checking funding rules against a resident's profile on the day the step would
/// start; shown beside the step in the explorer and in every export.
public struct StepCosting: Sendable, Hashable {
    /// Whole pounds the learner pays (0 when a rule covers it; the fee when a loan does).
    public var costToLearner: Int
    /// The rule that decides the cost, if any.
    public var ruleID: String?
    /// One line a resident reads: "Free: Adult Skills Fund, first full Level 3, age 19–23".
    public var reason: String
    /// The source the reason rests on.
    public var sourceID: String?
    /// The deciding rule's dates of effect, in words ("in force from 1 August 2026").
    public var ruleDates: String?
    /// Bursaries the resident can also get on this step.
    public var bursaryIDs: [String]
    /// True when no published rule settles the cost, so the resident should ask the provider.
    public var askAboutFunding: Bool
    /// False when the resident cannot join this step yet.
    public var isOpen: Bool
    /// When closed: why, and what would open it.
    public var whyClosed: String?

    public init(
        costToLearner: Int, ruleID: String? = nil, reason: String, sourceID: String? = nil, ruleDates: String? = nil,
        bursaryIDs: [String] = [], askAboutFunding: Bool = false, isOpen: Bool = true, whyClosed: String? = nil
    ) {
        self.costToLearner = costToLearner
        self.ruleID = ruleID
        self.reason = reason
        self.sourceID = sourceID
        self.ruleDates = ruleDates
        self.bursaryIDs = bursaryIDs
        self.askAboutFunding = askAboutFunding
        self.isOpen = isOpen
        self.whyClosed = whyClosed
    }
}
