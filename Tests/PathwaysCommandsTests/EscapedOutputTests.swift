import Foundation
import PathwaysTestSupport
import Testing

/// Nothing from a file or its name reaches the terminal unescaped (issue 14, item 8).
@Suite struct EscapedOutputTests {
    static let hostileName = "\u{1B}]0;pwned\u{7}\u{1B}[2J"

    func hasNoControls(_ text: String) -> Bool {
        !text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }
    }

    @Test func validatePrintsAHostileFileNameEscaped() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pathways-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("jobs"), withIntermediateDirectories: true)
        try "title: T\nversion: \"1\"\ndate: \"2026-01-01\"\n".write(to: dir.appendingPathComponent("content.yaml"), atomically: true, encoding: .utf8)
        try "- id: x\n  title: [\n".write(to: dir.appendingPathComponent("jobs/\(EscapedOutputTests.hostileName).yaml"), atomically: true, encoding: .utf8)
        let r = try runPathways(["validate", dir.path])
        #expect(r.exitCode == 1)
        #expect(hasNoControls(r.stdout) && hasNoControls(r.stderr), "\(r.stdout.debugDescription) \(r.stderr.debugDescription)")
        #expect(r.stdout.contains("/jobs/\\u{1B}]0;pwned\\u{7}\\u{1B}[2J.yaml:"))
    }

    @Test func aHostileFolderNameIsEscapedInEveryMessage() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pathways-\(EscapedOutputTests.hostileName)-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let validate = try runPathways(["validate", dir.path])
        #expect(validate.exitCode == 1)
        #expect(hasNoControls(validate.stdout) && hasNoControls(validate.stderr), "\(validate.stderr.debugDescription)")
        #expect(validate.stderr.contains("\\u{1B}[2J"))
        let session = try runPathways(["routes", "--to", "software-developer", "--session", dir.path + "/s.json"])
        #expect(session.exitCode != 0)
        #expect(hasNoControls(session.stderr) && session.stderr.contains("\\u{1B}]0;pwned"), "\(session.stderr.debugDescription)")
    }
}
