import Foundation

/// Compares text with a golden file, or rewrites the file when `PATHWAYS_UPDATE_GOLDEN=1`.
///
/// Golden files live beside the tests in a `Golden/` folder that is copied into the test
/// bundle; `goldenDirectory` is the source folder so regeneration writes into the checkout.
public enum Golden {
    /// Returns `nil` when `actual` matches the golden file, or a readable difference otherwise.
    public static func check(_ actual: String, file name: String, in goldenDirectory: URL) -> String? {
        let url = goldenDirectory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["PATHWAYS_UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return nil
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "missing golden file \(url.path); run with PATHWAYS_UPDATE_GOLDEN=1 to create it"
        }
        if expected == actual { return nil }
        let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
        for i in 0..<max(e.count, a.count) {
            let x = i < e.count ? e[i] : "<none>", y = i < a.count ? a[i] : "<none>"
            if x != y { return "\(name) differs at line \(i + 1):\n expected: \(x)\n   actual: \(y)" }
        }
        return "\(name) differs"
    }

    /// The `Golden/` folder next to the test file that calls this (pass `#filePath`).
    public static func directory(besides testFile: String) -> URL {
        URL(fileURLWithPath: testFile).deletingLastPathComponent().appendingPathComponent("Golden")
    }
}
