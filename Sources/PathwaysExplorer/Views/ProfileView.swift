import PathwaysGraph
import PathwaysTerminalCore

/// The profile form: one question a row, the selected one reversed and marked "> ", the value
/// in brackets, a problem under its field, and the hint for the selected field at the bottom.
enum ProfileView {
    static func draw(_ frame: inout Frame, _ area: Rect, _ state: ExplorerState) {
        let form = state.form
        let fields = ProfileForm.Field.all
        let wide = area.width >= 100
        let (main, side) = wide ? area.splitColumns(area.width - 36) : (area, Rect(x: 0, y: 0, width: 0, height: 0))
        let footHeight = wide ? 0 : main.width < 80 ? 3 : 2
        let (body, foot) = main.splitRows(main.height - footHeight)
        frame.paneTitle(body, "Resident's profile: no names are kept" + (state.profile == nil ? " (none applied yet)" : ""), focused: true)

        // One screen line per field, plus a line under any field with a problem, plus a gap before Apply.
        var lines: [(field: Int?, text: String, style: Style)] = []
        for (i, field) in fields.enumerated() {
            if field == .apply { lines.append((nil, "", .plain)) }
            if case .mode(let m) = field, m == .fullTime {
                lines.append((nil, "  Study modes they can manage (none ticked means any):", .muted))
            }
            lines.append((i, row(field, form, state), .plain))
            if let error = form.errors[field] { lines.append((nil, "      ! " + error, Style(bold: true, role: .message))) }
        }
        let rows = Rect(x: body.x, y: body.y + 1, width: body.width, height: body.height - 1)
        let selectedLine = lines.firstIndex { $0.field == form.row } ?? 0
        let top = max(0, min(selectedLine - rows.height / 2, lines.count - rows.height))
        for (n, line) in lines.dropFirst(top).prefix(rows.height).enumerated() {
            let y = rows.y + n
            let selected = line.field == form.row
            let style: Style = selected ? .selected : (line.field.map { fields[$0] == .apply } ?? false) ? .heading : line.style
            frame.grid.putPadded((selected ? "> " : "  ") + line.text, x: rows.x, y: y, width: rows.width, style: style,
                                 ellipsis: frame.glyphs.ellipsis)
            if let f = line.field { frame.hits.append(Hit(rect: Rect(x: rows.x, y: y, width: rows.width, height: 1), pane: 0, index: f)) }
        }
        if top > 0 { frame.grid.put(frame.glyphs.isUnicode ? "↑" : "^", x: rows.maxX - 1, y: rows.y, style: .muted) }
        if lines.count - top > rows.height {
            frame.grid.put(frame.glyphs.isUnicode ? "↓" : "v", x: rows.maxX - 1, y: rows.maxY - 1, style: .muted)
        }

        var hint = TextBlock()
        hint.line(form.field.hint, style: .muted)
        if wide {
            frame.verticalRule(x: side.x, y: side.y, height: side.height)
            var about = TextBlock()
            about.line(form.field.hint)
            if form.field == .quick {
                about.blank()
                for words in QuickEntry.words { about.line(words, style: .muted, indent: 2) }
            }
            about.blank()
            about.heading("Starting point now")
            about.line(state.profile?.summary ?? "No profile yet: routes start from Entry level at typical fees.", style: .muted)
            about.blank()
            about.line("Enter on Apply uses the profile for routes, costs and the plan. Esc leaves it unchanged.", style: .muted)
            frame.text(Rect(x: side.x + 1, y: side.y, width: side.width - 1, height: side.height), title: "About this question",
                       block: about, scroll: 0, focused: false, pane: 1)
        } else {
            frame.horizontalRule(x: foot.x, y: foot.y, width: foot.width)
            frame.text(Rect(x: foot.x, y: foot.y + 1, width: foot.width, height: footHeight - 1), title: nil, block: hint, scroll: 0,
                       focused: false, pane: 1)
        }
    }

    /// "Age                      [19_]" — text fields show a cursor when selected; choices show ‹ ›.
    static func row(_ field: ProfileForm.Field, _ form: ProfileForm, _ state: ExplorerState) -> String {
        if field == .apply { return "[ Apply ]  use this profile" }
        let label = DisplayWidth.pad(field.label, to: 25)
        let selected = form.field == field
        if field.isText {
            let note = field == .earnings && form.employment != .employed && !form.earnings.isEmpty ? " (counts only when employed)" : ""
            return label + "[" + form.value(field) + (selected ? "_" : "") + "]" + note
        }
        if case .mode = field { return label + (form.value(field) == "yes" ? "[x]" : "[ ]") }
        switch field {
        case .lowPay where form.employment != .employed:
            return label + (form.value(field) == "yes" ? "[x] yes" : "[ ] no") + " (counts only when employed)"
        case .lowPay, .careLeaver, .needsESOL, .disabled, .earnWhileLearning, .redundancy, .ehcPlan:
            return label + (form.value(field) == "yes" ? "[x] yes" : "[ ] no")
        default:
            return label + (selected ? "‹ \(form.value(field)) ›" : "  \(form.value(field))")
        }
    }
}
