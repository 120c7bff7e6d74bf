import Foundation
import PathwaysContent
import Testing

/// Files that try to crash, hang or exhaust the loader get one clear error each.
@Suite("Hostile files get a clear error, never a crash or a hang")
struct HostileFileTests {
    /// Writes `content.yaml` and one source file holding `bytes`, loads it, and returns the
    /// diagnostics with the temporary folder's path replaced by `Content`.
    func load(_ bytes: [UInt8], limits: ContentLimits = .standard, name: String = "bad.yaml") throws -> [String] {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("title: T\nversion: \"1\"\ndate: \"2026\"\n".utf8).write(to: folder.appendingPathComponent("content.yaml"))
        let sources = folder.appendingPathComponent("sources")
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        try Data(bytes).write(to: sources.appendingPathComponent(name))
        let loaded = ContentLoader(limits: limits).load(from: folder)
        return loaded.diagnostics.map { $0.description.replacingOccurrences(of: folder.path, with: "Content") }
    }

    func load(_ text: String, limits: ContentLimits = .standard) throws -> [String] {
        try load(Array(text.utf8), limits: limits)
    }

    static let validSource = "- id: ons\n  title: ASHE\n  publisher: ONS\n  url: https://example.org\n  date: \"2025\"\n"

    @Test func anEmptyFile() throws {
        #expect(try load("") == ["Content/sources/bad.yaml:1:1: error: file is empty"])
        #expect(try load("# only a comment\n\n") == ["Content/sources/bad.yaml:1:1: error: file is empty"])
    }

    @Test func aNULByte() throws {
        #expect(try load(Array("- id: ons\n  title: A".utf8) + [0] + Array("B\n".utf8)) == [
            "Content/sources/bad.yaml:2:11: error: file contains a NUL byte; content files are plain UTF-8 text",
        ])
    }

    @Test func invalidUTF8() throws {
        #expect(try load(Array("- id: ons\n  title: caf".utf8) + [0xE9, 0x0A]) == [
            "Content/sources/bad.yaml:2:13: error: file is not valid UTF-8 text (bad byte 0xE9)",
        ])
    }

    @Test func aFileOverTheSizeCap() throws {
        let line = Array("# padding padding padding padding padding padding padding padding\n".utf8)
        var bytes: [UInt8] = []
        while bytes.count < 3 * 1024 * 1024 { bytes += line }
        #expect(try load(bytes) == [
            "Content/sources/bad.yaml: error: file is larger than the limit of 2097152 bytes; split its records over several files",
        ])
        let small = ContentLimits(maxFileBytes: 100)
        #expect(try load(HostileFileTests.validSource + "# more than a hundred bytes in all\n", limits: small) == [
            "Content/sources/bad.yaml: error: file is larger than the limit of 100 bytes; split its records over several files",
        ])
    }

    @Test func aBillionLaughsAliasBomb() throws {
        var yaml = "- id: lol\n  a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p"] {
            yaml += "  \(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
            previous = name
        }
        #expect(try load(yaml) == [
            "Content/sources/bad.yaml:2:6: error: anchors ('&') are not allowed in content; write the value out in full",
        ])
    }

    @Test func anchorsAndAliasesAnywhereAreRefused() throws {
        #expect(try load("- &rec\n  id: ons\n") == [
            "Content/sources/bad.yaml:1:3: error: anchors ('&') are not allowed in content; write the value out in full",
        ])
        #expect(try load("- id: ons\n  title: *name\n") == [
            "Content/sources/bad.yaml:2:10: error: aliases ('*') are not allowed in content; write the value out in full",
        ])
        #expect(try load("- {id: ons, title: [a, *b]}\n") == [
            "Content/sources/bad.yaml:1:24: error: aliases ('*') are not allowed in content; write the value out in full",
        ])
        #expect(try load("---\n&top\n- id: ons\n") == [
            "Content/sources/bad.yaml:2:1: error: anchors ('&') are not allowed in content; write the value out in full",
        ])
    }

    @Test func aliasesHiddenAfterAByteOrderMarkOrBesideTextAreFound() throws {
        #expect(try load([0xEF, 0xBB, 0xBF] + Array("- id: ons\n  title: *name\n".utf8)) == [
            "Content/sources/bad.yaml:2:10: error: aliases ('*') are not allowed in content; write the value out in full",
        ])
        #expect(try load("- id: ons\n  note: |\n    text\n  title: *name\n") == [
            "Content/sources/bad.yaml:4:10: error: aliases ('*') are not allowed in content; write the value out in full",
        ])
        #expect(try load("- id: ons\n  title: plain\n  publisher: *name\n") == [
            "Content/sources/bad.yaml:3:14: error: aliases ('*') are not allowed in content; write the value out in full",
        ])
    }

    @Test func ampersandsAndAsterisksInOrdinaryTextAreFine() throws {
        let yaml = """
            - id: ons
              title: Fish & chips * 2 & more
              publisher: "*quoted* &text"
              url: 'it''s *fine* &here'
              date: "2025"
              note: |
                * a bullet
                & an ampersand line
                  *indented* too
            - id: wmca
              title: A long plain title that runs
                *onto* a second line
              publisher: WMCA # a comment with & and *
              url: https://example.org/?a=1&b=*
              date: >-
                2025
                &c

            """
        #expect(try load(yaml) == [])
    }

    @Test func tenThousandNestedBrackets() throws {
        #expect(try load("- id: ons\n  title: " + String(repeating: "[", count: 10_000) + "\n") == [
            "Content/sources/bad.yaml:2:72: error: nesting is deeper than 64 levels",
        ])
        #expect(try load(String(repeating: "{a: ", count: 10_000)) == [
            "Content/sources/bad.yaml:1:253: error: nesting is deeper than 64 levels",
        ])
    }

    @Test func thousandsOfNestedIndentedLevels() throws {
        var yaml = ""
        for depth in 0..<500 { yaml += String(repeating: " ", count: depth) + "k\(depth):\n" }
        #expect(try load(yaml) == ["Content/sources/bad.yaml:65:65: error: nesting is deeper than 64 levels"])
        let dashes = String(repeating: "- ", count: 3_000) + "x\n"
        #expect(try load(dashes) == ["Content/sources/bad.yaml:1:129: error: nesting is deeper than 64 levels"])
    }

    @Test func nestingWithinTheLimitStillParses() throws {
        let limits = ContentLimits(maxDepth: 3)
        #expect(try load(HostileFileTests.validSource, limits: limits) == [])
        #expect(try load("- id: ons\n  title: [[[[x]]]]\n", limits: limits) == [
            "Content/sources/bad.yaml:2:11: error: nesting is deeper than 3 levels",
        ])
    }

    @Test func contentYAMLIsCheckedLikeAnyRecord() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("titel: T\nversion: [1]\ndate: \"2026\"\n".utf8).write(to: folder.appendingPathComponent("content.yaml"))
        let lines = ContentLoader().load(from: folder).diagnostics.map {
            $0.description.replacingOccurrences(of: folder.path, with: "Content")
        }
        #expect(lines == [
            "Content/content.yaml:1:1: error: content.yaml: missing required key 'title'",
            "Content/content.yaml:1:1: error: content.yaml: unknown key 'titel' (did you mean 'title'?)",
            "Content/content.yaml:2:10: error: content.yaml: 'version' must be text, not a list",
        ])
    }

    @Test func nonYAMLFilesAreIgnored() throws {
        #expect(try load([0, 0xFF, 0xFE], name: "notes.bin") == [])
    }
}
