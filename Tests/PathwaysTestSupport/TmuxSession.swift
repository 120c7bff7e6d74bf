import Foundation

/// A tmux session running a command in a pane of a given size, on a private socket so parallel
/// runs never meet: tests type into it with `keys` and read it back with `capture`.
public struct TmuxSession {
    /// The tmux binary, when installed.
    public static let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// A wait that ran out, with the screen at the time.
    public struct Timeout: Error, CustomStringConvertible {
        public var description: String
        public init(description: String) { self.description = description }
    }

    /// tmux is not installed.
    public struct Missing: Error, CustomStringConvertible {
        public var description: String
    }

    public let socket = "pathways-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"

    /// Starts `command` (run by tmux's shell) in a detached session of `width` × `height`, with
    /// the test process's own cache folder (`TestCache`).
    public init(command: String, width: Int = 80, height: Int = 24) throws {
        guard TmuxSession.tmux != nil else { throw Missing(description: "tmux is not installed") }
        tmux(["new-session", "-d", "-e", TestCache.variable, "-x", String(width), "-y", String(height), command])
    }

    /// Runs a tmux command on this session's socket and returns what it printed.
    @discardableResult
    public func tmux(_ args: [String]) -> String {
        ChildProcess.run([TmuxSession.tmux!, "-L", socket] + args, timeout: 10).output
    }

    /// Sends keys by tmux name ("Enter", "C-c", "F12") or literal characters.
    public func keys(_ names: String...) { keys(names) }
    public func keys(_ names: [String]) { tmux(["send-keys", "-t", "0"] + names) }
    /// Types text literally.
    public func type(_ text: String) { tmux(["send-keys", "-t", "0", "-l", text]) }
    public func resize(_ w: Int, _ h: Int) { tmux(["resize-window", "-t", "0", "-x", String(w), "-y", String(h)]) }
    /// The visible screen.
    public func capture() -> String { tmux(["capture-pane", "-p", "-t", "0"]) }
    /// The screen and up to 1000 lines of scrollback above it.
    public func captureWithScrollback() -> String { tmux(["capture-pane", "-p", "-S", "-1000", "-t", "0"]) }
    /// The name of the program in the pane's foreground.
    public func foregroundCommand() -> String {
        tmux(["display-message", "-p", "-t", "0", "#{pane_current_command}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }
    /// The pid of the pane's own process (the shell running the command).
    public func panePID() -> String {
        tmux(["display-message", "-p", "-t", "0", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls the screen until `text` shows, up to `timeout` seconds; throws with the screen otherwise.
    public func waitFor(_ text: String, timeout: Double = EndToEnd.patience) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = capture()
            if screen.contains(text) { return }
            usleep(20_000)
        }
        throw Timeout(description: "waited \(timeout)s for \"\(text)\"; the screen was:\n\(screen)")
    }

    /// Ends the session and its server.
    public func close() { tmux(["kill-server"]) }
}
