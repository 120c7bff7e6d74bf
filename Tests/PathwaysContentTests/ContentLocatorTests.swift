import Foundation
import PathwaysContent
import Testing

@Suite("Finding the bundled content")
struct ContentLocatorTests {
    @Test func theEnvironmentVariableWins() {
        let url = ContentLocator.bundledContent(environment: ["PATHWAYS_CONTENT": "/somewhere/Content"])
        #expect(url?.path == "/somewhere/Content")
    }

    @Test func withoutItAFoundFolderHoldsContentYAML() {
        // The test binary sits inside the package's .build folder; whatever is found must be real.
        if let url = ContentLocator.bundledContent(environment: [:]) {
            #expect(url.lastPathComponent == "Content")
            #expect(FileManager.default.fileExists(atPath: url.appendingPathComponent("content.yaml").path))
        }
    }
}
