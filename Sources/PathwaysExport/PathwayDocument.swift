import PathwaysGraph

/// Everything an export needs: a chosen route, the graph it came from, and what the adviser
/// knows about the resident.
///
/// Every exporter reads only this value, so the same document always renders to the same bytes.
/// `generatedAt` is passed in rather than read from the clock, so tests can pin it.
public struct PathwayDocument: Sendable {
    /// The route to export, steps first to last, then the job.
    public var route: Route
    /// The graph the route came from: used to look up providers, sources, schemes and clusters.
    public var graph: PathwayGraph
    /// The resident's starting point in words, e.g. "Level 2, English and maths Level 1, age 19–23";
    /// `nil` when no profile was entered.
    public var startingPoint: String?
    /// One costing per step, in step order, when a profile is set; `nil` otherwise.
    ///
    /// With costings, every format shows the cost to the learner and the funding reason. Without
    /// them, formats show the typical fee and the schemes that might apply.
    public var costings: [StepCosting]?
    /// Free-text notes the adviser added; may be empty.
    public var notes: [String]
    /// When the document was made, as it should be printed, e.g. "2026-03-02 14:05".
    public var generatedAt: String
    /// The resident's borough: each step lists its three nearest providers, this borough first.
    /// `nil` lists every provider in content order.
    public var borough: Borough?

    public init(
        route: Route, graph: PathwayGraph, startingPoint: String? = nil, costings: [StepCosting]? = nil,
        notes: [String] = [], generatedAt: String, borough: Borough? = nil
    ) {
        self.borough = borough
        self.route = route
        self.graph = graph
        self.startingPoint = startingPoint
        self.costings = costings
        self.notes = notes
        self.generatedAt = generatedAt
    }

    /// The costing for the step at `index`, when costings were given for it.
    public func costing(at index: Int) -> StepCosting? {
        guard let costings, costings.indices.contains(index) else { return nil }
        return costings[index]
    }
}
