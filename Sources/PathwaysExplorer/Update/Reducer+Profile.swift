import PathwaysGraph
import PathwaysSession

extension Reducer {
    /// A command on the profile form; returns false for those the form leaves to the screen
    /// (Esc, ?, Ctrl-S, Ctrl-C).
    static func profileForm(_ command: Command, _ state: inout ExplorerState, _ context: ExplorerContext) -> Bool {
        let count = ProfileForm.Field.all.count
        switch command {
        case .up: state.form.row = max(0, state.form.row - 1)
        case .down: state.form.row = min(count - 1, state.form.row + 1)
        case .top: state.form.row = 0
        case .bottom: state.form.row = count - 1
        case .left: state.form.change(by: -1)
        case .right: state.form.change(by: 1)
        case .open:
            // Enter submits the form from any question, as forms do; ←→ and Space change answers.
            applyProfile(&state, context)
        case .toggle where !state.form.field.isText:
            if state.form.field == .apply { applyProfile(&state, context) } else { state.form.change(by: 1) }
        case .toggle:
            return profileForm(.edit(.insert(" ")), &state, context)
        case .edit(.insert(let c)):
            if !state.form.type(c), state.form.field.isText {
                state.message = state.form.field == .initials ? "Initials are letters only." : "Type digits only here."
            }
        case .edit(.deleteBackward):
            if !state.form.deleteBackward() { state.message = "Esc leaves the profile without applying it." }
        case .edit:
            break
        default:
            return false
        }
        return true
    }

    /// Validates the form; when it is valid, makes it the profile and re-costs every open route
    /// and the plan, then returns to the screen the adviser came from.
    static func applyProfile(_ state: inout ExplorerState, _ context: ExplorerContext) {
        guard let profile = state.form.validated() else {
            let problems = ProfileForm.Field.all.compactMap { state.form.errors[$0] }
            state.message = "Not applied: " + problems.joined(separator: " ")
            if let first = ProfileForm.Field.all.firstIndex(where: { state.form.errors[$0] != nil }) { state.form.row = first }
            return
        }
        state.profile = profile
        refreshRoutes(&state, context)
        if state.screen == .profile, state.pages.count > 1 { state.pages.removeLast() }
        state.message = "Profile applied: routes and costs are now for \(profile.initials ?? "this resident")."
    }

    /// Works out the routes of every open job, pathways and compare screen again (after the
    /// profile changed), and re-costs the plan's route.
    static func refreshRoutes(_ state: inout ExplorerState, _ context: ExplorerContext) {
        for i in state.pages.indices {
            var page = state.pages[i]
            switch page.screen {
            case .job(let id):
                fillRoutes(&page, to: id, state, context)
                page.selected = min(page.selected, max(0, page.routes.count - 1))
            case .pathways(let id):
                let cursor = page.cursor
                fillRoutes(&page, to: id, state, context)
                page.layout = PathwayLayout(routes: page.routes)
                page.route = min(page.route, max(0, page.routes.count - 1))
                page.cursor = page.routes.indices.contains(page.route)
                    ? (cursor.flatMap { c in page.routes[page.route].nodeIDs.contains(c) ? c : nil } ?? page.routes[page.route].nodeIDs.first)
                    : nil
            case .compare(let id):
                var full = Page(.job(id))
                fillRoutes(&full, to: id, state, context)
                let keep = page.routes.map(\.nodeIDs)
                let picked = full.routes.indices.filter { keep.contains(full.routes[$0].nodeIDs) }
                let chosen = picked.isEmpty ? Array(full.routes.indices.prefix(3)) : picked
                page.routes = chosen.map { full.routes[$0] }
                page.numbers = chosen.map { $0 + 1 }
                page.personal = chosen.compactMap { full.personal($0) }
                page.selected = min(page.selected, max(0, page.routes.count - 1))
            default:
                break
            }
            state.pages[i] = page
            if case .pathways = page.screen, i == state.pages.count - 1 { syncSelection(&state) }
        }
        if let route = state.plan.route {
            let saved = SavedPlan(job: route.job.id, steps: route.steps.map(\.id))
            let profile = state.profile ?? Profile(levelHeld: state.startingPoint.levelHeld, englishMaths: state.startingPoint.englishMaths)
            if state.profile != nil, let rebuilt = saved.route(in: context.graph, for: profile).route { state.plan.route = rebuilt }
        }
    }

    /// Opens the compare screen for the routes of the job or pathways screen on show: the
    /// first three, or the first two and the one selected when it is further down.
    static func openCompare(_ state: inout ExplorerState, _ context: ExplorerContext) {
        let page = state.page
        let jobID: String, current: Int
        switch page.screen {
        case .job(let id): (jobID, current) = (id, page.selected)
        case .pathways(let id): (jobID, current) = (id, page.route)
        default: return
        }
        guard page.routes.count >= 2 else {
            state.message = page.routes.isEmpty ? "No routes to compare." : "Only one route to this job: nothing to compare it with."
            return
        }
        let picked = current < 3 ? Array(page.routes.indices.prefix(3)) : [0, 1, current]
        var compare = Page(.compare(jobID))
        compare.routes = picked.map { page.routes[$0] }
        compare.numbers = picked.map { $0 + 1 }
        compare.personal = picked.compactMap { page.personal($0) }
        compare.selected = picked.firstIndex(of: current) ?? 0
        push(compare, &state)
    }

    /// The notes editor: Esc or Ctrl-D keeps the notes, Ctrl-S keeps them and saves the
    /// session, Ctrl-C keeps them and quits; edits change the text.
    static func notes(_ command: Command, _ state: inout ExplorerState, _ context: ExplorerContext) -> [ExplorerEffect] {
        guard var editor = state.noteEditor else { return [] }
        switch command {
        case .back:
            finishNotes(editor, &state)
        case .saveSession:
            finishNotes(editor, &state)
            state.message = nil
            return run(.saveSession, &state, context)
        case .quitNow:
            finishNotes(editor, &state)
            return run(.quitNow, &state, context)
        case .edit(let edit):
            if !editor.apply(edit) { state.message = Keymap.unboundHint(.notes) }
            state.noteEditor = editor
        default:
            state.message = Keymap.unboundHint(.notes)
        }
        return []
    }

    static func finishNotes(_ editor: NoteEditor, _ state: inout ExplorerState) {
        let before = state.notes
        state.notes = editor.notes
        state.noteEditor = nil
        state.message = state.notes == before ? "Notes unchanged." : "Notes kept (\(Wording.plural(state.notes.count, "line"))). Ctrl-S saves the session."
    }
}
