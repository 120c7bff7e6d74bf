// End-to-end: an adviser's whole session with a resident, on the real binary in tmux —
// profile, routes, compare, notes, Ctrl-S, quit, and `pathways --session FILE` to resume.

import Foundation
import PathwaysTestSupport
import Testing

@Suite(.serialized, .enabled(if: EndToEnd.available, EndToEnd.reason))
struct AdviserEndToEndTests {
    @Test func profileCompareNotesSaveAndResume() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pathways-adviser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        let run = try EndToEnd(directory: folder.path)
        defer { run.close() }
        try run.waitFor("Clusters")
        // A 19-year-old unemployed care leaver holding Level 2 (with English and maths at Level 2).
        run.keys("r"); try run.waitFor("Resident's profile")
        run.keys("Down"); run.type("ab")
        run.keys("Down", "Right", "Right", "Right", "Right", "Right")
        run.keys("Down", "Right", "Right", "Right", "Right", "Right")
        run.keys("Down", "BSpace", "BSpace"); run.type("19")
        run.keys("Down", "Down", "Down", "Down", "Space")
        try run.waitFor("Care leaver              [x] yes")
        run.keys("PageDown", "Enter"); try run.waitFor("Profile applied")
        #expect(run.capture().contains("[AB · L2 · E&M L2 · 19 · unemployed · care leaver]"))

        // Routes to a Level 3 job: fully funded, with the reason for each step.
        run.keys("/"); run.type("maintenance fitter"); try run.waitFor("found")
        run.keys("Enter"); try run.waitFor("Routes for AB")
        try run.waitFor("[fully funded]")
        run.keys("g"); try run.waitFor("Free: legal entitlement")
        run.keys("Escape"); try run.waitFor("Routes for AB")

        // Compare, then make the first route the plan.
        run.keys("c"); try run.waitFor("Compare routes to Maintenance fitter")
        try run.waitFor("Route 2")
        #expect(run.capture().contains("Cost to you"))
        run.keys("m"); try run.waitFor("is now your plan")

        // Notes on the plan.
        run.keys("p"); try run.waitFor("Your plan: to become Maintenance fitter")
        // The plan's first step, as listed, to find again after resuming.
        let firstStep = run.capture().split(separator: "\n").first { $0.contains(" 1. ") }.map(String.init) ?? "no first step"
        run.keys("n"); try run.waitFor("editing")
        run.type("Call back on Friday"); run.keys("Enter"); run.type("Bring photo ID")
        run.keys("Escape"); try run.waitFor("Notes kept")

        // Save with Ctrl-S (flow control must not swallow it), quit.
        run.keys("C-s"); try run.waitFor("Save this session")
        try run.waitFor("pathways-session-AB.json")
        run.keys("Enter"); try run.waitFor("Saved to")
        run.keys("q")
        #expect(try run.exitCode() == 0)
        let file = folder.appendingPathComponent("pathways-session-AB.json").path
        #expect(FileManager.default.fileExists(atPath: file))

        // Resume: the same plan and notes on screen.
        let again = try EndToEnd(arguments: ["--session", file], directory: folder.path)
        defer { again.close() }
        try again.waitFor("Resumed the session")
        #expect(again.capture().contains("[AB · L2 · E&M L2 · 19 · unemployed · care leaver]"))
        again.keys("p"); try again.waitFor("Your plan: to become Maintenance fitter")
        try again.waitFor("Call back on Friday")
        try again.waitFor("Bring photo ID")
        #expect(again.capture().contains(firstStep.trimmingCharacters(in: CharacterSet(charactersIn: "> "))))
        again.keys("C-s"); try again.waitFor("Saved to")
        #expect(!again.capture().contains("Save this session"), "Ctrl-S saves straight back to the resumed file")
        again.keys("q")
        #expect(try again.exitCode() == 0)
    }

    @Test func aSessionThatCannotBeReadIsReportedAndLeftAlone() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pathways-adviser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("broken.json").path
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: file))
        let run = try EndToEnd(arguments: ["--session", file], directory: folder.path)
        defer { run.close() }
        #expect(try run.exitCode() == 1)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "{ not json")
    }
}
