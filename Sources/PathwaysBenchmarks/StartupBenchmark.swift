import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Times exec to first frame: a program in an 80x24 pseudo-terminal, from spawning it until its
/// first screen has been written, as a person sees it. `compare` runs `pathways` (with the
/// compiled store warm, and with an empty cache) and `dialog --menu` with eight items in turn,
/// in the same run, so their ratio holds on a busy machine too.
enum StartupBenchmark {
    /// Exec-to-first-frame timings side by side.
    struct Comparison: Encodable {
        var dialog: Spread?
        var pathwaysStoreWarm: Spread?
        var pathwaysStoreCold: Spread?
        var warmRatio: Double?
        var coldRatio: Double?
    }

    /// One program to start: its argv, environment and a word its first frame shows.
    struct Launch {
        var argv: [String]
        var environment: [String]
        var marker: String
        /// What to type to leave it.
        var quit: String
    }

    static func pathwaysBinary() -> String {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("pathways").path
    }

    static func compare(content: String, runs: Int) -> Comparison {
        let binary = pathwaysBinary()
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            print("exec to first frame: skipped, no binary at \(binary) (swift build -c release first)")
            return Comparison()
        }
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("pathways-startup-\(getpid())")
        defer { try? FileManager.default.removeItem(at: base) }
        let warmCache = base.appendingPathComponent("warm").path
        try? FileManager.default.createDirectory(atPath: warmCache, withIntermediateDirectories: true)
        let env = ["TERM=xterm-256color", "LANG=C.UTF-8"]
        // `pathways` as an adviser or a kiosk starts it: no arguments, the content named by
        // PATHWAYS_CONTENT (as an installation would set it).
        let warm = Launch(argv: [binary], environment: env + ["XDG_CACHE_HOME=\(warmCache)", "PATHWAYS_CONTENT=\(content)"],
                          marker: "Clusters", quit: "q")
        let items = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel"]
        let dialogPath = ["/usr/bin/dialog", "/bin/dialog"].first { FileManager.default.isExecutableFile(atPath: $0) }
        let dialog = dialogPath.map { path in
            Launch(argv: [path, "--menu", "Choose one", "20", "60", "8"] + items.enumerated().flatMap { [String($0.offset + 1), $0.element] },
                   environment: env, marker: "Hotel", quit: "\u{1b}")
        }
        _ = once(warm)  // writes the store
        var d: [Double] = [], w: [Double] = [], c: [Double] = []
        for run in 0..<runs {
            if let dialog, let t = once(dialog) { d.append(t) }
            if let t = once(warm) { w.append(t) }
            let coldCache = base.appendingPathComponent("cold-\(run)").path
            var cold = warm
            cold.environment = env + ["XDG_CACHE_HOME=\(coldCache)", "PATHWAYS_CONTENT=\(content)"]
            if let t = once(cold) { c.append(t) }
        }
        var result = Comparison(dialog: d.isEmpty ? nil : Spread(d), pathwaysStoreWarm: w.isEmpty ? nil : Spread(w),
                                pathwaysStoreCold: c.isEmpty ? nil : Spread(c))
        if let dm = result.dialog?.medianMs, dm > 0 {
            result.warmRatio = result.pathwaysStoreWarm.map { $0.medianMs / dm }
            result.coldRatio = result.pathwaysStoreCold.map { $0.medianMs / dm }
        }
        return result
    }

    static func printText(_ c: Comparison) {
        print("  exec to first frame, 80x24 pty:")
        if let s = c.dialog { print("    dialog --menu, eight items: \(s.text)") } else { print("    dialog: not installed (apt-get install dialog)") }
        if let s = c.pathwaysStoreWarm { print("    pathways, compiled store warm: \(s.text)" + (c.warmRatio.map { String(format: ", %.1f× dialog", $0) } ?? "")) }
        if let s = c.pathwaysStoreCold { print("    pathways, empty cache (YAML, then the store written): \(s.text)" + (c.coldRatio.map { String(format: ", %.1f× dialog", $0) } ?? "")) }
    }

    /// The old bundled-content line: pathways alone with a warm store.
    static func run(binary: String, content: String, runs: Int = 21) {
        let c = compare(content: content, runs: runs)
        printText(c)
    }

    /// One run: fork a child on a new pty, exec the program, read until its marker shows.
    static func once(_ launch: Launch) -> Double? {
        var master: Int32 = 0
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        let argv: [UnsafeMutablePointer<CChar>?] = launch.argv.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = launch.environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        let marker = Array(launch.marker.utf8)
        let start = DispatchTime.now().uptimeNanoseconds
        let pid = forkpty(&master, nil, nil, &size)
        if pid == 0 {
            execve(argv[0]!, argv, envp)
            _exit(127)
        }
        guard pid > 0 else { return nil }
        var seen = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        var elapsed: Double?
        let deadline = start + 60_000_000_000
        while DispatchTime.now().uptimeNanoseconds < deadline {
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 100) > 0 else { continue }
            let n = read(master, &buffer, buffer.count)
            if n <= 0 { break }
            seen.append(contentsOf: buffer[0..<n])
            if contains(seen, marker) {
                elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                break
            }
        }
        _ = write(master, launch.quit, launch.quit.utf8.count)
        var status: Int32 = 0
        let killAt = DispatchTime.now().uptimeNanoseconds + 2_000_000_000
        // Drain until the child has gone, so it never blocks on a full pty; stop it if it lingers.
        while waitpid(pid, &status, WNOHANG) == 0 {
            if DispatchTime.now().uptimeNanoseconds > killAt { kill(pid, SIGKILL) }
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&poller, 1, 50) > 0 { _ = read(master, &buffer, buffer.count) }
        }
        close(master)
        return elapsed
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        return (0...(haystack.count - needle.count)).contains { i in haystack[i..<(i + needle.count)].elementsEqual(needle) }
    }
}
