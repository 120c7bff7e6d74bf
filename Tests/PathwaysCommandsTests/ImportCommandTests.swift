import Foundation
import PathwaysTestSupport
import Testing

/// `pathways import` as a maintainer runs it, over the importer's fixture datasets.
@Suite struct ImportCommandTests {
    let fixtures = PackagePaths.root.appendingPathComponent("Tests/PathwaysImportTests/Fixtures")

    /// A writable copy of the fixture content folder.
    func contentCopy() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pathways-import-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let content = dir.appendingPathComponent("content")
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("content"), to: content)
        return content
    }

    @Test func writesTheNationalLayerThenFindsNothingToChange() throws {
        let content = try contentCopy()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let data = fixtures.appendingPathComponent("good").path
        let first = try runPathways(["import", "--content", content.path, "--data", data])
        #expect(first.exitCode == 0, "\(first.stderr)")
        #expect(first.stdout.contains("7 apprenticeship standards, 6 jobs, 11 progressions"))
        #expect(first.stdout.contains("Contains public sector information licensed under the Open Government Licence v3.0."))
        let validate = try runPathways(["validate", content.path])
        #expect(validate.exitCode == 0, "\(validate.stdout)")
        let check = try runPathways(["import", "--check", "--content", content.path, "--data", data])
        #expect(check.exitCode == 0)
        #expect(check.stdout == """
            No changes: Content/national/ matches the datasets.
            Curated jobs to update by hand (Content/jobs/): 1
              ? curated job electrician (SOC 5241): no pay; ASHE gives £38,760 (2024), ons-ashe-2024

            """)
    }

    @Test func checkListsWhatANewDownloadWouldChange() throws {
        let content = try contentCopy()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let data = fixtures.appendingPathComponent("good").path
        _ = try runPathways(["import", "--content", content.path, "--data", data])
        let file = content.appendingPathComponent("national/steps/apprenticeships-level-4.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "maximumFunding: 18000", with: "maximumFunding: 15000").write(to: file, atomically: true, encoding: .utf8)
        let check = try runPathways(["import", "--check", "--content", content.path, "--data", data])
        #expect(check.stdout.hasPrefix("Standards changed: 1\n  ~ ST0116 Software developer apprenticeship: funding band £15,000 → £18,000\n"))
        #expect(try String(contentsOf: file, encoding: .utf8).contains("maximumFunding: 15000"), "--check writes nothing")
    }

    @Test func malformedDataIsReportedAtItsLinesAndNothingIsWritten() throws {
        let content = try contentCopy()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let r = try runPathways(["import", "--content", content.path, "--data", fixtures.appendingPathComponent("broken").path])
        #expect(r.exitCode == 1)
        #expect(r.stderr.contains("/broken/apprenticeships/ifate_apprenticeships_all_versions_2025-05-25.csv:14: error: row has 3 fields; the header has 32"))
        #expect(r.stderr.contains("/broken/pay/ashe_table14_7a_soc2020_uk_2023_2024prov.csv:36:50: error: a quote inside a field"))
        #expect(r.stderr.hasSuffix("2 problems; nothing was written\n"))
        #expect(!FileManager.default.fileExists(atPath: content.appendingPathComponent("national").path))
    }

    @Test func aMissingDataFolderIsAClearError() throws {
        let content = try contentCopy()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let r = try runPathways(["import", "--content", content.path], environment: ["PATHWAYS_DATA": ""])
        #expect(r.exitCode == 1)
        #expect(r.stderr.contains("pass --data DIR or set PATHWAYS_DATA"))
    }
}
