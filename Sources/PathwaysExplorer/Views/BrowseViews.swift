import PathwaysGraph
import PathwaysTerminalCore

/// Home, Cluster, Job, Step and Provider screens: a list with details beside it.
enum BrowseViews {
    static func home(_ frame: inout Frame, _ area: Rect, _ state: ExplorerState, _ context: ExplorerContext) {
        let graph = context.graph
        let rows = graph.clusters.enumerated().map { (i, c) in
            Frame.Row.titled(c.title, illustrative: c.illustrative, trailing: Wording.plural(graph.jobCount(inCluster: c.id), "job"), item: i)
        }
        let page = state.page
        let chosen = graph.clusters.indices.contains(page.selected) ? graph.clusters[page.selected] : nil
        let detail = chosen.map { Describe.cluster($0, graph) } ?? TextBlock()
        let third = chosen.map { Describe.jobList(state.jobSort.sorted(graph.jobs(inCluster: $0.id))) }
        PaneLayout.draw(&frame, area: area, page: page, list: ("Clusters (\(rows.count))", rows),
                        detail: ("About this cluster", detail), third: third.map { ("Jobs in this cluster", $0) })
    }

    static func cluster(_ id: String, _ frame: inout Frame, _ area: Rect, _ state: ExplorerState, _ context: ExplorerContext) {
        let graph = context.graph
        let jobs = state.jobSort.sorted(graph.jobs(inCluster: id))
        // Pay right-aligned in one column, then the level in a fixed two-column tag ("E3", "L2").
        let pays = jobs.map { j in j.pay.map { Pay.pounds($0.median) } ?? "pay ?" }
        let payWidth = pays.map(DisplayWidth.of).max() ?? 0
        let rows = jobs.enumerated().map { (i, j) in
            Frame.Row.titled(j.title, illustrative: j.illustrative,
                             trailing: String(repeating: " ", count: payWidth - DisplayWidth.of(pays[i])) + pays[i] + " "
                          + Describe.levelTag(j.minimumLevel), item: i)
        }
        let page = state.page
        let chosen = jobs.indices.contains(page.selected) ? jobs[page.selected] : nil
        var third: TextBlock?
        if PaneLayout.mode(width: area.width) == .three, let j = chosen {
            var b = TextBlock()
            if let profile = state.profile {
                if let p = graph.personalRoutes(for: profile, to: j.id, ranking: state.ranking, limit: 1).first {
                    b.line(Describe.totals(p), style: .heading)
                    b.append(Describe.route(p))
                } else {
                    b.line("No route found from this resident's starting point.", style: .muted)
                }
            } else if let r = graph.routes(from: state.startingPoint, to: j.id, ranking: state.ranking, limit: 1).first {
                b.line(Describe.totals(r), style: .heading)
                b.append(Describe.route(r))
            } else {
                b.line("No route found from \(Describe.startingPoint(state.startingPoint)).", style: .muted)
            }
            third = b
        }
        PaneLayout.draw(&frame, area: area, page: page,
                        list: ("Jobs (\(jobs.count)) · by \(state.jobSort.label) · s sorts", rows),
                        detail: ("About this job", chosen.map { Describe.job($0, graph) } ?? TextBlock()),
                        third: third.map { ("Quickest route", $0) })
    }

    static func job(_ id: String, _ frame: inout Frame, _ area: Rect, _ state: ExplorerState, _ context: ExplorerContext) {
        let graph = context.graph
        guard let job = graph.job(id) else { return }
        let page = state.page
        let rows = page.routes.enumerated().map { (i, r) in
            Frame.Row(text: Describe.routeLine(number: i + 1, r, page.personal(i)), item: i, wraps: true)
        }
        var third: TextBlock?
        if let p = page.personal(page.selected) {
            third = Describe.route(p)
        } else if page.routes.indices.contains(page.selected) {
            third = Describe.route(page.routes[page.selected])
        }
        var detail = Describe.job(job, graph)
        let from = state.profile.map { "Routes for \($0.initials ?? "this resident")" }
            ?? "Routes from \(Describe.startingPoint(state.startingPoint))"
        if page.routes.isEmpty {
            detail.blank()
            detail.line("No route to this job from \(state.profile == nil ? Describe.startingPoint(state.startingPoint) : "this resident's starting point") in this content.", style: .muted)
        }
        PaneLayout.draw(&frame, area: area, page: page,
                        list: ("\(from), by \(state.ranking.rawValue)", rows),
                        detail: ("About this job", detail), third: ("Steps on route \(page.selected + 1)", third ?? TextBlock()),
                        detailFirst: true)
    }

    static func step(_ id: String, _ frame: inout Frame, _ area: Rect, _ state: ExplorerState, _ context: ExplorerContext) {
        let graph = context.graph
        guard let step = graph.step(id) else { return }
        let next = graph.nextSteps(from: id), previous = graph.previousSteps(into: id)
        var rows: [Frame.Row] = []
        rows.append(Frame.Row(text: "Leads to (\(next.count))"))
        for (i, link) in next.enumerated() { rows.append(Frame.Row(text: "→ " + linkText(link), item: i)) }
        rows.append(Frame.Row(text: "Comes after (\(previous.count))"))
        for (i, link) in previous.enumerated() { rows.append(Frame.Row(text: "← " + linkText(link), item: next.count + i)) }
        PaneLayout.draw(&frame, area: area, page: state.page, list: ("Where it leads", rows),
                        detail: ("About this step", Describe.step(step, graph)),
                        third: ("Providers", Describe.providers(of: step, graph)), detailFirst: true)
    }

    static func linkText(_ link: PathwayGraph.Link) -> String {
        var text: String
        switch link.node {
        case .step(let s): text = "\(Wording.marked(s.title, illustrative: s.illustrative)) (\(s.level.label))"
        case .job(let j): text = "\(Wording.marked(j.title, illustrative: j.illustrative)) (job)"
        }
        if link.progression.sideways { text += ", a sideways move" }
        if !link.progression.requirement.text.isEmpty { text += ", needs \(link.progression.requirement.text)" }
        return text
    }

    static func provider(_ id: String, _ frame: inout Frame, _ area: Rect, _ state: ExplorerState, _ context: ExplorerContext) {
        let graph = context.graph
        guard let provider = graph.provider(id) else { return }
        let steps = graph.steps.filter { $0.providers.contains(id) }
        let rows = steps.enumerated().map { (i, s) in
            Frame.Row.titled(s.title, illustrative: s.illustrative, trailing: s.level.label, item: i)
        }
        let chosen = steps.indices.contains(state.page.selected) ? steps[state.page.selected] : nil
        PaneLayout.draw(&frame, area: area, page: state.page, list: ("Steps it runs (\(steps.count))", rows),
                        detail: ("About this provider", Describe.provider(provider, graph)),
                        third: ("Selected step", chosen.map { Describe.step($0, graph) } ?? TextBlock()), detailFirst: true)
    }
}
