// End-to-end: the real `pathways kiosk` in tmux under what a hostile visitor or a hostile
// machine can do: a crash, SIGQUIT, a file-size limit, a huge paste. Each case fails without
// its fix (issue 14): the runtime's crash reporter on screen, exit 153 with the terminal raw,
// dozens of files in the spool.

import Foundation
import PathwaysTestSupport
import Testing

@Suite(.serialized, .enabled(if: EndToEnd.available, EndToEnd.reason))
struct KioskHardeningEndToEndTests {
    /// What the Swift runtime's crash reporter shows, in any of its modes.
    static let reporterText = ["Press space", "crashed", "Crash", "backtrace", "Backtrace", "Thread 0", "💣", "*** Signal"]

    /// A trap (SIGILL on x86_64, SIGTRAP on arm64) or a bad memory access: the screen is wiped,
    /// the terminal restored and the kiosk gone, with no crash reporter to type into.
    @Test(arguments: [("ILL", Int32(132)), ("SEGV", 139), ("BUS", 135), ("TRAP", 133), ("ABRT", 134), ("FPE", 136)])
    func aCrashShowsNoReporterAndRestoresTheTerminal(signal: String, code: Int32) throws {
        let run = try KioskRun()
        defer { run.close() }
        try run.walkToSteps()
        let pid = try #require(run.pid())
        let environment = try String(contentsOfFile: "/proc/\(pid)/environ", encoding: .utf8).split(separator: "\0")
        #expect(environment.contains("SWIFT_BACKTRACE=enable=no"), "the kiosk runs with the runtime's backtracer off")
        run.signal(signal)
        #expect(try run.exitCode() == code)
        usleep(300_000)
        let screen = run.session.captureWithScrollback()
        for text in KioskHardeningEndToEndTests.reporterText {
            #expect(!screen.contains(text), "SIG\(signal): \"\(text)\" on screen:\n\(screen)")
        }
        #expect(!screen.contains("Step 1:") && !screen.contains("Print or save"), "the visitor's session is wiped:\n\(screen)")
        #expect(run.terminalProblems() == [])
    }

    @Test func sigquitQuitsTheKioskCleanly() throws {
        let run = try KioskRun()
        defer { run.close() }
        try run.walkToSteps()
        run.signal("QUIT")
        #expect(try run.exitCode() == 131)
        usleep(300_000)
        let screen = run.session.captureWithScrollback()
        for text in KioskHardeningEndToEndTests.reporterText { #expect(!screen.contains(text), "\"\(text)\" on screen:\n\(screen)") }
        #expect(!screen.contains("Step 1:"))
        #expect(run.terminalProblems() == [])
    }

    @Test func sigquitQuitsTheExplorerCleanly() throws {
        let explorer = try EndToEnd()
        defer { explorer.close() }
        try explorer.waitFor("Clusters")
        explorer.signal("QUIT")
        #expect(try explorer.exitCode() == 131)
        usleep(300_000)
        let screen = explorer.capture()
        for text in KioskHardeningEndToEndTests.reporterText { #expect(!screen.contains(text), "\"\(text)\" on screen:\n\(screen)") }
        let flags = explorer.tmux(["display-message", "-p", "-t", "0", "#{alternate_on} #{cursor_flag}"])
        #expect(flags.trimmingCharacters(in: .whitespacesAndNewlines) == "0 1", "the terminal is back to normal")
    }

    /// Three wrong PINs, then the kiosk is stopped and started again: the lockout is still on,
    /// even for the right PIN, because it is kept in the lockout file beside the config.
    @Test func theLockoutOutlivesARestart() throws {
        let run = try KioskRun(restarted: true)
        defer { run.close() }
        try run.waitFor("Find your way into work and training")
        for _ in 0..<3 {
            run.keys("F12"); try run.waitFor("Staff only")
            run.keys("0", "0", "0", "0", "0", "0", "Enter"); try run.waitFor("That PIN is not right.", timeout: 10)
        }
        try run.waitFor("Too many wrong PINs: try again in 60 seconds.")
        run.signal("TERM")
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: run.root.appendingPathComponent("first-exit").path) && Date() < deadline {
            usleep(50_000)
        }
        try run.waitFor("Find your way into work and training", timeout: 10)
        run.keys("F12"); try run.waitFor("Staff only")
        run.keys(KioskRun.pin.map(String.init) + ["Enter"])
        try run.waitFor("Too many wrong PINs. Try again in ", timeout: 10)
        #expect(run.isRunning, "the right PIN is refused while locked, even after a restart")
        var info = stat()
        #expect(stat(run.root.appendingPathComponent("kiosk.lockout").path, &info) == 0 && info.st_mode & 0o777 == 0o600)
    }

    /// `ulimit -f 1` (systemd's LimitFSIZE=): saving fails and says so; the kiosk goes on, and
    /// no half-written file is left in the spool.
    @Test func aFileSizeLimitMeansCouldNotSaveNotACrash() throws {
        let run = try KioskRun(limits: "ulimit -f 1")
        defer { run.close() }
        try run.walkToSteps()
        run.keys("Enter"); try run.waitFor("Save it as a web page")
        run.keys("Enter"); try run.waitFor("Sorry, your pathway could not be saved. Please ask a member of staff.")
        usleep(300_000)
        #expect(run.isRunning)
        #expect(KioskRun.listing(run.spool).isEmpty, "no temporary file left: \(KioskRun.listing(run.spool))")
        usleep(1_100_000)
        run.keys("Enter"); try run.waitFor("Find your way into work and training")
    }

    /// The explorer under `ulimit -f 0`: Ctrl-S fails with a message instead of SIGXFSZ killing
    /// it with the terminal raw, and leaves no temporary file.
    @Test func aFileSizeLimitDoesNotKillTheExplorer() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pathways-fsize-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let exitFile = folder.path + ".exit"
        defer { try? FileManager.default.removeItem(atPath: exitFile) }
        let tmux = try TmuxSession(command: "cd \(folder.path) && ulimit -f 0 && TERM=xterm-256color LANG=C.UTF-8 "
                                   + "\(EndToEnd.binary) --content \(EndToEnd.root.path)/Content; echo EXIT=$? > \(exitFile); sleep 30")
        defer { tmux.close() }
        try tmux.waitFor("Clusters")
        tmux.keys("C-s"); try tmux.waitFor("Save this session")
        tmux.keys("Enter"); try tmux.waitFor("was not saved")
        usleep(300_000)
        #expect(!FileManager.default.fileExists(atPath: exitFile), "the explorer is still running:\n\(tmux.capture())")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [], "no temporary file left")
    }

    /// A 1 MB paste of Enters, spaces and letters: drained, not replayed. Nothing is saved, and
    /// the kiosk answers the next key.
    @Test func aHugePasteSavesNothingAndLeavesTheKioskResponsive() throws {
        let run = try KioskRun()
        defer { run.close() }
        try run.waitFor("Find your way into work and training")
        let paste = run.root.appendingPathComponent("paste.txt")
        try String(repeating: "\n \nx\n\n j\n", count: 1_048_576 / 9).write(to: paste, atomically: true, encoding: .utf8)
        run.session.tmux(["load-buffer", paste.path])
        run.session.tmux(["paste-buffer", "-t", "0"])
        // Wait until tmux has handed the whole paste over and the kiosk has drained it.
        let deadline = Date().addingTimeInterval(60)
        var previous = "", steady = 0
        while Date() < deadline && steady < 10 {
            let screen = run.capture()
            steady = screen == previous ? steady + 1 : 0
            previous = screen
            usleep(200_000)
        }
        #expect(run.isRunning)
        #expect(KioskRun.listing(run.spool).count <= 1, "a paste must not save pathway after pathway: \(KioskRun.listing(run.spool))")
        run.keys("F12"); try run.waitFor("Staff only", timeout: 10)
    }
}
