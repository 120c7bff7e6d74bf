import PathwaysGraph
import PathwaysTerminalCore

/// The notes editor: the lines in a titled box, the cursor shown as a reversed cell.
enum NotesEditorView {
    static func draw(_ editor: NoteEditor, _ frame: inout Frame, _ rect: Rect) {
        guard rect.height > 1 else { return }
        frame.paneTitle(rect, "Adviser's notes (editing: Enter new line, Esc or Ctrl-D done)", focused: true)
        let body = Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 1)
        let top = max(0, editor.line - body.height + 1)
        for (n, text) in editor.lines.dropFirst(top).prefix(body.height).enumerated() {
            let i = top + n
            let chars = Array(text)
            // Scroll sideways so the cursor stays in view on a long line.
            let left = i == editor.line ? max(0, editor.column - body.width + 2) : 0
            let shown = String(chars.dropFirst(left))
            let used = frame.grid.put(shown, x: body.x, y: body.y + n, limit: body.width)
            if i == editor.line {
                let before = DisplayWidth.of(frame.grid.displayed(String(chars[left..<min(editor.column, chars.count)])))
                let under = editor.column < chars.count ? String(chars[editor.column]) : " "
                if before < body.width { frame.grid.put(under, x: body.x + before, y: body.y + n, style: Style(reverse: true)) }
            }
            _ = used
        }
    }
}
