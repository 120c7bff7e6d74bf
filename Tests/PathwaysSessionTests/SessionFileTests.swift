import Foundation
import PathwaysGraph
import PathwaysSession
import PathwaysTestSupport
import Testing

@Suite struct SessionFileTests {
    let dir: URL = {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("pathways-session-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }()

    let session = Session(
        savedAt: "2026-11-23T10:00:00Z", contentVersion: "test-1",
        profile: Profile(initials: "JD", levelHeld: .level2, englishMaths: .level1, age: 19, employment: .unemployed, careLeaver: true),
        plan: SavedPlan(job: "software-developer", steps: ["esol-e3", "fs-maths-l2", "digital-l3", "software-bootcamp"], ranking: .cost),
        notes: ["Keen on coding; has a laptop.", "Follow up in two weeks."])

    /// A version 1 file (before residence, earnings, redundancy and EHC plans were asked) still
    /// loads, with those answers left unasked; the new answers round-trip in version 2.
    @Test func readsVersionOneFilesAndKeepsTheNewAnswers() throws {
        let v1 = #"""
        {"format": "pathways-session", "version": 1, "savedAt": "2026-03-02T14:05:00Z", "contentVersion": "2026.11",
         "notes": [], "profile": {"age": 27, "careLeaver": false, "disabled": false, "earnWhileLearning": false,
         "employment": "benefits", "englishMaths": "E2", "lowPay": false, "modes": [], "needsESOL": true}}
        """#
        let old = try SessionFile.decode(Data(v1.utf8), path: "v1.json")
        let profile = try #require(old.profile)
        #expect(profile.residence == .notAsked && profile.earnings == nil && !profile.atRiskOfRedundancy && !profile.ehcPlan)
        #expect(profile.needsESOL && profile.employment == .benefits)
        var answered = session
        answered.profile?.residence = .refugee
        answered.profile?.earnings = 22_000
        answered.profile?.atRiskOfRedundancy = true
        answered.profile?.ehcPlan = true
        answered.profile?.employment = .inEducation
        let url = dir.appendingPathComponent("v2.json")
        try SessionFile.save(answered, to: url)
        #expect(try SessionFile.load(from: url) == answered)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains("\"residence\" : \"refugee\""))
        #expect(text.contains("\"employment\" : \"in-education\""))
    }

    @Test func roundTripsThroughAFile() throws {
        let url = dir.appendingPathComponent("s.json")
        try SessionFile.save(session, to: url)
        #expect(try SessionFile.load(from: url) == session)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains("\"format\" : \"pathways-session\""))
        #expect(text.contains("\"version\" : 2"))
        #expect(text.contains("\"levelHeld\" : \"2\""), "levels are stored as their codes")
        // Saving again replaces the earlier session, leaving no temporary files.
        var changed = session
        changed.notes.append("Third note")
        try SessionFile.save(changed, to: url)
        #expect(try SessionFile.load(from: url).notes.count == 3)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["s.json"])
    }

    @Test func newerVersionsAreRefusedAndNeverOverwritten() throws {
        let url = dir.appendingPathComponent("newer.json")
        let newer = #"{"format": "pathways-session", "version": 3, "whatever": true}"#
        try newer.write(to: url, atomically: true, encoding: .utf8)
        #expect(throws: SessionError.newerVersion(path: url.path, version: 3)) { try SessionFile.load(from: url) }
        #expect(throws: SessionError.wouldOverwrite(path: url.path, because: .newerVersion(path: url.path, version: 3))) {
            try SessionFile.save(session, to: url)
        }
        #expect(try String(contentsOf: url, encoding: .utf8) == newer)
    }

    @Test(arguments: [
        ("not json at all", "it is not JSON"),
        (#"{"version": 1}"#, "it has no \"format\": \"pathways-session\""),
        (#"{"format": "pathways-session"}"#, "it has no version"),
        (#"{"format": "pathways-session", "version": 1, "savedAt": "x", "contentVersion": "y"}"#, "\"notes\" is missing"),
        (#"{"format": "pathways-session", "version": 1, "savedAt": 5, "contentVersion": "y", "notes": [], "profile": {}}"#, "\"savedAt\" has the wrong type"),
        (#"{"format": "pathways-session", "version": 1, "savedAt": "x", "contentVersion": "y", "notes": [], "profile": {}}"#, "\"profile.age\" is missing"),
    ])
    func corruptFilesGetAClearErrorAndAreKept(text: String, reason: String) throws {
        let url = dir.appendingPathComponent("bad.json")
        try text.write(to: url, atomically: true, encoding: .utf8)
        do {
            _ = try SessionFile.load(from: url)
            Issue.record("loaded a corrupt file")
        } catch {
            #expect(error.description.contains(reason), "\(error.description)")
        }
        #expect(throws: SessionError.self) { try SessionFile.save(session, to: url) }
        #expect(try String(contentsOf: url, encoding: .utf8) == text)
    }

    @Test func missingFolderIsAWriteError() {
        let url = dir.appendingPathComponent("no/such/folder/s.json")
        #expect(throws: SessionError.self) { try SessionFile.save(session, to: url) }
    }

    @Test func planRebuildsItsRouteAgainstTheContent() throws {
        let graph = Fixtures.graph
        let rebuilt = try #require(session.plan?.route(in: graph, for: session.profile).route)
        #expect(rebuilt.nodeIDs == ["esol-e3", "fs-maths-l2", "digital-l3", "software-bootcamp", "software-developer"])
        #expect(rebuilt.totalWeeks == 98)
        #expect(rebuilt.costToLearner == 0, "a 19-year-old gets the fixture's Adult Skills Fund")
        let stale = SavedPlan(job: "software-developer", steps: ["esol-e3", "gone-step"])
        #expect(stale.route(in: graph, for: session.profile).missing == ["gone-step"])
    }
}
