import PathwaysGraph
import PathwaysTerminalCore

/// The Help screen: every key of every screen and dialog, drawn from `Keymap`.
enum HelpView {
    static func draw(_ frame: inout Frame, _ area: Rect, _ state: ExplorerState) {
        let from = state.pages.count >= 2 ? state.pages[state.pages.count - 2].screen : .home
        var order: [Screen] = [.home, .cluster(""), .job(""), .pathways(""), .compare(""), .step(""), .provider(""), .search, .plan,
                               .profile]
        if let i = order.firstIndex(where: { $0.kindName == from.kindName }) { order.insert(order.remove(at: i), at: 0) }
        var b = TextBlock()
        b.line("Where you are is shown at the top (Home › Cluster › Job); the keys that work are shown at the bottom. "
               + "Every key is below, screen by screen.")
        b.line("The mouse works too: a click selects, a double click opens, the wheel scrolls.", style: .muted)
        func section(_ title: String, _ bindings: [Keymap.Binding]) {
            b.blank()
            b.heading(title)
            for binding in bindings { b.keyed(binding.label, binding.help, labelWidth: 20) }
        }
        for screen in order {
            section(screen.kindName + (screen.kindName == from.kindName ? " (where you were)" : ""), Keymap.bindings(for: screen))
        }
        section("Writing notes (n on the plan)", Keymap.notesEditor)
        b.blank()
        b.heading("Saving a file (e exports, Ctrl-S saves the session)")
        var shown = Set<String>()
        for stage in [FileDialog.Stage.chooseFormat, .fileName, .confirmReplace] {
            for binding in Keymap.dialog(stage) where shown.insert(binding.label + binding.help).inserted {
                b.keyed(binding.label, binding.help, labelWidth: 20)
            }
        }
        section("Quit without saving? (q with work not saved)", Keymap.quitPrompt)
        section("Help (this screen)", Keymap.bindings(for: .help))
        frame.text(area, title: "Help: every key, screen by screen (↑↓ scroll, Esc back)", block: b, scroll: state.page.scroll,
                   focused: true, pane: 1)
    }
}
