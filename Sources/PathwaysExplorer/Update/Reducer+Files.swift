import Foundation
import PathwaysExport
import PathwaysGraph
import PathwaysTerminalCore
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
                state.message = "Choose a route first (Space on a job's routes), then export the plan."
                return
            }
            state.dialog = .export(route, extraSteps: state.plan.extraSteps, what: "your plan")
        default:
            state.message = "Export works on a job's routes, the pathway graph, compare and the plan."
        }
    }

    /// Ctrl-S: saves straight back to the session file in use, or asks for a name.
    static func saveSession(_ state: inout ExplorerState, _ context: ExplorerContext) {
        if let path = state.sessionPath {
            writeSession(to: path, &state, context)
        } else {
            let date = String(isoTime(context.clock()).prefix(10))
            state.dialog = .saveSession(suggesting: FileDialog.sessionFileName(initials: state.profile?.initials, date: date))
        }
    }

    /// Keys in a file dialog.
    static func dialogKey(_ key: Key, _ state: inout ExplorerState, _ context: ExplorerContext) {
        guard var dialog = state.dialog else { return }
        if key == .interrupt { state.dialog = nil; run(.quit, &state, context, key: key); return }
        switch dialog.stage {
        case .chooseFormat:
            let all = ExportFormat.allCases
            let i = all.firstIndex(of: dialog.format)!
            switch key {
            case .up, .character("k"): dialog.format = all[max(0, i - 1)]
            case .down, .character("j"): dialog.format = all[min(all.count - 1, i + 1)]
            case .character(let c) where c.wholeNumberValue.map { (1...all.count).contains($0) } ?? false:
                // A digit only picks the format: Enter goes on, so a stray Enter never writes at once.
                dialog.format = all[c.wholeNumberValue! - 1]
            case .enter:
                guard case .export(let route, _, _) = dialog.purpose else { break }
                dialog.name = Exporter.suggestedFileName(for: PathwayDocument(route: route, graph: context.graph, generatedAt: ""),
                                                         as: dialog.format)
                dialog.stage = .fileName
                dialog.problem = nil
            case .escape:
                state.dialog = nil
                state.message = "Export cancelled: nothing was written."
                return
            default: break
            }
        case .fileName:
            switch key {
            case .enter:
                state.dialog = dialog
                write(replacing: false, &state, context)
                return
            case .escape:
                if dialog.isExport {
                    dialog.stage = .chooseFormat
                } else {
                    state.dialog = nil
                    state.message = "Not saved."
                    return
                }
            case .backspace: if !dialog.name.isEmpty { dialog.name.removeLast() }
            case .control("u"): dialog.name = ""
            case .character(let c): dialog.type(c)
            default: break
            }
        case .confirmReplace:
            switch key {
            case .character("y"), .character("Y"):
                state.dialog = dialog
                write(replacing: true, &state, context)
                return
            case .character("n"), .character("N"), .escape:
                dialog.stage = .fileName
                dialog.problem = "Left as it was. Type another name, or Enter and y to replace it."
            default: break
            }
        }
        state.dialog = dialog
    }

    /// Writes the dialog's file. An existing file is only replaced with `replacing`; otherwise
    /// the dialog asks first. Success closes the dialog and says where the file went.
    static func write(replacing: Bool, _ state: inout ExplorerState, _ context: ExplorerContext) {
        guard var dialog = state.dialog else { return }
        let name = dialog.name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { dialog.problem = "Type a file name."; state.dialog = dialog; return }
        let path = context.path(for: name)
        if !replacing && FileManager.default.fileExists(atPath: path) {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                dialog.problem = "\(name) is a folder. Type a file name."
            } else {
                dialog.stage = .confirmReplace
                dialog.problem = nil
            }
            state.dialog = dialog
            return
        }
        switch dialog.purpose {
        case .export(let route, let extras, let what):
            let document = document(for: route, extraSteps: extras, state, context)
            do {
                try AtomicFileWriter().write(Exporter.render(document, as: dialog.format), to: path, overwrite: replacing)
                state.dialog = nil
                state.message = "Exported \(what) as \(dialog.format.label) to \(path)"
            } catch {
                dialog.stage = .fileName
                dialog.problem = error.description
                state.dialog = dialog
            }
        case .saveSession:
            state.dialog = nil
            writeSession(to: path, &state, context)
            if state.sessionPath != path {
                dialog.problem = state.message
                dialog.stage = .fileName
                state.dialog = dialog
            }
        }
    }

    /// Saves the session to `path` (replacing an earlier session there, never any other file).
    static func writeSession(to path: String, _ state: inout ExplorerState, _ context: ExplorerContext) {
        do throws(SessionError) {
            try SessionFile.save(session(state, context), to: URL(fileURLWithPath: path))
            state.sessionPath = path
            state.savedWork = AdviserWork(state)
            state.message = "Saved to \(path)"
        } catch {
            state.message = "Not saved: \(error.description)"
        }
    }

    /// The session as it stands: profile, plan by IDs and notes.
    static func session(_ state: ExplorerState, _ context: ExplorerContext) -> Session {
        let plan = state.plan.isEmpty ? nil
            : SavedPlan(job: state.plan.route?.job.id, steps: state.plan.route?.steps.map(\.id) ?? [],
                        extraSteps: state.plan.extraSteps.map(\.id), ranking: state.ranking)
        return Session(savedAt: isoTime(context.clock()), contentVersion: context.graph.info.version, profile: state.profile,
                       plan: plan, notes: state.notes)
    }

    /// What an export carries: the route, the resident's starting point and costings when a
    /// profile is applied, the notes (and any steps added to the plan by hand), and the time.
    static func document(for route: Route, extraSteps: [Step], _ state: ExplorerState, _ context: ExplorerContext) -> PathwayDocument {
        var notes = state.notes
        if !extraSteps.isEmpty { notes.append("Also in the plan: " + extraSteps.map(\.title).joined(separator: "; ") + ".") }
        let costings = state.profile.map { profile in
            let advice = FundingAdvice(graph: context.graph, profile: profile)
            return route.steps.map(advice.costing(for:))
        }
        return PathwayDocument(route: route, graph: context.graph, startingPoint: state.profile?.summary, costings: costings,
                               notes: notes, generatedAt: printedTime(context.clock()))
    }

    /// "2026-03-02T14:05:00Z": for `savedAt`.
    static func isoTime(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!))
    }

    /// "2026-03-02 14:05" in local time: for `generatedAt` on exports.
    static func printedTime(_ date: Date) -> String {
        let c = Calendar.current.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ n: Int?) -> String { let v = n ?? 0; return v < 10 ? "0\(v)" : String(v) }
        return "\(c.year ?? 0)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute))"
    }
}
