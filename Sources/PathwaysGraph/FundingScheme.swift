/// A way a step can be paid for: an entitlement, a loan, apprenticeship funding, a bursary.
///
/// `eligibility` says who qualifies and `appliesTo` says which steps it can pay for; the engine
/// checks both against a resident's profile.
public struct FundingScheme: Sendable, Codable, Hashable, Identifiable {
    /// What the learner gets when the scheme applies.
    public enum Outcome: String, Sendable, Hashable, CaseIterable, Codable {
        /// The fee is paid in full: nothing to pay.
        case free
        /// Free, and the learner is employed and paid a wage while training.
        case paidTraining = "paid-training"
        /// The fee is covered by a loan the learner repays later from earnings.
        case loan
        /// Money paid to the learner on top; the fee itself is not changed.
        case bursary
    }

    public var id: String
    public var title: String
    public var summary: String
    public var outcome: Outcome
    public var eligibility: FundingEligibility
    public var appliesTo: FundingScope
    /// The one-line reason shown beside a step it covers, e.g. "Adult Skills Fund, first full Level 3, age 19–23".
    public var reason: String
    public var sources: [String]
    public var illustrative: Bool

    public init(
        id: String, title: String, summary: String = "", outcome: Outcome, eligibility: FundingEligibility = .init(),
        appliesTo: FundingScope = .init(), reason: String, sources: [String] = [], illustrative: Bool = false
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.outcome = outcome
        self.eligibility = eligibility
        self.appliesTo = appliesTo
        self.reason = reason
        self.sources = sources
        self.illustrative = illustrative
    }
}

/// Who a funding scheme is for. Every field that is set must hold; `anyOf` holds when at least
/// one of its circumstances applies to the resident.
public struct FundingEligibility: Sendable, Codable, Hashable {
    public var minimumAge: Int?
    public var maximumAge: Int?
    /// The resident's highest level held must be below this one ("first full Level 3").
    public var heldBelow: Level?
    /// The resident's English and maths level must be below this one.
    public var englishMathsBelow: Level?
    /// At least one must apply, when the list is not empty.
    public var anyOf: [Circumstance]

    public init(
        minimumAge: Int? = nil, maximumAge: Int? = nil, heldBelow: Level? = nil, englishMathsBelow: Level? = nil,
        anyOf: [Circumstance] = []
    ) {
        self.minimumAge = minimumAge
        self.maximumAge = maximumAge
        self.heldBelow = heldBelow
        self.englishMathsBelow = englishMathsBelow
        self.anyOf = anyOf
    }
}

/// A resident circumstance that funding rules can ask for.
public enum Circumstance: String, Sendable, Hashable, CaseIterable, Codable {
    case unemployed
    case benefits
    case lowPay = "low-pay"
    case employed
    case careLeaver = "care-leaver"
    case needsESOL = "needs-esol"
    case disabled
    case aged50Plus = "aged-50-plus"
}

/// Which steps a funding scheme can pay for. Empty lists and `nil` bounds place no limit.
public struct FundingScope: Sendable, Codable, Hashable {
    public var kinds: [StepKind]
    public var minimumLevel: Level?
    public var maximumLevel: Level?

    public init(kinds: [StepKind] = [], minimumLevel: Level? = nil, maximumLevel: Level? = nil) {
        self.kinds = kinds
        self.minimumLevel = minimumLevel
        self.maximumLevel = maximumLevel
    }

    /// True when this scope includes the step.
    public func includes(_ step: Step) -> Bool {
        if !kinds.isEmpty && !kinds.contains(step.kind) { return false }
        if let min = minimumLevel, step.level < min { return false }
        if let max = maximumLevel, step.level > max { return false }
        return true
    }
}
