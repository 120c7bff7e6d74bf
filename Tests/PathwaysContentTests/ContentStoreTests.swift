import Foundation
@testable import PathwaysContent
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
        for keep in [0, 10, ContentStore.headerSize, ContentStore.headerSize + 5] {
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
        for offset in [0, 9, 20, 47, 60, ContentStore.headerSize, ContentStore.headerSize + 7, size / 2, size - 1] {
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

    @Test func cacheFolderFollowsXDGThenHome() {
        #expect(ContentStore(environment: ["XDG_CACHE_HOME": "/x/cache", "HOME": "/home/a"]).cacheFolder?.path == "/x/cache/pathways")
        #expect(ContentStore(environment: ["XDG_CACHE_HOME": "relative", "HOME": "/home/a"]).cacheFolder?.path == "/home/a/.cache/pathways")
        #expect(ContentStore(environment: [:]).cacheFolder == nil)
    }

    @Test func syntheticContentRoundTripsThroughTheStoreFormat() throws {
        let dir = try temporaryFolder()
        try SyntheticContent(steps: 300, jobs: 30, seed: 7).write(to: dir)
        let catalogue = ContentLoader().load(from: dir).catalogue
        let bytes = try StoreEncoder.encode(ContentStore.Payload(catalogue: catalogue))
        #expect(try StoreDecoder.decode(ContentStore.Payload.self, from: bytes).catalogue == catalogue)
    }

    @Test func damagedPayloadsThrowInsteadOfCrashing() throws {
        let catalogue = loadFixture("valid").catalogue
        let bytes = try StoreEncoder.encode(ContentStore.Payload(catalogue: catalogue))
        var random = SeededGenerator(seed: 12)
        for round in 0..<300 {
            var damaged = bytes
            if round % 3 == 0 {
                damaged = Array(damaged.prefix(random.below(damaged.count)))
            } else {
                for _ in 0...random.below(4) { damaged[random.below(damaged.count)] = UInt8(random.below(256)) }
            }
            // Either it still decodes to some catalogue, or it throws; it never traps.
            _ = try? StoreDecoder.decode(ContentStore.Payload.self, from: damaged)
        }
    }
}
