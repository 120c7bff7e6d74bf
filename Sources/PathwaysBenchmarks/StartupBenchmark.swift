import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Times exec to first screen: the real `pathways` binary in an 80x24 pseudo-terminal, from
/// spawning it until its first screen (the cluster list) has been written, as a person sees it.
enum StartupBenchmark {
    static func run(binary: String, content: String, runs: Int = 21) {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            print("  exec to first screen: skipped, no binary at \(binary) (swift build -c release first)")
            return
        }
        var timings: [Double] = []
        for _ in 0..<runs {
            if let t = once(binary: binary, content: content) { timings.append(t) }
        }
        guard !timings.isEmpty else { print("  exec to first screen: could not be measured"); return }
        print("  exec to first screen in an 80x24 pty (release binary, bundled content): \(summary(timings))")
    }

    /// One run: fork a child on a new pty, exec the explorer, read until the home screen shows.
    private static func once(binary: String, content: String) -> Double? {
        var master: Int32 = 0
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup(binary), strdup("--content"), strdup(content), nil]
        let envp: [UnsafeMutablePointer<CChar>?] = [strdup("TERM=xterm-256color"), strdup("LANG=C.UTF-8"), nil]
        let start = DispatchTime.now().uptimeNanoseconds
        let pid = forkpty(&master, nil, nil, &size)
        if pid == 0 {
            execve(binary, argv, envp)
            _exit(127)
        }
        guard pid > 0 else { return nil }
        var seen = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        var elapsed: Double?
        let deadline = start + 5_000_000_000
        while DispatchTime.now().uptimeNanoseconds < deadline {
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 100) > 0 else { continue }
            let n = read(master, &buffer, buffer.count)
            if n <= 0 { break }
            seen.append(contentsOf: buffer[0..<n])
            if String(decoding: seen, as: UTF8.self).contains("Clusters") {
                elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                break
            }
        }
        _ = write(master, "q", 1)
        var status: Int32 = 0
        // Drain until the child has gone, so it never blocks on a full pty.
        while waitpid(pid, &status, WNOHANG) == 0 {
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&poller, 1, 50) > 0 { _ = read(master, &buffer, buffer.count) }
        }
        close(master)
        return elapsed
    }
}
