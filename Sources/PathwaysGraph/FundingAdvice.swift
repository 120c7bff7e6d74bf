/// Works out, for one resident, what each step costs them and why.
///
/// Checks every funding scheme a step lists against the resident's profile: the scheme must
/// cover the step (kind and level) and the resident must meet its eligibility. Free and paid
/// training beat a loan; a bursary is mentioned alongside. Steps the resident cannot join yet
/// say why and what would open them: too young, or a step with no fee of its own whose only
/// way in is a scheme the resident does not qualify for (SWAP is for jobseekers).
public struct FundingAdvice: Sendable {
    public let graph: PathwayGraph
    public let profile: Profile

    public init(graph: PathwayGraph, profile: Profile) {
        self.graph = graph
        self.profile = profile
    }

    /// The cost and reason for one step. O(schemes listed on the step).
    public func costing(for step: Step) -> StepCosting {
        var best: (scheme: FundingScheme, rank: Int)?
        var bursary: FundingScheme?
        var nearest: (scheme: FundingScheme, why: String)?
        for id in step.funding {
            guard let scheme = graph.fundingScheme(id), scheme.appliesTo.includes(step) else { continue }
            if let why = whyNot(scheme) {
                if nearest == nil { nearest = (scheme, why) }
                continue
            }
            let rank: Int = switch scheme.outcome {
            case .paidTraining: 3
            case .free: 2
            case .loan: 1
            case .bursary: 0
            }
            if scheme.outcome == .bursary { bursary = bursary ?? scheme; continue }
            if best == nil || rank > best!.rank { best = (scheme, rank) }
        }
        let extra = bursary.map { ". Also: \($0.reason)" } ?? ""
        var costing: StepCosting
        if let scheme = best?.scheme {
            switch scheme.outcome {
            case .free:
                costing = StepCosting(costToLearner: 0, schemeID: scheme.id, reason: "Free: \(scheme.reason)\(extra)", sourceID: scheme.sources.first)
            case .paidTraining:
                costing = StepCosting(costToLearner: 0, schemeID: scheme.id, reason: "Paid while training: \(scheme.reason)\(extra)", sourceID: scheme.sources.first)
            case .loan, .bursary:
                costing = StepCosting(costToLearner: step.cost, schemeID: scheme.id,
                                      reason: "Loan for the \(Pay.pounds(step.cost)) fee: \(scheme.reason)\(extra)", sourceID: scheme.sources.first)
            }
        } else if step.cost == 0, let nearest {
            // No fee because a scheme pays for it: without that scheme the step is not open.
            costing = StepCosting(costToLearner: 0, reason: "No fee, through \(nearest.scheme.title)" + extra,
                                  sourceID: nearest.scheme.sources.first, isOpen: false,
                                  whyClosed: "\(nearest.scheme.title) is \(nearest.why)")
        } else if step.cost == 0 {
            costing = StepCosting(costToLearner: 0, reason: "No fee" + extra, sourceID: step.sources.first)
        } else {
            let hint = nearest.map { ". Not eligible for \($0.scheme.title): \($0.why)" } ?? ""
            costing = StepCosting(costToLearner: step.cost, schemeID: bursary?.id,
                                  reason: "You pay the typical fee of \(Pay.pounds(step.cost))\(hint)\(extra)", sourceID: step.sources.first)
        }
        if let why = step.entry.ageProblem(profile.age), costing.isOpen {
            costing.isOpen = false
            costing.whyClosed = why
        }
        return costing
    }

    /// Why the resident does not qualify for a scheme, or `nil` when they do.
    public func whyNot(_ scheme: FundingScheme) -> String? {
        let rules = scheme.eligibility
        if let min = rules.minimumAge, profile.age < min {
            return rules.maximumAge.map { "for ages \(min)–\($0)" } ?? "for ages \(min) and over"
        }
        if let max = rules.maximumAge, profile.age > max {
            return rules.minimumAge.map { "for ages \($0)–\(max)" } ?? "for ages up to \(max)"
        }
        if let below = rules.heldBelow, let held = profile.levelHeld, held >= below {
            return "only for those who do not yet hold \(below.label)"
        }
        if let below = rules.englishMathsBelow, let em = profile.englishMaths, em >= below {
            return "only for those without English and maths at \(below.label)"
        }
        if !rules.anyOf.isEmpty && !rules.anyOf.contains(where: profile.has) {
            return "only for residents who are " + rules.anyOf.map(FundingAdvice.describe).joined(separator: " or ")
        }
        return nil
    }

    private static func describe(_ c: Circumstance) -> String {
        switch c {
        case .unemployed: "unemployed"
        case .benefits: "on benefits"
        case .lowPay: "on low pay"
        case .employed: "employed"
        case .careLeaver: "care leavers"
        case .needsESOL: "learning English"
        case .disabled: "disabled"
        case .aged50Plus: "aged 50 or over"
        }
    }
}
