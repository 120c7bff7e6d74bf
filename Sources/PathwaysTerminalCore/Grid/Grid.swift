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
            if col >= 0 { setCell(Cell(text: shown, width: UInt8(w), style: style), x: col, y: y) }
            col += w
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

    /// Fills a rectangle with blanks in a style.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        for row in max(0, rect.y)..<min(height, rect.maxY) {
            for col in max(0, rect.x)..<min(width, rect.maxX) { self[col, row] = Cell(text: " ", width: 1, style: style) }
        }
    }

    /// Changes the style of existing cells without touching their text.
    public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
        for row in max(0, rect.y)..<min(height, rect.maxY) {
            for col in max(0, rect.x)..<min(width, rect.maxX) { change(&cells[row * width + col].style) }
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

    private mutating func attach(_ mark: String, x: Int, y: Int) {
        var target = x
        if self[target, y].isContinuation, target > 0 { target -= 1 }
        if self[target, y].text.unicodeScalars.count < 4 { cells[y * width + target].text += mark }
    }

    /// A character made safe to draw, and its width.
    public static func sanitize(_ ch: Character, asciiOnly: Bool) -> (String, Int) {
        var out = ""
        var width = 0
        for scalar in ch.unicodeScalars {
            let v = scalar.value
            if v < 0x20 || (v >= 0x7F && v < 0xA0) || v == 0x2028 || v == 0x2029 || (v >= 0x202A && v <= 0x202E)
                || (v >= 0x2066 && v <= 0x2069) {
                // Control characters and bidi overrides never reach the terminal.
                if out.isEmpty { out = " "; width = 1 }
                continue
            }
            if asciiOnly && v >= 0x80 {
                if out.isEmpty { out = ascii(scalar); width = out.count }
                continue
            }
            let w = DisplayWidth.of(scalar)
            if out.isEmpty {
                out.unicodeScalars.append(scalar)
                width = w
            } else if w == 0 {
                out.unicodeScalars.append(scalar)
            }
        }
        return (out, width)
    }

    public static func ascii(_ scalar: Unicode.Scalar) -> String {
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
