import PathwaysGraph
import PathwaysTerminalCore

/// The plan: its steps with the resident's cost of each, the adviser's notes (or the notes
/// editor), and the totals.
enum PlanView {
    static func draw(_ frame: inout Frame, _ area: Rect, _ state: ExplorerState, _ context: ExplorerContext) {
        let plan = state.plan
        let advice = state.profile.map { FundingAdvice(graph: context.graph, profile: $0) }
        let (upper, footer) = area.splitRows(area.height - 3)
        let editing = state.noteEditor != nil
        let notesHeight = editing ? max(4, upper.height / 2) : state.notes.isEmpty ? 2 : min(state.notes.count + 1, max(2, upper.height / 3))
        let (body, notesArea) = upper.splitRows(upper.height - notesHeight)

        var rows: [Frame.Row] = []
        // Each step at the age the resident will be when it starts (after the steps before it).
        let costings = advice?.costings(along: plan.steps)
        for (i, s) in plan.steps.enumerated() {
            let costing = costings?[i]
            rows.append(Frame.Row.titled("\(i + 1). \(s.title) (\(s.level.label))", illustrative: s.illustrative,
                                         trailing: "\(Wording.yearsAndMonths(weeks: s.weeks)), \(costing.map(Describe.costToYou) ?? Wording.cost(s.cost))", item: i))
            if let c = costing, body.height > plan.steps.count * 2 + 2 {
                rows.append(Frame.Row(text: "     " + (c.whyClosed.map { "Closed: " + $0 } ?? c.reason), style: .muted, wraps: true))
            }
        }
        if let job = plan.route?.job {
            rows.append(Frame.Row(text: "→ Job: \(job.title)", trailing: job.pay.map { Pay.pounds($0.median) } ?? "pay not known",
                                  item: plan.steps.count))
        }
        let title = plan.route.map { "Your plan: to become \($0.job.title)" } ?? "Your plan"
        frame.list(body, title: title, rows: rows, selected: state.page.selected, focused: !editing)
        if plan.isEmpty {
            var help = TextBlock()
            help.line("Nothing in your plan yet.")
            help.line("On a job's routes, m makes the selected route your plan; on a step or the graph, a adds that one step.", style: .muted)
            frame.text(Rect(x: body.x, y: body.y + 1, width: body.width, height: body.height - 1), title: nil, block: help,
                       scroll: 0, focused: false, pane: 1)
        }
        if let editor = state.noteEditor {
            NotesEditorView.draw(editor, &frame, notesArea)
        } else {
            var notes = TextBlock()
            if state.notes.isEmpty { notes.line("No notes yet: n writes them.", style: .muted) }
            for line in state.notes { notes.line(line.isEmpty ? " " : line, indent: 2) }
            frame.text(notesArea, title: "Adviser's notes", block: notes, scroll: 0, focused: false, pane: 1)
        }
        frame.horizontalRule(x: footer.x, y: footer.y, width: footer.width)
        let cost = costings.map { Wording.toYou($0, why: false) } ?? Describe.fees(plan.totalCost)
        let totals = "Total: \(Wording.plural(plan.steps.count, "step")) · \(Wording.yearsAndMonths(weeks: plan.totalWeeks)) · \(cost)"
        frame.grid.put(totals, x: footer.x + 1, y: footer.y + 1, style: .heading, limit: footer.width - 2)
        let note = plan.route == nil ? "No job chosen yet."
            : state.profile == nil ? "Costs are typical fees, before any funding you may get."
            : "Costs are for this resident, after the funding they can get."
        frame.grid.put(note, x: footer.x + 1, y: footer.y + 2, style: .muted, limit: footer.width - 2)
    }
}
