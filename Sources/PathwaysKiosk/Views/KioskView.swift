import PathwaysGraph
import PathwaysTerminalCore

/// Draws the kiosk: large, plain screens with one list, a bar across the top, and the keys that
/// work across the bottom. A pure function of the state and the time.
public enum KioskView {
    /// The smallest terminal the kiosk draws its screens in.
    public static let minimumSize = (width: 40, height: 12)

    /// The frame for `state` at time `now`.
    public static func render(_ state: KioskState, context: KioskContext, now: Double, width: Int, height: Int,
                              glyphs: Glyphs = .unicode, asciiOnly: Bool = false) -> Grid {
        var grid = Grid(width: width, height: height, asciiOnly: asciiOnly)
        guard width >= minimumSize.width, height >= minimumSize.height else {
            grid.put("Please make the window bigger", x: 0, y: 0, style: .heading)
            return grid
        }
        switch state.screen {
        case .attract: attract(&grid, glyphs: glyphs)
        case .done(let message): messageScreen(&grid, [message, "", "Press any key when you have finished."], title: "Thank you", glyphs: glyphs)
        case .sorry: messageScreen(&grid, ["Sorry, something went wrong — starting again."], title: "Sorry", glyphs: glyphs)
        default:
            if let page = KioskPage.page(for: state, context: context) { list(&grid, page, selected: state.selected, glyphs: glyphs) }
        }
        if let since = state.stillThereSince {
            let left = max(0, Int((context.countdown - (now - since)).rounded(.up)))
            dialog(&grid, ["Are you still there?", "", "Press any key to carry on.",
                           "Starting again in \(Wording.plural(left, "second"))."], glyphs: glyphs)
        } else if let pin = state.pinEntry {
            dialog(&grid, ["Staff only", "", "Type the PIN, then press Enter.", "PIN: " + String(repeating: "*", count: pin.count),
                           "", "Esc: go back"], glyphs: glyphs)
        }
        if let notice = state.notice {
            grid.putPadded(" " + notice, x: 0, y: height - 2, width: width, style: Style(bold: true, role: .message))
        }
        return grid
    }

    // MARK: Screens

    static func attract(_ grid: inout Grid, glyphs: Glyphs) {
        let w = grid.width, h = grid.height
        grid.box(Rect(x: 1, y: 1, width: w - 2, height: h - 2), glyphs: glyphs)
        let lines: [(String, Style)] = [
            ("Find your way into work and training", Style(bold: true, role: .heading)),
            ("", .plain),
            ("Jobs, courses and apprenticeships in the West Midlands,", .plain),
            ("and what they would cost you.", .plain),
            ("", .plain),
            ("Press any key to start", Style(bold: true, reverse: true, role: .selection)),
            ("", .plain),
            ("Use the arrow keys and Enter. Nothing about you is kept.", .muted),
        ]
        centre(&grid, lines, top: max(2, (h - lines.count) / 2))
    }

    static func messageScreen(_ grid: inout Grid, _ lines: [String], title: String, glyphs: Glyphs) {
        header(&grid, title)
        var block = TextBlock()
        for line in lines { block.line(line, style: Style(bold: true)) }
        draw(block, &grid, x: 4, y: 3, width: grid.width - 8, maxY: grid.height - 1)
    }

    static func list(_ grid: inout Grid, _ page: KioskPage, selected: Int, glyphs: Glyphs) {
        let w = grid.width, h = grid.height
        header(&grid, "Pathways: careers and training in the West Midlands")
        var y = 2
        for line in TextBlock.wrap(page.title, width: w - 4, firstWidth: w - 4, indent: 0) {
            grid.put(line, x: 2, y: y, style: Style(bold: true, underline: true, role: .heading)); y += 1
        }
        for text in page.intro {
            for line in TextBlock.wrap(text, width: w - 4, firstWidth: w - 4, indent: 0) { grid.put(line, x: 2, y: y); y += 1 }
        }
        y += 1
        footer(&grid, KioskKeymap.footer(unicode: glyphs.isUnicode))
        let placed = placements(page, selected: selected, width: w, height: h, top: y)
        let sel = min(max(0, selected), page.items.count - 1)
        if placed.first.map({ $0.item > 0 }) ?? false {
            grid.put((glyphs.isUnicode ? "↑" : "^") + " more above", x: w - 14, y: y - 1, style: .muted)
        }
        for p in placed {
            let on = p.item == sel
            for (n, line) in p.lines.enumerated() {
                let style = on ? Style(bold: true, reverse: true, role: .selection) : (n == 0 ? Style(bold: true) : .plain)
                grid.putPadded((n == 0 ? (on ? " " + (glyphs.isUnicode ? "▶" : ">") + " " : "   ") : "   ") + line + " ",
                               x: 2, y: p.row + n, width: w - 4, style: style)
            }
        }
        if (placed.last.map { $0.item } ?? -1) < page.items.count - 1 {
            grid.put((glyphs.isUnicode ? "↓" : "v") + " more below", x: w - 14, y: h - 2, style: .muted)
        }
    }

    /// Where a list page's items go: each wrapped, with a blank line between when there is room,
    /// scrolled so the highlighted item shows. Used to draw them and to find the one tapped.
    static func placements(_ page: KioskPage, selected: Int, width w: Int, height h: Int, top: Int)
        -> [(item: Int, row: Int, lines: [String])]
    {
        guard !page.items.isEmpty else { return [] }
        let textWidth = w - 8
        let wrapped = page.items.map { item in
            item.lines.enumerated().flatMap { i, l in TextBlock.wrap(l, width: textWidth, firstWidth: textWidth, indent: i == 0 ? 0 : 2) }
        }
        let bottom = h - 2
        let gap = wrapped.reduce(0) { $0 + $1.count + 1 } <= bottom - top ? 1 : 0
        let sel = min(max(0, selected), page.items.count - 1)
        var first = 0
        while first < sel, wrapped[first...sel].reduce(0, { $0 + $1.count + gap }) > bottom - top { first += 1 }
        var placed: [(item: Int, row: Int, lines: [String])] = []
        var y = top, i = first
        while i < wrapped.count, y < bottom {
            let lines = Array(wrapped[i].prefix(bottom - y))
            placed.append((i, y, lines))
            y += lines.count + gap
            i += 1
        }
        return placed
    }

    /// The list item drawn at row `y`, or `nil` (for a tap on a touch screen).
    public static func item(atRow y: Int, _ state: KioskState, context: KioskContext, width: Int, height: Int) -> Int? {
        guard width >= minimumSize.width, height >= minimumSize.height, state.stillThereSince == nil, state.pinEntry == nil,
              let page = KioskPage.page(for: state, context: context) else { return nil }
        // The same heading rows as `list`: the bar, then the wrapped title and intro, then a blank.
        var top = 2
        top += TextBlock.wrap(page.title, width: width - 4, firstWidth: width - 4, indent: 0).count
        for text in page.intro { top += TextBlock.wrap(text, width: width - 4, firstWidth: width - 4, indent: 0).count }
        top += 1
        return placements(page, selected: state.selected, width: width, height: height, top: top)
            .first { y >= $0.row && y < $0.row + $0.lines.count }?.item
    }

    // MARK: Pieces

    static func header(_ grid: inout Grid, _ title: String) {
        grid.putPadded(" " + title, x: 0, y: 0, width: grid.width, style: .header)
    }

    static func footer(_ grid: inout Grid, _ keys: String) {
        grid.putPadded(" " + keys, x: 0, y: grid.height - 1, width: grid.width, style: .header)
    }

    static func centre(_ grid: inout Grid, _ lines: [(String, Style)], top: Int) {
        for (i, (text, style)) in lines.enumerated() {
            let shown = DisplayWidth.truncate(grid.displayed(text), to: grid.width - 4)
            let x = max(2, (grid.width - DisplayWidth.of(shown)) / 2)
            grid.put(shown, x: x, y: top + i, style: style)
        }
    }

    static func dialog(_ grid: inout Grid, _ lines: [String], glyphs: Glyphs) {
        let width = min(grid.width - 4, 50)
        let rect = Rect(x: (grid.width - width) / 2, y: max(1, (grid.height - lines.count - 4) / 2), width: width, height: lines.count + 4)
        grid.fill(rect)
        grid.box(rect, glyphs: glyphs)
        for (i, line) in lines.enumerated() {
            let x = rect.x + max(2, (width - DisplayWidth.of(line)) / 2)
            grid.put(line, x: x, y: rect.y + 2 + i, style: i == 0 ? Style(bold: true, role: .heading) : Style(bold: true), limit: width - 3)
        }
    }

    static func draw(_ block: TextBlock, _ grid: inout Grid, x: Int, y: Int, width: Int, maxY: Int) {
        var row = y
        for segments in block.lines(width: width) where row < maxY {
            var col = x
            for (text, style) in segments { col += grid.put(text, x: col, y: row, style: style) }
            row += 1
        }
    }
}
