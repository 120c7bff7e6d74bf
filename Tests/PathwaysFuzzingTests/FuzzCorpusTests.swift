import Foundation
import PathwaysContent
import PathwaysFuzzing
import PathwaysSession
import PathwaysTestSupport
import Testing

/// Every input kept under `Fuzz/corpus/TARGET/` (seeds, and any crash the fuzzer found, once
/// fixed) runs through its target on every test run, so a fixed crash stays fixed.
@Suite struct FuzzCorpusTests {
    static func inputs(_ target: FuzzTarget) -> [URL] {
        let folder = PackagePaths.root.appendingPathComponent("Fuzz/corpus/\(target.rawValue)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test(arguments: FuzzTarget.allCases)
    func everyCorpusInputRunsCleanly(_ target: FuzzTarget) throws {
        let inputs = FuzzCorpusTests.inputs(target)
        #expect(inputs.count >= 2, "the \(target.rawValue) corpus has its seeds")
        for url in inputs { target.run([UInt8](try Data(contentsOf: url))) }
    }

    @Test func theContentSeedIsAWholeValidContentSet() throws {
        let seed = try Data(contentsOf: PackagePaths.root.appendingPathComponent("Fuzz/corpus/content/valid-set.yaml"))
        let files = FuzzTarget.recordFiles([UInt8](seed))
        #expect(files.count == 6)
        let loaded = ContentLoader().load(records: files)
        #expect(loaded.diagnostics.map(\.description) == [])
        #expect(loaded.graph.jobs.count == 2 && loaded.graph.steps.count == 3)
    }

    @Test func recordFilesSplitAtTheSeparatorInKindOrder() {
        let files = FuzzTarget.recordFiles(Array("a\n#%\nb\n#%\n\n#%\nd".utf8))
        #expect(files[.source] == Array("a".utf8) && files[.cluster] == Array("b".utf8))
        #expect(files[.job] == nil && files[.step] == Array("d".utf8) && files[.provider] == nil)
    }

    @Test func theSessionSeedsReadAsTheyShould() throws {
        let folder = PackagePaths.root.appendingPathComponent("Fuzz/corpus/session")
        #expect(throws: Never.self) { try SessionFile.load(from: folder.appendingPathComponent("full.json")) }
        #expect(throws: SessionError.self) { try SessionFile.load(from: folder.appendingPathComponent("out-of-range.json")) }
    }
}
