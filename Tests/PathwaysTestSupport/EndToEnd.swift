import Foundation
import Testing

/// The binary in a `TmuxSession`, with its exit code written to a file when it ends.
public struct EndToEnd {
    public static let root = PackagePaths.root
    public static let binary = root.appendingPathComponent(".build/debug/pathways").path
    public static var available: Bool { TmuxSession.tmux != nil || ProcessInfo.processInfo.environment["CI"] != nil }
    public static var reason: Comment { "tmux is not installed (CI installs it; apt-get install tmux)" }

    public struct Missing: Error, CustomStringConvertible {
        public var description: String
        public init(description: String) { self.description = description }
    }

    public let exitFile = FileManager.default.temporaryDirectory.appendingPathComponent("pathways-e2e-\(UUID().uuidString).exit").path
    public let session: TmuxSession

    /// Starts the binary with extra `arguments`, in `directory` (the current one when nil), in a
    /// `width` × `height` terminal described by `environment` (xterm with colour unless told).
    /// With `recording`, every byte the binary writes to the terminal is appended to that file
    /// (tmux's pipe-pane, attached before the binary starts): for frames too brief to catch on
    /// screen.
    public init(arguments: [String] = [], directory: String? = nil, width: Int = 80, height: Int = 24,
                environment: String = "TERM=xterm-256color", recording: String? = nil) throws {
        guard FileManager.default.isExecutableFile(atPath: EndToEnd.binary) else {
            throw Missing(description: "no built binary at \(EndToEnd.binary): run swift build first")
        }
        let cd = directory.map { "cd '\($0)' && " } ?? ""
        let extra = arguments.map { " '\($0)'" }.joined()
        // A recording run waits for its gate file, created once the pipe is attached.
        let gate = exitFile + ".go"
        let wait = recording == nil ? "" : "while [ ! -e '\(gate)' ]; do sleep 0.02; done; "
        let command = "\(wait)\(cd)\(environment) LANG=C.UTF-8 \(EndToEnd.binary) --content \(EndToEnd.root.path)/Content\(extra); echo EXIT=$? > \(exitFile); sleep 30"
        session = try TmuxSession(command: command, width: width, height: height)
        if let recording {
            session.tmux(["pipe-pane", "-t", "0", "-o", "cat >> '\(recording)'"])
            FileManager.default.createFile(atPath: gate, contents: nil)
        }
    }

    /// What a recording holds as text: the bytes as UTF-8 with the terminal's escape sequences
    /// and shift characters removed, so text written in one run reads as it was written.
    public static func recordedText(_ path: String) -> String {
        let raw = (try? Data(contentsOf: URL(fileURLWithPath: path))).map { String(decoding: $0, as: UTF8.self) } ?? ""
        return raw.replacingOccurrences(of: "\u{1B}(\\[[0-9;?]*[A-Za-z]|[()][0-9A-Za-z]|[=>78])", with: "", options: .regularExpression)
            .replacingOccurrences(of: "[\u{0E}\u{0F}]", with: "", options: .regularExpression)
    }

    @discardableResult
    public func tmux(_ args: [String]) -> String { session.tmux(args) }

    public func keys(_ names: String...) { tmux(["send-keys", "-t", "0"] + names) }
    public func type(_ text: String) { tmux(["send-keys", "-t", "0", "-l", text]) }
    public func resize(_ w: Int, _ h: Int) { tmux(["resize-window", "-t", "0", "-x", String(w), "-y", String(h)]) }
    public func capture() -> String { tmux(["capture-pane", "-p", "-t", "0"]) }

    public func signal(_ name: String) {
        let pid = tmux(["display-message", "-p", "-t", "0", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        // The pane runs a shell; signal its child, the binary.
        tmux(["run-shell", "pkill -\(name) -P \(pid) -x pathways"])
    }

    /// How long a wait polls before failing: a debug build loading the full national content
    /// on a busy two-core machine can take several seconds to show its first screen.
    public static let patience: Double = 20

    /// Polls the screen until `text` shows, up to `patience` seconds.
    public func waitFor(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let deadline = Date().addingTimeInterval(EndToEnd.patience)
        var screen = ""
        while Date() < deadline {
            screen = capture()
            if screen.contains(text) { return }
            usleep(20_000)
        }
        Issue.record("waited \(Int(EndToEnd.patience))s for \"\(text)\"; the screen was:\n\(screen)", sourceLocation: sourceLocation)
        throw CancellationError()
    }

    /// Waits for the binary to exit and returns its exit code.
    public func exitCode() throws -> Int32 {
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            if let s = try? String(contentsOfFile: exitFile, encoding: .utf8), let r = s.range(of: "EXIT=") {
                return Int32(s[r.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
            }
            usleep(20_000)
        }
        Issue.record("the binary did not exit within 5s")
        throw CancellationError()
    }

    public func close() {
        tmux(["kill-server"])
        try? FileManager.default.removeItem(atPath: exitFile)
        try? FileManager.default.removeItem(atPath: exitFile + ".go")
    }
}
