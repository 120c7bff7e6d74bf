import PathwaysGraph

/// Turns an event into the next state, and says what must happen outside it.
///
/// Pure: it touches no terminal and no file. Saving a session or writing an export is asked
/// for by returning an `ExplorerEffect`, which `ExplorerSession` carries out and reports back
/// as an event. The time comes from the context's injected clock.
public enum Reducer {
    /// Applies one event; returns the effects to carry out, in order.
    public static func reduce(_ state: inout ExplorerState, _ event: ExplorerEvent, context: ExplorerContext) -> [ExplorerEffect] {
        switch event {
        case .resize(let w, let h):
            state.width = max(0, w)
            state.height = max(0, h)
            let panes = ScreenItems.paneCount(state.screen, width: state.width)
            if state.page.focus >= panes { state.page.focus = 0 }
            return []
        case .scroll(let delta):
            guard !state.isTooSmall else { return [] }
            for _ in 0..<min(abs(delta), 20) { _ = run(delta < 0 ? .up : .down, &state, context) }
            return []
        case .click(let hit, let double):
            guard !state.isTooSmall else { return [] }
            state.message = nil
            if let hit { click(hit, double: double, &state, context) }
            return []
        case .key(let key):
            state.message = nil
            let mode = KeyMode(state)
            guard let command = Keymap.command(for: key, in: mode) else {
                state.message = Keymap.unboundHint(mode)
                return []
            }
            return perform(command, in: mode, &state, context)
        case .exported, .saved, .alreadyThere, .notWritten:
            outcome(event, &state)
            return []
        }
    }

    /// A command in the mode it was given in: what is open over the screen takes it first.
    static func perform(_ command: Command, in mode: KeyMode, _ state: inout ExplorerState, _ context: ExplorerContext)
        -> [ExplorerEffect] {
        switch mode {
        case .quitPrompt: return quitPrompt(command, &state, context)
        case .dialog: return dialog(command, &state, context)
        case .notes: return notes(command, &state, context)
        case .screen(.profile):
            if profileForm(command, &state, context) { return [] }
        case .screen(.search):
            if case .edit(let edit) = command { searchEdit(edit, &state, context); return [] }
        case .tooSmall, .screen:
            break
        }
        return run(command, &state, context)
    }

    /// Typing on the search screen. ⌫ on an empty query does nothing (only Esc leaves search),
    /// so a few extra presses never go back screens.
    static func searchEdit(_ edit: TextEdit, _ state: inout ExplorerState, _ context: ExplorerContext) {
        switch edit {
        case .insert(let c) where !c.isNewline && c != "\t":
            state.query.append(c)
        case .deleteBackward:
            guard !state.query.isEmpty else { return }
            state.query.removeLast()
        case .clear:
            guard !state.query.isEmpty else { return }
            state.query = ""
        default:
            return
        }
        state.results = SearchGroups.grouped(context.index?.search(state.query, limit: 200) ?? [])
        state.page.selected = 0
        state.page.focus = 0
    }

    /// Carries out a command; returns the effects it asks for (only saving does).
    static func run(_ command: Command, _ state: inout ExplorerState, _ context: ExplorerContext) -> [ExplorerEffect] {
        let count = ScreenItems.items(state, state.page, context).count
        let pageSize = max(1, state.height - 8)
        let onList = state.page.focus == 0
        switch command {
        case .up, .down, .pageUp, .pageDown, .top, .bottom:
            let delta = switch command {
            case .up: -1
            case .down: 1
            case .pageUp: -pageSize
            case .pageDown: pageSize
            case .top: Int.min / 2
            default: Int.max / 2
            }
            if case .pathways = state.screen, !state.showList, onList, command == .up || command == .down {
                moveCursor(vertical: delta, &state)
            } else if onList && count > 0 {
                select(clamp(state.page.selected + delta, 0, count - 1), &state)
            } else if !onList || count == 0 {
                state.page.scroll = max(0, min(state.page.scroll + delta, 10_000))
            }
        case .left, .right:
            if case .compare = state.screen, count > 0 {
                select(clamp(state.page.selected + (command == .right ? 1 : -1), 0, count - 1), &state)
            } else if case .pathways = state.screen, !state.showList {
                moveCursor(forward: command == .right, &state)
            } else {
                cycleFocus(command == .right ? 1 : -1, &state)
            }
        case .focusNext: cycleFocus(1, &state)
        case .focusPrevious: cycleFocus(-1, &state)
        case .open: openSelected(&state, context)
        case .pathways:
            if case .job(let id) = state.screen, !state.page.routes.isEmpty {
                open(.pathways(id), &state, context, route: state.page.selected)
            } else if case .job = state.screen {
                state.message = "No route to show for this job."
            }
        case .back:
            if state.pages.count > 1 { state.pages.removeLast() } else { state.message = "This is Home. Press q to quit." }
        case .search:
            // A new search starts empty; going back to an earlier search keeps its query.
            if state.screen != .search {
                state.query = ""
                state.results = []
                push(Page(.search), &state)
            }
        case .help:
            if state.screen != .help { push(Page(.help), &state) }
        case .plan:
            if state.screen != .plan { push(Page(.plan), &state) }
        case .quit:
            // q asks first when work would be lost.
            if state.hasUnsavedWork {
                state.confirmingQuit = true
                return []
            }
            state.finished = true
            state.exitCode = 0
        case .quitNow:
            state.finished = true
            state.exitCode = 130
        case .addStep: addStep(&state, context)
        case .planRoute: planRoute(&state)
        case .removeFromPlan:
            let items = ScreenItems.items(state, state.page, context)
            guard items.indices.contains(state.page.selected), let step = context.graph.step(items[state.page.selected].id)
            else { return [] }
            state.plan.remove(step.id)
            state.message = "Removed \(step.title) from your plan."
            select(min(state.page.selected, max(0, ScreenItems.items(state, state.page, context).count - 1)), &state)
        case .sort: sort(&state, context)
        case .toggleView:
            state.showList.toggle()
            syncSelection(&state)
        case .nextRoute: chooseRoute(state.page.route + 1, &state)
        case .previousRoute: chooseRoute(state.page.route - 1, &state)
        case .choose(let n): chooseRoute(n, &state)
        case .profile:
            if state.screen != .profile {
                state.form = ProfileForm(state.profile)
                push(Page(.profile), &state)
            }
        case .compare: openCompare(&state, context)
        case .export: openExport(&state, context)
        case .saveSession: return saveSession(&state, context)
        case .editNotes:
            state.noteEditor = NoteEditor(state.notes)
        case .toggle, .confirm, .edit:
            break
        }
        return []
    }

    /// "Quit without saving?": y quits, n or Esc stays, Ctrl-S saves (the session file in use,
    /// or the save dialog), Ctrl-C quits at once.
    static func quitPrompt(_ command: Command, _ state: inout ExplorerState, _ context: ExplorerContext) -> [ExplorerEffect] {
        switch command {
        case .confirm:
            state.confirmingQuit = false
            state.finished = true
            state.exitCode = 0
        case .back:
            state.confirmingQuit = false
            state.message = "Not quitting: nothing was lost."
        case .saveSession, .quitNow:
            state.confirmingQuit = false
            return run(command, &state, context)
        default:
            state.message = Keymap.unboundHint(.quitPrompt)
        }
        return []
    }

    static func clamp(_ v: Int, _ lo: Int, _ hi: Int) -> Int { max(lo, min(hi, v)) }

    static func cycleFocus(_ step: Int, _ state: inout ExplorerState) {
        let panes = ScreenItems.paneCount(state.screen, width: state.width)
        state.page.focus = ((state.page.focus + step) % panes + panes) % panes
        state.page.scroll = 0
    }

    static func select(_ index: Int, _ state: inout ExplorerState) {
        if state.page.selected != index { state.page.scroll = 0 }
        state.page.selected = index
        if case .pathways = state.screen {
            let rows = ScreenItems.listRows(state.page)
            if rows.indices.contains(index) {
                state.page.route = rows[index].route
                state.page.cursor = rows[index].node
            }
        }
    }

    static func push(_ page: Page, _ state: inout ExplorerState) {
        if state.pages.count > 40 { state.pages.remove(at: 1) }
        state.pages.append(page)
    }

    static func openSelected(_ state: inout ExplorerState, _ context: ExplorerContext) {
        if case .pathways = state.screen {
            guard let id = state.page.cursor, let target = ScreenItems.opening(node: id, context.graph) else { return }
            if case .job = target, state.pages.count >= 2, state.pages[state.pages.count - 2].screen == target {
                state.pages.removeLast()
            } else {
                open(target, &state, context)
            }
            return
        }
        if case .job = state.screen { _ = run(.pathways, &state, context); return }
        if case .compare(let id) = state.screen, state.page.routes.indices.contains(state.page.selected) {
            let route = state.page.routes[state.page.selected]
            open(.pathways(id), &state, context)
            if let i = state.page.routes.firstIndex(where: { $0.nodeIDs == route.nodeIDs }) { chooseRoute(i, &state) }
            return
        }
        let items = ScreenItems.items(state, state.page, context)
        guard items.indices.contains(state.page.selected), let target = items[state.page.selected].opens else { return }
        open(target, &state, context)
    }

    /// Opens a screen on top of the stack, working out its routes where it has them.
    static func open(_ screen: Screen, _ state: inout ExplorerState, _ context: ExplorerContext, route: Int = 0) {
        var page = Page(screen)
        switch screen {
        case .job(let id):
            fillRoutes(&page, to: id, state, context)
        case .pathways(let id):
            fillRoutes(&page, to: id, state, context)
            page.layout = PathwayLayout(routes: page.routes)
            page.route = clamp(route, 0, max(0, page.routes.count - 1))
            page.cursor = page.routes.indices.contains(page.route) ? page.routes[page.route].nodeIDs.first : nil
        default: break
        }
        push(page, &state)
        syncSelection(&state)
    }

    /// Finds a page's routes to `job`: costed for the resident when a profile is applied.
    static func fillRoutes(_ page: inout Page, to job: String, _ state: ExplorerState, _ context: ExplorerContext) {
        if let profile = state.profile {
            page.personal = context.graph.personalRoutes(for: profile, to: job, ranking: state.ranking, limit: context.routeLimit)
            page.routes = page.personal.map(\.route)
        } else {
            page.personal = []
            page.routes = context.graph.routes(from: state.startingPoint, to: job, ranking: state.ranking, limit: context.routeLimit)
        }
    }

    static func sort(_ state: inout ExplorerState, _ context: ExplorerContext) {
        switch state.screen {
        case .cluster:
            let items = ScreenItems.items(state, state.page, context)
            let current = items.indices.contains(state.page.selected) ? items[state.page.selected].id : nil
            state.jobSort = state.jobSort.next
            let sorted = ScreenItems.items(state, state.page, context)
            state.page.selected = sorted.firstIndex { $0.id == current } ?? 0
            state.message = "Jobs sorted by \(state.jobSort.label)."
        case .job(let id), .pathways(let id):
            let all = Ranking.allCases
            state.ranking = all[(all.firstIndex(of: state.ranking)! + 1) % all.count]
            fillRoutes(&state.page, to: id, state, context)
            state.page.selected = 0
            if case .pathways = state.screen {
                state.page.layout = PathwayLayout(routes: state.page.routes)
                state.page.route = 0
                state.page.cursor = state.page.routes.first?.nodeIDs.first
                syncSelection(&state)
            }
            state.message = "Routes ranked by \(rankingLabel(state.ranking))."
        default: break
        }
    }

    static func rankingLabel(_ r: Ranking) -> String {
        switch r {
        case .time: "time, quickest first"
        case .cost: "cost to you, cheapest first"
        case .steps: "number of steps, fewest first"
        }
    }

    /// `a`: adds the one step selected (step screen) or under the cursor (graph) to the plan.
    static func addStep(_ state: inout ExplorerState, _ context: ExplorerContext) {
        let id: String? = switch state.screen {
        case .pathways: state.page.cursor
        case .step(let id): id
        default: nil
        }
        guard let id, let step = context.graph.step(id) else {
            state.message = "a adds a step: put the cursor on a step. m makes the whole route the plan."
            return
        }
        addStep(step, &state)
    }

    /// `m`: makes the selected route (job, compare) or the chosen one (graph) the plan.
    static func planRoute(_ state: inout ExplorerState) {
        let index: Int? = switch state.screen {
        case .job, .compare: state.page.selected
        case .pathways: state.page.route
        default: nil
        }
        guard let index, state.page.routes.indices.contains(index) else { return }
        setPlanRoute(state.page.routes[index], number: state.page.routeNumber(index), &state)
    }

    static func setPlanRoute(_ route: Route, number: Int, _ state: inout ExplorerState) {
        state.plan.route = route
        state.plan.extraSteps.removeAll { s in route.steps.contains { $0.id == s.id } }
        state.message = "Route \(number) to \(route.job.title) is now your plan (p shows it, e exports it)."
    }

    static func addStep(_ step: Step, _ state: inout ExplorerState) {
        state.message = state.plan.add(step)
            ? "Added the step \(step.title) to your plan (p shows it)." : "\(step.title) is already in your plan."
    }
}
