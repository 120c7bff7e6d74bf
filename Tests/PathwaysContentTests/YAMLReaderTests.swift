import Foundation
@testable import PathwaysContent
import PathwaysGraph
import PathwaysTestSupport
import Testing

/// The content's own YAML reader against Yams, the oracle: on every file it accepts it gives
/// Yams' very tree (texts, styles, lines, columns), and every file it is unsure of goes to Yams.
@Suite("YAMLReader reads plain YAML exactly as Yams does, and leaves the rest to Yams")
struct YAMLReaderTests {
    /// The tree Yams composes for a text, or nil when Yams refuses it.
    static func yamsTree(_ bytes: [UInt8]) -> YAMLNode? {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        guard case .success(let document) = ContentLoader().compose(body, display: "x.yaml", bytes: bytes) else { return nil }
        return document.root
    }

    /// The reader's tree of valid UTF-8 (nil when it leaves the text to Yams). The loader runs
    /// the screen only on text the reader leaves, so every text the reader takes must be one
    /// the screen passes: checked here, on every text of every test.
    static func readerTree(_ bytes: [UInt8]) -> YAMLNode? {
        guard ContentLoader.firstInvalidUTF8(in: bytes) == nil, !bytes.contains(0) else { return nil }
        let tree = YAMLReader.read(bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...])
        if tree != nil, let problem = FileSafetyCheck.firstProblem(in: bytes, maxDepth: ContentLimits.standard.maxDepth) {
            Issue.record("the reader took text the screen refuses (\(problem.message)): \(String(decoding: bytes, as: UTF8.self).debugDescription)")
        }
        return tree?.root
    }

    /// True when the reader accepted the text; fails the test if its tree differs from Yams'.
    @discardableResult
    static func agrees(_ bytes: [UInt8], _ comment: Comment? = nil) -> Bool {
        guard let mine = readerTree(bytes) else { return false }
        let theirs = yamsTree(bytes)
        #expect(theirs != nil, "the reader accepted text Yams refuses: \(String(decoding: bytes, as: UTF8.self).debugDescription)")
        if let theirs, theirs != mine {
            Issue.record("trees differ for \(String(decoding: bytes, as: UTF8.self).debugDescription)\nreader: \(mine)\nYams:   \(theirs)")
        }
        return true
    }

    static func contentFiles(under root: URL) -> [URL] {
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        return (walker?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "yaml" }.sorted { $0.path < $1.path }
    }

    @Test func everyBundledFileIsReadByTheReaderAsYamsReadsIt() throws {
        let files = YAMLReaderTests.contentFiles(under: PackagePaths.content)
        #expect(files.count > 30)
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: file))
            #expect(YAMLReaderTests.agrees(bytes), "\(file.lastPathComponent) fell back to Yams")
        }
    }

    @Test func syntheticContentIsReadByTheReaderAsYamsReadsIt() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try SyntheticContent(steps: 400, jobs: 40, seed: 7).write(to: folder)
        for file in YAMLReaderTests.contentFiles(under: folder) {
            #expect(YAMLReaderTests.agrees([UInt8](try Data(contentsOf: file))), "\(file.lastPathComponent) fell back to Yams")
        }
    }

    /// Both ways of loading give the same catalogue, findings and record locations.
    static func loadsAlike(_ folder: URL) {
        let fast = ContentLoader().load(from: folder)
        var slow = ContentLoader()
        slow.readsPlainYAMLItself = false
        let yams = slow.load(from: folder)
        #expect(fast.diagnostics.map(\.description) == yams.diagnostics.map(\.description), "\(folder.path)")
        #expect(fast.catalogue == yams.catalogue, "\(folder.path)")
        for step in yams.catalogue.steps {
            #expect(fast.location(of: .step, id: step.id) == yams.location(of: .step, id: step.id))
        }
    }

    @Test func theBundledContentLoadsAlikeBothWays() {
        YAMLReaderTests.loadsAlike(PackagePaths.content)
    }

    @Test(arguments: ["control-characters", "duplicate-id", "graph-problems", "invalid-id", "invalid-level",
                      "missing-info", "missing-key", "not-a-sequence", "record-not-mapping", "syntax-error",
                      "unknown-key", "unknown-reference", "valid", "wrong-type"])
    func everyErrorFixtureLoadsAlikeBothWays(name: String) {
        let base = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        YAMLReaderTests.loadsAlike(URL(fileURLWithPath: name, relativeTo: base))
    }

    /// Damaged copies of real files (the mutations the crash tests use): whatever the reader
    /// accepts, Yams reads the same way.
    @Test(arguments: 0..<12)
    func damagedFilesNeverDisagree(batch: Int) throws {
        let files = YAMLReaderTests.contentFiles(under: PackagePaths.content.appendingPathComponent("steps"))
            + YAMLReaderTests.contentFiles(under: PackagePaths.content.appendingPathComponent("funding"))
        var accepted = 0
        for seed in (batch * 50)..<(batch * 50 + 50) {
            let file = files[seed % files.count]
            let bytes = MutatedContentTests.mutate([UInt8](try Data(contentsOf: file)), seed: UInt64(seed))
            if YAMLReaderTests.agrees(bytes) { accepted += 1 }
        }
        #expect(accepted > 0, "no damaged file was in the reader's subset, so nothing was compared")
    }

    /// Seeded random documents, and damaged copies of them.
    @Test(arguments: 0..<10)
    func randomDocumentsNeverDisagree(batch: Int) {
        var accepted = 0, total = 0
        for seed in UInt64(batch * 100)..<UInt64(batch * 100 + 100) {
            let text = RandomYAMLDocument.make(seed: seed)
            total += 1
            if YAMLReaderTests.agrees(Array(text.utf8)) { accepted += 1 }
            YAMLReaderTests.agrees(MutatedContentTests.mutate(Array(text.utf8), seed: seed))
        }
        // Many random documents use something outside the subset (a tab, a quoted key, a
        // syntax error); enough must be inside it for the comparison to mean something.
        #expect(accepted * 4 > total, "only \(accepted) of \(total) random documents were read by the reader")
    }
}
