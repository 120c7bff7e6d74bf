import PathwaysGraph

/// What stays the same while the explorer runs: the graph and its search index.
public struct ExplorerContext: Sendable {
    public let graph: PathwayGraph
    public let index: SearchIndex
    /// How many routes a job screen shows.
    public var routeLimit = 5

    public init(graph: PathwayGraph) {
        self.graph = graph
        index = SearchIndex(graph: graph)
    }
}
