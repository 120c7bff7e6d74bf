import Foundation
import PathwaysContent

/// Loads a fixture tree by name, with paths in diagnostics starting at the fixture's name.
func loadFixture(_ name: String, limits: ContentLimits = .standard) -> LoadedContent {
    let base = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    return ContentLoader(limits: limits).load(from: URL(fileURLWithPath: name, relativeTo: base))
}

/// The diagnostics of a fixture as printed lines.
func printed(_ name: String) -> [String] {
    loadFixture(name).diagnostics.map(\.description)
}

/// A fresh temporary folder for content written by a test.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("pathways-content-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

