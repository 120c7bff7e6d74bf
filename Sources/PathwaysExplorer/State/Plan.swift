import PathwaysGraph

/// What the resident has chosen: a route to a job and any extra steps they added.
public struct Plan: Sendable, Equatable {
    public var route: Route?
    /// Steps added one by one, in the order added (not on the route).
    public var extraSteps: [Step] = []

    public init(route: Route? = nil, extraSteps: [Step] = []) {
        self.route = route
        self.extraSteps = extraSteps
    }

    /// Every step, the route's first in order, then added steps by level.
    public var steps: [Step] {
        (route?.steps ?? []) + extraSteps.sorted { ($0.level, $0.title) < ($1.level, $1.title) }
    }

    public var isEmpty: Bool { route == nil && extraSteps.isEmpty }
    public var totalWeeks: Int { steps.reduce(0) { $0 + $1.weeks } }
    /// Typical fees added up; the route's own costing is used for its steps.
    public var totalCost: Int { (route?.costToLearner ?? 0) + extraSteps.reduce(0) { $0 + $1.cost } }

    /// Adds a step unless the plan already has it; returns false when it was there.
    public mutating func add(_ step: Step) -> Bool {
        if steps.contains(where: { $0.id == step.id }) { return false }
        extraSteps.append(step)
        return true
    }

    /// Removes a step: an added one, or one of the route's (the route then stays, without it).
    public mutating func remove(_ id: String) {
        extraSteps.removeAll { $0.id == id }
        if var r = route, let i = r.steps.firstIndex(where: { $0.id == id }) {
            r.costToLearner -= r.steps[i].cost
            r.totalWeeks -= r.steps[i].weeks
            r.steps.remove(at: i)
            route = r
        }
    }
}
