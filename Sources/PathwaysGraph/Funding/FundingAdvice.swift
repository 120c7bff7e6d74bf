/// Works out, for one resident, what each step costs them and why, on the day the step would
/// start and at the age they will be then.
///
/// Every sourced rule in force on the step's start day whose scope includes the step is checked
/// against the profile. Paid training beats free, free beats a loan; bursaries are mentioned
/// alongside. A rule that cites no source (or is marked illustrative) is never applied: a step
/// whose only way to be paid for is such a rule says to ask about funding. A rule past its last
/// day is reported as ended, never as open. Steps the resident cannot join say why.
///
/// Age: `today`'s age grows by a year for every 52 weeks of the route before the step. Rules
/// that measure age on the 31 August before the start (16 to 19 funding, adult skills funding)
/// use the age on that day; with no date of birth, the stated age is taken to hold from the
/// last 31 August until a year from today (so a resident is never treated as younger than
/// they said, and a 19-year-old is not given 16 to 18 funding they may not have).
public struct FundingAdvice: Sendable {
    public let graph: PathwayGraph
    public let profile: Profile
    /// The day the route starts; every step's start day follows from it.
    public let today: Day

    public init(graph: PathwayGraph, profile: Profile, today: Day = .today()) {
        self.graph = graph
        self.profile = profile
        self.today = today
    }

    /// The resident's age in whole years when a step starts `weeks` weeks from today.
    public func age(afterWeeks weeks: Int) -> Int { profile.age + max(0, weeks) / 52 }

    /// The resident's age on the 31 August before a step that starts `weeks` weeks from today.
    public func ageOnThirtyFirstAugust(beforeWeeks weeks: Int) -> Int {
        let august = today.adding(weeks: max(0, weeks)).lastThirtyFirstOfAugust
        let days = august.ordinal - today.ordinal
        return days < 0 ? profile.age : profile.age + days / 364
    }

    /// Each step's costing along a route, each at the weeks spent on the steps before it.
    public func costings(along steps: [Step]) -> [StepCosting] {
        var weeks = 0
        return steps.map { step in
            defer { weeks += step.weeks }
            return costing(for: step, afterWeeks: weeks)
        }
    }

    /// The cost and reason for one step started `weeks` weeks from today. O(rules).
    public func costing(for step: Step, afterWeeks weeks: Int = 0) -> StepCosting {
        let day = today.adding(weeks: max(0, weeks))
        var best: (rule: FundingRule, rank: Int, caveat: String?)?
        var bursaries: [FundingRule] = []
        var nearest: (rule: FundingRule, why: String)?
        var ended: FundingRule?
        var unsourced: FundingRule?
        for rule in graph.funding where rule.appliesTo.includes(step, ruleID: rule.id) {
            guard rule.isSourced else {
                if step.funding.contains(rule.id) { unsourced = unsourced ?? rule }
                continue
            }
            let (why, caveat) = check(rule, afterWeeks: weeks)
            if let until = rule.until, day > until {
                if why == nil { ended = ended ?? rule }
                continue
            }
            guard rule.isInForce(on: day) else { continue }
            if let why {
                if nearest == nil || FundingAdvice.relevance(rule, why, step) > FundingAdvice.relevance(nearest!.rule, nearest!.why, step) {
                    nearest = (rule, why)
                }
                continue
            }
            if rule.outcome == .bursary { bursaries.append(rule); continue }
            let rank = FundingAdvice.rank(rule, for: step)
            if best == nil || rank > best!.rank { best = (rule, rank, caveat) }
        }
        var costing = price(step, best: best, nearest: nearest, ended: ended, unsourced: unsourced, day: day)
        if !bursaries.isEmpty {
            costing.reason += ". Also: " + bursaries.map(\.reason).joined(separator: "; ")
            costing.bursaryIDs = bursaries.map(\.id)
        }
        if let why = step.entry.ageProblem(age(afterWeeks: weeks), has: { profile.has($0) }), costing.isOpen {
            costing.isOpen = false
            costing.whyClosed = why
        }
        return costing
    }

    private func price(
        _ step: Step, best: (rule: FundingRule, rank: Int, caveat: String?)?, nearest: (rule: FundingRule, why: String)?,
        ended: FundingRule?, unsourced: FundingRule?, day: Day
    ) -> StepCosting {
        let fee = (step.feeEstimate ? "the estimated fee of " : "the typical fee of ") + Pay.pounds(step.cost)
        if let (rule, _, caveat) = best {
            let ifs = caveat.map { " (\($0))" } ?? ""
            var c = StepCosting(costToLearner: 0, ruleID: rule.id, reason: "", sourceID: rule.sources.first,
                                ruleDates: rule.datesLabel(on: day))
            switch rule.outcome {
            case .free: c.reason = "Free: \(rule.reason)\(ifs)"
            case .paidTraining: c.reason = "Paid while training: \(rule.reason)\(ifs)"
            case .loan, .bursary:
                c.costToLearner = step.cost
                c.reason = "Loan for \(fee), repaid from earnings: \(rule.reason)\(ifs)"
            }
            return c
        }
        if let ended {
            let reason = "\(ended.title) \(ended.datesLabel(on: day)): ask about a local course instead"
            if step.cost == 0 {
                return StepCosting(costToLearner: 0, ruleID: ended.id, reason: reason, sourceID: ended.sources.first,
                                   ruleDates: ended.datesLabel(on: day), isOpen: false, whyClosed: "\(ended.title) \(ended.datesLabel(on: day))")
            }
            return StepCosting(costToLearner: step.cost, reason: "You pay \(fee). \(reason)", sourceID: ended.sources.first,
                               ruleDates: ended.datesLabel(on: day))
        }
        if step.cost == 0, let nearest {
            // No fee because a rule pays for it: without that rule the step is not open.
            return StepCosting(costToLearner: 0, reason: "No fee, through \(nearest.rule.title)", sourceID: nearest.rule.sources.first,
                               ruleDates: nearest.rule.datesLabel(on: day), isOpen: false,
                               whyClosed: "\(nearest.rule.title) is \(nearest.why)")
        }
        if let unsourced, step.cost > 0 {
            return StepCosting(costToLearner: step.cost,
                               reason: "Ask the provider about funding: no published rule we can cite settles it (\(unsourced.title)); \(fee) shown",
                               askAboutFunding: true)
        }
        if step.kind == .work {
            let job = step.asJob.flatMap(graph.job)?.title ?? "this job"
            return StepCosting(costToLearner: 0, reason: "No fee: you are paid, working as \(FundingAdvice.article(job)) \(FundingAdvice.plain(job))",
                               sourceID: step.sources.first)
        }
        if step.cost == 0 {
            return StepCosting(costToLearner: 0, reason: "No fee", sourceID: step.sources.first)
        }
        let hint = nearest.map { ". Not eligible for \($0.rule.title): \($0.why)" } ?? ""
        return StepCosting(costToLearner: step.cost, reason: "You pay \(fee)\(hint)", sourceID: nearest?.rule.sources.first ?? step.sources.first,
                           ruleDates: nearest.map { $0.rule.datesLabel(on: day) })
    }

    /// A job title inside a sentence: "care worker", but "IT support technician".
    static func plain(_ title: String) -> String {
        let head = title.prefix(2)
        return head.count == 2 && head.allSatisfy(\.isUppercase) ? title : title.prefix(1).lowercased() + title.dropFirst()
    }

    /// "a" or "an" before a word.
    static func article(_ word: String) -> String {
        guard let first = word.lowercased().first else { return "a" }
        return "aeiou".contains(first) ? "an" : "a"
    }

    /// Which rule a resident most needs to hear they miss: one the step names, then one they
    /// miss for a reason other than age (an adult is not helped by hearing about 16 to 18 funding).
    private static func relevance(_ rule: FundingRule, _ why: String, _ step: Step) -> Int {
        let identity = !rule.conditions.anyOf.isEmpty && rule.conditions.anyOf.allSatisfy(\.isIdentity)
        return (step.funding.contains(rule.id) ? 2 : 0) + (why.hasPrefix("for ages") || identity ? 0 : 1)
    }

    /// Paid training beats free, free beats a loan; a rule the step names beats a general one.
    private static func rank(_ rule: FundingRule, for step: Step) -> Int {
        let base = switch rule.outcome {
        case .paidTraining: 6
        case .free: 4
        case .loan: 2
        case .bursary: 0
        }
        return base + (step.funding.contains(rule.id) ? 1 : 0)
    }

    /// Why the resident does not qualify for a rule at a step `weeks` from today (`nil` when
    /// they do), and a condition the profile could not settle (residence not given).
    public func check(_ rule: FundingRule, afterWeeks weeks: Int = 0) -> (why: String?, caveat: String?) {
        let c = rule.conditions
        let age = c.ageMeasure == .onThirtyFirstAugust ? ageOnThirtyFirstAugust(beforeWeeks: weeks) : age(afterWeeks: weeks)
        let on = c.ageMeasure == .onThirtyFirstAugust ? " on 31 August before the start" : ""
        if let min = c.minimumAge, age < min {
            return (c.maximumAge.map { "for ages \(min)–\($0)\(on)" } ?? "for ages \(min) and over\(on)", nil)
        }
        if let max = c.maximumAge, age > max {
            return (c.minimumAge.map { "for ages \($0)–\(max)\(on)" } ?? "for ages up to \(max)\(on)", nil)
        }
        if let below = c.heldBelow, let held = profile.levelHeld, held >= below {
            return ("only for those who do not yet hold \(below.label)", nil)
        }
        if let below = c.englishMathsBelow, let em = profile.englishMaths, em >= below {
            return ("only for those without English and maths at \(below.label)", nil)
        }
        if !c.anyOf.isEmpty && !c.anyOf.contains(where: { profile.has($0, earningsBelow: c.earningsBelow) }) {
            let who = c.anyOf.map { $0 == .lowPay ? c.earningsBelow.map { "earning under \(Pay.pounds($0)) a year" } ?? $0.label : $0.label }
            return ("only for residents " + who.joined(separator: " or "), nil)
        }
        if !c.residence.isEmpty {
            let accepted = c.residence.filter { !$0.isUnknown }.map(\.condition).joined(separator: ", or ")
            if profile.residence.isUnknown { return (nil, "if you \(accepted)") }
            if !c.residence.contains(profile.residence) { return ("only for residents who \(accepted)", nil) }
            if profile.residence == .asylumSeeker {
                return (nil, "asylum seekers usually qualify after 6 months waiting for a decision: ask the provider")
            }
        }
        return (nil, nil)
    }
}
