import Foundation

/// Starting programs from tests with posix_spawn and waitpid, rather than Foundation's Process,
/// whose exit watching on Linux never finishes when the child leaves a daemon behind (a tmux
/// server, sshd).
public enum ChildProcess {
    /// Starts `argv` with no signals blocked or ignored (whatever the test thread has), stdin
    /// from /dev/null and stdout and stderr to `output` (or /dev/null); returns its pid.
    public static func start(_ argv: [String], output: String? = nil) -> pid_t? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let cArgs = argv.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, argv[0], &actions, &attributes, cArgs, environ) == 0 else { return nil }
        return pid
    }

    /// Runs `argv` to completion, at most `timeout` seconds (then it is killed); returns the
    /// exit status (-1 when it could not start or was killed) and what it printed.
    @discardableResult
    public static func run(_ argv: [String], timeout: Double = 10) -> (status: Int32, output: String) {
        let outFile = FileManager.default.temporaryDirectory.appendingPathComponent("child-\(UUID().uuidString).out").path
        defer { unlink(outFile) }
        guard let pid = start(argv, output: outFile) else { return (-1, "") }
        let status = wait(pid, timeout: timeout)
        return (status, (try? String(contentsOfFile: outFile, encoding: .utf8)) ?? "")
    }

    /// Waits for `pid` up to `timeout` seconds, killing it after that; its exit status, or -1.
    @discardableResult
    public static func wait(_ pid: pid_t, timeout: Double) -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while Date() < deadline {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid { return (status & 0x7f) == 0 ? (status >> 8) & 0xff : -1 }
            if r < 0 { return -1 }
            usleep(10_000)
        }
        kill(pid, SIGKILL)
        waitpid(pid, &status, 0)
        return -1
    }

    /// Stops a long-running child: SIGTERM, then SIGKILL if it is still there after two seconds.
    public static func stop(_ pid: pid_t) {
        kill(pid, SIGTERM)
        if wait(pid, timeout: 2) == -1 { kill(pid, SIGKILL); var s: Int32 = 0; waitpid(pid, &s, WNOHANG) }
    }
}
