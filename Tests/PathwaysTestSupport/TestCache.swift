import Foundation

/// A cache folder private to this test process, so `pathways` started by a test (directly or
/// in tmux) writes its compiled content store there and never into the user's real cache.
public enum TestCache {
    /// `$TMPDIR/pathways-test-cache-PID`, created on first use.
    public static let folder: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pathways-test-cache-\(getpid())").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    /// The environment variable that points `pathways` at `folder`.
    public static var variable: String { "XDG_CACHE_HOME=\(folder)" }
}
