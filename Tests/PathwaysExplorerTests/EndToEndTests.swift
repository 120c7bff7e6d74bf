// End-to-end: the real `pathways` binary in a tmux session, driven by keys like a person,
// read back with `capture-pane`. Build the binary first (`swift build`, as the README's test
// command does). Skipped only when tmux is absent outside CI; on CI (`CI` set) a missing tmux or
// binary fails the test.

import Foundation
import PathwaysTestSupport
import Testing

@Suite(.serialized, .enabled(if: EndToEnd.available, EndToEnd.reason))
struct EndToEndTests {
    @Test func walkResizeAndQuit() throws {
        let run = try EndToEnd()
        defer { run.close() }
        try run.waitFor("Clusters")
        run.keys("Enter"); try run.waitFor("Jobs (")
        run.keys("Enter"); try run.waitFor("Routes from")
        run.keys("Enter"); try run.waitFor("Route 1")
        run.keys("Right"); try run.waitFor("Leads to:")
        run.keys("Enter"); try run.waitFor("About this step")
        run.keys("Escape", "Escape", "Escape", "Escape"); try run.waitFor("Clusters (")
        run.keys("/"); run.type("nurse"); try run.waitFor("found")
        run.keys("Escape"); try run.waitFor("Clusters (")
        run.resize(40, 12); try run.waitFor("Clusters")
        run.resize(39, 11); try run.waitFor("Terminal too small")
        run.resize(160, 50); try run.waitFor("Jobs in this cluster")
        run.resize(80, 24); try run.waitFor("About this cluster")
        #expect(!run.capture().contains("too small"))
        run.keys("q")
        #expect(try run.exitCode() == 0)
    }

    /// ncurses's default escape delay is a second: a key pressed just after Esc must still count.
    @Test func aKeyRightAfterEscIsNotSwallowed() throws {
        let run = try EndToEnd()
        defer { run.close() }
        try run.waitFor("Clusters")
        run.keys("Enter"); try run.waitFor("Jobs (")
        // Esc takes effect at once, not a second later...
        run.keys("Escape"); usleep(300_000)
        #expect(run.capture().contains("Clusters ("), "Esc was still held back after 0.3 s")
        // ...so the next key is its own key.
        run.keys("/"); try run.waitFor("Search: _")
        run.keys("Escape"); usleep(100_000)
        // j moves the selection (waiting for the screen, not a fixed time, on a busy machine).
        run.keys("j"); try run.waitFor("> Creative")
        run.keys("q")
        #expect(try run.exitCode() == 0)
    }

    /// q with a plan not saved asks first; n stays, y quits.
    @Test func quitAsksBeforeLosingAPlan() throws {
        let run = try EndToEnd()
        defer { run.close() }
        try run.waitFor("Clusters")
        run.keys("Enter"); try run.waitFor("Jobs (")
        run.keys("Enter"); try run.waitFor("Routes from")
        run.keys("m"); try run.waitFor("is now your plan")
        run.keys("q"); try run.waitFor("Quit without saving?")
        try run.waitFor("y: quit · n: stay · Ctrl-S: save")
        run.keys("n"); try run.waitFor("Not quitting")
        #expect(!run.capture().contains("Quit without saving?"))
        run.keys("q"); try run.waitFor("Quit without saving?")
        run.keys("y")
        #expect(try run.exitCode() == 0)
    }

    @Test func aStormOfResizesNeverCrashesOrGarblesTheScreen() throws {
        let run = try EndToEnd()
        defer { run.close() }
        try run.waitFor("Clusters")
        run.keys("Enter", "Enter", "Enter"); try run.waitFor("Route 1")
        let sizes = [(20, 5), (200, 60), (41, 12), (39, 11), (61, 20), (59, 30), (120, 40), (1, 1), (80, 24), (45, 13)]
        for _ in 0..<3 { for (w, h) in sizes { run.resize(w, h) } }
        run.resize(80, 24)
        try run.waitFor("Route 1")
        let screen = run.capture()
        #expect(!screen.contains("too small"))
        for line in screen.split(separator: "\n") { #expect(line.count <= 80, "wider than the terminal: \(line)") }
        run.keys("q")
        #expect(try run.exitCode() == 0)
    }

    @Test(arguments: [("TERM", 15), ("HUP", 1)])
    func signalsRestoreTheTerminal(signal name: String, number: Int32) throws {
        let run = try EndToEnd()
        defer { run.close() }
        try run.waitFor("Clusters")
        run.keys("Enter"); try run.waitFor("Jobs (")
        run.signal(name)
        #expect(try run.exitCode() == 128 + number)
        let screen = run.capture()
        #expect(!screen.contains("Clusters ("), "the explorer's screen should be gone:\n\(screen)")
    }

    /// A staged start draws from the store's front; when the rest turns out damaged, the YAML
    /// is read instead and every screen still works (and the store is written whole again).
    @Test func aStoreWhoseRestIsDamagedStillOpensEverything() throws {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("pathways-e2e-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: cache) }
        let environment = "TERM=xterm-256color XDG_CACHE_HOME=\(cache.path)"
        let warm = try EndToEnd(environment: environment)
        try warm.waitFor("Clusters")
        warm.keys("q")
        #expect(try warm.exitCode() == 0)
        warm.close()
        let folder = cache.appendingPathComponent("pathways")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasSuffix(".store") })
        let store = folder.appendingPathComponent(name)
        var bytes = [UInt8](try Data(contentsOf: store))
        bytes[bytes.count - 1] ^= 0x01  // the last byte is in the rest section
        try Data(bytes).write(to: store)

        let run = try EndToEnd(environment: environment)
        defer { run.close() }
        try run.waitFor("Clusters")
        run.keys("Enter"); try run.waitFor("Jobs (")
        run.keys("Enter"); try run.waitFor("Routes from")
        run.keys("q")
        #expect(try run.exitCode() == 0)
        #expect(try Data(contentsOf: store) != Data(bytes), "the damaged store was replaced")
    }
}
