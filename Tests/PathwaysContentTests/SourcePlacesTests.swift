import Foundation
import PathwaysContent
import PathwaysGraph
import Testing

/// Findings are placed from the compact table of places (file number, line, column) at the
/// same spots a location per record and per list item gave: in later files as in the first,
/// at the repeat of a repeated item, at each copy of a repeated ID.
@Suite struct SourcePlacesTests {
    static let info = "title: T\nversion: \"1\"\ndate: \"2026-01-01\"\n"
    static let sources = "- id: ons\n  title: ONS\n  publisher: ONS\n  url: https://www.ons.gov.uk\n  date: \"2025\"\n"
    static let clusters = "- id: logistics\n  title: Logistics\n  summary: Moving goods.\n  sources: [ons]\n"
    static func step(_ id: String, level: String = "2", extra: String = "") -> String {
        "- id: \(id)\n  title: Step \(id)\n  kind: course\n  level: \(level)\n  weeks: 4\n  modes: [full-time]\n  cost: 0\n"
            + "  summary: A step.\n  sources: [ons]\n" + extra
    }

    func write(_ files: [String: String]) throws -> URL {
        let folder = try temporaryFolder()
        let content = folder.appendingPathComponent("C")
        for (name, text) in files {
            let url = content.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return content
    }

    func load(_ content: URL) -> LoadedContent {
        ContentLoader().load(from: URL(fileURLWithPath: "C", relativeTo: content.deletingLastPathComponent()))
    }

    @Test func findingsInLaterFilesPointAtTheirItemsAndProgressions() throws {
        let content = try write([
            "content.yaml": Self.info, "sources/s.yaml": Self.sources, "clusters/c.yaml": Self.clusters,
            "jobs/j.yaml": "- id: driver\n  title: Driver\n  clusters: [logistics]\n  level: 2\n  summary: Drives.\n"
                + "  sources: [ons, nomis, ons]\n  pay: {median: 30000, year: 2025, source: ashe}\n",
            "steps/a.yaml": Self.step("first", extra: "  next:\n    - driver\n"),
            "steps/b.yaml": Self.step("second", level: "3", extra: "  providers: [college, college]\n  next:\n    - first\n    - to: first\n    - driver\n")
                + Self.step("first", extra: "  funding: [loan]\n"),
        ])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let loaded = load(content)
        // As placed before places were compact (checked against the earlier loader's output).
        #expect(loaded.diagnostics.map(\.description) == [
            "C/jobs/j.yaml:6:18: error: job 'driver' refers to unknown source 'nomis'",
            "C/jobs/j.yaml:6:25: error: job 'driver' lists source 'ons' more than once",
            "C/jobs/j.yaml:7:44: error: job 'driver' refers to unknown source 'ashe'",
            // The first 'first' has list items, but not this one: its ID is pointed at.
            "C/steps/a.yaml:1:7: error: step 'first' refers to unknown funding scheme 'loan'",
            // The last place an item is listed.
            "C/steps/b.yaml:10:24: error: step 'second' lists provider 'college' more than once",
            "C/steps/b.yaml:10:24: error: step 'second' refers to unknown provider 'college'",
            "C/steps/b.yaml:10:24: error: step 'second' refers to unknown provider 'college'",
            // The first progression of the two ends.
            "C/steps/b.yaml:12:7: error: step 'second' leads to 'first' more than once",
            "C/steps/b.yaml:12:7: error: step 'second' progression to 'first' goes down from Level 3 to Level 2; mark it 'sideways: true' if that is meant",
            "C/steps/b.yaml:12:7: error: step 'second' progression to 'first' goes down from Level 3 to Level 2; mark it 'sideways: true' if that is meant",
            "C/steps/b.yaml:15:7: error: duplicate ID 'first'",
        ])
        #expect(loaded.location(of: .step, id: "second")?.description == "C/steps/b.yaml:1:7")
        #expect(loaded.location(of: .step, id: "first")?.description == "C/steps/a.yaml:1:7")
        #expect(loaded.location(of: .job, id: "driver")?.description == "C/jobs/j.yaml:1:7")
        #expect(loaded.location(of: .source, id: "ons")?.description == "C/sources/s.yaml:1:7")
        #expect(loaded.location(of: .job, id: "second") == nil)
    }
}
