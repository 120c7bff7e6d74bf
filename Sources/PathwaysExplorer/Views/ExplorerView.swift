import PathwaysGraph
import PathwaysTerminalCore

/// Draws a whole state into a grid: the header with the breadcrumb, the screen, the message
/// line and the status line of keys. A pure function of the state.
public enum ExplorerView {
    /// Renders `state`; `hits` lists the clickable rows for mouse clicks.
    public static func render(_ state: ExplorerState, context: ExplorerContext, glyphs: Glyphs = .unicode,
                              asciiOnly: Bool = false) -> (grid: Grid, hits: [Hit]) {
        var frame = Frame(width: state.width, height: state.height, glyphs: glyphs, asciiOnly: asciiOnly)
        if state.isTooSmall {
            tooSmall(&frame, state)
            return (frame.grid, [])
        }
        header(&frame, state, context)
        let area = Rect(x: 0, y: 1, width: state.width, height: state.height - 3)
        switch state.screen {
        case .home: BrowseViews.home(&frame, area, state, context)
        case .cluster(let id): BrowseViews.cluster(id, &frame, area, state, context)
        case .job(let id): BrowseViews.job(id, &frame, area, state, context)
        case .pathways: PathwaysView.draw(&frame, area, state, context)
        case .step(let id): BrowseViews.step(id, &frame, area, state, context)
        case .provider(let id): BrowseViews.provider(id, &frame, area, state, context)
        case .search: SearchView.draw(&frame, area, state, context)
        case .plan: PlanView.draw(&frame, area, state, context)
        case .help: HelpView.draw(&frame, area, state)
        case .profile: ProfileView.draw(&frame, area, state)
        case .compare(let id): CompareView.draw(id, &frame, area, state, context)
        }
        if let dialog = state.dialog { DialogView.draw(dialog, &frame, area, context) }
        if state.confirmingQuit { DialogView.quitPrompt(state, &frame, area) }
        footer(&frame, state)
        return (frame.grid, frame.hits)
    }

    /// The title of a page as the breadcrumb shows it.
    static func crumb(_ page: Page, _ context: ExplorerContext) -> String {
        let g = context.graph
        switch page.screen {
        case .home: return "Home"
        case .cluster(let id): return g.cluster(id)?.title ?? id
        case .job(let id): return g.job(id)?.title ?? id
        case .pathways: return "Pathways"
        case .step(let id): return g.step(id)?.title ?? id
        case .provider(let id): return g.provider(id)?.title ?? id
        case .search: return "Search"
        case .plan: return "Plan"
        case .help: return "Help"
        case .profile: return "Profile"
        case .compare: return "Compare"
        }
    }

    static func header(_ frame: inout Frame, _ state: ExplorerState, _ context: ExplorerContext) {
        let w = state.width
        frame.grid.fill(Rect(x: 0, y: 0, width: w, height: 1), style: .header)
        let steps = state.plan.steps.count
        var planNote = state.plan.isEmpty ? "" : " Plan: \(Wording.plural(steps, "step")) "
        if let profile = state.profile {
            let trail = " " + state.pages.map { crumb($0, context) }.joined(separator: frame.glyphs.breadcrumb)
            let crumbs = min(DisplayWidth.of(frame.grid.displayed(trail)) + 1, max(16, w * (w < 100 ? 2 : 3) / 10))
            planNote = profileNote(profile, planNote: planNote, shortPlan: state.plan.isEmpty ? "" : " Plan: \(steps) ",
                                   crumbs: crumbs, &frame, w)
        }
        let planWidth = DisplayWidth.of(frame.grid.displayed(planNote))
        let room = w - planWidth - 1
        let sep = frame.glyphs.breadcrumb
        var parts = state.pages.map { crumb($0, context) }
        // Shorten the middle crumbs first, then drop the oldest, so where you are always shows.
        var text = " " + parts.joined(separator: sep)
        if DisplayWidth.of(frame.grid.displayed(text)) > room {
            parts = parts.enumerated().map { $0 == 0 || $0 == parts.count - 1 ? $1 : DisplayWidth.truncate($1, to: 12, ellipsis: frame.glyphs.ellipsis) }
            text = " " + parts.joined(separator: sep)
        }
        while DisplayWidth.of(frame.grid.displayed(text)) > room && parts.count > 1 {
            parts.removeFirst()
            text = " " + frame.glyphs.ellipsis + sep + parts.joined(separator: sep)
        }
        frame.grid.putPadded(text, x: 0, y: 0, width: max(0, room), style: Style(bold: true, reverse: true, role: .header),
                             ellipsis: frame.glyphs.ellipsis)
        if planWidth > 0 && w >= planWidth + 6 {
            frame.grid.put(planNote, x: w - planWidth, y: 0, style: Style(reverse: true, role: .header))
        }
    }

    /// The resident's profile and the plan note for the header's right-hand end. The full
    /// summary when it fits in half the row; otherwise the compact form, leaving the breadcrumb
    /// `crumbs` columns (all it needs, up to three in ten; two under 100 columns), with the plan note shortened to
    /// " Plan: 3 " when that lets more of the profile show.
    static func profileNote(_ profile: Profile, planNote: String, shortPlan: String, crumbs: Int, _ frame: inout Frame,
                            _ w: Int) -> String {
        let half = w / 2 - DisplayWidth.of(planNote) - 3
        var sep = frame.glyphs.isUnicode ? " · " : ", "
        var plan = planNote
        if DisplayWidth.of(profile.summary) > half {
            let compact = DisplayWidth.of(ProfileBadge.compact(profile, separator: sep))
            if compact > w - crumbs - DisplayWidth.of(plan) - 3 { plan = shortPlan }
        }
        let room = DisplayWidth.of(profile.summary) <= half ? half : w - crumbs - DisplayWidth.of(plan) - 3
        // Tighter commas before leaving a part out.
        if DisplayWidth.of(ProfileBadge.compact(profile, separator: sep)) > room { sep = ", " }
        let shown = ProfileBadge.fitted(profile, columns: room, separator: sep, ellipsis: frame.glyphs.ellipsis)
        if shown.isEmpty { return planNote }
        return " [" + frame.grid.displayed(shown) + "]" + (plan.isEmpty ? " " : plan)
    }

    static func footer(_ frame: inout Frame, _ state: ExplorerState) {
        let w = state.width, h = state.height
        if let message = state.message {
            frame.grid.putPadded(" " + message, x: 0, y: h - 2, width: w, style: Style(bold: true, role: .message),
                                 ellipsis: frame.glyphs.ellipsis)
        } else {
            frame.horizontalRule(x: 0, y: h - 2, width: w)
        }
        var x = 0
        for binding in Keymap.active(state) {
            guard let short = binding.short else { continue }
            let keys = binding.label.split(separator: " ").first.map(String.init) ?? binding.label
            let keyWidth = DisplayWidth.of(frame.grid.displayed(keys)), shortWidth = DisplayWidth.of(short)
            if x + 1 + keyWidth + 1 + shortWidth > w { break }
            x += 1
            x += frame.grid.put(keys, x: x, y: h - 1, style: .key)
            x += 1
            x += frame.grid.put(short, x: x, y: h - 1, style: .plain)
            x += 1
        }
    }

    static func tooSmall(_ frame: inout Frame, _ state: ExplorerState) {
        let lines = state.confirmingQuit
            ? ["Quit without saving?", "(profile, plan or notes", "not saved)", "y: quit · n: stay", "Ctrl-S: save"]
            : ["Terminal too small", "(need \(ExplorerState.minimumWidth)x\(ExplorerState.minimumHeight),",
                     "now \(state.width)x\(state.height))", "Make the window bigger,", "or press q to quit."]
        let top = max(0, (state.height - lines.count) / 2)
        for (i, l) in lines.enumerated() {
            let x = max(0, (state.width - DisplayWidth.of(l)) / 2)
            frame.grid.put(l, x: x, y: top + i, style: i == 0 ? .heading : .plain)
        }
    }
}
