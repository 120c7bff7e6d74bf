import Foundation
import PathwaysContent
import PathwaysGraph
import Testing

@Suite("Synthetic content is valid, reachable and repeatable")
struct SyntheticContentTests {
    func generate(steps: Int, jobs: Int, seed: UInt64) throws -> (URL, LoadedContent) {
        let folder = try temporaryFolder()
        try SyntheticContent(steps: steps, jobs: jobs, seed: seed).write(to: folder)
        return (folder, ContentLoader().load(from: folder))
    }

    @Test func threeHundredStepsLoadCleanWithTheExpectedCounts() throws {
        let (folder, loaded) = try generate(steps: 300, jobs: 30, seed: 42)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(loaded.diagnostics.map(\.description) == [])
        #expect(loaded.graph.steps.count == 300)
        #expect(loaded.graph.jobs.count == 30)
        #expect(loaded.graph.nodeCount == 330)
        #expect(loaded.graph.clusters.count == 8)
        #expect(loaded.graph.providers.count == 24)
        #expect(loaded.graph.funding.count == 4)
        #expect(loaded.graph.sources.count == 1)
        let perStep = Dictionary(grouping: loaded.catalogue.progressions, by: \.from).mapValues(\.count)
        let topLevel = Set(loaded.catalogue.steps.filter { $0.level == .level8 }.map(\.id))
        for step in loaded.catalogue.steps where !topLevel.contains(step.id) {
            #expect((5...20).contains(perStep[step.id] ?? 0), "step \(step.id) has \(perStep[step.id] ?? 0) next entries")
        }
        #expect(loaded.graph.edgeCount == loaded.catalogue.progressions.count)
        #expect(Set(loaded.catalogue.steps.map(\.level)) == Set(Level.allCases))
        #expect(loaded.graph.reachableJobs(from: .entry).count == 30)
        #expect(loaded.catalogue.progressions.contains { $0.sideways })
        #expect(loaded.catalogue.progressions.contains { $0.requirement.minimumAge != nil })
    }

    @Test func theSameSeedWritesTheSameContent() throws {
        let (a, first) = try generate(steps: 120, jobs: 12, seed: 7)
        let (b, second) = try generate(steps: 120, jobs: 12, seed: 7)
        let (c, other) = try generate(steps: 120, jobs: 12, seed: 8)
        defer { for url in [a, b, c] { try? FileManager.default.removeItem(at: url) } }
        #expect(first.catalogue.progressions == second.catalogue.progressions)
        #expect(first.catalogue.steps == second.catalogue.steps)
        #expect(first.catalogue.progressions != other.catalogue.progressions)
    }

    @Test func largeContentIsSplitOverFilesUnderTheSizeCap() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try SyntheticContent(steps: 2_500, jobs: 1_200, seed: 1).write(to: folder)
        let stepFiles = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("steps").path).sorted()
        #expect(stepFiles == ["steps-0000.yaml", "steps-0001.yaml", "steps-0002.yaml"])
        for name in stepFiles {
            let size = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("steps/" + name).path)[.size] as? Int ?? .max
            #expect(size < ContentLimits.standard.maxFileBytes / 2)
        }
        let loaded = ContentLoader().load(from: folder)
        #expect(loaded.isClean)
        #expect(loaded.graph.jobs.count == 1_200)
    }

    @Test func tinySizesStillLoadClean() throws {
        for (steps, jobs) in [(1, 1), (3, 0), (11, 2), (12, 9)] {
            let (folder, loaded) = try generate(steps: steps, jobs: jobs, seed: 3)
            defer { try? FileManager.default.removeItem(at: folder) }
            #expect(loaded.diagnostics.map(\.description) == [], "\(steps) steps, \(jobs) jobs")
            #expect(loaded.graph.steps.count == steps)
        }
    }
}
