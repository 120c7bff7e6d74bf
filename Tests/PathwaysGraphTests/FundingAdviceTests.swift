import PathwaysGraph
import PathwaysTestSupport
import Testing

/// Every scheme at its boundaries: ages 18/19/23/24, income at and over the threshold, level held
/// just below and at the cap. The schemes mirror the rules in Content/funding.
@Suite struct FundingAdviceTests {
    static let schemes: [FundingRule] = [
        FundingRule(id: "asf-em", title: "English and maths entitlement", outcome: .free,
                      conditions: .init(minimumAge: 19, englishMathsBelow: .level2),
                      appliesTo: .init(kinds: [.qualification], maximumLevel: .level2, listed: true), reason: "English and maths entitlement", sources: ["s"]),
        FundingRule(id: "asf-l2", title: "First full Level 2", outcome: .free,
                      conditions: .init(minimumAge: 19, maximumAge: 23, heldBelow: .level2),
                      appliesTo: .init(minimumLevel: .level2, maximumLevel: .level2, listed: true), reason: "first full Level 2, age 19–23", sources: ["s"]),
        FundingRule(id: "asf-l3", title: "First full Level 3", outcome: .free,
                      conditions: .init(minimumAge: 19, maximumAge: 23, heldBelow: .level3),
                      appliesTo: .init(minimumLevel: .level3, maximumLevel: .level3, listed: true), reason: "first full Level 3, age 19–23", sources: ["s"]),
        FundingRule(id: "fcfj", title: "Free Courses for Jobs", outcome: .free,
                      conditions: .init(minimumAge: 19, anyOf: [.unemployed, .benefits, .lowPay]),
                      appliesTo: .init(minimumLevel: .level2, maximumLevel: .level3, listed: true), reason: "Free Courses for Jobs", sources: ["s"]),
        FundingRule(id: "bootcamp", title: "Skills Bootcamps", outcome: .free, conditions: .init(minimumAge: 19),
                      appliesTo: .init(kinds: [.bootcamp], listed: true), reason: "Skills Bootcamp, age 19+", sources: ["s"]),
        FundingRule(id: "swap", title: "SWAP", outcome: .free, conditions: .init(minimumAge: 18, anyOf: [.unemployed, .benefits]),
                      appliesTo: .init(kinds: [.programme], listed: true), reason: "SWAP through Jobcentre Plus", sources: ["s"]),
        FundingRule(id: "multiply", title: "Multiply", outcome: .free, conditions: .init(minimumAge: 19, englishMathsBelow: .level2),
                      appliesTo: .init(kinds: [.course], maximumLevel: .level2, listed: true), reason: "Multiply numeracy", sources: ["s"]),
        FundingRule(id: "loan", title: "Advanced Learner Loan", outcome: .loan, conditions: .init(minimumAge: 19),
                      appliesTo: .init(minimumLevel: .level3, maximumLevel: .level6, listed: true), reason: "Advanced Learner Loan", sources: ["s"]),
        FundingRule(id: "apprenticeship", title: "Apprenticeship funding", outcome: .paidTraining, conditions: .init(minimumAge: 16),
                      appliesTo: .init(kinds: [.apprenticeship], listed: true), reason: "apprenticeship, training paid by the employer and government", sources: ["s"]),
        FundingRule(id: "care-bursary", title: "Care leaver bursary", outcome: .bursary,
                      conditions: .init(minimumAge: 16, maximumAge: 24, anyOf: [.careLeaver]),
                      appliesTo: .init(kinds: [.apprenticeship], listed: true), reason: "£3,000 care leaver bursary", sources: ["s"]),
    ]

    static let graph = PathwayGraph(Catalogue(sources: [Source(id: "s", title: "s", publisher: "p", url: "u", date: "d")], funding: schemes))

    static func step(_ kind: StepKind, _ level: Level, cost: Int, funding: [String]) -> Step {
        Step(id: "x", title: "X", kind: kind, level: level, weeks: 10, cost: cost, funding: funding)
    }

    static func cost(_ profile: Profile, _ step: Step) -> StepCosting {
        FundingAdvice(graph: graph, profile: profile, today: Day(year: 2026, month: 11, day: 30)!).costing(for: step)
    }

    @Test(arguments: [(18, false), (19, true), (23, true), (24, false)])
    func firstFullLevel3ByAge(age: Int, free: Bool) {
        let step = Self.step(.qualification, .level3, cost: 2500, funding: ["asf-l3"])
        let costing = Self.cost(Profile(levelHeld: .level2, age: age, employment: .employed), step)
        #expect((costing.costToLearner == 0) == free, "age \(age)")
        if free { #expect(costing.reason == "Free: first full Level 3, age 19–23") } else { #expect(costing.reason.contains("for ages 19–23")) }
    }

    @Test(arguments: [(Level.level1, true), (.level2, false)])
    func firstFullLevel2ByLevelHeld(held: Level, free: Bool) {
        let step = Self.step(.qualification, .level2, cost: 900, funding: ["asf-l2"])
        #expect((Self.cost(Profile(levelHeld: held, age: 20, employment: .employed), step).costToLearner == 0) == free)
    }

    @Test(arguments: [(Level.level2, true), (.level3, false)])
    func firstFullLevel3ByLevelHeld(held: Level, free: Bool) {
        let step = Self.step(.qualification, .level3, cost: 2500, funding: ["asf-l3"])
        let costing = Self.cost(Profile(levelHeld: held, age: 20, employment: .employed), step)
        #expect((costing.costToLearner == 0) == free)
        if !free { #expect(costing.reason.contains("only for those who do not yet hold Level 3")) }
    }

    @Test(arguments: [
        (Profile.Employment.employed, false, false), (.employed, true, true), (.unemployed, false, true), (.benefits, false, true),
    ])
    func freeCoursesForJobsByIncome(employment: Profile.Employment, lowPay: Bool, free: Bool) {
        let step = Self.step(.qualification, .level3, cost: 2500, funding: ["fcfj"])
        let costing = Self.cost(Profile(levelHeld: .level3, age: 30, employment: employment, lowPay: lowPay), step)
        #expect((costing.costToLearner == 0) == free, "\(employment) low pay \(lowPay)")
    }

    @Test(arguments: [(Level.level1, true), (.level2, false)])
    func englishAndMathsEntitlementStopsAtLevel2(em: Level, free: Bool) {
        let step = Self.step(.qualification, .level2, cost: 400, funding: ["asf-em"])
        #expect((Self.cost(Profile(englishMaths: em, age: 40), step).costToLearner == 0) == free)
        #expect(Self.cost(Profile(englishMaths: em, age: 18), step).costToLearner == 400, "entitlement starts at 19")
    }

    @Test(arguments: [(18, false), (19, true)])
    func bootcampsAndMultiplyFrom19(age: Int, free: Bool) {
        #expect((Self.cost(Profile(age: age), Self.step(.bootcamp, .level4, cost: 3000, funding: ["bootcamp"])).costToLearner == 0) == free)
        #expect((Self.cost(Profile(age: age), Self.step(.course, .level1, cost: 100, funding: ["multiply"])).costToLearner == 0) == free)
    }

    @Test(arguments: [(17, Profile.Employment.unemployed, false), (18, .unemployed, true), (18, .benefits, true), (30, .employed, false)])
    func swapFrom18ForJobseekers(age: Int, employment: Profile.Employment, free: Bool) {
        let step = Self.step(.programme, .entry3, cost: 200, funding: ["swap"])
        #expect((Self.cost(Profile(age: age, employment: employment), step).costToLearner == 0) == free)
    }

    @Test(arguments: [(18, false), (19, true)])
    func advancedLearnerLoanFrom19(age: Int, loan: Bool) {
        let costing = Self.cost(Profile(levelHeld: .level3, age: age), Self.step(.qualification, .level4, cost: 6000, funding: ["loan"]))
        #expect(costing.costToLearner == 6000, "a loan is repaid: the fee stays the learner's")
        #expect(costing.reason.hasPrefix("Loan for the typical fee of £6,000, repaid from earnings") == loan)
        #expect((costing.ruleID == "loan") == loan)
    }

    @Test func loanIsOnlyForLevels3To6() {
        let costing = Self.cost(Profile(age: 30), Self.step(.qualification, .level2, cost: 500, funding: ["loan"]))
        #expect(costing.ruleID == nil)
        #expect(costing.reason == "You pay the typical fee of £500")
    }

    @Test func freeBeatsLoan() {
        let costing = Self.cost(Profile(levelHeld: .level2, age: 20), Self.step(.qualification, .level3, cost: 2500, funding: ["loan", "asf-l3"]))
        #expect(costing.ruleID == "asf-l3")
        #expect(costing.costToLearner == 0)
    }

    @Test(arguments: [(15, false, false), (16, true, true), (24, true, true), (25, true, false), (20, false, false)])
    func careLeaverBursary(age: Int, careLeaver: Bool, bursary: Bool) {
        let step = Self.step(.apprenticeship, .level3, cost: 0, funding: ["apprenticeship", "care-bursary"])
        let costing = Self.cost(Profile(age: age, careLeaver: careLeaver), step)
        #expect(costing.reason.contains("£3,000 care leaver bursary") == bursary, "age \(age) care leaver \(careLeaver)")
        if age >= 16 { #expect(costing.reason.hasPrefix("Paid while training: apprenticeship")) }
    }

    @Test func closedStepsSayWhyAndWhatOpensThem() {
        var step = Self.step(.course, .level2, cost: 0, funding: [])
        step.entry.minimumAge = 18
        let costing = Self.cost(Profile(age: 17), step)
        #expect(!costing.isOpen)
        #expect(costing.whyClosed == "Open from age 18; you are 17")
        #expect(Self.cost(Profile(age: 18), step).isOpen)
    }

    @Test func personalRoutesUseTheProfile() {
        // The fixture's Adult Skills Fund is for ages 19+: free for a 19-year-old, charged at 18.
        let graph = Fixtures.graph
        let nineteen = graph.personalRoutes(for: Profile(age: 19), to: "software-developer", ranking: .cost, limit: 3)
        #expect(nineteen.first?.route.costToLearner == 0)
        #expect(nineteen.first?.costings.map(\.costToLearner) == [0, 0, 0, 0])
        let eighteen = graph.personalRoutes(for: Profile(age: 18), to: "software-developer", ranking: .cost, limit: 3)
        #expect(eighteen.first?.route.costToLearner == 300)
        #expect(eighteen.first?.route.nodeIDs == ["esol-e3", "fs-maths-l2", "it-support-l3", "software-apprenticeship", "software-developer"])
    }

    @Test func preferencesMarkRoutesAndEarningComesFirst() {
        let graph = Fixtures.graph
        let profile = Profile(age: 25, modes: [.evening], longestWeeks: 100, earnWhileLearning: true)
        let routes = graph.personalRoutes(for: profile, to: "software-developer", limit: 3)
        #expect(routes.first?.route.earnsWhileLearning == true)
        #expect(routes.last?.route.earnsWhileLearning == false)
        let bootcampRoute = routes.first { $0.route.nodeIDs.contains("software-bootcamp") }
        #expect(bootcampRoute?.brokenPreferences.contains("no paid training on this route") == true)
        #expect(bootcampRoute?.brokenPreferences.contains("ESOL Entry 3 is part-time only") == true)
        #expect(routes.first?.brokenPreferences.contains { $0.hasPrefix("takes 186 weeks") || $0.hasPrefix("takes 194 weeks") } == true)
    }

    @Test func profileSummaryAndBands() {
        #expect(Profile.AgeBand(age: 18) == .age16to18)
        #expect(Profile.AgeBand(age: 19) == .age19to23)
        #expect(Profile.AgeBand(age: 23) == .age19to23)
        #expect(Profile.AgeBand(age: 24) == .age24plus)
        let p = Profile(initials: "AB", levelHeld: .level2, englishMaths: .level1, age: 19, employment: .unemployed, careLeaver: true)
        #expect(p.summary == "AB: Level 2 held, English and maths Level 1, age 19 (19–23), unemployed, care leaver")
    }
}

@Suite struct ClosedByFundingTests {
    @Test func aFreeProgrammeIsClosedToThoseItsSchemeIsNotFor() {
        let step = FundingAdviceTests.step(.programme, .entry3, cost: 0, funding: ["swap"])
        let employed = FundingAdviceTests.cost(Profile(age: 30, employment: .employed), step)
        #expect(!employed.isOpen)
        #expect(employed.whyClosed == "SWAP is only for residents who are unemployed or on benefits")
        let jobseeker = FundingAdviceTests.cost(Profile(age: 30, employment: .unemployed), step)
        #expect(jobseeker.isOpen)
        #expect(jobseeker.reason == "Free: SWAP through Jobcentre Plus")
    }

    @Test func openRoutesComeBeforeRoutesWithAClosedStep() {
        // The fixture's SWAP lists no scheme; give it SWAP's rules and an employed resident.
        var c = Fixtures.catalogue
        c.funding.append(FundingAdviceTests.schemes.first { $0.id == "swap" }!)
        c.sources.append(Source(id: "s", title: "s", publisher: "p", url: "u", date: "d"))
        let i = c.steps.firstIndex { $0.id == "swap-warehouse" }!
        c.steps[i].funding = ["swap"]
        let graph = PathwayGraph(c)
        let routes = graph.personalRoutes(for: Profile(age: 30, employment: .employed), to: "warehouse-operative", ranking: .steps, limit: 20)
        let open = routes.map(\.isOpen)
        #expect(open == open.sorted { $0 && !$1 }, "open routes first: \(open)")
        #expect(routes.first?.route.nodeIDs == ["forklift-course", "warehouse-operative"])
        #expect(routes.contains { !$0.isOpen && $0.route.nodeIDs.contains("swap-warehouse") })
    }
}

@Suite struct MaximumAgeTests {
    /// A T Level is for 16 to 18-year-olds at the start: closed to adults on every route.
    @Test func aStepWithAMaximumAgeIsClosedToOlderResidents() {
        var c = Fixtures.catalogue
        let i = c.steps.firstIndex { $0.id == "digital-l3" }!
        c.steps[i].entry.minimumAge = 16
        c.steps[i].entry.maximumAge = 18
        let graph = PathwayGraph(c)
        let adult = graph.routes(from: StartingPoint(age: 40), to: "it-support", limit: 10)
        #expect(!adult.isEmpty)
        #expect(!adult.contains { $0.nodeIDs.contains("digital-l3") })
        let young = graph.routes(from: StartingPoint(age: 17), to: "it-support", limit: 10)
        #expect(young.contains { $0.nodeIDs.contains("digital-l3") })
        let costing = FundingAdvice(graph: graph, profile: Profile(age: 40)).costing(for: c.steps[i])
        #expect(!costing.isOpen)
        #expect(costing.whyClosed == "Only for ages 16–18; you are 40")
        #expect(EntryRequirement(maximumAge: 18).ageProblem(19) == "Only up to age 18; you are 19")
        #expect(EntryRequirement(minimumAge: 16, maximumAge: 18).ageProblem(18) == nil)
    }
}

@Suite struct NeedsESOLTests {
    /// ESOL is offered only to residents who said they need it, and only above the English they hold.
    @Test func onlyResidentsWhoNeedESOLGetESOLSteps() {
        var c = Fixtures.catalogue
        let i = c.steps.firstIndex { $0.id == "esol-e3" }!
        c.steps[i].esol = true
        c.progressions.append(Progression(from: "esol-e3", to: "digital-l3"))
        let graph = PathwayGraph(c)
        let fluent = Profile(levelHeld: .level1, englishMaths: .level1, age: 30)
        var learning = fluent
        learning.needsESOL = true
        learning.englishMaths = nil
        var nearlyThere = learning
        nearlyThere.englishMaths = .entry3
        let routesFor = { (p: Profile) in graph.personalRoutes(for: p, to: "software-developer", limit: 10).map(\.route.nodeIDs) }
        #expect(!routesFor(fluent).isEmpty)
        #expect(!routesFor(fluent).contains { $0.contains("esol-e3") }, "never ESOL for someone who did not ask")
        #expect(routesFor(learning).contains { $0.first == "esol-e3" }, "ESOL first for someone learning English")
        #expect(!routesFor(nearlyThere).contains { $0.contains("esol-e3") }, "no ESOL at or below the English level held")
    }
}
