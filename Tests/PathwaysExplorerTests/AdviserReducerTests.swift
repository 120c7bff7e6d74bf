import Foundation
import PathwaysExport
import PathwaysGraph
import PathwaysSession
import PathwaysTestSupport
import Testing

import PathwaysTerminalCore
@testable import PathwaysExplorer

/// The adviser's features through the reducer: profile form, personal routes, compare, notes,
/// the export dialog and sessions.
@Suite struct AdviserReducerTests {
    static let pinned = ReducerTestSupport.pinned

    func context(folder: String? = nil) -> ExplorerContext { ReducerTestSupport.context(folder: folder) }

    func run(_ keys: [Key], from start: ExplorerState = ExplorerState(), context: ExplorerContext? = nil) -> ExplorerState {
        ReducerTestSupport.run(keys, from: start, context: context)
    }

    func chars(_ text: String) -> [Key] { ReducerTestSupport.chars(text) }

    func temporaryFolder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pathways-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    @Test func enterAppliesTheFormFromAnyQuestion() {
        let state = run([.character("r"), .down, .down, .right, .right, .right, .right, .right, .enter])
        #expect(state.screen == .home)
        #expect(state.profile?.levelHeld == .level2)
        let invalid = run([.character("r"), .down, .down, .down, .down, .backspace, .backspace] + chars("9") + [.up, .enter])
        #expect(invalid.screen == .profile, "an invalid form stays open")
        #expect(invalid.form.field == .age, "the cursor goes to the problem")
        #expect(invalid.profile == nil)
    }

    @Test func profileFormMovesChangesAndTypes() {
        var state = run([.character("r"), .down])
        #expect(state.screen == .profile)
        #expect(state.form.field == .initials)
        state = run(chars("ab1cde"), from: state)
        #expect(state.form.initials == "ABCD")  // digits refused, at most 4 letters
        #expect(state.form.errors[.initials] != nil)
        state = run([.down, .right, .right, .right, .right, .right], from: state)
        #expect(state.form.levelHeld == .level2)
        state = run([.left], from: state)
        #expect(state.form.levelHeld == .level1)
        state = run([.character(" ")], from: state)  // Space moves a choice on too
        #expect(state.form.levelHeld == .level2)
        state = run([.down, .down, .backspace, .backspace] + chars("4x"), from: state)
        #expect(state.message == "Type digits only here.")
        state = run(chars("2"), from: state)
        #expect(state.form.field == .age && state.form.age == "42")
        state = run([.down, .right, .right], from: state)
        #expect(state.form.borough == .coventry)
        state = run([.up, .up, .escape], from: state)
        #expect(state.screen == .home)
        #expect(state.profile == nil, "Esc leaves without applying")
    }

    @Test func applyValidatesAge() {
        var state = run([.character("r"), .down, .down, .down, .down, .backspace, .backspace] + chars("15"))
        state = run([.pageDown, .enter], from: state)
        #expect(state.screen == .profile)
        #expect(state.profile == nil)
        #expect(state.form.errors[.age] == "Age must be 16–99 (you typed 15).")
        #expect(state.message?.contains("Age must be 16–99") == true)
        #expect(state.form.field == .age, "the cursor goes to the field to fix")
        state = run([.backspace, .backspace, .enter, .pageDown, .enter], from: state)
        #expect(state.form.errors[.age] == "Enter an age from 16 to 99.")
        state = run(chars("100") + [.pageDown, .enter], from: state)
        #expect(state.form.field == .age)
        #expect(state.form.errors[.age] == "Age must be 16–99 (you typed 100).")
        state = run([.backspace, .backspace, .backspace] + chars("99") + [.pageDown, .enter], from: state)
        #expect(state.profile?.age == 99)
        #expect(state.screen == .home)
    }

    @Test func applyingAProfileChangesRoutesAndCosts() {
        var state = run([.enter, .down, .enter])  // software developer, no profile
        #expect(state.page.routes[0].costToLearner == 2800)
        #expect(state.page.personal.isEmpty)
        // A 19-year-old: the Adult Skills Fund (19+) pays for the college steps.
        state = run([.character("r"), .down, .pageDown, .enter], from: state)
        #expect(state.screen == .job("software-developer"))
        #expect(state.profile?.age == 19)
        #expect(state.page.personal.count == state.page.routes.count)
        let first = state.page.personal[0]
        #expect(first.isFullyFunded)
        #expect(first.costings.map(\.costToLearner) == [0, 0, 0, 0])
        #expect(first.costings[1].reason.contains("Adult Skills Fund"))
        // A 17-year-old pays the typical fees again, and the header says who the routes are for.
        state = run([.character("r"), .down, .down, .down, .down, .backspace, .backspace] + chars("17") + [.pageDown, .enter], from: state)
        #expect(state.profile?.age == 17)
        #expect(!state.page.personal[0].isFullyFunded)
        let text = ExplorerView.render(state, context: context()).grid.text
        #expect(text.contains("[no quals · E&M below E3 · 17 · unemployed]"))
        #expect(text.contains("Routes for this resident"))
        // Ranking by cost uses the resident's costs.
        state = run([.character("s")], from: state)
        #expect(state.ranking == .cost)
        #expect(state.page.personal.count == state.page.routes.count)
        #expect(state.message == "Routes ranked by cost to you, cheapest first.")
    }

    @Test func compareShowsUpToThreeRoutes() {
        var state = run([.enter, .down, .enter, .down, .character("c")])
        #expect(state.screen == .compare("software-developer"))
        #expect(state.page.routes.count == 3)
        #expect(state.page.selected == 1)
        state = run([.right, .right], from: state)
        #expect(state.page.selected == 2)
        let table = RouteComparison(routes: state.page.routes, personal: state.page.personal)
        #expect(table.rows[0].label == "Total time")
        #expect(table.rows[0].best == [0], "route 1 is quickest")
        #expect(table.rows[2].best.isEmpty, "all have four steps: no best")
        state = run([.enter], from: state)
        #expect(state.screen == .pathways("software-developer"))
        #expect(state.page.route == 2)
        state = run([.escape, .character("m")], from: state)
        #expect(state.plan.route?.nodeIDs == state.page.routes[2].nodeIDs)
    }

    @Test func compareNeedsTwoRoutes() {
        var state = run([.enter, .down, .enter])
        state.page.routes = Array(state.page.routes.prefix(1))
        state = run([.character("c")], from: state)
        #expect(state.screen == .job("software-developer"))
        #expect(state.message == "Only one route to this job: nothing to compare it with.")
    }

    @Test func notesAreEditedAndSanitised() {
        var state = run([.character("p"), .character("n")])
        #expect(state.noteEditor != nil)
        state = run(chars("Call\u{1B}[2J back") + [.enter] + chars("ID") + [.left, .left] + chars("Photo "), from: state)
        state = run([.up, .end, .backspace, .control("d")], from: state)
        #expect(state.noteEditor == nil)
        #expect(state.notes == ["Call[2J bac", "Photo ID"])
        // Keys while editing are text: q does not quit.
        state = run([.character("n"), .character("q"), .escape], from: state)
        #expect(!state.finished)
        #expect(state.notes == ["Call[2J bac", "Photo IDq"])
        #expect(NoteEditor.clean(["a\tb\u{07}c\u{202E}"]) == ["a bc"])
        let text = ExplorerView.render(state, context: context()).grid.text
        #expect(text.contains("Adviser's notes"))
        #expect(text.contains("Photo IDq"))
    }

    @Test func exportWritesOneFileAndAsksBeforeReplacing() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let ctx = context(folder: folder)
        var state = run([.character("r"), .down, .pageDown, .enter, .enter, .down, .enter, .character("e")], context: ctx)
        #expect(state.dialog?.stage == .chooseFormat)
        state = run([.down, .down, .up], from: state, context: ctx)
        #expect(state.dialog?.format == .html)
        state = run([.escape], from: state, context: ctx)
        #expect(state.dialog == nil && state.message?.contains("nothing was written") == true)
        state = run([.character("e"), .enter], from: state, context: ctx)
        #expect(state.dialog?.stage == .fileName)
        #expect(state.dialog?.name == "pathway-software-developer.md")
        state = run([.enter], from: state, context: ctx)
        #expect(state.dialog == nil)
        #expect(state.message == "Exported route 1 to Software developer as Markdown to \(folder)/pathway-software-developer.md")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["pathway-software-developer.md"])
        let written = try String(contentsOfFile: folder + "/pathway-software-developer.md", encoding: .utf8)
        #expect(written.contains(Timestamp.printed(AdviserReducerTests.pinned)))
        #expect(written.contains("age 19"))
        #expect(written.contains("Adult Skills Fund"))

        // The same name again: asks, n keeps the file, y replaces it.
        try "keep me".write(toFile: folder + "/pathway-software-developer.md", atomically: true, encoding: .utf8)
        state = run([.character("e"), .enter, .enter], from: state, context: ctx)
        #expect(state.dialog?.stage == .confirmReplace)
        state = run([.character("n")], from: state, context: ctx)
        #expect(state.dialog?.stage == .fileName)
        #expect(try String(contentsOfFile: folder + "/pathway-software-developer.md", encoding: .utf8) == "keep me")
        state = run([.enter, .character("y")], from: state, context: ctx)
        #expect(state.dialog == nil)
        #expect(try String(contentsOfFile: folder + "/pathway-software-developer.md", encoding: .utf8) != "keep me")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == 1)

        // A folder that does not exist: the error shows in the dialog, nothing is written.
        state = run([.character("e"), .enter, .control("u")] + chars("missing/x.md") + [.enter], from: state, context: ctx)
        #expect(state.dialog?.problem?.contains("does not exist") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == 1)
    }

    /// The update is pure: Enter in the dialog asks for a file to be written and writes
    /// nothing itself; the outcome it is given decides what the dialog shows.
    @Test func theUpdateAsksForFilesAndWritesNone() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let ctx = context(folder: folder)
        var state = run([.enter, .down, .enter, .character("e"), .enter], context: ctx)
        let effects = Reducer.reduce(&state, .key(.enter), context: ctx)
        let path = folder + "/pathway-software-developer.md"
        guard case .writeExport(let text, path, replacing: false)? = effects.first, effects.count == 1 else {
            Issue.record("expected one export to write, got \(effects)")
            return
        }
        #expect(text.contains("Software developer"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty, "the reducer wrote nothing")
        #expect(state.dialog?.stage == .fileName, "the dialog waits for the outcome")
        var replacing = state
        #expect(Reducer.reduce(&replacing, .alreadyThere(isFolder: false), context: ctx).isEmpty)
        #expect(replacing.dialog?.stage == .confirmReplace)
        var folderThere = state
        _ = Reducer.reduce(&folderThere, .alreadyThere(isFolder: true), context: ctx)
        #expect(folderThere.dialog?.problem == "pathway-software-developer.md is a folder. Type a file name.")
        _ = Reducer.reduce(&state, .exported(path: path), context: ctx)
        #expect(state.dialog == nil)
        #expect(state.message == "Exported route 1 to Software developer as Markdown to \(path)")
        // Ctrl-S with a session file in use asks for exactly that file to be saved over.
        state.sessionPath = folder + "/s.json"
        let save = Reducer.reduce(&state, .key(.control("s")), context: ctx)
        #expect(save == [.saveSession(Reducer.session(state, ctx), path: folder + "/s.json", replacing: true)])
    }

    /// 1–5 only pick a format; Enter goes on to the name, and another Enter writes. So a digit
    /// followed by a stray Enter never writes a file.
    @Test func exportDigitsOnlyChooseTheFormat() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let ctx = context(folder: folder)
        var state = run([.enter, .down, .enter, .character("e"), .character("3")], context: ctx)
        #expect(state.dialog?.stage == .chooseFormat)
        #expect(state.dialog?.format == ExportFormat.allCases[2])
        state = run([.character("2")], from: state, context: ctx)
        #expect(state.dialog?.stage == .chooseFormat && state.dialog?.format == .html)
        state = run([.enter], from: state, context: ctx)
        #expect(state.dialog?.stage == .fileName)
        #expect(state.dialog?.name.hasSuffix(".html") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty, "nothing written before the name is confirmed")
        state = run([.enter], from: state, context: ctx)
        #expect(state.dialog == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == 1)
    }

    @Test func sessionSavesAndResumesThroughExplorerSession() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let ctx = context(folder: folder)
        let first = ExplorerSession(context: ctx, width: 80, height: 24)
        first.render()
        for k in [Key.character("r"), .down] + chars("jd") + [.pageDown, .enter, .enter, .down, .enter, .down, .character("m"), .character("p"),
                                                   .character("n")] + chars("Phone Tuesday") + [.escape, .control("s")] {
            first.send(k)
        }
        #expect(first.state.dialog?.name == "pathways-session-JD.json")
        first.send(.enter)
        let path = folder + "/pathways-session-JD.json"
        #expect(first.state.message == "Saved to \(path)")
        #expect(first.state.sessionPath == path)
        let saved = try SessionFile.load(from: URL(fileURLWithPath: path))
        #expect(saved.profile?.initials == "JD")
        #expect(saved.notes == ["Phone Tuesday"])
        #expect(saved.plan?.job == "software-developer")
        #expect(saved.savedAt == "2026-03-02T14:05:00Z")

        let resumed = ExplorerSession(context: ctx, width: 80, height: 24,
                                      options: .init(session: saved, sessionPath: path))
        resumed.render()
        #expect(resumed.state.profile == first.state.profile)
        #expect(resumed.state.plan.steps.map(\.id) == first.state.plan.steps.map(\.id))
        #expect(resumed.state.notes == ["Phone Tuesday"])
        resumed.send(.character("p"))
        #expect(resumed.text.contains("Phone Tuesday"))
        #expect(resumed.text.contains("Your plan: to become Software developer"))
        // Ctrl-S saves straight back, with no dialog.
        resumed.send(.control("s"))
        #expect(resumed.state.dialog == nil)
        #expect(resumed.state.message == "Saved to \(path)")
    }

    @Test func savingNeverReplacesAFileThatIsNotASession() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let ctx = context(folder: folder)
        try "precious".write(toFile: folder + "/notes.txt", atomically: true, encoding: .utf8)
        var state = run([.control("s"), .control("u")] + chars("notes.txt") + [.enter], context: ctx)
        #expect(state.dialog?.stage == .confirmReplace)
        state = run([.character("y")], from: state, context: ctx)
        #expect(state.dialog?.problem?.contains("not saving over") == true)
        #expect(try String(contentsOfFile: folder + "/notes.txt", encoding: .utf8) == "precious")
    }
}

@Suite struct SessionWithoutProfileTests {
    @Test func aSessionSavedWithoutAProfileResumesWithoutOne() throws {
        let graph = PathwaysTestSupport.Fixtures.graph
        let session = ExplorerSession(graph: graph, width: 80, height: 24)
        session.render()
        let saved = Reducer.session(session.state, session.context)
        #expect(saved.profile == nil)
        let text = String(decoding: SessionFile.encode(saved), as: UTF8.self)
        #expect(!text.contains("\"profile\""), "no profile is written when none was entered")
        let resumed = ExplorerSession(context: session.context, terminal: InMemoryTerminal(width: 80, height: 24), options: .init(session: saved))
        #expect(resumed.state.profile == nil)
    }
}

@Suite struct CostWordingTests {
    /// Typical fees and a resident's own costs must never be confused on screen.
    @Test func withoutAProfileCostsAreFeesAndWithOneTheyAreTheResidents() {
        let graph = PathwaysTestSupport.Fixtures.graph
        let plain = ExplorerSession(graph: graph, width: 120, height: 40)
        plain.render()
        for key in [Key.enter, .down, .enter] { plain.send(key) }
        #expect(plain.text.contains("in fees"))
        #expect(!plain.text.contains("to you"))

        let personal = ExplorerSession(graph: graph, width: 120, height: 40, options: .init(profile: Profile(age: 19)))
        personal.render()
        for key in [Key.enter, .down, .enter] { personal.send(key) }
        #expect(personal.text.contains("[fully funded]"))
        #expect(personal.text.contains("free to you"))
        #expect(!personal.text.contains("in fees"))
    }
}
