import Foundation
@testable import PathwaysContent
import Testing

/// The content folder's fingerprint, which decides whether a store is fresh: any change a
/// loader could see changes it, without every byte being read at start-up.
@Suite("Content fingerprint")
struct ContentFingerprintTests {
    func folder() throws -> URL {
        let dir = try temporaryFolder()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("jobs"), withIntermediateDirectories: true)
        try "- id: a\n  title: A\n".write(to: dir.appendingPathComponent("jobs/a.yaml"), atomically: false, encoding: .utf8)
        return dir
    }

    /// Without any digest: only the file system's own record of each file.
    func statOnly(_ dir: URL) -> ContentFingerprint? { ContentFingerprint.take(of: dir.path) { _ in false } }

    @Test func unchangedFolderMatches() throws {
        let dir = try folder()
        let fingerprint = try #require(statOnly(dir))
        #expect(fingerprint.entries.map(\.path) == ["", "jobs", "jobs/a.yaml"])
        #expect(fingerprint.matches(dir.path))
    }

    @Test func editKeepingSizeAndModificationTimeIsSeenWithoutDigests() throws {
        let dir = try folder()
        let file = dir.appendingPathComponent("jobs/a.yaml").path
        let modified = try FileManager.default.attributesOfItem(atPath: file)[.modificationDate]!
        let fingerprint = try #require(statOnly(dir))
        // The status-change time moves on any edit; wait one clock tick so it must differ.
        usleep(20_000)
        try "- id: b\n  title: B\n".write(toFile: file, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: file)
        #expect(!fingerprint.matches(dir.path))
    }

    @Test func recentFilesAreHashedAndTheirBytesChecked() throws {
        let dir = try folder()
        let fingerprint = try #require(ContentFingerprint.forStore(of: dir.path))
        #expect(fingerprint.entries.last?.digest?.count == 32, "a file written just now is hashed")
        var forged = fingerprint
        forged.entries[forged.entries.count - 1].digest = Array(repeating: 0, count: 32)
        #expect(fingerprint.matches(dir.path))
        #expect(!forged.matches(dir.path), "same file-system record, other bytes: stale")
    }

    @Test func addedRemovedAndRenamedFilesChangeIt() throws {
        let dir = try folder()
        let before = try #require(statOnly(dir))
        try "x".write(to: dir.appendingPathComponent("jobs/b.yaml"), atomically: false, encoding: .utf8)
        #expect(!before.matches(dir.path))
        let two = try #require(statOnly(dir))
        try FileManager.default.moveItem(at: dir.appendingPathComponent("jobs/b.yaml"), to: dir.appendingPathComponent("jobs/c.yaml"))
        #expect(!two.matches(dir.path))
        let renamed = try #require(statOnly(dir))
        try FileManager.default.removeItem(at: dir.appendingPathComponent("jobs/c.yaml"))
        #expect(!renamed.matches(dir.path))
    }

    @Test func fingerprintRoundTripsThroughTheStore() throws {
        let dir = try folder()
        let fingerprint = try #require(ContentFingerprint.forStore(of: dir.path))
        var writer = StoreWriter()
        writer.record(fingerprint)
        var reader = try StoreReader(writer.bytes)
        #expect(try ContentFingerprint(from: &reader) == fingerprint)
        #expect(reader.isAtEnd)
    }

    @Test func unreadableFolderHasNoFingerprint() throws {
        #expect(ContentFingerprint.forStore(of: "/nonexistent-\(UUID().uuidString)") == nil)
    }
}
