import Foundation
import PathwaysGraph

/// What stays the same while the explorer runs: the graph and its search index, and the two
/// things from outside that saving files needs — the clock and the folder names are relative to.
public struct ExplorerContext: Sendable {
    public let graph: PathwayGraph
    /// The search index; nil for a staged start's preview, which searches nothing.
    public let index: SearchIndex?
    /// How many routes a job screen shows.
    public var routeLimit = 5
    /// Now, for `generatedAt` in exports and `savedAt` in sessions; tests pin it.
    public var clock: @Sendable () -> Date = { Date() }
    /// The folder relative file names are saved in; `nil` for the process's current folder.
    public var workingDirectory: String?

    public init(graph: PathwayGraph) {
        self.init(graph: graph, indexing: true)
    }

    /// A context with no search index when `indexing` is false: for the preview a staged start
    /// draws its first frame from (the home screen searches nothing, and a key waits for the
    /// whole content). Not even an empty index is built: its first use of the search's types
    /// cost a first frame a twentieth of its time.
    init(graph: PathwayGraph, indexing: Bool) {
        self.graph = graph
        index = indexing ? SearchIndex(graph: graph) : nil
    }

    /// A file name as typed, made into the path to write: `~/` expanded, relative names put in
    /// `workingDirectory`.
    public func path(for name: String) -> String {
        var n = name.trimmingCharacters(in: .whitespaces)
        if n.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] { n = home + n.dropFirst(1) }
        if n.hasPrefix("/") { return n }
        guard let dir = workingDirectory else { return n }
        return (dir.hasSuffix("/") ? dir : dir + "/") + n
    }
}
