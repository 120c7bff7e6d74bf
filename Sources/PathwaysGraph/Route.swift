/// A way from a starting point to a job: the steps to take, in order, and their totals.
public struct Route: Sendable, Hashable {
    /// The steps, first to last. Empty only if the job could be entered directly.
    public var steps: [Step]
    public var job: Job
    /// The progressions taken, one per move after the first step (step to step, then last step to job).
    public var progressions: [Progression]
    public var totalWeeks: Int
    /// Total cost to the learner in whole pounds, as costed when the route was found.
    public var costToLearner: Int

    public init(steps: [Step], job: Job, progressions: [Progression], totalWeeks: Int, costToLearner: Int) {
        self.steps = steps
        self.job = job
        self.progressions = progressions
        self.totalWeeks = totalWeeks
        self.costToLearner = costToLearner
    }

    /// Step IDs then the job ID: the route's identity.
    public var nodeIDs: [String] { steps.map(\.id) + [job.id] }

    /// True when at least one step is an apprenticeship or other paid, work-based learning.
    public var earnsWhileLearning: Bool { steps.contains(where: \.earnsWhileLearning) }
}
