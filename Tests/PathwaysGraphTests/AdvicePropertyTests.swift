import PathwaysGraph
import PathwaysTestSupport
import Testing

/// Property tests on seeded random graphs, funding rules and residents: whatever the content and
/// the profile, listed routes are never pointless beside each other, ages only grow along a
/// route, and no step costs a resident more than its fee.
@Suite struct AdvicePropertyTests {
    static let day = Day(year: 2026, month: 11, day: 30)!

    /// Random funding rules over the random graph's steps: free, loan, paid training and
    /// bursaries with random ages, levels, circumstances, residence and dates of effect.
    static func randomRules(_ rng: inout SeededGenerator) -> [FundingRule] {
        (0..<8).map { k in
            let outcomes = FundingRule.Outcome.allCases
            var c = FundingConditions()
            if Bool.random(using: &rng) { c.minimumAge = Int.random(in: 16...25, using: &rng) }
            if Bool.random(using: &rng) { c.maximumAge = Int.random(in: 18...30, using: &rng) }
            if Bool.random(using: &rng) { c.ageMeasure = .onThirtyFirstAugust }
            if Int.random(in: 0..<3, using: &rng) == 0 { c.heldBelow = [.level2, .level3].randomElement(using: &rng) }
            if Int.random(in: 0..<3, using: &rng) == 0 {
                c.anyOf = [Circumstance.allCases.randomElement(using: &rng)!]
                c.earningsBelow = Int.random(in: 20...30, using: &rng) * 1000
            }
            if Int.random(in: 0..<3, using: &rng) == 0 { c.residence = [.threeYears, .refugee] }
            let from = Int.random(in: 0..<4, using: &rng) == 0 ? day.adding(weeks: Int.random(in: -100...100, using: &rng)) : nil
            let until = Int.random(in: 0..<4, using: &rng) == 0 ? day.adding(weeks: Int.random(in: -100...100, using: &rng)) : nil
            return FundingRule(
                id: "rule-\(k)", title: "Rule \(k)", outcome: outcomes.randomElement(using: &rng)!, conditions: c,
                appliesTo: FundingScope(minimumLevel: Bool.random(using: &rng) ? .level2 : nil), reason: "rule \(k)",
                sources: ["s"], from: from, until: until)
        }
    }

    static func randomProfile(_ rng: inout SeededGenerator) -> Profile {
        Profile(
            levelHeld: [nil, .level1, .level2, .level3].randomElement(using: &rng)!, englishMaths: [nil, .level1, .level2].randomElement(using: &rng)!,
            age: Int.random(in: 16...60, using: &rng), employment: Profile.Employment.allCases.randomElement(using: &rng)!,
            careLeaver: Bool.random(using: &rng), needsESOL: Bool.random(using: &rng), earnWhileLearning: Bool.random(using: &rng),
            residence: Residence.allCases.randomElement(using: &rng)!, earnings: Bool.random(using: &rng) ? Int.random(in: 10...40, using: &rng) * 1000 : nil,
            ehcPlan: Bool.random(using: &rng))
    }

    @Test(arguments: 1...30)
    func listedRoutesAreWorthShowingAndHonestlyCosted(seed: Int) {
        var rng = SeededGenerator(seed: UInt64(seed) &* 104_729)
        var catalogue = RoutePropertyTests.randomCatalogue(seed: UInt64(seed))
        catalogue.sources = [Source(id: "s", title: "s", publisher: "p", url: "u", date: "d")]
        catalogue.funding = Self.randomRules(&rng)
        for i in catalogue.steps.indices {
            catalogue.steps[i].kind = [.qualification, .course, .apprenticeship, .degree].randomElement(using: &rng)!
            catalogue.steps[i].esol = Int.random(in: 0..<6, using: &rng) == 0
        }
        let graph = PathwayGraph(catalogue)
        for _ in 0..<6 {
            let profile = Self.randomProfile(&rng)
            let advice = FundingAdvice(graph: graph, profile: profile, today: Self.day)
            for job in graph.jobs {
                let routes = graph.personalRoutes(for: profile, to: job.id, limit: 4, today: Self.day)
                for a in routes {
                    for b in routes { #expect(!a.isDominated(by: b), "seed \(seed): \(a.route.nodeIDs) beside \(b.route.nodeIDs)") }
                    var weeks = 0, age = profile.age
                    for (step, costing) in zip(a.route.steps, a.costings) {
                        #expect(costing.costToLearner >= 0 && costing.costToLearner <= step.cost, "seed \(seed): \(step.id)")
                        #expect(costing == advice.costing(for: step, afterWeeks: weeks))
                        let next = advice.age(afterWeeks: weeks)
                        #expect(next >= age, "ages only grow")
                        #expect(advice.ageOnThirtyFirstAugust(beforeWeeks: weeks) <= next)
                        age = next
                        if step.esol { #expect(profile.needsESOL) }
                        weeks += step.weeks
                    }
                    #expect(a.route.costToLearner == a.costings.reduce(0) { $0 + $1.costToLearner })
                }
            }
        }
    }

    /// A rule past its last day is never applied, and a step costed under it says it has ended.
    @Test func anEndedRuleIsShownAsEndedNeverOpen() {
        let ended = FundingRule(id: "old", title: "Old scheme", outcome: .free, appliesTo: .init(listed: true), reason: "old",
                                sources: ["s"], from: Day(year: 2022, month: 4, day: 1), until: Day(year: 2025, month: 3, day: 31))
        let catalogue = Catalogue(sources: [Source(id: "s", title: "s", publisher: "p", url: "u", date: "d")], funding: [ended])
        let graph = PathwayGraph(catalogue)
        let step = Step(id: "x", title: "X", kind: .programme, level: .entry3, weeks: 8, cost: 0, funding: ["old"])
        let costing = FundingAdvice(graph: graph, profile: Profile(age: 30), today: Self.day).costing(for: step)
        #expect(!costing.isOpen)
        #expect(costing.whyClosed == "Old scheme ended 31 March 2025")
        let before = FundingAdvice(graph: graph, profile: Profile(age: 30), today: Day(year: 2024, month: 1, day: 10)!).costing(for: step)
        #expect(before.isOpen && before.ruleID == "old")
    }

    /// An unsourced rule is never applied: the step says to ask about funding instead.
    @Test func anUnsourcedRuleIsNotApplied() {
        let guess = FundingRule(id: "guess", title: "A rule nobody can cite", outcome: .free, appliesTo: .init(listed: true),
                                reason: "guess", sources: [])
        let graph = PathwayGraph(Catalogue(funding: [guess]))
        let step = Step(id: "x", title: "X", kind: .course, level: .level2, weeks: 8, cost: 700, funding: ["guess"])
        let costing = FundingAdvice(graph: graph, profile: Profile(age: 30), today: Self.day).costing(for: step)
        #expect(costing.costToLearner == 700)
        #expect(costing.askAboutFunding)
        #expect(costing.reason.hasPrefix("Ask the provider about funding"))
    }

    /// The 16 to 18 rule uses the age on the 31 August before the start: at 18 now, still
    /// funded for a course starting this year; a course starting after next August is not.
    @Test func ageOnThirtyFirstAugustBeforeTheStart() {
        let advice = FundingAdvice(graph: PathwayGraph(Catalogue()), profile: Profile(age: 18), today: Self.day)
        #expect(advice.ageOnThirtyFirstAugust(beforeWeeks: 0) == 18)
        #expect(advice.ageOnThirtyFirstAugust(beforeWeeks: 30) == 18, "June 2027: the last 31 August is 2026")
        #expect(advice.ageOnThirtyFirstAugust(beforeWeeks: 45) == 18, "October 2027: 31 August 2027 is under a year away")
        #expect(advice.ageOnThirtyFirstAugust(beforeWeeks: 100) == 19)
        #expect(advice.age(afterWeeks: 104) == 20)
    }
}
