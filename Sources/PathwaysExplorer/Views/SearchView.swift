import PathwaysGraph
import PathwaysTerminalCore

/// The Search screen: the query as typed, results grouped by kind, and a preview of the one selected.
enum SearchView {
    static func draw(_ frame: inout Frame, _ area: Rect, _ state: ExplorerState, _ context: ExplorerContext) {
        let graph = context.graph
        let (input, rest) = area.splitRows(2)
        frame.grid.put("Search: ", x: input.x + 1, y: input.y, style: .heading)
        let shown = DisplayWidth.of(frame.grid.displayed(state.query))
        let room = input.width - 11
        let query = shown > room ? String(state.query.suffix(max(1, room))) : state.query
        let used = frame.grid.put(query, x: input.x + 9, y: input.y, style: Style(underline: true), limit: room)
        frame.grid.put("_", x: input.x + 9 + used, y: input.y, style: Style(reverse: true))
        let note = state.query.isEmpty ? "Type a job, course, provider or cluster; small typos are fine."
            : "\(state.results.count) found · ↑↓ choose · Enter open · Esc back"
        frame.grid.put(note, x: input.x + 1, y: input.y + 1, style: .muted, limit: input.width - 2)

        var rows: [Frame.Row] = []
        var kind: RecordKind?
        for (i, r) in state.results.enumerated() {
            if r.kind != kind {
                kind = r.kind
                rows.append(Frame.Row(text: "\(SearchGroups.heading(r.kind)) (\(state.results.filter { $0.kind == kind }.count))"))
            }
            rows.append(Frame.Row(text: r.title, trailing: SearchGroups.detail(r, graph), item: i))
        }
        var preview = TextBlock()
        if state.results.indices.contains(state.page.selected) {
            let e = state.results[state.page.selected]
            switch e.kind {
            case .cluster: if let c = graph.cluster(e.id) { preview = Describe.cluster(c, graph) }
            case .job: if let j = graph.job(e.id) { preview = Describe.job(j, graph) }
            case .step: if let s = graph.step(e.id) { preview = Describe.step(s, graph) }
            case .provider: if let p = graph.provider(e.id) { preview = Describe.provider(p, graph) }
            default: break
            }
        } else if !state.query.isEmpty {
            preview.line("Nothing matches \u{201C}\(state.query)\u{201D}. Try fewer letters or another word.", style: .muted)
        }
        PaneLayout.draw(&frame, area: rest, page: state.page, list: ("Results", rows), detail: ("Preview", preview), third: nil)
    }
}
