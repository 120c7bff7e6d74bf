import Foundation
import PathwaysGraph
import PathwaysTestSupport

import PathwaysTerminalCore
@testable import PathwaysExplorer

/// Helpers shared by the reducer tests: a context on the fixture graph with a pinned clock, and
/// key sequences run through the reducer.
enum ReducerTestSupport {
    /// 2026-03-02 14:05 UTC: the clock every reducer test sees.
    static let pinned = Date(timeIntervalSince1970: 1_772_460_300)

    /// The fixture graph, a pinned clock and (optionally) the folder files are saved in.
    static func context(folder: String? = nil) -> ExplorerContext {
        var c = ExplorerContext(graph: Fixtures.graph)
        c.clock = { pinned }
        c.workingDirectory = folder
        return c
    }

    /// The state after pressing `keys` in order, starting from `start`, with any files the
    /// keys ask for written (the effects carried out as the session would).
    static func run(_ keys: [Key], from start: ExplorerState = ExplorerState(), context: ExplorerContext? = nil) -> ExplorerState {
        var state = start
        let ctx = context ?? self.context()
        for k in keys { ExplorerSession.drive(&state, .key(k), context: ctx) }
        return state
    }

    /// Typing `text`, one key per character.
    static func chars(_ text: String) -> [Key] { text.map { .character($0) } }
}
