import Foundation
import Testing
@testable import PathwaysImport

/// The curation file is screened like every content file before the parser sees it.
@Suite struct ImportCurationTests {
    /// Writes `text` as the curation file of a new content folder and reads it.
    private func read(_ text: String) throws(ImportFailure) -> ImportCuration {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("curation-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir.appendingPathComponent("curation"), withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: dir.appendingPathComponent(ImportCuration.path).path, contents: Data(text.utf8))
        defer { try? FileManager.default.removeItem(at: dir) }
        return try ImportCuration.read(contentDirectory: dir, display: "content")
    }

    @Test func readsAPlainFile() throws {
        let curation = try read("apprenticeships:\n  funding: []\n  providers: [find-an-apprenticeship]\n")
        #expect(curation.providers == ["find-an-apprenticeship"])
    }

    /// An alias hidden after a comment ended by a lone CR (or NEL, U+2028) is still an alias to
    /// the parser: refused, at the line the parser would count.
    @Test(arguments: ["\r", "\u{85}", "\u{2028}"])
    func refusesAnAliasBehindAnyLineBreak(_ lineBreak: String) {
        let text = "a: [1]\n# note" + lineBreak + "b: *x\n"
        #expect(throws: ImportFailure.self) { try read(text) }
        do {
            _ = try read(text)
        } catch {
            #expect(error.errors.first.map { "\($0)" }?.contains("content/curation/import.yaml:3") == true)
        }
    }
}
