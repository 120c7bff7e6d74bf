import Foundation
import PathwaysExport
import PathwaysGraph
import PathwaysTestSupport
import Testing

import PathwaysTerminalCore
@testable import PathwaysExplorer

/// The key table is the only place keys are decided: every bound key, in every mode, does what
/// its binding's help says, and no binding is help text alone.
@Suite struct KeymapTests {
    let context = ReducerTestSupport.context()

    func run(_ keys: [Key], from start: ExplorerState = ExplorerState(width: 120, height: 40)) -> ExplorerState {
        ReducerTestSupport.run(keys, from: start, context: context)
    }

    /// A state in each mode, with room to move in every direction and text to delete.
    func states() -> [(KeyMode, ExplorerState)] {
        let cluster = run([.enter])
        let job = run([.down, .enter], from: cluster)
        var withNotes = run([.character("m"), .character("p")], from: job)
        withNotes.notes = ["first line", "second"]
        let fileName = run([.character("e"), .enter], from: job)
        var replace = fileName
        _ = Reducer.reduce(&replace, .alreadyThere(isFolder: false), context: context)
        var small = cluster
        _ = Reducer.reduce(&small, .resize(width: 30, height: 10), context: context)
        // On the graph, two steps along: a column with more than one step, to move up and down in.
        let pathways = run([.character("g"), .right, .right], from: job)
        return [
            (.screen(.home), ExplorerState(width: 120, height: 40)),
            (.screen(.cluster("digital")), cluster),
            (.screen(.job("software-developer")), job),
            (.screen(.pathways("software-developer")), pathways),
            (.screen(.compare("software-developer")), run([.character("c")], from: job)),
            (.screen(.step("digital-l3")), run([.enter], from: pathways)),
            (.screen(.provider("city-college")), run([.character("/")] + ReducerTestSupport.chars("city college") + [.enter], from: cluster)),
            (.screen(.search), run([.character("/")] + ReducerTestSupport.chars("s"), from: cluster)),
            (.screen(.plan), run([.character("m"), .character("p")], from: job)),
            (.screen(.profile), run([.character("r")] + ReducerTestSupport.chars("JD"), from: cluster)),
            (.screen(.help), run([.character("?")], from: cluster)),
            (.notes, run([.character("n"), .home], from: withNotes)),
            (.dialog(.chooseFormat), run([.character("e")], from: job)),
            (.dialog(.fileName), fileName),
            (.dialog(.confirmReplace), replace),
            (.quitPrompt, run([.character("m"), .character("q")], from: job)),
            (.tooSmall, small),
        ]
    }

    @Test func everyModeHasAStateToTryItsKeysIn() {
        for (mode, state) in states() where KeyMode(state) != mode { Issue.record("set-up for \(mode) is in \(KeyMode(state))") }
    }

    @Test func noBindingIsHelpTextAlone() {
        for (mode, _) in states() {
            for binding in Keymap.bindings(in: mode) {
                #expect(!binding.keys.isEmpty || binding.typing, "\(mode): \(binding.label) binds no key")
                #expect(!binding.help.isEmpty)
            }
        }
    }

    @Test func noKeyIsBoundTwiceInAMode() {
        for (mode, _) in states() {
            var seen: [Key: String] = [:]
            for binding in Keymap.bindings(in: mode) {
                for (key, command) in binding.keys {
                    if let other = seen[key], other != binding.label + "\(command)" {
                        Issue.record("\(mode): \(key) is bound by \(other) and by \(binding.label)")
                    }
                    seen[key] = binding.label + "\(command)"
                    #expect(Keymap.command(for: key, in: mode) == command, "\(mode): \(key) under \(binding.label)")
                }
            }
        }
    }

    /// Presses every bound key in its mode and checks the outcome matches the command the help
    /// describes: Esc goes back, / opens search, 3 picks route 3, Ctrl-C quits at once, and so on.
    @Test func everyBoundKeyDoesWhatItsHelpSays() {
        for (mode, base) in states() {
            for binding in Keymap.bindings(in: mode) {
                var pressed = binding.keys
                if binding.typing { pressed.append((.character(typed(mode)), .edit(.insert(typed(mode))))) }
                for (key, command) in pressed {
                    let before = prepare(command, base)
                    var after = before
                    let effects = Reducer.reduce(&after, .key(key), context: context)
                    if !does(command, mode, before, after, effects) {
                        Issue.record("\(mode): \(binding.label) (\(key)) should \(binding.help.lowercased()) (\(command))")
                    }
                }
            }
        }
    }

    // MARK: Helpers

    /// A character each typing mode accepts.
    func typed(_ mode: KeyMode) -> Character { mode == .screen(.profile) ? "A" : "a" }

    /// Moves away from the start first where a command goes back (↑ after ↓), so it has somewhere to go.
    func prepare(_ command: Command, _ base: ExplorerState) -> ExplorerState {
        let mode = KeyMode(base)
        var state = base
        let undo: Command? = switch command {
        case .up: .down
        case .left: .right
        case .pageUp: .pageDown
        case .top: .bottom
        case .previousRoute: .nextRoute
        case .focusPrevious: .focusNext
        case .edit(.left): .edit(.right)
        case .edit(.up): .edit(.down)
        case .edit(.down): .edit(.up)
        case .edit(.lineStart): .edit(.lineEnd)
        default: nil
        }
        if let undo { _ = Reducer.perform(undo, in: mode, &state, context) }
        if mode == .screen(.profile) {
            // Choices change on a choice field; text is typed and deleted on the initials.
            switch command {
            case .toggle, .left, .right: state.form.row = 2
            default: break
            }
        }
        return state
    }

    /// Where the user is: anything a movement key changes.
    func position(_ s: ExplorerState) -> String {
        "\(s.page.selected) \(s.page.scroll) \(s.page.focus) \(s.page.cursor ?? "") \(s.page.route) \(s.form.row) "
            + "\(s.dialog?.format.label ?? "") \(s.noteEditor?.line ?? -1) \(s.noteEditor?.column ?? -1)"
    }

    /// The text being typed, wherever it is.
    func text(_ s: ExplorerState) -> String {
        s.query + (s.dialog?.name ?? "") + (s.noteEditor?.lines.joined(separator: "\n") ?? "") + s.form.quick + s.form.initials + s.form.age
    }

    func does(_ command: Command, _ mode: KeyMode, _ before: ExplorerState, _ after: ExplorerState, _ effects: [ExplorerEffect]) -> Bool {
        switch command {
        case .up, .down, .left, .right, .pageUp, .pageDown, .top, .bottom, .focusNext, .focusPrevious:
            if mode == .screen(.profile), command == .left || command == .right { return after.form != before.form }
            return position(after) != position(before)
        case .open:
            switch mode {
            case .dialog(.chooseFormat): return after.dialog?.stage == .fileName
            case .dialog(.fileName): return effects.count == 1
            case .screen(.profile): return after.profile != nil && before.profile == nil
            default: return after.pages != before.pages && after.pages.count >= before.pages.count
            }
        case .back:
            switch mode {
            case .quitPrompt: return !after.confirmingQuit && !after.finished
            case .notes: return after.noteEditor == nil && after.notes == before.noteEditor?.notes
            case .dialog(.chooseFormat): return after.dialog == nil
            case .dialog(.fileName): return after.dialog?.stage == .chooseFormat
            case .dialog(.confirmReplace): return after.dialog?.stage == .fileName
            case .screen(.home): return after.message == "This is Home. Press q to quit."
            default: return after.pages.count == before.pages.count - 1
            }
        case .search: return after.screen == .search
        case .help: return after.screen == .help
        case .plan: return after.screen == .plan
        case .profile: return after.screen == .profile
        case .quit: return after.finished || after.confirmingQuit
        case .quitNow: return after.finished && after.exitCode == 130
        case .addStep, .planRoute, .removeFromPlan: return after.plan != before.plan
        case .sort: return after.jobSort != before.jobSort || after.ranking != before.ranking
        case .toggleView: return after.showList != before.showList
        case .nextRoute: return after.page.route == before.page.route + 1
        case .previousRoute: return after.page.route == before.page.route - 1
        case .choose(let n):
            if case .dialog = mode { return after.dialog?.format == ExportFormat.allCases[n] }
            return after.page.route == min(n, after.page.routes.count - 1) && after.message?.hasPrefix("Route ") == true
        case .pathways: if case .pathways = after.screen { return true } else { return false }
        case .compare: if case .compare = after.screen { return true } else { return false }
        case .export: return after.dialog?.isExport == true
        case .saveSession:
            return effects.contains { if case .saveSession = $0 { true } else { false } } || after.dialog?.purpose == .saveSession
        case .editNotes: return after.noteEditor != nil
        case .toggle: return after.form != before.form
        case .confirm:
            if mode == .quitPrompt { return after.finished && after.exitCode == 0 }
            return effects.contains { if case .writeExport(_, _, replacing: true) = $0 { true } else { false } }
        case .edit(.insert), .edit(.newLine), .edit(.indent):
            return text(after).count > text(before).count
        case .edit(.deleteBackward), .edit(.deleteForward), .edit(.clear):
            return text(after).count < text(before).count
        case .edit(.left), .edit(.right), .edit(.up), .edit(.down), .edit(.lineStart), .edit(.lineEnd):
            return position(after) != position(before)
        }
    }
}
