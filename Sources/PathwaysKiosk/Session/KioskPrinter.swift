import CProcessSpawn

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Sends a print slip to the configured print command, such as `lp -d foyer`.
///
/// The command is started directly with `posix_spawnp` and its argument list: never through a
/// shell. The slip is written to its standard input; its output goes to /dev/null so it cannot
/// disturb the screen; it runs in a session of its own (no controlling terminal) with default
/// signal handling, and is killed if it takes longer than `timeout` seconds.
public struct KioskPrinter: Sendable {
    /// The program (found on PATH when it has no slash) and its arguments.
    public var command: [String]
    public var timeout: Double

    public init(command: [String], timeout: Double = 20) {
        self.command = command
        self.timeout = timeout
    }

    /// A print command as written in the config file or on the command line: a program and plain
    /// arguments, split on spaces and tabs. Nil when it has no program, or characters that only
    /// mean something to a shell (quotes, `\`, `` ` ``, `$`, `;`, `|`, `&`, `<`, `>`), since it
    /// is run without one.
    public static func arguments(_ text: String) -> [String]? {
        guard !text.contains(where: { "\"'\\`$;|&<>".contains($0) }) else { return nil }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        return words.isEmpty ? nil : words
    }

    /// A print failure: what went wrong, for the log and the tests.
    public struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
        public var description: String
    }

    /// Runs the command with `text` on its standard input; returns when it has exited 0.
    public func print(_ text: String) throws(Failure) {
        guard let program = command.first else { throw Failure(description: "no print command") }
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw Failure(description: "pipe failed: errno \(errno)") }
        let (readEnd, writeEnd) = (fds[0], fds[1])
        _ = fcntl(writeEnd, F_SETFD, FD_CLOEXEC)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, readEnd, 0)
        posix_spawn_file_actions_addclose(&actions, readEnd)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | KioskPrinter.newSession))

        let argv = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, program, &actions, &attributes, argv, environ)
        close(readEnd)
        guard spawned == 0 else {
            close(writeEnd)
            throw Failure(description: "cannot start \(program): \(String(cString: strerror(spawned)))")
        }
        // SIGPIPE is ignored in the kiosk, so a printer that stops reading gives EPIPE here.
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { write(writeEnd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 { if errno == EINTR { continue }; break }
            offset += n
        }
        close(writeEnd)
        try wait(for: pid, program: program)
    }

    /// POSIX_SPAWN_SETSID from the C library's <spawn.h> (glibc declares it only for
    /// _GNU_SOURCE, so Swift cannot import it directly).
    private static let newSession = Int32(pw_spawn_setsid_flag())

    private func wait(for pid: pid_t, program: String) throws(Failure) {
        var status: Int32 = 0
        var waited = 0.0
        while true {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid { break }
            if r < 0 && errno != EINTR { throw Failure(description: "waitpid failed: errno \(errno)") }
            if waited >= timeout {
                kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                throw Failure(description: "\(program) took longer than \(Int(timeout)) seconds and was stopped")
            }
            usleep(20_000)
            waited += 0.02
        }
        // Exited normally with status 0 (WIFSIGNALED, WTERMSIG, WIFEXITED and WEXITSTATUS, through C).
        let signalled = pw_wait_signal(status)
        let code = pw_wait_exit_status(status)
        guard signalled == 0 else { throw Failure(description: "\(program) was stopped by signal \(signalled)") }
        guard code == 0 else { throw Failure(description: "\(program) failed with exit status \(code)") }
    }
}
