import PathwaysGraph

extension Reducer {
    /// Moves the graph cursor along an edge: right to what a step leads to, left to what leads in.
    /// Prefers the selected route; otherwise the top-most neighbour.
    static func moveCursor(forward: Bool, _ state: inout ExplorerState) {
        guard let layout = state.page.layout, let cursor = state.page.cursor else { return }
        let options = layout.neighbours(of: cursor, forward: forward)
        guard !options.isEmpty else { return }
        let onRoute = state.page.routes.indices.contains(state.page.route) ? state.page.routes[state.page.route].nodeIDs : []
        let next = options.first { onRoute.contains($0) } ?? options[0]
        moveCursor(to: next, from: cursor, &state)
    }

    /// Moves the graph cursor to the step above or below in the same column.
    static func moveCursor(vertical delta: Int, _ state: inout ExplorerState) {
        guard let layout = state.page.layout, let cursor = state.page.cursor,
              let next = layout.sibling(of: cursor, offset: delta > 0 ? 1 : -1) else { return }
        moveCursor(to: next, from: cursor, &state)
    }

    /// Puts the cursor on a node; when the node is off the selected route, selects a route
    /// through it (one that also passes the previous node, if any does).
    static func moveCursor(to id: String, from previous: String, _ state: inout ExplorerState) {
        state.page.cursor = id
        let routes = state.page.routes
        if !(routes.indices.contains(state.page.route) && routes[state.page.route].nodeIDs.contains(id)) {
            let both = routes.firstIndex { $0.nodeIDs.contains(id) && $0.nodeIDs.contains(previous) }
            state.page.route = both ?? routes.firstIndex { $0.nodeIDs.contains(id) } ?? state.page.route
        }
        syncSelection(&state)
    }

    /// Keeps the list selection and the graph cursor on the same route and node.
    static func syncSelection(_ state: inout ExplorerState) {
        guard case .pathways = state.screen else { return }
        let rows = ScreenItems.listRows(state.page)
        if let i = rows.firstIndex(where: { $0.route == state.page.route && $0.node == state.page.cursor }) {
            state.page.selected = i
        } else if let i = rows.firstIndex(where: { $0.route == state.page.route }) {
            state.page.selected = i
            state.page.cursor = rows[i].node
        }
    }

    static func chooseRoute(_ n: Int, _ state: inout ExplorerState) {
        guard case .pathways = state.screen, !state.page.routes.isEmpty else { return }
        let r = clamp(n, 0, state.page.routes.count - 1)
        state.page.route = r
        if let c = state.page.cursor, state.page.routes[r].nodeIDs.contains(c) {
            syncSelection(&state)
        } else {
            state.page.cursor = state.page.routes[r].nodeIDs.first
            syncSelection(&state)
        }
        state.message = "Route \(r + 1) of \(state.page.routes.count)."
    }

    /// A mouse click on a clickable row: selects it, or opens it on a double click.
    static func click(_ hit: Hit, double: Bool, _ state: inout ExplorerState, _ context: ExplorerContext) {
        state.page.focus = hit.pane
        if hit.pane == 0 { select(hit.index, &state) }
        if double { openSelected(&state, context) }
    }
}
