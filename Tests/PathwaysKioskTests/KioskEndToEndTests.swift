// End-to-end: the real `pathways kiosk` in tmux, attacked with the keys people use to escape
// (Ctrl-C, Ctrl-Z, Ctrl-\, q, Esc, Ctrl-D), left idle, unlocked by the operator, and asked to
// save and print. Skipped only when tmux is absent outside CI.

import Foundation
import PathwaysTestSupport
import Testing

@Suite(.serialized, .enabled(if: EndToEnd.available, EndToEnd.reason))
struct KioskEndToEndTests {
    @Test func escapeKeysLeaveTheKioskRunning() throws {
        let run = try KioskRun()
        defer { run.close() }
        try run.waitFor("Find your way into work and training")
        for key in ["C-c", "C-z", "C-\\", "q", "Escape", "C-d"] {
            run.keys(key)
            usleep(300_000)
            #expect(run.isRunning, "\(key) must not stop or suspend the kiosk")
            #expect(run.kioskShown, "\(key): the kiosk should still be on screen:\n\(run.capture())")
        }
        // Rapid combinations, including shell and editor escapes.
        let combos: [[String]] = [
            ["C-c", "C-c", "C-c", "C-z", "C-z", "C-\\", "C-\\"],
            ["Escape", ":", "q", "!", "Enter", "C-d", "C-d", "C-d"],
            ["C-z", "f", "g", "Enter", "C-c", "q", "Enter"],
            ["Enter", "~", ".", "C-]", "C-x", "C-c", "Escape", "Escape", "C-u", "C-s", "C-q"],
            ["!", "s", "h", "Enter", "C-d", "e", "x", "i", "t", "Enter", "C-\\", "C-z"],
        ]
        for combo in combos {
            run.keys(combo)
            usleep(400_000)
            #expect(run.isRunning, "\(combo) must not stop or suspend the kiosk")
            #expect(run.kioskShown, "\(combo): the kiosk should still be on screen:\n\(run.capture())")
        }
    }

    @Test func operatorExitNeedsTheRightPIN() throws {
        let run = try KioskRun()
        defer { run.close() }
        try run.waitFor("Find your way into work and training")
        run.keys("F12"); try run.waitFor("Staff only")
        run.keys("1", "3", "5", "7", "Enter"); try run.waitFor("That PIN is not right.")
        usleep(300_000)
        #expect(run.isRunning, "a wrong PIN leaves the kiosk running")
        #expect(!run.capture().contains("1357"))
        run.keys("F12"); try run.waitFor("Staff only")
        run.keys(KioskRun.pin.map(String.init) + ["Escape"])
        usleep(300_000)
        #expect(run.isRunning, "Esc cancels the PIN prompt")
        run.keys("F12"); try run.waitFor("Staff only")
        run.keys(KioskRun.pin.map(String.init) + ["Enter"])
        #expect(try run.exitCode() == 0)
    }

    @Test func sigtermRestoresTheTerminalAndExits143() throws {
        let run = try KioskRun()
        defer { run.close() }
        try run.walkToSteps()
        run.session.tmux(["run-shell", "pkill -TERM -P \(run.session.panePID()) -x pathways"])
        #expect(try run.exitCode() == 143)
        #expect(!run.capture().contains("Print or save this pathway"))
    }

    @Test func idleSessionIsWipedWithoutTrace() throws {
        let run = try KioskRun(idleTimeout: 3)
        defer { run.close() }
        try run.walkToSteps()
        let chosen = run.capture()
        #expect(chosen.contains("Step 1:"))
        try run.waitFor("Are you still there?", timeout: 6)
        try run.waitFor("Find your way into work and training", timeout: 20)
        usleep(300_000)
        let everything = run.session.captureWithScrollback()
        for trace in ["Step 1:", "Print or save", "Ways into", "You said", "Which kind of work", "Question", "Are you still there?", "Way 1"] {
            #expect(!everything.contains(trace), "\"\(trace)\" is still in the pane or its scrollback:\n\(everything)")
        }
        #expect(run.isRunning)
    }

    @Test func savingWritesExactlyOneFileIntoTheSpool() throws {
        let run = try KioskRun()
        defer { run.close() }
        try run.walkToSteps()
        let rootBefore = KioskRun.listing(run.root)
        run.keys("Enter"); try run.waitFor("Save it as a web page")
        run.keys("Enter"); try run.waitFor("has been saved as")
        let files = KioskRun.listing(run.spool)
        #expect(files.count == 1)
        let name = try #require(files.first)
        #expect(name.range(of: #"^pathway-\d{8}-\d{6}-[0-9a-f]{4}\.html$"#, options: .regularExpression) != nil, "\(name)")
        #expect(run.capture().contains(name))
        let html = try String(contentsOf: run.spool.appendingPathComponent(name), encoding: .utf8)
        #expect(html.contains("<html"))
        #expect(KioskRun.listing(run.home).isEmpty, "nothing in the home folder")
        #expect(KioskRun.listing(run.cwd).isEmpty, "nothing in the current folder")
        #expect(KioskRun.listing(run.root) == (rootBefore + ["spool/" + name]).sorted(), "nothing anywhere else")
        // Any key finishes (after a second, so a double press is not taken for it): back to
        // the attract screen.
        usleep(1_100_000)
        run.keys("Enter"); try run.waitFor("Find your way into work and training")
    }

    @Test func printingSendsTheSlipToThePrintCommandAndSavesNothing() throws {
        let printed = FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-printed-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: printed) }
        let run = try KioskRun(printCommand: "/usr/bin/tee \(printed.path)")
        defer { run.close() }
        try run.walkToSteps()
        run.keys("Enter"); try run.waitFor("Print it on the printer here")
        run.keys("Enter"); try run.waitFor("Your pathway has been printed.")
        let slip = try String(contentsOf: printed, encoding: .utf8)
        #expect(slip.split(separator: "\n").allSatisfy { $0.count <= 40 }, "a 40-column slip:\n\(slip)")
        #expect(slip.contains("Step") || slip.contains("1."), "\(slip)")
        #expect(KioskRun.listing(run.spool).isEmpty, "printing leaves no file in the spool")
        #expect(KioskRun.listing(run.cwd).isEmpty && KioskRun.listing(run.home).isEmpty)
    }
}
