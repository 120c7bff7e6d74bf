// End-to-end: the first start with no compiled content store (a new install, or the first
// start after an update) says it is reading the content instead of leaving the screen blank;
// a start with a fresh store never shows that line.

import Foundation
import PathwaysTestSupport
import Testing

@Suite(.serialized, .enabled(if: EndToEnd.available, EndToEnd.reason))
struct ColdStartEndToEndTests {
    /// An empty cache folder: no store, so the YAML is read, and the store is written for next
    /// time. At 80x24 in colour, and at 40x12 on a vt100 with NO_COLOR (ASCII ellipsis).
    @Test(arguments: [("TERM=xterm-256color", 80, 24, "Reading content…"), ("TERM=vt100 NO_COLOR=1", 40, 12, "Reading content...")])
    func aColdStartSaysItIsReadingAndAWarmOneDoesNot(terminal: String, width: Int, height: Int, line: String) throws {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("pathways-e2e-cold-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: cache) }
        let environment = "\(terminal) XDG_CACHE_HOME=\(cache.path)"

        let coldText = try homeScreenThenQuit(environment, width: width, height: height, log: cache.path + "-cold.log")
        #expect(coldText.contains(line), "the cold start drew no reading line:\n\(coldText.prefix(400))")
        #expect(coldText.contains("(first start after an update"))
        #expect(!coldText.contains(".yaml") && !coldText.contains(cache.path), "no file or folder name on screen")
        if terminal.contains("vt100") { #expect(!coldText.contains("…")) }
        #expect(FileManager.default.fileExists(atPath: cache.appendingPathComponent("pathways").path), "the store was written")

        let warmText = try homeScreenThenQuit(environment, width: width, height: height, log: cache.path + "-warm.log")
        #expect(warmText.contains("Clusters"))
        #expect(!warmText.contains("Reading content"), "a fresh store starts without the reading line")
    }

    /// Starts the binary, waits for the home screen, quits with q (exit 0) and returns what it
    /// wrote to the terminal as text (`EndToEnd.recordedText`).
    func homeScreenThenQuit(_ environment: String, width: Int, height: Int, log: String) throws -> String {
        defer { try? FileManager.default.removeItem(atPath: log) }
        let run = try EndToEnd(width: width, height: height, environment: environment, recording: log)
        defer { run.close() }
        try run.waitFor("Clusters")
        run.keys("q")
        #expect(try run.exitCode() == 0)
        return EndToEnd.recordedText(log)
    }

    /// Ctrl-C while the content is read ends at once with 130, and the terminal is given back.
    @Test func ctrlCWhileReadingQuitsAtOnce() throws {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("pathways-e2e-cold-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: cache) }
        let log = cache.path + ".log"
        defer { try? FileManager.default.removeItem(atPath: log) }
        let run = try EndToEnd(environment: "TERM=xterm-256color XDG_CACHE_HOME=\(cache.path)", recording: log)
        defer { run.close() }
        // Pressed as soon as the line is drawn: a debug build reads the shipped content for most
        // of a second, so the home screen is never drawn.
        let deadline = Date().addingTimeInterval(EndToEnd.patience)
        while Date() < deadline, !EndToEnd.recordedText(log).contains("Reading content") { usleep(5_000) }
        run.keys("C-c")
        #expect(try run.exitCode() == 130)
        #expect(!EndToEnd.recordedText(log).contains("Clusters ("), "stopped while reading, before the home screen")
        #expect(!run.capture().contains("Reading content"))
    }
}
