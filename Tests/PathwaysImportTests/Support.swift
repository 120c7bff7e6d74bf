import Foundation
import PathwaysContent
import PathwaysGraph
@testable import PathwaysImport

/// A fixture folder by name, with paths in messages starting at the fixture's name.
func fixture(_ name: String) -> URL {
    let base = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    return URL(fileURLWithPath: name, relativeTo: base)
}

/// Reads CSV text as the reader would a file named `test.csv`.
func readCSV(_ text: String) throws(ImportFailure) -> CSVTable {
    try CSVReader().read(Array(text.utf8), file: "test.csv")
}

/// The error lines of a failing read, or `[]` when it succeeds.
func errors(_ body: () throws -> Void) -> [String] {
    do {
        try body()
        return []
    } catch let failure as ImportFailure {
        return failure.errors.map(\.description)
    } catch let single as ImportError {
        return [single.description]
    } catch {
        return ["unexpected error: \(error)"]
    }
}

/// The fixture datasets and curated content, imported.
func importFixture() throws -> (NationalDatasets, NationalContent) {
    let datasets = try NationalDatasets.read(from: fixture("good"))
    let content = fixture("content")
    let curated = ContentLoader(readsNational: false).load(from: content).catalogue
    let curation = try ImportCuration.read(contentDirectory: content, display: "content")
    return (datasets, try NationalImport(datasets: datasets, curated: curated, curation: curation).run())
}

/// A fresh temporary folder.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("pathways-import-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Copies a fixture folder to a temporary one (fixtures are read-only in the bundle).
func copyOfFixture(_ name: String) throws -> URL {
    let target = try temporaryFolder().appendingPathComponent(name)
    try FileManager.default.copyItem(at: fixture(name), to: target)
    return target
}
