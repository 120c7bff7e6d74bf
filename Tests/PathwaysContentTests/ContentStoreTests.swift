import Foundation
@testable import PathwaysContent
import PathwaysFiles
import PathwaysGraph
import Testing

/// The compiled content store: used only when fresh and whole, else the YAML is read, and the
/// right content comes back every time. Every test uses its own temporary cache folder.
@Suite("Compiled content store")
struct ContentStoreTests {
    /// A copy of the valid fixture and a store with a private cache folder.
    struct Setup {
        let content: URL
        let store: ContentStore
        var file: URL { store.cacheFile(for: content)! }
        var yaml: Catalogue { ContentLoader().load(from: content).catalogue }

        init(program: String = "test program 1") throws {
            let root = try temporaryFolder()
            content = root.appendingPathComponent("Content")
            let fixture = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("valid")
            try FileManager.default.copyItem(at: fixture, to: content)
            store = ContentStore(cacheFolder: root.appendingPathComponent("cache/pathways"), programVersion: program)
        }

        /// Loads once so the store is written, and checks that it was.
        func warm() throws {
            let first = store.load(from: content)
            #expect(first.outcome == .yaml(reason: "no store"))
            #expect(FileManager.default.fileExists(atPath: file.path))
        }

        func rewrite(_ body: (inout [UInt8]) -> Void) throws {
            var bytes = [UInt8](try Data(contentsOf: file))
            body(&bytes)
            try Data(bytes).write(to: file)
        }
    }

    @Test func freshStoreIsUsedAndHoldsTheSameContent() throws {
        let s = try Setup()
        try s.warm()
        let second = s.store.load(from: s.content)
        #expect(second.outcome == .store)
        #expect(second.content.catalogue == s.yaml)
        #expect(second.content.isClean)
        #expect(second.content.graph.edgeCount == ContentLoader().load(from: s.content).graph.edgeCount)
    }

    @Test func editedFileMakesTheStoreStaleEvenWithTheSameSizeAndTime() throws {
        let s = try Setup()
        try s.warm()
        let file = s.content.appendingPathComponent("clusters/logistics.yaml").path
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("Logistics and Distribution"))
        // Same length, same modification time: only the bytes differ.
        try text.replacingOccurrences(of: "Logistics and Distribution", with: "Logistics and Distributor").appending(" ")
            .write(toFile: file, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: attributes[.modificationDate]!], ofItemAtPath: file)
        let after = s.store.load(from: s.content)
        #expect(after.outcome == .yaml(reason: "store stale (content or program changed)"))
        #expect(after.content.catalogue.clusters.contains { $0.title == "Logistics and Distributor" })
        #expect(after.content.catalogue == s.yaml)
        #expect(s.store.load(from: s.content).outcome == .store)
    }

    @Test func touchedOrAddedFileMakesTheStoreStale() throws {
        let s = try Setup()
        try s.warm()
        try "# a comment\n".write(to: s.content.appendingPathComponent("jobs/zz-new.yaml"), atomically: true, encoding: .utf8)
        let after = s.store.load(from: s.content)
        #expect(after.outcome != .store)
        #expect(after.content.catalogue == s.yaml)
    }

    @Test func truncatedStoreFallsBackToYAML() throws {
        let s = try Setup()
        try s.warm()
        let size = try Data(contentsOf: s.file).count
        for keep in [0, 10, StoreFile.headerSize, StoreFile.sectionsStart, StoreFile.sectionsStart + 5, size - 1] {
            try s.rewrite { $0 = Array($0.prefix(keep)) }
            let loaded = s.store.load(from: s.content)
            #expect(loaded.outcome != .store, "kept \(keep) bytes")
            #expect(loaded.content.catalogue == s.yaml)
            #expect(loaded.content.isClean)
        }
        #expect(s.store.load(from: s.content).outcome == .store, "the store is written again")
    }

    @Test func bitFlipAnywhereFallsBackToYAML() throws {
        let s = try Setup()
        try s.warm()
        let size = try Data(contentsOf: s.file).count
        for offset in [0, 9, 20, 44, 47, 60, 100, 150, StoreFile.sectionsStart, StoreFile.sectionsStart + 7, size / 2, size - 1] {
            _ = s.store.load(from: s.content)  // repairs the store
            try s.rewrite { $0[offset] ^= 0x10 }
            let loaded = s.store.load(from: s.content)
            #expect(loaded.outcome != .store, "flipped a bit at byte \(offset)")
            #expect(loaded.content.catalogue == s.yaml)
        }
    }

    @Test func storeFromAnotherProgramVersionIsNotUsed() throws {
        let old = try Setup(program: "pathways 1")
        try old.warm()
        let newer = ContentStore(cacheFolder: old.store.cacheFolder, programVersion: "pathways 2")
        let loaded = newer.load(from: old.content)
        #expect(loaded.outcome == .yaml(reason: "store stale (content or program changed)"))
        #expect(loaded.content.catalogue == old.yaml)
        #expect(newer.load(from: old.content).outcome == .store)
    }

    @Test func storeOfAnotherFormatVersionIsNotUsed() throws {
        let s = try Setup()
        try s.warm()
        try s.rewrite { $0[8] = UInt8(truncatingIfNeeded: ContentStore.formatVersion + 1) }
        let loaded = s.store.load(from: s.content)
        #expect(loaded.outcome == .yaml(reason: "store of another format version"))
        #expect(loaded.content.catalogue == s.yaml)
    }

    @Test func unwritableCacheFolderIsNotAnError() throws {
        let s = try Setup()
        // A cache folder under a plain file can never be created, even by root.
        let blocker = s.content.deletingLastPathComponent().appendingPathComponent("blocker")
        try "not a folder".write(to: blocker, atomically: true, encoding: .utf8)
        let store = ContentStore(cacheFolder: blocker.appendingPathComponent("pathways"), programVersion: "test")
        for _ in 0..<2 {
            let loaded = store.load(from: s.content)
            #expect(loaded.outcome == .yaml(reason: "no store"))
            #expect(loaded.content.catalogue == s.yaml)
        }
        let none = ContentStore(cacheFolder: nil, programVersion: "test").load(from: s.content)
        #expect(none.content.catalogue == s.yaml)
    }

    @Test func contentWithFindingsIsNeverStored() throws {
        let s = try Setup()
        try "- id: broken\n  title: [\n".write(to: s.content.appendingPathComponent("jobs/broken.yaml"), atomically: true, encoding: .utf8)
        let loaded = s.store.load(from: s.content)
        #expect(!loaded.content.isClean)
        #expect(!FileManager.default.fileExists(atPath: s.file.path))
        #expect(s.store.load(from: s.content).content.diagnostics == loaded.content.diagnostics)
    }

    @Test func compiledStoreBesideTheContentIsUsedWithoutACache() throws {
        let s = try Setup()
        let (compiled, file) = try s.store.compile(s.content)
        #expect(compiled.isClean)
        #expect(file == ContentStore.besideFile(for: s.content))
        let noCache = ContentStore(cacheFolder: nil, programVersion: s.store.programVersion)
        let loaded = noCache.load(from: s.content)
        #expect(loaded.outcome == .store)
        #expect(loaded.content.catalogue == s.yaml)
    }

    /// The store's paths are built from strings: they standardise as Foundation's URLs do.
    @Test func pathsStandardiseAsURLsDo() {
        var generator = SeededGenerator(seed: 5)
        let parts = ["a", "bb", ".", "..", "", "c.d", "..."]
        for _ in 0..<500 {
            let path = "/" + (0..<Int.random(in: 0...7, using: &generator)).map { _ in parts.randomElement(using: &generator)! }
                .joined(separator: "/")
            #expect(ContentStore.standardized(path) == URL(fileURLWithPath: path).standardizedFileURL.path, "\(path)")
        }
        let content = URL(fileURLWithPath: "/srv/pathways/./share/../Content")
        #expect(ContentStore.besideFile(for: content).path == "/srv/pathways/Content.pathways-store")
        #expect(ContentStore(environment: ["XDG_CACHE_HOME": "/x/cache/"]).cacheFolder?.path == "/x/cache/pathways")
    }

    @Test func cacheFolderFollowsXDGThenHome() {
        #expect(ContentStore(environment: ["XDG_CACHE_HOME": "/x/cache", "HOME": "/home/a"]).cacheFolder?.path == "/x/cache/pathways")
        #expect(ContentStore(environment: ["XDG_CACHE_HOME": "relative", "HOME": "/home/a"]).cacheFolder?.path == "/home/a/.cache/pathways")
        #expect(ContentStore(environment: [:]).cacheFolder == nil)
        // Start-up reads the few names it needs one by one: set ones are found, unset ones absent.
        let name = "PATHWAYS_TEST_\(getpid())_\(Int.random(in: 0..<1_000_000))"
        setenv(name, "/some/where", 1)
        defer { unsetenv(name) }
        #expect(ProcessEnvironment.value(name) == "/some/where")
        #expect(ProcessEnvironment.value(name + "_UNSET") == nil)
    }

    @Test func syntheticContentRoundTripsThroughTheStoreFormat() throws {
        let dir = try temporaryFolder()
        try SyntheticContent(steps: 300, jobs: 30, seed: 7).write(to: dir)
        let catalogue = ContentLoader().load(from: dir).catalogue
        #expect(try Self.roundTrip(catalogue) == catalogue)
    }

    @Test func shippedContentRoundTripsThroughTheStoreFormat() throws {
        let catalogue = ContentLoader().load(from: shippedContent).catalogue
        #expect(catalogue.steps.count > 500)
        #expect(try Self.roundTrip(catalogue) == catalogue)
    }

    /// Every optional field set and every list filled, so a field the store leaves out shows.
    @Test func everyFieldSurvivesTheStore() throws {
        let entry = EntryRequirement(text: "GCSEs", minimumLevel: .level2, englishMaths: .level2, minimumAge: 16, maximumAge: 18,
                                     extendedAge: .init(maximumAge: 24, anyOf: [.ehcPlan, .careLeaver]))
        var job = Job(id: "j", title: "J", soc: "1234", clusters: ["c"], minimumLevel: .level3,
                      pay: Pay(median: 31_000, year: 2024, source: "ashe", lessPrecise: true, basis: .fullTime),
                      summary: "s", sources: ["src"], illustrative: true, requires: ["licence"], requirementText: "a licence",
                      startingPay: StartingPay(amount: 1250, period: .hour, basis: "band 3", source: "nhs"))
        job.payWithheld = PayWithheld(year: 2024, source: "ashe", basis: .all)
        var step = Step(id: "s", title: "S", kind: .apprenticeship, level: .level3, code: "ST0001", weeks: 104,
                        modes: [.workBased, .partTime], cost: 27_000, funding: ["rule"], providers: ["p"], entry: entry,
                        grantsEnglishMaths: .level2, summary: "x", sources: ["src"], illustrative: true, feeEstimate: true,
                        esol: true, grants: ["licence"], asJob: "j")
        step.standard = ApprenticeshipStandard(version: "1.2", lars: "123", routes: ["Digital"], maximumFunding: 27_000,
                                               months: 24, status: .paused, approvedOn: "2020-01-01", jobTitles: ["Tech"])
        var cluster = Cluster(id: "c", title: "C", plainTitle: "Plain", summary: "sum", growth: "g", bodies: ["b"],
                              sources: ["src"], illustrative: true)
        cluster.socCodes = ["52"]
        cluster.routes = ["Digital"]
        var edge = Progression(from: "s", to: "j", requirement: entry, sideways: true)
        edge.rule = "rule-1"
        let rule = FundingRule(
            id: "rule", title: "R", summary: "sum", outcome: .loan,
            conditions: FundingConditions(minimumAge: 19, maximumAge: 23, ageMeasure: .onThirtyFirstAugust, heldBelow: .level3,
                                          englishMathsBelow: .level2, anyOf: [.lowPay, .careLeaver], earningsBelow: 25_000,
                                          residence: [.threeYears, .refugee]),
            appliesTo: FundingScope(kinds: [.course], minimumLevel: .level1, maximumLevel: .level3, listed: true),
            reason: "why", sources: ["src"], from: Day(year: 2025, month: 8, day: 1), until: Day(year: 2026, month: 7, day: 31),
            illustrative: true)
        let catalogue = Catalogue(
            info: ContentInfo(title: "T", version: "1", date: "2026-11-30"),
            sources: [Source(id: "src", title: "Src", publisher: "DfE", url: "https://example.org", date: "2025", note: "n")],
            clusters: [cluster], jobs: [job], steps: [step],
            providers: [Provider(id: "p", title: "P", kind: .college, borough: .dudley, url: "https://p.example",
                                 sources: ["src"], illustrative: true, national: true)],
            funding: [rule], progressions: [edge])
        #expect(try Self.roundTrip(catalogue) == catalogue)
    }

    @Test func damagedSectionsThrowInsteadOfCrashing() throws {
        let catalogue = loadFixture("valid").catalogue
        var writer = StoreWriter()
        catalogue.writeFront(to: &writer)
        catalogue.writeRest(to: &writer)
        let bytes = writer.bytes
        var random = SeededGenerator(seed: 12)
        for round in 0..<300 {
            var damaged = bytes
            if round % 3 == 0 {
                damaged = Array(damaged.prefix(random.below(damaged.count)))
            } else {
                for _ in 0...random.below(4) { damaged[random.below(damaged.count)] = UInt8(random.below(256)) }
            }
            // Either it still decodes to some catalogue, or it throws; it never traps.
            guard var reader = try? StoreReader(damaged) else { continue }
            if var read = try? Catalogue(front: &reader) { try? read.readRest(&reader) }
        }
    }

    /// A catalogue written as the store's front and rest sections and read back.
    static func roundTrip(_ catalogue: Catalogue) throws -> Catalogue {
        var front = StoreWriter(), rest = StoreWriter()
        catalogue.writeFront(to: &front)
        catalogue.writeRest(to: &rest)
        var frontReader = try StoreReader(front.bytes), restReader = try StoreReader(rest.bytes)
        var read = try Catalogue(front: &frontReader)
        try read.readRest(&restReader)
        #expect(frontReader.isAtEnd && restReader.isAtEnd)
        return read
    }
}
