import PathwaysGraph

/// The selectable rows of a screen's main list and what opening each one shows.
///
/// Views and the reducer both read this, so what is drawn is what is selected.
enum ScreenItems {
    /// One row of a list: its title and the screen it opens (nil when it opens nothing).
    struct Item: Sendable {
        var id: String
        var opens: Screen?
    }

    static func items(_ state: ExplorerState, _ page: Page, _ context: ExplorerContext) -> [Item] {
        let graph = context.graph
        switch page.screen {
        case .home:
            return graph.clusters.map { Item(id: $0.id, opens: .cluster($0.id)) }
        case .cluster(let id):
            return state.jobSort.sorted(graph.jobs(inCluster: id)).map { Item(id: $0.id, opens: .job($0.id)) }
        case .job(let id):
            return page.routes.indices.map { Item(id: String($0), opens: .pathways(id)) }
        case .pathways:
            return listRows(page).map { Item(id: $0.node, opens: opening(node: $0.node, graph)) }
        case .step(let id):
            return links(of: id, graph).map { Item(id: $0.node.id, opens: opening(node: $0.node.id, graph)) }
        case .provider(let id):
            return graph.steps.filter { $0.providers.contains(id) }.map { Item(id: $0.id, opens: .step($0.id)) }
        case .search:
            return state.results.map { Item(id: $0.id, opens: SearchGroups.screen(for: $0)) }
        case .plan:
            var rows = state.plan.steps.map { Item(id: $0.id, opens: .step($0.id)) }
            if let job = state.plan.route?.job { rows.append(Item(id: job.id, opens: .job(job.id))) }
            return rows
        case .help, .profile:
            return []
        case .compare(let id):
            return page.routes.indices.map { Item(id: String($0), opens: .pathways(id)) }
        }
    }

    static func opening(node id: String, _ graph: PathwayGraph) -> Screen? {
        if graph.step(id) != nil { return .step(id) }
        if graph.job(id) != nil { return .job(id) }
        return nil
    }

    /// What a step leads to, then what leads into it.
    static func links(of id: String, _ graph: PathwayGraph) -> [PathwayGraph.Link] {
        graph.nextSteps(from: id) + graph.previousSteps(into: id)
    }

    /// A row of the pathways list view: a step or job on a route.
    struct ListRow: Sendable, Hashable {
        var route: Int
        var node: String
    }

    /// Every step and job of every route, route by route.
    static func listRows(_ page: Page) -> [ListRow] {
        page.routes.enumerated().flatMap { (i, r) in r.nodeIDs.map { ListRow(route: i, node: $0) } }
    }

    /// How many panes a screen has at this width (Tab cycles through them).
    static func paneCount(_ screen: Screen, width: Int) -> Int {
        switch screen {
        case .help, .plan, .profile, .compare: 1
        case .pathways: 2
        case .search: 2
        default: width >= 120 ? 3 : 2
        }
    }
}
