import PathwaysGraph
import Testing

/// Who is offered a foundation apprenticeship. The shipped content's seven foundation
/// apprenticeships (FA0001 to FA0007, written by `pathways import`) are for ages 16 to 21 at the
/// start, and to 24 with an education, health and care (EHC) plan or for care leavers (AELP,
/// "What are Foundation Apprenticeships and who are they for?", Briefing 79, May 2025). The
/// route to healthcare assistant is where FA0007 (health and social care) leads.
@Suite("Advice an adviser can trust: foundation apprenticeships")
struct FoundationApprenticeshipTests {
    static let foundation = "fa0007"
    static let closedReason =
        "Only for ages 16–21, or up to 24 for residents with an education, health and care (EHC) plan or who have left care"

    static func routes(_ p: Profile) -> [PersonalRoute] {
        shippedGraph.personalRoutes(for: p, to: "healthcare-assistant", limit: 20, today: scenarioDay)
    }

    static func offered(_ p: Profile) -> Bool {
        routes(p).contains { $0.route.steps.contains { $0.id == foundation } }
    }

    static func costing(_ p: Profile) throws -> StepCosting {
        let step = try #require(shippedGraph.step(foundation))
        return FundingAdvice(graph: shippedGraph, profile: p, today: scenarioDay).costing(for: step)
    }

    /// Every foundation apprenticeship in the shipped content carries the limits and cites the source.
    @Test func everyFoundationApprenticeshipHasTheAgeLimits() throws {
        let fas = shippedGraph.steps.filter { $0.code?.hasPrefix("FA") == true }
        #expect(fas.count == 7)
        for s in fas {
            #expect(s.entry.minimumAge == 16 && s.entry.maximumAge == 21, "\(s.id)")
            #expect(s.entry.extendedAge == .init(maximumAge: 24, anyOf: [.ehcPlan, .careLeaver]), "\(s.id)")
            #expect(s.sources.contains("aelp-foundation-apprenticeships"), "\(s.id)")
        }
        #expect(shippedGraph.source("aelp-foundation-apprenticeships")?.date == "2025-05")
    }

    /// Samira, 30, unemployed, one year in the UK, learning English, in Birmingham. An adviser
    /// would not offer her the health and social care foundation apprenticeship: at 30 she is
    /// past its age limit (21, or 24 with an EHC plan or as a care leaver), so no employer could
    /// take her on one. They would lead with the healthcare support worker apprenticeship,
    /// which any age may start. Asked about the foundation apprenticeship, they would say why.
    @Test func samiraAtThirtyIsNotOfferedIt() throws {
        let samira = Profile(age: 30, borough: .birmingham, employment: .unemployed, needsESOL: true,
                             residence: Residence(yearsInUK: 1))
        #expect(!Self.offered(samira))
        let first = try #require(shippedGraph.personalRoutes(for: samira, to: "healthcare-assistant", limit: 2, today: scenarioDay).first)
        #expect(first.isOpen && first.route.steps.map(\.id) != [Self.foundation])
        let c = try Self.costing(samira)
        #expect(!c.isOpen)
        #expect(c.whyClosed == Self.closedReason + "; you are 30")
        #expect(Wording.toYou(c) == Wording.notOpen)
    }

    /// A 19-year-old: well within 16 to 21. An adviser would put the foundation apprenticeship
    /// first for a young person with no care experience yet: paid, no fee, and built as a first
    /// step into health and care work.
    @Test func nineteenYearOldIsOfferedIt() throws {
        let p = Profile(age: 19, borough: .birmingham, employment: .unemployed)
        #expect(Self.offered(p))
        #expect(try Self.costing(p).isOpen)
    }

    /// A 23-year-old care leaver: past 21, but care leavers may start one to 24. An adviser
    /// would offer it, and mention the care leaver's apprenticeship bursary.
    @Test func twentyThreeYearOldCareLeaverIsOfferedIt() throws {
        let p = Profile(age: 23, borough: .birmingham, employment: .unemployed, careLeaver: true)
        #expect(Self.offered(p))
        let c = try Self.costing(p)
        #expect(c.isOpen)
        #expect(c.bursaryIDs == ["care-leaver-apprenticeship-bursary"])
    }

    /// A 23-year-old with an EHC plan: also open to 24. An adviser would offer it.
    @Test func twentyThreeYearOldWithAnEHCPlanIsOfferedIt() throws {
        let p = Profile(age: 23, borough: .birmingham, employment: .unemployed, ehcPlan: true)
        #expect(Self.offered(p))
        #expect(try Self.costing(p).isOpen)
    }

    /// A 23-year-old with neither: too old for a foundation apprenticeship. An adviser would
    /// point them to the healthcare support worker apprenticeship, open at any age, and say
    /// why the foundation one is not open to them.
    @Test func twentyThreeYearOldWithNeitherIsNotOfferedIt() throws {
        let p = Profile(age: 23, borough: .birmingham, employment: .unemployed)
        #expect(!Self.offered(p))
        let first = try #require(Self.routes(p).first)
        #expect(first.isOpen)
        #expect(try Self.costing(p).whyClosed == Self.closedReason + "; you are 23")
    }

    /// The limit is at the start, at the age the resident will be then: a 21-year-old can start
    /// one now but not after a year of something else; a 24-year-old care leaver can start one
    /// now, a 25-year-old cannot.
    @Test func theLimitIsTheAgeOnTheStartDay() throws {
        let step = try #require(shippedGraph.step(Self.foundation))
        #expect(StartingPoint(age: 21).ageProblem(step.entry) == nil)
        #expect(StartingPoint(age: 21).ageProblem(step.entry, afterWeeks: 52) == Self.closedReason + "; you are 22")
        #expect(StartingPoint(age: 24, circumstances: [.careLeaver]).ageProblem(step.entry) == nil)
        #expect(StartingPoint(age: 25, circumstances: [.careLeaver]).ageProblem(step.entry) == Self.closedReason + "; you are 25")
        #expect(StartingPoint(age: 23, circumstances: [.disabled]).ageProblem(step.entry) != nil,
                "being disabled without an EHC plan does not raise the limit")
    }
}
