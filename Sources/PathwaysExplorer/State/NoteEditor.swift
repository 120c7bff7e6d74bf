import PathwaysGraph

/// The adviser's notes being edited: lines of text and a cursor.
///
/// Enter starts a new line, ⌫ and Delete join lines at their ends, arrows, Home and End move.
/// Control characters never get in, whether typed, pasted or read from a session file.
public struct NoteEditor: Sendable, Equatable {
    public private(set) var lines: [String]
    /// The cursor: a line, and a position in characters within it.
    public private(set) var line = 0
    public private(set) var column = 0

    /// How much an editor holds, so a stuck key or a huge paste cannot grow it without bound.
    public static let maximumLines = 60
    public static let maximumLineLength = 400

    /// Starts editing `notes` (one line each), with the cursor at the end.
    public init(_ notes: [String]) {
        let cleaned = NoteEditor.clean(notes)
        lines = cleaned.isEmpty ? [""] : cleaned
        line = lines.count - 1
        column = lines[line].count
    }

    /// The notes as they will be kept: trailing blank lines dropped.
    public var notes: [String] {
        var out = lines.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }
        while let last = out.last, last.isEmpty { out.removeLast() }
        return out
    }

    /// Applies an edit; returns false for one the notes do not take (`clear`).
    public mutating func apply(_ edit: TextEdit) -> Bool {
        switch edit {
        case .insert(let c) where c == "\n" || c == "\r":
            newLine()
        case .insert(let c):
            guard !NoteEditor.isControl(c) else { return true }
            guard lines[line].count < NoteEditor.maximumLineLength else { return true }
            var chars = Array(lines[line])
            chars.insert(c, at: column)
            lines[line] = String(chars)
            column += 1
        case .newLine: newLine()
        case .deleteBackward:
            if column > 0 {
                var chars = Array(lines[line])
                chars.remove(at: column - 1)
                lines[line] = String(chars)
                column -= 1
            } else if line > 0 {
                column = lines[line - 1].count
                lines[line - 1] += lines[line]
                lines.remove(at: line)
                line -= 1
            }
        case .deleteForward:
            if column < lines[line].count {
                var chars = Array(lines[line])
                chars.remove(at: column)
                lines[line] = String(chars)
            } else if line + 1 < lines.count {
                lines[line] += lines[line + 1]
                lines.remove(at: line + 1)
            }
        case .left:
            if column > 0 { column -= 1 } else if line > 0 { line -= 1; column = lines[line].count }
        case .right:
            if column < lines[line].count { column += 1 } else if line + 1 < lines.count { line += 1; column = 0 }
        case .up:
            if line > 0 { line -= 1; column = min(column, lines[line].count) }
        case .down:
            if line + 1 < lines.count { line += 1; column = min(column, lines[line].count) }
        case .lineStart: column = 0
        case .lineEnd: column = lines[line].count
        case .indent:
            return apply(.insert(" ")) && apply(.insert(" "))
        case .clear:
            return false
        }
        return true
    }

    private mutating func newLine() {
        guard lines.count < NoteEditor.maximumLines else { return }
        let chars = Array(lines[line])
        lines[line] = String(chars[..<column])
        lines.insert(String(chars[column...]), at: line + 1)
        line += 1
        column = 0
    }

    /// True for characters that must never be stored: control characters and bidi overrides
    /// (`DisplayWidth.isControl`).
    static func isControl(_ c: Character) -> Bool { c.unicodeScalars.contains(where: DisplayWidth.isControl) }

    /// Notes made safe: control characters removed (a tab or line break inside a note becomes a
    /// space), each line cut to the maximum length, and at most the maximum number of lines.
    public static func clean(_ notes: [String]) -> [String] {
        let lines = notes.prefix(maximumLines).map { note in
            String(String(note.map { isControl($0) ? (($0 == "\t" || $0.isNewline) ? " " : "\u{0}") : $0 }
                .filter { $0 != "\u{0}" }).prefix(maximumLineLength))
        }
        return Array(lines)
    }
}
