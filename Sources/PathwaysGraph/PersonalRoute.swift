/// A route as it stands for one resident: each step's cost and reason, and any preference it breaks.
public struct PersonalRoute: Sendable, Hashable {
    public var route: Route
    /// One per step, in order.
    public var costings: [StepCosting]
    /// Preferences this route does not meet, in words ("longer than 52 weeks"); empty when it fits.
    public var brokenPreferences: [String]

    public init(route: Route, costings: [StepCosting], brokenPreferences: [String]) {
        self.route = route
        self.costings = costings
        self.brokenPreferences = brokenPreferences
    }

    /// True when every step is open to the resident now.
    public var isOpen: Bool { costings.allSatisfy(\.isOpen) }
    /// True when the resident pays nothing up front on any step.
    public var isFullyFunded: Bool { costings.allSatisfy { $0.costToLearner == 0 } }
    /// What the whole route costs the resident: the sum of the steps' costs to them.
    public var costToLearner: Int { costings.reduce(0) { $0 + $1.costToLearner } }
}

extension PathwayGraph {
    /// The best routes for a resident: starting from what they hold, costed by their funding,
    /// ranked by `ranking`. Routes whose every step is open to the resident come before routes
    /// with a closed step, and when they need to earn while learning, routes with paid training
    /// come first. Routes that break a preference are kept but say which.
    ///
    /// Complexity: that of `routes(from:to:ranking:limit:)` for `limit * 2` routes (to have
    /// enough left after re-ordering), plus O(steps on the routes).
    public func personalRoutes(for profile: Profile, to jobID: String, ranking: Ranking = .time, limit: Int = 3) -> [PersonalRoute] {
        let advice = FundingAdvice(graph: self, profile: profile)
        let found = routes(from: profile.startingPoint, to: jobID, ranking: ranking, limit: limit * 2) {
            advice.costing(for: $0).costToLearner
        }
        var personal = found.map { route in
            PersonalRoute(route: route, costings: route.steps.map(advice.costing(for:)), brokenPreferences: brokenPreferences(route, profile))
        }
        if profile.earnWhileLearning {
            let earning = personal.filter(\.route.earnsWhileLearning)
            personal = earning + personal.filter { !$0.route.earnsWhileLearning }
        }
        personal = personal.filter(\.isOpen) + personal.filter { !$0.isOpen }
        return Array(personal.prefix(limit))
    }

    private func brokenPreferences(_ route: Route, _ profile: Profile) -> [String] {
        var broken: [String] = []
        if let longest = profile.longestWeeks, route.totalWeeks > longest {
            broken.append("takes \(route.totalWeeks) weeks, longer than the \(longest) you would consider")
        }
        if !profile.modes.isEmpty {
            for step in route.steps where !step.modes.contains(where: profile.modes.contains) && !step.modes.contains(.workBased) {
                broken.append("\(step.title) is \(step.modes.map(\.label).joined(separator: " or ")) only")
            }
        }
        if profile.earnWhileLearning && !route.earnsWhileLearning {
            broken.append("no paid training on this route")
        }
        return broken
    }
}
