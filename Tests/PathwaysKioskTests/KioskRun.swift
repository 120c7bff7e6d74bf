import Foundation
import PathwaysTestSupport

/// The real `pathways kiosk` in a tmux pane, with its own config (PIN set through
/// `--set-pin`), spool, home and working folders in a temporary directory.
struct KioskRun {
    static let pin = "246813"

    let root: URL
    let home: URL
    let cwd: URL
    let spool: URL
    let config: URL
    let exitFile: URL
    /// `stty -g` in the pane before the kiosk started and after it ended.
    let modesBefore: URL
    let modesAfter: URL
    let session: TmuxSession

    /// `limits` runs in the pane's shell just before the kiosk (e.g. `ulimit -f 1`). With
    /// `restarted`, the kiosk is started again once it has exited (as a supervisor would).
    /// `terminal` describes the terminal (xterm with colour unless told, e.g. `NO_COLOR=1 TERM=vt100`).
    init(idleTimeout: Int? = nil, printCommand: String? = nil, limits: String? = nil, restarted: Bool = false,
         terminal: String = "TERM=xterm-256color") throws {
        guard FileManager.default.isExecutableFile(atPath: EndToEnd.binary) else {
            throw EndToEnd.Missing(description: "no built binary at \(EndToEnd.binary): run swift build first")
        }
        let fm = FileManager.default
        root = fm.temporaryDirectory.appendingPathComponent("kiosk-e2e-\(UUID().uuidString.prefix(8))")
        home = root.appendingPathComponent("home")
        cwd = root.appendingPathComponent("cwd")
        spool = root.appendingPathComponent("spool")
        config = root.appendingPathComponent("kiosk.conf")
        exitFile = root.appendingPathComponent("exit")
        modesBefore = root.appendingPathComponent("stty-before")
        modesAfter = root.appendingPathComponent("stty-after")
        for dir in [home, cwd, spool] { try fm.createDirectory(at: dir, withIntermediateDirectories: true) }
        let bin = EndToEnd.binary
        var kiosk = "\(bin) kiosk --config \(config.path) --spool \(spool.path) --content \(EndToEnd.root.path)/Content"
        if let idleTimeout { kiosk += " --idle-timeout \(idleTimeout)" }
        if let printCommand { kiosk += " --print-command '\(printCommand)'" }
        let command = "cd \(cwd.path) && export HOME=\(home.path) \(terminal) LANG=C.UTF-8 && "
            + "printf '\(KioskRun.pin)\\n' | \(bin) kiosk --set-pin --config \(config.path) 2>/dev/null && "
            + "stty -g > \(modesBefore.path) && \(limits.map { $0 + " && " } ?? "")\(kiosk); "
            + (restarted ? "echo FIRST=$? > \(root.path)/first-exit; \(kiosk); " : "")
            + "echo EXIT=$? > \(exitFile.path); stty -g > \(modesAfter.path); sleep 60"
        session = try TmuxSession(command: command)
    }

    func keys(_ names: String...) { session.keys(names) }
    func keys(_ names: [String]) { session.keys(names) }
    func capture() -> String { session.capture() }
    func waitFor(_ text: String, timeout: Double = EndToEnd.patience) throws { try session.waitFor(text, timeout: timeout) }

    /// Walks from the attract screen to the steps of the first way into the first job.
    func walkToSteps() throws {
        try waitFor("Find your way into work and training")
        keys("Enter"); try waitFor("Question 1 of 6")
        keys("Down", "Down", "Enter"); try waitFor("Question 2 of 6")
        keys("Down", "Enter"); try waitFor("Question 3 of 6")
        keys("Down", "Enter"); try waitFor("Question 4 of 6")
        keys("Enter"); try waitFor("Question 5 of 6")      // no help with English needed
        keys("Enter"); try waitFor("Question 6 of 6")      // Birmingham
        keys("Enter"); try waitFor("Which kind of work interests you?")  // not in care
        keys("Enter"); try waitFor("Jobs in ")
        keys("Enter"); try waitFor("Ways into ")
        keys("Enter"); try waitFor("Print or save this pathway")
    }

    /// The kiosk's own process state from /proc (`S`, `R`, `T` for stopped), or nil once it is gone.
    func processState() -> Character? { process()?.state }

    /// The kiosk's process id and state, from /proc: the `pathways` whose parent is the pane's shell.
    func process() -> (pid: String, state: Character?)? {
        let shell = session.panePID()
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return nil }
        for pid in entries where Int(pid) != nil {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            let name = stat[stat.index(after: stat.firstIndex(of: "(")!)..<close]
            let fields = stat[stat.index(close, offsetBy: 2)...].split(separator: " ")
            if name == "pathways", fields.count > 1, String(fields[1]) == shell { return (pid, fields[0].first) }
        }
        return nil
    }

    /// True while the kiosk runs (not stopped, not exited).
    var isRunning: Bool {
        let state = processState()
        return state != nil && state != "T" && !FileManager.default.fileExists(atPath: exitFile.path)
    }

    /// True when a kiosk screen shows: the attract screen or one of the lists.
    var kioskShown: Bool {
        let screen = capture()
        return screen.contains("Find your way into work and training") || screen.contains("Pathways: careers and training")
            || screen.contains("Staff only")
    }

    /// Waits for the kiosk to exit and returns its exit code.
    func exitCode(timeout: Double = 5) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let s = try? String(contentsOf: exitFile, encoding: .utf8), let r = s.range(of: "EXIT=") {
                return Int32(s[r.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
            }
            usleep(20_000)
        }
        throw TmuxSession.Timeout(description: "the kiosk did not exit within \(timeout)s; the screen was:\n\(capture())")
    }

    /// The kiosk's process id, while it runs.
    func pid() -> String? { process()?.pid }

    /// Sends `signal` (a name such as ILL) to the kiosk.
    func signal(_ name: String) {
        session.tmux(["run-shell", "pkill -\(name) -P \(session.panePID()) -x pathways"])
    }

    /// After the kiosk has exited: the terminal modes are as before it started, the alternate
    /// screen is left and the cursor shows. Empty when all is well, else what is wrong.
    func terminalProblems() -> [String] {
        var problems: [String] = []
        let deadline = Date().addingTimeInterval(5)
        while !FileManager.default.fileExists(atPath: modesAfter.path) && Date() < deadline { usleep(20_000) }
        usleep(50_000)
        let before = (try? String(contentsOf: modesBefore, encoding: .utf8)) ?? "none"
        let after = (try? String(contentsOf: modesAfter, encoding: .utf8)) ?? "none"
        if before != after { problems.append("stty -g was \(before), now \(after)") }
        let flags = session.tmux(["display-message", "-p", "-t", "0", "#{alternate_on} #{cursor_flag}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        if flags != "0 1" { problems.append("alternate screen and cursor flags are \(flags), not '0 1'") }
        return problems
    }

    /// Every file and folder under `dir`, relative, sorted.
    static func listing(_ dir: URL) -> [String] {
        let base = dir.resolvingSymlinksInPath().path
        let all = FileManager.default.enumerator(atPath: base)?.compactMap { $0 as? String } ?? []
        return all.sorted()
    }

    func close() {
        session.close()
        try? FileManager.default.removeItem(at: root)
    }
}
