import Foundation
import PathwaysTestSupport

/// The real `pathways kiosk` in a tmux pane, with its own config (PIN set through
/// `--set-pin`), spool, home and working folders in a temporary directory.
struct KioskRun {
    static let pin = "2468"

    let root: URL
    let home: URL
    let cwd: URL
    let spool: URL
    let config: URL
    let exitFile: URL
    let session: TmuxSession

    init(idleTimeout: Int? = nil, printCommand: String? = nil) throws {
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
        for dir in [home, cwd, spool] { try fm.createDirectory(at: dir, withIntermediateDirectories: true) }
        let bin = EndToEnd.binary
        var kiosk = "\(bin) kiosk --config \(config.path) --spool \(spool.path) --content \(EndToEnd.root.path)/Content"
        if let idleTimeout { kiosk += " --idle-timeout \(idleTimeout)" }
        if let printCommand { kiosk += " --print-command '\(printCommand)'" }
        let command = "cd \(cwd.path) && export HOME=\(home.path) TERM=xterm-256color LANG=C.UTF-8 && "
            + "printf '\(KioskRun.pin)\\n' | \(bin) kiosk --set-pin --config \(config.path) 2>/dev/null && \(kiosk); "
            + "echo EXIT=$? > \(exitFile.path); sleep 60"
        session = try TmuxSession(command: command)
    }

    func keys(_ names: String...) { session.keys(names) }
    func keys(_ names: [String]) { session.keys(names) }
    func capture() -> String { session.capture() }
    func waitFor(_ text: String, timeout: Double = 5) throws { try session.waitFor(text, timeout: timeout) }

    /// The kiosk's own process state from /proc (`S`, `R`, `T` for stopped), or nil once it is gone.
    func processState() -> Character? {
        let shell = session.panePID()
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return nil }
        for pid in entries where Int(pid) != nil {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            let name = stat[stat.index(after: stat.firstIndex(of: "(")!)..<close]
            let fields = stat[stat.index(close, offsetBy: 2)...].split(separator: " ")
            if name == "pathways", fields.count > 1, String(fields[1]) == shell { return fields[0].first }
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
