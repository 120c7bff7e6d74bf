import PathwaysGraph
import PathwaysTerminalCore

/// The pathway graph of a job's routes (columns by band, steps as boxes, progressions as
/// lines), or the same routes as a numbered list.
enum PathwaysView {
    static let boxHeight = 4
    static let slotHeight = 5
    static let gutter = 3
    static let minimumColumn = 9

    static func draw(_ frame: inout Frame, _ area: Rect, _ state: ExplorerState, _ context: ExplorerContext) {
        let page = state.page
        guard case .pathways(let jobID) = page.screen, let job = context.graph.job(jobID) else { return }
        guard !page.routes.isEmpty, let layout = page.layout else {
            frame.text(area, title: "Routes to \(job.title)", block: noRoutes(state), scroll: 0, focused: true, pane: 0)
            return
        }
        let wide = PaneLayout.mode(width: area.width) == .three
        let (main, side) = wide ? area.splitColumns(area.width - 38) : (area, Rect(x: 0, y: 0, width: 0, height: 0))
        // Under the graph, the step under the cursor: at least three lines, and whatever the graph
        // does not need, so the funding reason wraps whole instead of being cut.
        let tallest = layout.columns.map(\.count).max() ?? 1
        let graphNeeds = state.showList ? main.height : 2 + tallest * slotHeight
        let infoHeight = max(4, min(main.height / 2, main.height - graphNeeds))
        let (body, info) = wide ? (main, side) : main.splitRows(main.height - infoHeight)
        let route = page.routes[min(page.route, page.routes.count - 1)]
        var heading = "Route \(page.route + 1) of \(page.routes.count) (marked *): \(Describe.totals(route)) · by \(state.ranking.rawValue)"
        if let p = page.personal(page.route) {
            let tags = Describe.tags(p)
            heading = "Route \(page.route + 1) of \(page.routes.count) (marked *)\(tags.isEmpty ? "" : " " + tags): "
                + "\(Describe.totals(p)) · by \(state.ranking.rawValue)"
        }
        let columns = layout.headings.count
        let columnWidth = (body.width - gutter * (columns - 1)) / max(1, columns)
        if state.showList || columnWidth < minimumColumn {
            let note = state.showList ? "" : " (too narrow for the graph)"
            list(&frame, body, state, title: "Routes as a list\(note)")
        } else {
            frame.paneTitle(body, heading, focused: true)
            graph(&frame, Rect(x: body.x, y: body.y + 1, width: body.width, height: body.height - 1), state, layout,
                  route: route, columnWidth: columnWidth)
        }
        if wide { frame.verticalRule(x: side.x - 1, y: side.y, height: side.height) } else {
            frame.horizontalRule(x: info.x, y: info.y, width: info.width)
        }
        let infoRect = wide ? Rect(x: side.x + 1, y: side.y, width: side.width - 1, height: side.height)
            : Rect(x: info.x, y: info.y + 1, width: info.width, height: info.height - 1)
        frame.text(infoRect, title: wide ? "Under the cursor" : nil, block: cursorInfo(state, context, route: route, wide: wide),
                   scroll: 0, focused: false, pane: 1)
    }

    static func noRoutes(_ state: ExplorerState) -> TextBlock {
        var b = TextBlock()
        b.line("No route found from \(Describe.startingPoint(state.startingPoint)) in this content.")
        return b
    }

    /// The resident's costing of a step on the page's routes (the chosen route first), when a profile is applied.
    static func costing(of id: String, _ page: Page) -> StepCosting? {
        for i in [page.route] + Array(page.personal.indices) {
            guard let p = page.personal(i), let n = p.route.steps.firstIndex(where: { $0.id == id }) else { continue }
            return p.costings[n]
        }
        return nil
    }

    /// What the cursor is on, in a few lines.
    static func cursorInfo(_ state: ExplorerState, _ context: ExplorerContext, route: Route, wide: Bool) -> TextBlock {
        var b = TextBlock()
        let graph = context.graph
        guard let id = state.page.cursor else { return b }
        if let s = graph.step(id) {
            let costing = costing(of: id, state.page)
            b.line("\(Wording.marked(s.title, illustrative: s.illustrative)) — \(s.kind.label), \(s.level.label), "
                   + "\(Wording.yearsAndMonths(weeks: s.weeks)), " + (costing.map(Wording.toYou) ?? Wording.cost(s.cost)),
                   style: .heading)
            if let c = costing {
                b.line(c.reason)
                if let why = c.whyClosed { b.line("Closed: \(why)", style: .example) }
            }
            let next = graph.nextSteps(from: id).map(\.node.title)
            b.line("Leads to: " + (next.isEmpty ? "nothing listed" : next.joined(separator: ", ")))
            if wide { b.blank(); b.append(Describe.step(s, graph)) }
        } else if let j = graph.job(id) {
            b.line("\(j.title) — the job. Median pay \(Describe.pay(j)); needs \(j.minimumLevel.label).", style: .heading)
            b.line("m makes route \(state.page.route + 1) your plan; a adds one step.")
            if let p = state.page.personal(state.page.route) {
                for broken in p.brokenPreferences { b.line("! Does not fit: \(broken)", style: .example) }
            }
        }
        if let others = state.page.layout?.otherEdges, !others.isEmpty {
            let names = others.map { "\(graph.node($0.from)?.title ?? $0.from) → \(graph.node($0.to)?.title ?? $0.to)" }
            b.line("Also (same band): " + names.joined(separator: "; "), style: .muted)
        }
        return b
    }

    static func list(_ frame: inout Frame, _ rect: Rect, _ state: ExplorerState, title: String) {
        let page = state.page
        var rows: [Frame.Row] = []
        var index = 0
        for (i, r) in page.routes.enumerated() {
            let mark = i == page.route ? "* " : "  "
            let personal = page.personal(i)
            let tags = personal.map { Describe.tags($0) }.map { $0.isEmpty ? "" : " " + $0 } ?? ""
            let totals = personal.map { Describe.totals($0) } ?? Describe.totals(r)
            rows.append(Frame.Row(text: "\(mark)Route \(i + 1)\(i == page.route ? " (chosen)" : "")\(tags): \(totals)"))
            for (n, s) in r.steps.enumerated() {
                let costing = personal?.costings[n]
                let cost = costing.map { Describe.costToYou($0) } ?? Wording.cost(s.cost)
                rows.append(Frame.Row.titled("  \(n + 1). \(s.title)", illustrative: s.illustrative,
                                             trailing: "\(s.level.label), \(Wording.yearsAndMonths(weeks: s.weeks)), \(cost)", item: index))
                if let c = costing {
                    rows.append(Frame.Row(text: "       " + (c.whyClosed.map { "Closed: " + $0 } ?? c.reason), style: .muted, wraps: true))
                }
                index += 1
            }
            rows.append(Frame.Row(text: "  → \(r.job.title) (job)", item: index))
            for broken in personal?.brokenPreferences ?? [] {
                rows.append(Frame.Row(text: "     ! Does not fit: " + broken, style: .muted, wraps: true))
            }
            index += 1
        }
        frame.list(rect, title: title, rows: rows, selected: page.selected, focused: true)
    }

    static func graph(_ frame: inout Frame, _ rect: Rect, _ state: ExplorerState, _ layout: PathwayLayout,
                      route: Route, columnWidth: Int) {
        let page = state.page
        let glyphs = frame.glyphs
        func columnX(_ c: Int) -> Int { rect.x + c * (columnWidth + gutter) }
        for (c, heading) in layout.headings.enumerated() {
            frame.grid.putPadded(heading, x: columnX(c), y: rect.y, width: columnWidth, style: Style(bold: true, underline: true, role: .heading))
        }
        let top = rect.y + 1
        let visible = max(1, (rect.maxY - top + 1) / slotHeight)
        let cursorRow = page.cursor.flatMap { layout.position[$0]?.row } ?? 0
        let offset = max(0, cursorRow - visible + 1)
        func slotY(_ row: Int) -> Int { top + (row - offset) * slotHeight }

        // Lines first, as direction bits per cell, then boxes over them.
        let onRoute = Set(zip(route.nodeIDs, route.nodeIDs.dropFirst()).map { $0.0 + "\u{0}" + $0.1 })
        var canvas = LineCanvas(rect: Rect(x: rect.x, y: top, width: rect.width, height: rect.maxY - top))
        var arrows: [(x: Int, y: Int, bold: Bool)] = []
        for seg in layout.segments {
            let bold = onRoute.contains(seg.from + "\u{0}" + seg.to)
            let xs = columnX(seg.column) + columnWidth, xe = columnX(seg.column + 1) - 1, xm = xs + 1
            let ya = slotY(seg.fromRow) + 1, yb = slotY(seg.toRow) + 1
            canvas.horizontal(y: ya, from: xs, to: xm, bold: bold, openEnd: ya == yb)
            canvas.vertical(x: xm, from: ya, to: yb, bold: bold)
            canvas.horizontal(y: yb, from: xm, to: xe, bold: bold, openStart: ya == yb, openEnd: true)
            let target = layout.columns[seg.column + 1][seg.toRow]
            if target.isPassThrough {
                canvas.horizontal(y: yb, from: columnX(seg.column + 1), to: columnX(seg.column + 1) + columnWidth - 1,
                                  bold: bold, openStart: true, openEnd: true)
            } else {
                arrows.append((xe, yb, bold))
            }
        }
        canvas.draw(into: &frame.grid, glyphs: glyphs)
        for a in arrows where a.y >= top && a.y < rect.maxY {
            frame.grid.put(glyphs.arrowRight, x: a.x, y: a.y, style: a.bold ? .route : .border)
        }

        let rows = ScreenItems.listRows(page)
        for (c, column) in layout.columns.enumerated() {
            for (r, slot) in column.enumerated() where !slot.isPassThrough {
                let y = slotY(r)
                guard y >= top, y + boxHeight <= rect.maxY else { continue }
                let isCursor = slot.id == page.cursor
                let isRoute = route.nodeIDs.contains(slot.id)
                box(&frame, x: columnX(c), y: y, width: columnWidth, title: title(of: slot.id, page),
                    cursor: isCursor, route: isRoute,
                    costs: costing(of: slot.id, page).map { [Describe.costToYou($0), Describe.shortCostToYou($0)] } ?? [])
                let item = rows.firstIndex { $0.node == slot.id && $0.route == page.route }
                    ?? rows.firstIndex { $0.node == slot.id } ?? 0
                frame.hits.append(Hit(rect: Rect(x: columnX(c), y: y, width: columnWidth, height: boxHeight), pane: 0, index: item))
            }
        }
        if offset > 0 { frame.grid.put(glyphs.isUnicode ? "↑ more" : "^ more", x: rect.maxX - 6, y: rect.y, style: .muted) }
        let lastRow = layout.columns.map(\.count).max() ?? 0
        if lastRow - offset > visible {
            frame.grid.put(glyphs.isUnicode ? "↓ more" : "v more", x: rect.maxX - 6, y: rect.maxY - 1, style: .muted)
        }
    }

    static func title(of id: String, _ page: Page) -> String {
        for r in page.routes {
            if let s = r.steps.first(where: { $0.id == id }) { return Wording.marked(s.title, illustrative: s.illustrative) }
            if r.job.id == id { return r.job.title }
        }
        return id
    }

    /// A step as a box: marker "> " on the cursor (reversed), "* " on the chosen route (bold).
    /// `costs`, when a profile is applied, is the resident's cost ("free", "£300", "closed") and
    /// a shorter form of it, the first that fits written into the top border at the right.
    static func box(_ frame: inout Frame, x: Int, y: Int, width: Int, title: String, cursor: Bool, route: Bool, costs: [String] = []) {
        let g = frame.glyphs
        let border: Style = cursor ? .selected : route ? .route : .border
        let inner = width - 2
        frame.grid.box(Rect(x: x, y: y, width: width, height: 4), glyphs: g, style: border)
        // The cost, shortened ("£28,605" to "£29k") rather than dropped when the box is narrow,
        // so a big cost never vanishes while small ones show.
        if let cost = costs.first(where: { DisplayWidth.of(frame.grid.displayed($0)) + 2 <= inner }) {
            let shown = DisplayWidth.of(frame.grid.displayed(cost))
            frame.grid.put(cost, x: x + width - 1 - shown, y: y, style: border.reverse ? border : Style(bold: true, role: .route))
        }
        let marker = cursor ? ">" : route ? "*" : " "
        let label = TextBlock.wrap(title, width: inner - 1, firstWidth: inner - 1, indent: 0)
        let text: Style = cursor ? .selected : route ? Style(bold: true, role: .route) : .plain
        for i in 0..<2 {
            let y2 = y + 1 + i
            var line = i < label.count ? label[i] : ""
            if i == 1 && label.count > 2 { line = DisplayWidth.truncate(line + " " + label[2], to: inner - 1, ellipsis: g.ellipsis) }
            frame.grid.putPadded((i == 0 ? marker : " ") + line, x: x + 1, y: y2, width: inner, style: text, ellipsis: g.ellipsis)
        }
    }
}
