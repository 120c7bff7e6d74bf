import Foundation
import PathwaysGraph

/// Where command output goes: results to standard output, problems to standard error.
///
/// Messages and lines that may hold a file name or text from a file go through `error` or
/// `line`, which write every control character visibly (`VisibleText`), so nothing read from
/// a file or its name can move the cursor, retitle or clear the terminal.
enum Output {
    static func error(_ message: String) {
        let safe = VisibleText.escaped(message, keepingLineFeeds: true)
        FileHandle.standardError.write(Data((safe.hasSuffix("\n") ? safe : safe + "\n").utf8))
    }

    /// One line of results on standard output, escaped like `error`.
    static func line(_ text: String) {
        print(VisibleText.escaped(text, keepingLineFeeds: true))
    }

    /// Pretty, key-sorted JSON with a final newline, so output is stable for scripts and tests.
    static func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        print(String(decoding: data, as: UTF8.self))
    }

    /// Left-aligned columns, measured in display columns, separated by two spaces; the last column is not padded.
    static func table(_ rows: [[String]]) -> String {
        guard let width = rows.map(\.count).max() else { return "" }
        var widths = [Int](repeating: 0, count: width)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(cell)) } }
        return rows.map { row in
            row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : DisplayWidth.pad(cell, to: widths[i])
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
