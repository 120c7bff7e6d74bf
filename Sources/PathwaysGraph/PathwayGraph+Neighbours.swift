extension PathwayGraph {
    /// A progression together with the node at its other end.
    public struct Link: Sendable, Hashable {
        public var node: Node
        public var progression: Progression
    }

    /// What a learner can start after this step: steps and jobs, in content order.
    /// O(out-degree). Empty for an unknown ID or a job.
    public func nextSteps(from id: String) -> [Link] {
        guard let i = index(of: id) else { return [] }
        return (Int(outStart[i])..<Int(outStart[i + 1])).map {
            Link(node: node(at: Int(outTarget[$0])), progression: progressions[Int(outEdge[$0])])
        }
    }

    /// The steps that lead into this step or job, in content order. O(in-degree).
    public func previousSteps(into id: String) -> [Link] {
        guard let i = index(of: id) else { return [] }
        return (Int(inStart[i])..<Int(inStart[i + 1])).map {
            Link(node: node(at: Int(inSource[$0])), progression: progressions[Int(inEdge[$0])])
        }
    }
}
