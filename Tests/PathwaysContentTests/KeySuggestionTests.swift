import Foundation
import PathwaysContent
import Testing

@Suite("Suggesting the key that was meant")
struct KeySuggestionTests {
    @Test func suggestsCloseKeysOnly() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("title: T\nversion: \"1\"\ndate: \"2026\"\n".utf8).write(to: folder.appendingPathComponent("content.yaml"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sources"), withIntermediateDirectories: true)
        let yaml = "- id: ons\n  title: T\n  publisher: P\n  url: U\n  date: D\n  pubisher: x\n  URL: y\n  nott: z\n  colour: c\n"
        try Data(yaml.utf8).write(to: folder.appendingPathComponent("sources/s.yaml"))
        let messages = ContentLoader().load(from: folder).diagnostics.map(\.message)
        #expect(messages == [
            "source 'ons': unknown key 'pubisher' (did you mean 'publisher'?)",
            "source 'ons': unknown key 'URL' (did you mean 'url'?)",
            "source 'ons': unknown key 'nott' (did you mean 'note'?)",
            "source 'ons': unknown key 'colour'",
        ])
    }
}
