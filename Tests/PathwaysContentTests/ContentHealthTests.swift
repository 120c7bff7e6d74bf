import Foundation
import PathwaysContent
import PathwaysGraph
import Testing

/// The shipped `Content/` folder, with its imported national layer.
private let health: LoadedContent = ContentLoader().load(from: URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Content"))

/// Content health with the national layer: the counts an adviser relies on (every occupation,
/// every open standard), every job real and reachable, and few steps left as examples.
@Suite("Content health")
struct ContentHealthTests {
    var catalogue: Catalogue { health.catalogue }

    @Test func validatesClean() {
        #expect(health.diagnostics.map(\.description) == [])
    }

    @Test func coversTheNationalJobsAndStandards() {
        // 829 NCS profiles and the SOC 2020 unit groups none covers, less the curated jobs that stand for them.
        #expect(catalogue.jobs.count >= 900)
        #expect(catalogue.jobs.allSatisfy { $0.soc != nil }, "every job has a SOC 2020 code")
        #expect(Set(catalogue.jobs.compactMap(\.soc)).count >= 412)
        // 724 standards open for delivery or paused (May 2025): imported, or a curated step stands for one.
        let imported = catalogue.steps.filter { $0.standard != nil }
        #expect(imported.count >= 640)
        #expect(imported.allSatisfy { $0.standard!.status.isOffered })
        #expect(catalogue.progressions.count >= 4000)
        #expect(catalogue.progressions.filter { $0.rule != nil }.count >= 3500)
    }

    @Test func everyJobHasPayOrSaysWhyNot() {
        let without = catalogue.jobs.filter { $0.pay == nil && $0.payWithheld == nil }
        #expect(without.map(\.id) == [])
        #expect(catalogue.jobs.filter { $0.pay != nil }.count >= 850)
    }

    @Test func noJobIsAnExample() {
        #expect(catalogue.jobs.filter(\.illustrative).map(\.id) == [])
    }

    @Test func everyJobIsReachableFromEntryLevel() {
        let reached = Set(health.graph.reachableJobs(from: .entry).map(\.job.id))
        #expect(catalogue.jobs.map(\.id).filter { !reached.contains($0) } == [])
    }

    @Test func atMostATenthOfStepsAreExamples() {
        let examples = catalogue.steps.filter(\.illustrative).count
        #expect(examples * 10 <= catalogue.steps.count, "\(examples) of \(catalogue.steps.count) steps are examples")
        // Among the curated steps alone, too: the national layer must not hide curated filler.
        let curated = catalogue.steps.filter { $0.standard == nil }
        #expect(curated.filter(\.illustrative).count * 10 <= curated.count)
        #expect(catalogue.steps.filter { $0.standard != nil }.allSatisfy { !$0.illustrative })
    }

    @Test func noImportedStandardIsAlsoACuratedStep() {
        let imported = Set(catalogue.steps.compactMap { $0.standard == nil ? nil : $0.code })
        let curated = catalogue.steps.filter { $0.standard == nil && $0.code != nil }
        #expect(curated.filter { imported.contains($0.code!) }.map(\.id) == [])
    }
}
