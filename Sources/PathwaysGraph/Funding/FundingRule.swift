/// One funding rule as published: who it is for, which steps it pays for, what the learner gets,
/// the document it comes from and the dates it is in force.
///
/// Rules are content (`Content/funding/`), never constants in code: when the government changes a
/// rule, a maintainer ends the old record (`until`) and adds the new one (`from`). The engine
/// evaluates a rule for a step on the day the step would start, so a route that runs into next
/// year is costed under next year's rules where they are published.
public struct FundingRule: Sendable, Codable, Hashable, Identifiable {
    /// What the learner gets when the rule applies.
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
    public var conditions: FundingConditions
    public var appliesTo: FundingScope
    /// The one-line reason shown beside a step it covers, e.g. "Adult Skills Fund, first full Level 3, age 19–23".
    public var reason: String
    public var sources: [String]
    /// First day the rule is in force (by the step's start date); `nil` for no stated start.
    public var from: Day?
    /// Last day the rule is in force; `nil` while no end is announced. A rule past its last day has ended.
    public var until: Day?
    /// True when no source confirms the record: such a rule is shown but never applied.
    public var illustrative: Bool

    public init(
        id: String, title: String, summary: String = "", outcome: Outcome, conditions: FundingConditions = .init(),
        appliesTo: FundingScope = .init(), reason: String, sources: [String] = [], from: Day? = nil, until: Day? = nil,
        illustrative: Bool = false
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.outcome = outcome
        self.conditions = conditions
        self.appliesTo = appliesTo
        self.reason = reason
        self.sources = sources
        self.from = from
        self.until = until
        self.illustrative = illustrative
    }

    /// True when the rule is in force on `day`.
    public func isInForce(on day: Day) -> Bool {
        if let from, day < from { return false }
        if let until, day > until { return false }
        return true
    }

    /// True when the engine may apply the rule: it cites a source and is not an example.
    public var isSourced: Bool { !sources.isEmpty && !illustrative }

    /// "in force from 1 August 2025 to 31 July 2026", "ended 31 March 2025", "in force from 1 August 2025".
    public func datesLabel(on day: Day) -> String {
        if let until, day > until { return "ended \(until.label)" }
        if let from, day < from { return "starts \(from.label)" }
        switch (from, until) {
        case let (f?, u?): return "in force \(f.label) to \(u.label)"
        case let (f?, nil): return "in force from \(f.label)"
        case let (nil, u?): return "in force until \(u.label)"
        case (nil, nil): return "in force, no end announced"
        }
    }
}

/// Who a funding rule is for. Every condition that is set must hold; `anyOf` holds when at
/// least one of its circumstances applies to the resident.
public struct FundingConditions: Sendable, Codable, Hashable {
    /// How a rule measures age.
    public enum AgeMeasure: String, Sendable, Hashable, CaseIterable, Codable {
        /// Age on the day the step starts.
        case atStart = "at-start"
        /// Age on the 31 August before the step starts (16 to 19 funding, adult skills funding).
        case onThirtyFirstAugust = "on-31-august"
    }

    public var minimumAge: Int?
    public var maximumAge: Int?
    public var ageMeasure: AgeMeasure
    /// The resident's highest level held must be below this one ("first full Level 3").
    public var heldBelow: Level?
    /// The resident's English and maths level must be below this one.
    public var englishMathsBelow: Level?
    /// At least one must apply, when the list is not empty.
    public var anyOf: [Circumstance]
    /// The yearly earnings under which a resident counts as low paid for this rule (`low-pay` in `anyOf`).
    public var earningsBelow: Int?
    /// Residence the rule accepts; empty means the rule asks nothing about residence.
    public var residence: [Residence]

    public init(
        minimumAge: Int? = nil, maximumAge: Int? = nil, ageMeasure: AgeMeasure = .atStart, heldBelow: Level? = nil,
        englishMathsBelow: Level? = nil, anyOf: [Circumstance] = [], earningsBelow: Int? = nil, residence: [Residence] = []
    ) {
        self.minimumAge = minimumAge
        self.maximumAge = maximumAge
        self.ageMeasure = ageMeasure
        self.heldBelow = heldBelow
        self.englishMathsBelow = englishMathsBelow
        self.anyOf = anyOf
        self.earningsBelow = earningsBelow
        self.residence = residence
    }
}

/// A resident circumstance that funding rules can ask for.
public enum Circumstance: String, Sendable, Hashable, CaseIterable, Codable {
    case unemployed
    case benefits
    case lowPay = "low-pay"
    case employed
    case inEducation = "in-education"
    case careLeaver = "care-leaver"
    case needsESOL = "needs-esol"
    case disabled
    case ehcPlan = "ehc-plan"
    case redundancy = "at-risk-of-redundancy"
    case aged50Plus = "aged-50-plus"

    /// How a reason names the people a rule is for, after "residents": "who are unemployed",
    /// "who have left care".
    public var label: String {
        switch self {
        case .unemployed: "who are unemployed"
        case .benefits: "on benefits"
        case .lowPay: "on low pay"
        case .employed: "in work"
        case .inEducation: "in education or training"
        case .careLeaver: "who have left care"
        case .needsESOL: "learning English"
        case .disabled: "who are disabled"
        case .ehcPlan: "with an education, health and care (EHC) plan"
        case .redundancy: "at risk of redundancy"
        case .aged50Plus: "aged 50 or over"
        }
    }

    /// True for a circumstance a resident has or has not, rather than one that changes with
    /// work or pay: hearing that a rule is for care leavers does not help someone who is not one.
    public var isIdentity: Bool { self == .careLeaver || self == .ehcPlan || self == .disabled }
}

/// Which steps a funding rule can pay for. Empty lists and `nil` bounds place no limit.
///
/// A rule that is `listed` pays only for steps that name it in their `funding` (a qualification
/// on the free courses for jobs list, a course the NHS fund supports); any other rule pays for
/// every step in its scope.
public struct FundingScope: Sendable, Codable, Hashable {
    public var kinds: [StepKind]
    public var minimumLevel: Level?
    public var maximumLevel: Level?
    public var listed: Bool

    public init(kinds: [StepKind] = [], minimumLevel: Level? = nil, maximumLevel: Level? = nil, listed: Bool = false) {
        self.kinds = kinds
        self.minimumLevel = minimumLevel
        self.maximumLevel = maximumLevel
        self.listed = listed
    }

    /// True when this scope includes the step (for a listed rule, when the step names `ruleID`).
    public func includes(_ step: Step, ruleID: String) -> Bool {
        if listed && !step.funding.contains(ruleID) { return false }
        if !kinds.isEmpty && !kinds.contains(step.kind) { return false }
        if let min = minimumLevel, step.level < min { return false }
        if let max = maximumLevel, step.level > max { return false }
        return true
    }
}

extension PathwayGraph {
    /// The sourced rules that can pay for a step on `day` (rules it names and general rules
    /// whose scope includes it), in content order: what a step page lists under "Funding".
    /// O(rules).
    public func fundingRules(for step: Step, on day: Day = .today()) -> [FundingRule] {
        funding.filter { $0.isSourced && $0.isInForce(on: day) && $0.appliesTo.includes(step, ruleID: $0.id) }
    }
}
