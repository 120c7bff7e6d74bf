import Foundation
import PathwaysGraph
import PathwaysSession
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Session files are private, saved through links, and read only when sane (issue 14,
/// items 9, 10 and 13).
@Suite struct SessionFileSafetyTests {
    let dir: URL = {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("pathways-session-safety-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }()

    let session = Session(savedAt: "2026-11-23T10:00:00Z", contentVersion: "test-1",
                          profile: Profile(initials: "JD", age: 19), notes: ["Keen on coding."])

    func mode(_ url: URL) -> Int { ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.posixPermissions] as? Int) ?? -1 }

    @Test func sessionsAreWrittenPrivateAndKeepAStricterMode() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("s.json")
        let old = umask(0o022)
        defer { umask(old) }
        try SessionFile.save(session, to: url)
        #expect(mode(url) == 0o600)
        #expect(chmod(url.path, 0o644) == 0)
        try SessionFile.save(session, to: url)
        #expect(mode(url) == 0o600, "re-saving narrows a world-readable session")
        #expect(chmod(url.path, 0o400) == 0)
        try SessionFile.save(session, to: url)
        #expect(mode(url) == 0o400, "a stricter mode is kept")
    }

    @Test func savingThroughALinkUpdatesTheRealFile() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let real = dir.appendingPathComponent("real.json"), link = dir.appendingPathComponent("link.json")
        try SessionFile.save(session, to: real)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "real.json")
        var changed = try SessionFile.load(from: link)
        changed.notes.append("Second visit.")
        try SessionFile.save(changed, to: link)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "real.json")
        #expect(try SessionFile.load(from: real).notes == ["Keen on coding.", "Second visit."])
    }

    @Test func aFIFOGivenAsASessionIsNotARegularFile() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("pipe.json")
        #expect(mkfifo(url.path, 0o600) == 0)
        #expect(throws: SessionError.unreadable(path: url.path, reason: "it is not a regular file (it is a FIFO (named pipe))")) {
            try SessionFile.load(from: url)
        }
        #expect(throws: SessionError.self) { try SessionFile.save(session, to: url) }
    }

    @Test(arguments: [
        (#""age": 200"#, "\"profile.age\" is 200; ages are 16 to 99"),
        (#""age": 15"#, "\"profile.age\" is 15; ages are 16 to 99"),
        (#""age": 30, "initials": "ABCDE""#, "\"profile.initials\" must be up to 4 letters"),
        (#""age": 30, "initials": "A1""#, "\"profile.initials\" must be up to 4 letters"),
        (#""age": 30, "longestWeeks": 0"#, "\"profile.longestWeeks\" must be at least 1"),
    ])
    func valuesOutsideTheFormsRangesAreRefusedOnRead(profile: String, reason: String) throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("bad.json")
        let text = """
            {"format": "pathways-session", "version": 1, "savedAt": "x", "contentVersion": "y", "notes": [],
             "profile": {\(profile), "employment": "unemployed", "lowPay": false, "careLeaver": false, "needsESOL": false,
                         "disabled": false, "modes": [], "earnWhileLearning": false}}
            """
        try text.write(to: url, atomically: true, encoding: .utf8)
        #expect(throws: SessionError.corrupt(path: url.path, reason: reason)) { try SessionFile.load(from: url) }
    }

    @Test func controlCharactersInNotesAreRemovedOnRead() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("notes.json")
        let text = #"{"format": "pathways-session", "version": 1, "savedAt": "x", "contentVersion": "y", "notes": ["a\u001b]0;pwned\u0007b\u009b2J"]}"#
        try text.write(to: url, atomically: true, encoding: .utf8)
        #expect(try SessionFile.load(from: url).notes == ["a]0;pwnedb2J"])
    }

    @Test func controlCharactersInIDsAndDatesAreRefusedOnRead() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("esc.json")
        let text = #"{"format": "pathways-session", "version": 1, "savedAt": "x\u001b[2J", "contentVersion": "y", "notes": []}"#
        try text.write(to: url, atomically: true, encoding: .utf8)
        #expect(throws: SessionError.corrupt(path: url.path, reason: "\"savedAt\" holds a control character")) { try SessionFile.load(from: url) }
        let plan = #"{"format": "pathways-session", "version": 1, "savedAt": "x", "contentVersion": "y", "notes": ["\u0007"], "plan": {"job": "a\u009bb", "steps": [], "extraSteps": [], "ranking": "time"}}"#
        try plan.write(to: url, atomically: true, encoding: .utf8)
        #expect(throws: SessionError.corrupt(path: url.path, reason: "\"plan\" holds a control character")) { try SessionFile.load(from: url) }
    }
}
