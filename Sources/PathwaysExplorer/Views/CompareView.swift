import PathwaysGraph
import PathwaysTerminalCore

/// Routes to one job side by side: a column per route and a row per measure, the best value of
/// each row bold and marked "*"; below 60 columns, the routes are stacked instead.
enum CompareView {
    static func draw(_ jobID: String, _ frame: inout Frame, _ area: Rect, _ state: ExplorerState, _ context: ExplorerContext) {
        let page = state.page
        let jobTitle = context.graph.job(jobID)?.title ?? jobID
        frame.paneTitle(area, "Compare routes to \(jobTitle) · * best in the row", focused: true)
        let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        let table = RouteComparison(routes: page.routes, personal: page.personal)
        if area.width < 60 { stacked(&frame, body, table, page) } else { columns(&frame, body, table, page) }
    }

    static func header(_ i: Int, _ page: Page) -> String {
        let tags = page.personal(i).map(Describe.tags) ?? ""
        return "Route \(page.routeNumber(i))" + (tags.isEmpty ? "" : " " + tags)
    }

    static func columns(_ frame: inout Frame, _ rect: Rect, _ table: RouteComparison, _ page: Page) {
        let n = max(1, page.routes.count)
        let labelWidth = min(20, rect.width / 4)
        let columnWidth = (rect.width - labelWidth) / n
        func x(_ c: Int) -> Int { rect.x + labelWidth + c * columnWidth }
        var y = rect.y + 1
        for c in page.routes.indices {
            let chosen = c == page.selected
            frame.grid.putPadded((chosen ? "> " : "  ") + "Route \(page.routeNumber(c))" + (chosen ? " (chosen)" : ""), x: x(c), y: y, width: columnWidth - 1,
                                 style: chosen ? .selected : Style(bold: true, underline: true, role: .heading),
                                 ellipsis: frame.glyphs.ellipsis)
            frame.hits.append(Hit(rect: Rect(x: x(c), y: rect.y, width: columnWidth, height: rect.height), pane: 0, index: c))
        }
        y += 1
        for row in table.rows where y < rect.maxY {
            frame.grid.putPadded(" " + row.label, x: rect.x, y: y, width: labelWidth, style: .heading, ellipsis: frame.glyphs.ellipsis)
            for (c, value) in row.values.enumerated() {
                let best = row.best.contains(c)
                let lead = DisplayWidth.of(value) + 4 > columnWidth - 1 ? " " : "  "
                frame.grid.putPadded(lead + value + (best ? " *" : ""), x: x(c), y: y, width: columnWidth - 1,
                                     style: best ? Style(bold: true, role: .route) : .plain, ellipsis: frame.glyphs.ellipsis)
            }
            y += 1
        }
        y += 1
        guard y < rect.maxY else { return }
        frame.grid.putPadded(" Steps", x: rect.x, y: y, width: labelWidth, style: .heading)
        // Step names wrap under their number rather than being cut; the cost stays on the first line.
        var tallest = 0
        for (c, route) in page.routes.enumerated() {
            var line = y
            for (i, step) in route.steps.enumerated() {
                let cost = page.personal(c).map { ", " + Describe.costToYou($0.costings[i]) } ?? ""
                let number = "\(i + 1). "
                let wrapped = TextBlock.wrap(frame.grid.displayed(number + step.title + cost), width: max(6, columnWidth - 3),
                                             firstWidth: max(6, columnWidth - 3), indent: number.count)
                for (n, text) in wrapped.enumerated() where line + n < rect.maxY {
                    frame.grid.putPadded("  " + text, x: x(c), y: line + n, width: columnWidth - 1, ellipsis: frame.glyphs.ellipsis)
                }
                line += wrapped.count
            }
            tallest = max(tallest, line - y)
        }
        let footY = y + tallest + 1
        if footY < rect.maxY {
            frame.grid.put(" * best value in a row (none where the routes are equal).",
                           x: rect.x, y: footY, style: .muted, limit: rect.width)
        }
    }

    static func stacked(_ frame: inout Frame, _ rect: Rect, _ table: RouteComparison, _ page: Page) {
        var b = TextBlock()
        for c in page.routes.indices {
            if c > 0 { b.blank() }
            b.line((c == page.selected ? "> " : "  ") + header(c, page) + (c == page.selected ? " (chosen)" : ""), style: c == page.selected ? .selected : .heading)
            for row in table.rows {
                let best = row.best.contains(c)
                b.field("  " + row.label, row.values[c] + (best ? " *" : ""))
            }
        }
        let chosenLine = page.selected * (table.rows.count + 2)
        frame.text(rect, title: nil, block: b, scroll: max(0, chosenLine - 1), focused: true, pane: 1)
    }
}
