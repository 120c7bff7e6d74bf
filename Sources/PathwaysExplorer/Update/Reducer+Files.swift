import Foundation
import PathwaysExport
import PathwaysGraph
import PathwaysSession

extension Reducer {
    /// Opens the export dialog for the route on show (job, pathways, compare) or the plan.
    static func openExport(_ state: inout ExplorerState, _ context: ExplorerContext) {
        let page = state.page
        switch page.screen {
        case .job(let id), .compare(let id):
            guard page.routes.indices.contains(page.selected) else { state.message = "No route to export."; return }
            let name = context.graph.job(id)?.title ?? id
            state.dialog = .export(page.routes[page.selected], what: "route \(page.selected + 1) to \(name)")
        case .pathways(let id):
            guard page.routes.indices.contains(page.route) else { state.message = "No route to export."; return }
            let name = context.graph.job(id)?.title ?? id
            state.dialog = .export(page.routes[page.route], what: "route \(page.route + 1) to \(name)")
        case .plan:
            guard let route = state.plan.route else {
                state.message = "Choose a route first (m on a job's routes), then export the plan."
                return
            }
            state.dialog = .export(route, extraSteps: state.plan.extraSteps, what: "your plan")
        default:
            state.message = "Export works on a job's routes, the pathway graph, compare and the plan."
        }
    }

    /// Ctrl-S: saves straight back to the session file in use, or asks for a name.
    static func saveSession(_ state: inout ExplorerState, _ context: ExplorerContext) -> [ExplorerEffect] {
        if let path = state.sessionPath { return [.saveSession(session(state, context), path: path, replacing: true)] }
        let date = String(Timestamp.iso(context.clock()).prefix(10))
        state.dialog = .saveSession(suggesting: FileDialog.sessionFileName(initials: state.profile?.initials, date: date))
        return []
    }

    /// A command in a file dialog.
    static func dialog(_ command: Command, _ state: inout ExplorerState, _ context: ExplorerContext) -> [ExplorerEffect] {
        guard var dialog = state.dialog else { return [] }
        if command == .quitNow { state.dialog = nil; return run(.quitNow, &state, context) }
        switch (dialog.stage, command) {
        case (.chooseFormat, .up), (.chooseFormat, .down):
            let all = ExportFormat.allCases
            let i = all.firstIndex(of: dialog.format)!
            dialog.format = all[command == .up ? max(0, i - 1) : min(all.count - 1, i + 1)]
        case (.chooseFormat, .choose(let n)) where ExportFormat.allCases.indices.contains(n):
            // A digit only picks the format: Enter goes on, so a stray Enter never writes at once.
            dialog.format = ExportFormat.allCases[n]
        case (.chooseFormat, .open):
            guard case .export(let route, _, _) = dialog.purpose else { break }
            dialog.name = Exporter.suggestedFileName(for: PathwayDocument(route: route, graph: context.graph, generatedAt: ""),
                                                     as: dialog.format)
            dialog.stage = .fileName
            dialog.problem = nil
        case (.chooseFormat, .back):
            state.dialog = nil
            state.message = "Export cancelled: nothing was written."
            return []
        case (.fileName, .open):
            state.dialog = dialog
            return write(replacing: false, &state, context)
        case (.fileName, .back):
            guard dialog.isExport else {
                state.dialog = nil
                state.message = "Not saved."
                return []
            }
            dialog.stage = .chooseFormat
        case (.fileName, .edit(.deleteBackward)): if !dialog.name.isEmpty { dialog.name.removeLast() }
        case (.fileName, .edit(.clear)): dialog.name = ""
        case (.fileName, .edit(.insert(let c))): dialog.type(c)
        case (.confirmReplace, .confirm):
            state.dialog = dialog
            return write(replacing: true, &state, context)
        case (.confirmReplace, .back):
            dialog.stage = .fileName
            dialog.problem = "Left as it was. Type another name, or Enter and y to replace it."
        default:
            break
        }
        state.dialog = dialog
        return []
    }

    /// Asks for the dialog's file to be written. An existing file is only replaced with
    /// `replacing`; otherwise its outcome (`alreadyThere`) makes the dialog ask first.
    static func write(replacing: Bool, _ state: inout ExplorerState, _ context: ExplorerContext) -> [ExplorerEffect] {
        guard var dialog = state.dialog else { return [] }
        let name = dialog.name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { dialog.problem = "Type a file name."; state.dialog = dialog; return [] }
        let path = context.path(for: name)
        switch dialog.purpose {
        case .export(let route, let extras, _):
            let text = Exporter.render(document(for: route, extraSteps: extras, state, context), as: dialog.format)
            return [.writeExport(text: text, path: path, replacing: replacing)]
        case .saveSession:
            return [.saveSession(session(state, context), path: path, replacing: replacing)]
        }
    }

    /// How a write went: closes the dialog and says where the file went, or keeps the dialog
    /// open with the problem so the adviser can try again.
    static func outcome(_ event: ExplorerEvent, _ state: inout ExplorerState) {
        switch event {
        case .exported(let path):
            guard let dialog = state.dialog, case .export(_, _, let what) = dialog.purpose else { return }
            state.dialog = nil
            state.message = "Exported \(what) as \(dialog.format.label) to \(path)"
        case .saved(let path):
            state.dialog = nil
            state.sessionPath = path
            state.savedWork = AdviserWork(state)
            state.message = "Saved to \(path)"
        case .alreadyThere(let isFolder):
            guard var dialog = state.dialog else { return }
            if isFolder {
                dialog.problem = "\(dialog.name.trimmingCharacters(in: .whitespaces)) is a folder. Type a file name."
            } else {
                dialog.stage = .confirmReplace
                dialog.problem = nil
            }
            state.dialog = dialog
        case .notWritten(let reason):
            if var dialog = state.dialog, dialog.isExport {
                dialog.stage = .fileName
                dialog.problem = reason
                state.dialog = dialog
                return
            }
            state.message = "Not saved: \(reason)"
            if var dialog = state.dialog {
                dialog.problem = state.message
                dialog.stage = .fileName
                state.dialog = dialog
            }
        case .key, .click, .scroll, .resize:
            break
        }
    }

    /// The session as it stands: profile, plan by IDs and notes.
    static func session(_ state: ExplorerState, _ context: ExplorerContext) -> Session {
        let plan = state.plan.isEmpty ? nil
            : SavedPlan(job: state.plan.route?.job.id, steps: state.plan.route?.steps.map(\.id) ?? [],
                        extraSteps: state.plan.extraSteps.map(\.id), ranking: state.ranking)
        return Session(savedAt: Timestamp.iso(context.clock()), contentVersion: context.graph.info.version, profile: state.profile,
                       plan: plan, notes: state.notes)
    }

    /// What an export carries: the route, the resident's starting point and costings when a
    /// profile is applied, the notes (and any steps added to the plan by hand), and the time.
    static func document(for route: Route, extraSteps: [Step], _ state: ExplorerState, _ context: ExplorerContext) -> PathwayDocument {
        var notes = state.notes
        if !extraSteps.isEmpty { notes.append("Also in the plan: " + extraSteps.map(\.title).joined(separator: "; ") + ".") }
        let costings = state.profile.map { profile in
            let advice = FundingAdvice(graph: context.graph, profile: profile)
            return advice.costings(along: route.steps)
        }
        return PathwayDocument(route: route, graph: context.graph, startingPoint: state.profile?.summary, costings: costings,
                               notes: notes, generatedAt: Timestamp.printed(context.clock()))
    }
}
