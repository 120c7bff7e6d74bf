@testable import PathwaysGraph
import PathwaysTestSupport
import Testing

/// An entry requirement whose upper age limit is higher for residents in some circumstances
/// (`extendedAge`), checked by the engine for every age and circumstance.
@Suite struct ExtendedAgeLimitTests {
    /// For random bounds, ages and circumstances: the step is closed exactly when the age is
    /// below the minimum or above the limit that applies (the higher one when any of its
    /// circumstances holds), and every reason names both limits and the age.
    @Test(arguments: 0..<20)
    func closedExactlyOutsideTheLimitThatApplies(seed: Int) {
        var rng = SeededGenerator(seed: UInt64(seed) &* 7_919 &+ 1)
        let all = Circumstance.allCases
        let minimum = Int.random(in: 14...18, using: &rng)
        let maximum = Int.random(in: minimum...30, using: &rng)
        let higher = Int.random(in: (maximum + 1)...40, using: &rng)
        let anyOf = Array(all.shuffled(using: &rng).prefix(Int.random(in: 1...3, using: &rng)))
        let r = EntryRequirement(minimumAge: minimum, maximumAge: maximum, extendedAge: .init(maximumAge: higher, anyOf: anyOf))
        for _ in 0..<50 {
            let age = Int.random(in: 10...50, using: &rng)
            let held = Set(all.filter { _ in Bool.random(using: &rng) })
            let limit = anyOf.contains(where: held.contains) ? higher : maximum
            let problem = StartingPoint(age: age, circumstances: held).ageProblem(r)
            #expect((problem == nil) == (minimum...limit).contains(age), "\(age) \(held) \(r)")
            // The route search's quick check answers the same.
            #expect(StartingPoint(age: age, circumstances: held).ageAllows(r, afterWeeks: 0) == (problem == nil))
            if let problem {
                #expect(problem.hasPrefix("Only for ages \(minimum)–\(maximum), or up to \(higher) for residents "))
                #expect(problem.hasSuffix("; you are \(age)"))
            }
        }
    }

    /// The search and the costing agree: a step closed by its age limit is on no route and is
    /// priced as not open, and one open to a care leaver is on a route.
    @Test func theSearchAndTheCostingAgree() {
        var c = Fixtures.catalogue
        let i = c.steps.firstIndex { $0.id == "digital-l3" }!
        c.steps[i].entry.minimumAge = 16
        c.steps[i].entry.maximumAge = 21
        c.steps[i].entry.extendedAge = .init(maximumAge: 24, anyOf: [.careLeaver])
        let graph = PathwayGraph(c)
        for (profile, open) in [(Profile(age: 23), false), (Profile(age: 23, careLeaver: true), true), (Profile(age: 25, careLeaver: true), false)] {
            let routes = graph.routes(from: profile.startingPoint, to: "it-support", limit: 10)
            #expect(routes.contains { $0.nodeIDs.contains("digital-l3") } == open, "\(profile.age) \(profile.careLeaver)")
            #expect(FundingAdvice(graph: graph, profile: profile).costing(for: c.steps[i]).isOpen == open)
        }
    }
}
