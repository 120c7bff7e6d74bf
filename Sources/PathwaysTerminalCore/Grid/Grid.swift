import PathwaysGraph

/// An in-memory screen: rows of cells that views draw into and backends show.
///
/// Writing is the one place text reaches the screen, so it is where content is made safe:
/// control characters (escape sequences, tabs, newlines, C1 controls) become spaces, and in a
/// non-UTF-8 locale non-ASCII text is spelled in ASCII.
public struct Grid: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Write ASCII only (a non-UTF-8 locale).
    public var asciiOnly: Bool

    public init(width: Int, height: Int, asciiOnly: Bool = false) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.asciiOnly = asciiOnly
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// Writes `text` from (x, y), clipped to `limit` columns and the grid; returns columns used.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let end = min(width, limit.map { x + max(0, $0) } ?? width)
        var col = x
        for ch in text {
            let (shown, w) = Grid.sanitize(ch, asciiOnly: asciiOnly)
            if w == 0 {
                // A combining mark with no base of its own: attach to the previous cell.
                if col > 0, col - 1 < width, col - 1 >= x { attach(shown, x: col - 1, y: y) }
                continue
            }
            if col + w > end { break }
            // An ASCII spelling ("GBP" for £) is one cell per letter; anything else is one cell.
            let pieces = w == shown.count && w > 1 ? shown.map { (String($0), 1) } : [(shown, w)]
            for (piece, pieceWidth) in pieces {
                if col >= 0 { setCell(Cell(text: piece, width: UInt8(pieceWidth), style: style), x: col, y: y) }
                col += pieceWidth
            }
        }
        return max(0, col - x)
    }

    /// Writes `text` padded with `style` to exactly `width` columns, truncated with an ellipsis.
    public mutating func putPadded(_ text: String, x: Int, y: Int, width w: Int, style: Style = .plain, ellipsis: String = "…") {
        guard w > 0 else { return }
        let cut = DisplayWidth.truncate(displayed(text), to: w, ellipsis: asciiOnly ? "..." : ellipsis)
        let used = put(cut, x: x, y: y, style: style, limit: w)
        if used < w { put(String(repeating: " ", count: w - used), x: x + used, y: y, style: style, limit: w - used) }
    }

    /// Draws the outline of a rectangle in box-drawing characters (or ASCII), leaving the inside as it is.
    public mutating func box(_ rect: Rect, glyphs: Glyphs, style: Style = .border) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let horizontal = String(repeating: glyphs.horizontal, count: rect.width - 2)
        put(glyphs.topLeft + horizontal + glyphs.topRight, x: rect.x, y: rect.y, style: style, limit: rect.width)
        put(glyphs.bottomLeft + horizontal + glyphs.bottomRight, x: rect.x, y: rect.maxY - 1, style: style, limit: rect.width)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            put(glyphs.vertical, x: rect.x, y: y, style: style)
            put(glyphs.vertical, x: rect.maxX - 1, y: y, style: style)
        }
    }

    /// Fills a rectangle with blanks in a style.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        for row in max(0, rect.y)..<min(height, rect.maxY) {
            for col in max(0, rect.x)..<min(width, rect.maxX) { self[col, row] = Cell(text: " ", width: 1, style: style) }
        }
    }

    /// The screen as text, one line per row, trailing spaces removed.
    public var text: String {
        (0..<height).map { line($0) }.joined(separator: "\n")
    }

    /// One row as text, trailing spaces removed.
    public func line(_ y: Int) -> String {
        var s = ""
        for x in 0..<width where !self[x, y].isContinuation { s += self[x, y].text }
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }

    /// One row's styles as marks, one per column: `R` reverse, `B` bold, `U` underline, `D` dim, `.` plain.
    public func styleLine(_ y: Int) -> String {
        var s = ""
        for x in 0..<width {
            let st = self[x, y].style
            s += st.reverse ? "R" : st.bold ? "B" : st.underline ? "U" : st.dim ? "D" : "."
        }
        while s.hasSuffix(".") { s.removeLast() }
        return s
    }

    /// What `text` will look like once written (ASCII spelling applied), for measuring.
    public func displayed(_ text: String) -> String {
        asciiOnly ? text.map { Grid.sanitize($0, asciiOnly: true).0 }.joined() : text
    }

    // MARK: Internals

    private mutating func setCell(_ cell: Cell, x: Int, y: Int) {
        // Overwriting half of a wide character blanks its other half.
        let old = self[x, y]
        if old.isContinuation, x > 0 { self[x - 1, y] = Cell(text: " ", width: 1, style: self[x - 1, y].style) }
        if old.width == 2, x + 1 < width { self[x + 1, y] = Cell(text: " ", width: 1, style: old.style) }
        if cell.width == 2 {
            if x + 1 >= width { self[x, y] = Cell(text: " ", width: 1, style: cell.style); return }
            let next = self[x + 1, y]
            if next.width == 2, x + 2 < width { self[x + 2, y] = Cell(text: " ", width: 1, style: next.style) }
            self[x, y] = cell
            self[x + 1, y] = Cell(text: "", width: 0, style: cell.style)
        } else {
            self[x, y] = cell
        }
    }

    /// Adds a mark with no base of its own (a combining accent after a space, say) to the cell before.
    private mutating func attach(_ mark: String, x: Int, y: Int) {
        var target = x
        if self[target, y].isContinuation, target > 0 { target -= 1 }
        cells[y * width + target].text += mark
    }

    /// A character (grapheme cluster) made safe to draw, and its width (`DisplayWidth`): a
    /// control character becomes a space; in ASCII, anything else non-ASCII is spelled in ASCII.
    static func sanitize(_ ch: Character, asciiOnly: Bool) -> (String, Int) {
        if let byte = ch.asciiValue {
            // One byte, or CR LF: a control character is shown as a space.
            return byte < 0x20 || byte == 0x7F ? (" ", 1) : (String(ch), 1)
        }
        guard let first = ch.unicodeScalars.first else { return ("", 0) }
        if ch.unicodeScalars.contains(where: DisplayWidth.isControl) { return (" ", 1) }
        if asciiOnly && !ch.isASCII {
            if DisplayWidth.of(first) == 0 { return ("", 0) }
            let spelled = ascii(first)
            return (spelled, spelled.count)
        }
        return (String(ch), DisplayWidth.of(ch))
    }

    static func ascii(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "£": return "GBP"
        case "–", "—", "─", "━": return "-"
        case "‘", "’": return "'"
        case "“", "”": return "\""
        case "…": return "..."
        case "›", "▶", "►": return ">"
        case "‹": return "<"
        case "•", "·": return "*"
        case "│", "┃": return "|"
        case "é", "è", "ê", "ë": return "e"
        case "á", "à", "â", "ä": return "a"
        case "ó", "ò", "ô", "ö": return "o"
        case "í", "ì", "î", "ï": return "i"
        case "ú", "ù", "û", "ü": return "u"
        case "ç": return "c"
        default: return "?"
        }
    }
}
