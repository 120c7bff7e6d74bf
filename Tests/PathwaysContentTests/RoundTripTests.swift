import Foundation
import PathwaysContent
import PathwaysGraph
import Testing

@Suite("A valid content tree loads into the expected catalogue")
struct RoundTripTests {
    let loaded = loadFixture("valid")

    @Test func loadsWithoutDiagnostics() {
        #expect(loaded.diagnostics.map(\.description) == [])
        #expect(loaded.isClean)
    }
}
