/// What one step of a route costs a particular resident, and why.
///
/// Produced by checking the step's funding schemes against a resident's profile; shown beside
/// the step in the explorer and in every export.
public struct StepCosting: Sendable, Hashable {
    /// Whole pounds the learner pays up front (0 when a scheme covers it; the fee when a loan does).
    public var costToLearner: Int
    /// The scheme that covers it, if any.
    public var schemeID: String?
    /// One line a resident reads: "Free: Adult Skills Fund, first full Level 3, age 19–23".
    public var reason: String
    /// The source the reason rests on.
    public var sourceID: String?
    /// False when the resident cannot join this step yet.
    public var isOpen: Bool
    /// When closed: why, and what would open it.
    public var whyClosed: String?

    public init(
        costToLearner: Int, schemeID: String? = nil, reason: String, sourceID: String? = nil,
        isOpen: Bool = true, whyClosed: String? = nil
    ) {
        self.costToLearner = costToLearner
        self.schemeID = schemeID
        self.reason = reason
        self.sourceID = sourceID
        self.isOpen = isOpen
        self.whyClosed = whyClosed
    }
}
