import PathwaysGraph
import PathwaysTerminalCore

/// A frame being drawn: the grid, the clickable rows recorded so far, and the glyph set.
struct Frame {
    var grid: Grid
    var hits: [Hit] = []
    let glyphs: Glyphs

    init(width: Int, height: Int, glyphs: Glyphs, asciiOnly: Bool) {
        grid = Grid(width: width, height: height, asciiOnly: asciiOnly)
        self.glyphs = glyphs
    }

    /// One row of a list.
    struct Row {
        var text: String
        /// Right-aligned extra (pay, weeks), dropped when there is no room.
        var trailing: String = ""
        /// Index into the screen's items, or nil for a heading row.
        var item: Int?
        /// How a row that is not an item (a heading, a note under an item) is drawn.
        var style: Style = .heading
        /// Kept after the text however narrow the pane ("[example]"): the text is cut instead.
        var mark: String = ""
        /// Wraps onto further lines (indented under the text) instead of being cut: a route's
        /// steps, whose names must be read whole.
        var wraps = false

        /// A row for a record's title, marked "[example]" when no source confirms it.
        static func titled(_ title: String, illustrative: Bool, trailing: String = "", item: Int) -> Row {
            Row(text: title, trailing: trailing, item: item, mark: illustrative ? Wording.exampleMark : "")
        }
    }

    /// A row's text cut to `columns`, keeping its mark whole at the end.
    func rowText(_ row: Row, columns: Int) -> String {
        guard !row.mark.isEmpty else { return row.text }
        let markWidth = DisplayWidth.of(grid.displayed(row.mark))
        let room = columns - markWidth - 1
        guard room >= 4 else { return row.text + " " + row.mark }
        return DisplayWidth.truncate(grid.displayed(row.text), to: room, ellipsis: glyphs.ellipsis) + " " + row.mark
    }

    /// A wrapping row as the lines it takes at `columns`: the first, then continuations indented
    /// under its text (an item's continuations carry no "> " marker). Other rows are one line each.
    func wrapped(_ row: Row, columns: Int) -> [(row: Row, first: Bool)] {
        guard row.wraps, columns > 8 else { return [(row, true)] }
        let text = row.mark.isEmpty ? row.text : row.text + " " + row.mark
        let lead = text.prefix { $0 == " " }.count
        let label = text.dropFirst(lead).prefix { $0.isNumber || $0 == "." || $0 == "!" }.count
        let indent = min(columns / 3, lead + (label > 0 ? label + 1 : 0))
        return TextBlock.wrap(grid.displayed(text), width: columns, firstWidth: columns - lead, indent: indent).enumerated().map { i, line in
            var part = row
            part.text = (i == 0 ? String(repeating: " ", count: lead) : "") + line
            part.mark = ""
            part.trailing = i == 0 ? row.trailing : ""
            return (part, i == 0)
        }
    }

    /// Draws a titled list with the selected row marked "> " and reversed (bold when unfocused).
    /// Rows that wrap take as many lines as they need; the selected row is kept whole on screen.
    mutating func list(_ rect: Rect, title: String, rows: [Row], selected: Int, focused: Bool, pane: Int = 0) {
        guard rect.width > 2, rect.height > 0 else { return }
        paneTitle(rect, title, focused: focused)
        let body = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
        guard body.height > 0 else { return }
        let lines = rows.flatMap { wrapped($0, columns: body.width - ($0.item == nil ? 0 : 2)) }
        let selectedRow = lines.firstIndex { $0.row.item == selected } ?? 0
        let selectedEnd = lines.lastIndex { $0.row.item == selected } ?? selectedRow
        var top = max(0, selectedEnd - body.height + 1)
        if top > 0, selectedRow - top < body.height / 2, lines.count - top > body.height { top = max(0, selectedRow - body.height / 2) }
        top = min(max(top, selectedEnd - body.height + 1), selectedRow)
        for (i, line) in lines.dropFirst(top).prefix(body.height).enumerated() {
            let y = body.y + i
            let row = line.row
            guard let item = row.item else {
                grid.putPadded(rowText(row, columns: body.width), x: body.x, y: y, width: body.width, style: row.style,
                               ellipsis: glyphs.ellipsis)
                continue
            }
            let isSelected = item == selected
            let style: Style = isSelected ? (focused ? .selected : Style(bold: true, underline: true, role: .selection)) : .plain
            let marker = isSelected && line.first ? "> " : "  "
            let trailing = row.trailing.isEmpty ? "" : " " + row.trailing
            let trailingWidth = DisplayWidth.of(grid.displayed(trailing))
            let textWidth = body.width - 2 - (trailingWidth <= body.width / 2 ? trailingWidth : 0)
            grid.putPadded(marker + DisplayWidth.pad(rowText(row, columns: textWidth), to: max(0, textWidth), ellipsis: glyphs.ellipsis),
                           x: body.x, y: y, width: body.width, style: style)
            if trailingWidth <= body.width / 2, trailingWidth > 0 {
                grid.put(trailing, x: body.maxX - trailingWidth, y: y, style: style, limit: trailingWidth)
            }
            hits.append(Hit(rect: Rect(x: body.x, y: y, width: body.width, height: 1), pane: pane, index: item))
        }
        if rows.isEmpty { grid.putPadded("  (nothing here)", x: body.x, y: body.y, width: body.width, style: .muted) }
    }

    /// Draws a titled block of wrapped text, scrolled by `scroll` lines.
    mutating func text(_ rect: Rect, title: String?, block: TextBlock, scroll: Int, focused: Bool, pane: Int) {
        guard rect.width > 2, rect.height > 0 else { return }
        var body = rect
        if let title {
            paneTitle(rect, title, focused: focused)
            body = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
        }
        // Only as many lines as the pane shows, plus one to know whether there are more.
        let wanted = max(0, scroll) + body.height + 1
        let lines = block.lines(width: body.width - 1, limit: wanted)
        let start = lines.count >= wanted ? max(0, scroll) : min(max(0, scroll), max(0, lines.count - body.height))
        for (i, segments) in lines.dropFirst(start).prefix(body.height).enumerated() {
            var x = body.x + 1
            for (t, st) in segments { x += grid.put(t, x: x, y: body.y + i, style: st, limit: body.maxX - x) }
        }
        if start > 0 { grid.put(glyphs.isUnicode ? "↑" : "^", x: body.maxX - 1, y: body.y, style: .muted) }
        if lines.count - start > body.height {
            grid.put(glyphs.isUnicode ? "↓" : "v", x: body.maxX - 1, y: body.maxY - 1, style: .muted)
        }
        hits.append(Hit(rect: body, pane: pane, index: -1))
    }

    /// A pane's title line: bold and underlined, reversed with a marker when the pane has focus.
    mutating func paneTitle(_ rect: Rect, _ title: String, focused: Bool) {
        let style = focused ? Style(bold: true, reverse: true, role: .heading) : Style(bold: true, underline: true, role: .heading)
        grid.putPadded((focused ? "▸ " : "  ") + title, x: rect.x, y: rect.y, width: rect.width, style: style,
                       ellipsis: glyphs.ellipsis)
        if !glyphs.isUnicode { grid.put(focused ? "> " : "  ", x: rect.x, y: rect.y, style: style, limit: 2) }
    }

    mutating func verticalRule(x: Int, y: Int, height: Int) {
        for row in y..<(y + max(0, height)) { grid.put(glyphs.vertical, x: x, y: row, style: .border) }
    }

    mutating func horizontalRule(x: Int, y: Int, width: Int) {
        grid.put(String(repeating: glyphs.horizontal, count: max(0, width)), x: x, y: y, style: .border, limit: width)
    }
}
