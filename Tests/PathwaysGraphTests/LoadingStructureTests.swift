import Foundation
import PathwaysGraph
import PathwaysTestSupport
import Testing

/// The structures that make loading a national content set quick and small give the same
/// answers as the plain ways they replaced.
@Suite struct LoadingStructureTests {
    /// The random layered graphs of the route property tests, with a few ages, ESOL and
    /// English-and-maths steps, time in work, licences and repeated or dangling edges mixed in.
    static func messyCatalogue(seed: UInt64) -> Catalogue {
        var catalogue = RoutePropertyTests.randomCatalogue(seed: seed)
        var rng = SeededGenerator(seed: seed &+ 17)
        for i in catalogue.steps.indices {
            if Int.random(in: 0..<7, using: &rng) == 0 { catalogue.steps[i].esol = true }
            if Int.random(in: 0..<9, using: &rng) == 0 { catalogue.steps[i].entry.maximumAge = 18 }
            if Int.random(in: 0..<8, using: &rng) == 0 { catalogue.steps[i].grants = ["licence"] }
        }
        if Bool.random(using: &rng) { catalogue.jobs[0].requires = ["licence"] }
        catalogue.steps.append(Step(id: "work-job-1", title: "Time in work", kind: .work, level: .level3, weeks: 52, asJob: "job-1"))
        let edges = catalogue.progressions
        for _ in 0..<Int.random(in: 0...4, using: &rng) where !edges.isEmpty {
            var again = edges[Int.random(in: 0..<edges.count, using: &rng)]
            again.sideways = Bool.random(using: &rng)
            catalogue.progressions.insert(again, at: Int.random(in: 0...catalogue.progressions.count, using: &rng))
        }
        if let step = catalogue.steps.last(where: { $0.kind != .work }), let low = catalogue.steps.first {
            catalogue.progressions.append(Progression(from: step.id, to: low.id, requirement: .init(minimumLevel: .level6)))
        }
        return catalogue
    }

    @Test(arguments: 0..<40)
    func reachabilityWalkFindsTheJobsTheRouteSearchReaches(seed: Int) {
        let graph = PathwayGraph(Self.messyCatalogue(seed: UInt64(seed)))
        let starts: [StartingPoint] = [
            .entry, .holding(.level2), StartingPoint(levelHeld: .level3, englishMaths: .level2, needsESOL: true),
            StartingPoint(englishMaths: .entry3, age: 17),
        ]
        for start in starts {
            let reached = Set(graph.reachableJobs(from: start).map(\.job.id))
            let mask = graph.reachableJobMask(from: start)
            #expect(mask.count == graph.jobs.count)
            #expect(Set(graph.jobs.indices.filter { mask[$0] }.map { graph.jobs[$0].id }) == reached, "seed \(seed), \(start)")
        }
    }

    /// Validation reads progressions' ends off the graph when it kept them all, and looks IDs up
    /// otherwise: one progression to nowhere switches ways, and changes nothing else.
    @Test(arguments: 0..<40)
    func findingsAreTheSameWhetherEndsAreReadOffTheGraphOrLookedUp(seed: Int) {
        let catalogue = Self.messyCatalogue(seed: UInt64(seed))
        var dangling = catalogue
        dangling.progressions.append(Progression(from: catalogue.steps[0].id, to: "nowhere"))
        let direct = catalogue.validate()
        let lookedUp = dangling.validate().filter { !$0.message.contains("'nowhere'") }
        #expect(direct.map(\.message) == lookedUp.map(\.message))
        #expect(direct.map(\.records) == lookedUp.map(\.records))
        #expect(direct.contains { $0.kind == .repeatedProgression } || !catalogue.progressions.indices.contains { i in
            catalogue.progressions[..<i].contains { $0.from == catalogue.progressions[i].from && $0.to == catalogue.progressions[i].to }
        })
    }

    /// The loader builds the graph while it looks for duplicate IDs: the same graph and findings.
    @Test(arguments: 0..<20)
    func graphAndFindingsAreWhatValidateFinds(seed: Int) {
        var catalogue = Self.messyCatalogue(seed: UInt64(seed))
        catalogue.steps.append(catalogue.steps[seed % catalogue.steps.count])
        catalogue.jobs.append(Job(id: catalogue.steps[0].id, title: "Named like a step", clusters: [], minimumLevel: .entry1))
        let (graph, findings) = catalogue.graphAndFindings()
        let alone = catalogue.validate()
        #expect(findings.map(\.message) == alone.map(\.message))
        #expect(findings.map(\.records) == alone.map(\.records))
        #expect(findings.contains { $0.kind == .duplicateID })
        #expect(graph.steps == PathwayGraph(catalogue).steps && graph.edgeCount == PathwayGraph(catalogue).edgeCount)
    }

    @Test func graphSharesTheCatalogueRecordsAndKeepsTheFirstOfARepeatedID() {
        var catalogue = RoutePropertyTests.randomCatalogue(seed: 3)
        let graph = PathwayGraph(catalogue)
        #expect(graph.steps == catalogue.steps)
        #expect(graph.progressions == catalogue.progressions)
        var repeated = catalogue.steps[1]
        repeated.title = "Second copy"
        catalogue.steps.insert(repeated, at: 3)
        catalogue.jobs.append(Job(id: catalogue.steps[0].id, title: "A job named like a step", clusters: [], minimumLevel: .entry1))
        catalogue.progressions.insert(Progression(from: "job-0", to: catalogue.steps[0].id), at: 0)
        let again = PathwayGraph(catalogue)
        #expect(again.steps.count == catalogue.steps.count - 1)
        #expect(again.step(repeated.id)?.title == catalogue.steps[1].title)
        #expect(again.jobs.map(\.id) == ["job-0", "job-1", "job-2"])
        #expect(again.progressions == Array(catalogue.progressions.dropFirst()))
        #expect(again.nextSteps(from: "job-0").isEmpty)
    }

    @Test func progressionKeepsItsRequirementAndRuleApartButComparesByValue() throws {
        var plain = Progression(from: "a", to: "b")
        #expect(plain.requirement == .none && plain.rule == nil)
        var ruled = plain
        ruled.rule = "ncs-link"
        #expect(plain.rule == nil, "a copy's rule is its own")
        #expect(ruled != plain)
        ruled.rule = nil
        #expect(ruled == plain && ruled.hashValue == plain.hashValue)
        plain.requirement = EntryRequirement(text: "Aged 19 or over.", minimumAge: 19)
        plain.rule = "same-route-next-level"
        plain.sideways = true
        #expect(plain.requirement.minimumAge == 19 && plain.rule == "same-route-next-level")
        let decoded = try JSONDecoder().decode(Progression.self, from: JSONEncoder().encode(plain))
        #expect(decoded == plain)
        let json = String(decoding: try JSONEncoder().encode(Progression(from: "a", to: "b")), as: UTF8.self)
        #expect(json.contains("\"requirement\"") && !json.contains("\"rule\""))
        #expect(MemoryLayout<Progression>.stride <= 48)
    }
}
