import Foundation
import PathwaysGraph
import PathwaysSession
import PathwaysTestSupport
import Testing

import PathwaysTerminalCore
@testable import PathwaysExplorer

/// q with unsaved adviser work asks "Quit without saving?"; with nothing to lose it quits at
/// once; Ctrl-C always quits at once.
@Suite struct QuitTests {
    func context(folder: String? = nil) -> ExplorerContext { ReducerTestSupport.context(folder: folder) }

    func run(_ keys: [Key], from start: ExplorerState = ExplorerState(), context: ExplorerContext? = nil) -> ExplorerState {
        ReducerTestSupport.run(keys, from: start, context: context)
    }

    /// A plan made on a job's routes: work that a session file would keep.
    var withPlan: ExplorerState { run([.enter, .down, .enter, .character("m"), .escape, .escape]) }

    @Test func nothingChangedQuitsAtOnce() {
        let state = run([.enter, .down, .enter, .escape, .character("q")])
        #expect(state.finished && state.exitCode == 0)
        #expect(!state.confirmingQuit)
    }

    @Test func unsavedPlanAsksFirstAndYQuits() {
        var state = withPlan
        #expect(state.hasUnsavedWork)
        state = run([.character("q")], from: state)
        #expect(!state.finished && state.confirmingQuit)
        #expect(Keymap.active(state).map(\.label) == ["y", "n Esc", "Ctrl-S", "Ctrl-C"])
        let text = ExplorerView.render(state, context: context()).grid.text
        #expect(text.contains("Quit without saving?"))
        #expect(text.contains("y: quit · n: stay · Ctrl-S: save"))
        #expect(text.contains("Plan not saved"))
        state = run([.character("j")], from: state)
        #expect(state.confirmingQuit && !state.finished, "other keys leave the question open")
        state = run([.character("y")], from: state)
        #expect(state.finished && state.exitCode == 0)
    }

    @Test func nOrEscStays() {
        for answer in [Key.character("n"), .escape] {
            let state = run([.character("q"), answer], from: withPlan)
            #expect(!state.finished && !state.confirmingQuit)
            #expect(state.plan.route != nil)
            #expect(state.screen == .home, "the answer never reaches the screen underneath")
        }
    }

    @Test func profileAndNotesCountToo() {
        let profile = run([.character("r"), .down, .character("a"), .pageDown, .enter, .character("q")])
        #expect(profile.profile != nil && profile.confirmingQuit)
        let notes = run([.character("p"), .character("n"), .character("x"), .escape, .character("q")])
        #expect(notes.notes == ["x"] && notes.confirmingQuit)
        // Notes typed and then removed again leave nothing to lose.
        let undone = run([.character("p"), .character("n"), .character("x"), .backspace, .escape, .character("q")])
        #expect(undone.finished)
    }

    @Test func ctrlSSavesThenQQuitsAtOnce() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pathways-quit-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let ctx = context(folder: folder)
        var state = run([.character("q"), .control("s")], from: withPlan, context: ctx)
        #expect(!state.confirmingQuit && state.dialog != nil, "no session file yet: the save dialog asks for a name")
        state = run([.enter], from: state, context: ctx)
        #expect(state.message?.hasPrefix("Saved to ") == true)
        #expect(!state.hasUnsavedWork)
        state = run([.character("q")], from: state, context: ctx)
        #expect(state.finished && state.exitCode == 0)
    }

    @Test func ctrlCNeverAsks() {
        let state = run([.interrupt], from: withPlan)
        #expect(state.finished && state.exitCode == 130)
        let fromPrompt = run([.character("q"), .interrupt], from: withPlan)
        #expect(fromPrompt.finished && fromPrompt.exitCode == 130)
    }

    @Test func aResumedSessionQuitsAtOnceUntilItChanges() {
        let saved = Session(savedAt: "2026-03-02T14:05:00Z", contentVersion: "1", profile: Profile(initials: "JD"),
                            plan: SavedPlan(job: "software-developer", steps: [], extraSteps: ["digital-l3"]),
                            notes: ["Phone Tuesday"])
        let session = ExplorerSession(context: context(), width: 80, height: 24, options: .init(session: saved))
        session.render()
        #expect(!session.state.hasUnsavedWork)
        session.send(.character("p"))
        session.send(.character("x"))
        session.send(.character("q"))
        #expect(session.state.confirmingQuit && !session.finished)
        session.send(.character("n"))
        session.send(.character("q"))
        session.send(.character("y"))
        #expect(session.finished)
    }

    @Test func tooSmallStillAsks() {
        var state = withPlan
        _ = Reducer.reduce(&state, .resize(width: 30, height: 10), context: context())
        state = run([.character("q")], from: state)
        #expect(state.confirmingQuit)
        #expect(ExplorerView.render(state, context: context()).grid.text.contains("Quit without saving?"))
        state = run([.character("y")], from: state)
        #expect(state.finished)
    }
}
