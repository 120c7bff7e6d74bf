// End-to-end, issue #15: each of issue #10's four residents goes from the first screen to an
// exported plan on the real binary in tmux (80x24, NO_COLOR=1, TERM=vt100), and the keys
// pressed are counted. Typed text (the quick entry line, the search) is not counted; every
// other key is, Enter included. The budget is 15 keys.

import Foundation
import PathwaysTestSupport
import Testing

@Suite(.serialized, .enabled(if: EndToEnd.available, EndToEnd.reason))
struct AdviserFlowEndToEndTests {
    /// A resident's story as the adviser types it, the job they want, and what the plan must say.
    struct Resident: CustomStringConvertible, Sendable {
        var story: String
        var quick: String
        var job: String
        var title: String
        /// Words the route list must show for this resident once the profile is applied.
        var header: String
        /// Moves down the route list before choosing (0: the first route).
        var downs = 0
        var description: String { story }
    }

    static let residents = [
        Resident(story: "17, GCSEs 5–7 with English and maths, wants aerospace engineer", quick: "17 gcse edu",
                 job: "aerospace engineer", title: "Aerospace engineer", header: "17, in education"),
        Resident(story: "27, ESOL Entry 2, on Universal Credit, 2 years in the UK", quick: "27 esol e2 uc 2y",
                 job: "care worker", title: "Care worker", header: "benefits"),
        Resident(story: "19, care leaver", quick: "19 care", job: "cyber security", title: "Cyber security", header: "care leaver"),
        Resident(story: "52, Level 2, employed on £24,000, wants electrician", quick: "52 l2 £24000",
                 job: "electrician", title: "Electrician", header: "52"),
    ]

    /// Counts every key sent except typed text.
    final class Counter: @unchecked Sendable {
        let run: EndToEnd
        var count = 0
        init(_ run: EndToEnd) { self.run = run }
        func press(_ keys: String...) { count += keys.count; for k in keys { run.keys(k) } }
        func type(_ text: String) { run.type(text) }
    }

    @Test(arguments: residents)
    func storyToExportedPlanInFifteenKeys(_ resident: Resident) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pathways-flow-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try EndToEnd(directory: folder.path, environment: "NO_COLOR=1 TERM=vt100")
        defer { run.close() }
        let keys = Counter(run)
        try run.waitFor("Clusters")

        keys.press("r"); try run.waitFor("Quick entry")
        keys.type(resident.quick)
        keys.press("Enter"); try run.waitFor("Profile applied")
        keys.press("/"); try run.waitFor("Search:")
        keys.type(resident.job); try run.waitFor("found")
        keys.press("Enter"); try run.waitFor("Routes for this resident")
        #expect(run.capture().contains(resident.header), "\(resident): the header shows the resident")
        for _ in 0..<resident.downs { keys.press("Down") }
        keys.press("m"); try run.waitFor("is now your plan")
        keys.press("p"); try run.waitFor("Your plan: to become")
        keys.press("e"); try run.waitFor("Web page (HTML)")
        keys.press("2", "Enter"); try run.waitFor("Enter save")
        keys.press("Enter"); try run.waitFor("Exported your plan as Web page (HTML)")

        #expect(keys.count <= 15, "\(resident): \(keys.count) keys")
        print("issue-15 keystrokes: \(resident.story): \(keys.count) keys (typed text not counted)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".html") }
        #expect(files.count == 1, "\(resident): one plan exported, found \(files)")
        if let file = files.first {
            let path = folder.appendingPathComponent(file).path
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(resident): a plan about a resident is private")
            let html = try String(contentsOfFile: path, encoding: .utf8)
            #expect(html.contains(resident.title), "\(resident): the plan names the job")
        }
        for line in run.capture().split(separator: "\n") { #expect(line.count <= 80) }
        keys.press("C-c")
    }
}
