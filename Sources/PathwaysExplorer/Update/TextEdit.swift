/// One change to text being typed. Which edits a field takes is up to the field: a search or a
/// file name is one line, the notes are many.
public enum TextEdit: Sendable, Hashable {
    case insert(Character)
    case newLine
    case deleteBackward
    case deleteForward
    /// Ctrl-U: empties a one-line field.
    case clear
    /// Tab in the notes: two spaces.
    case indent
    /// Cursor movements in the notes.
    case left, right, up, down, lineStart, lineEnd
}
