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
    /// True when the resident can join every step and pays nothing up front on any: never said
    /// of a route with a step not open to them, however little that step would cost.
    public var isFullyFunded: Bool { isOpen && costings.allSatisfy { $0.costToLearner == 0 } }
    /// What the whole route costs the resident: the sum of the steps' costs to them.
    public var costToLearner: Int { costings.reduce(0) { $0 + $1.costToLearner } }
}

extension PersonalRoute {
    /// True when `other` makes this route pointless: the same job, a proper subset of its
    /// steps, and no worse on time, cost to the resident, paid training or being open now.
    public func isDominated(by other: PersonalRoute) -> Bool {
        guard other.route.job.id == route.job.id else { return false }
        let mine = Set(route.steps.map(\.id)), theirs = Set(other.route.steps.map(\.id))
        guard theirs.count < mine.count, theirs.isSubset(of: mine) else { return false }
        return other.route.totalWeeks <= route.totalWeeks
            && other.route.costToLearner <= route.costToLearner
            && (other.route.earnsWhileLearning || !route.earnsWhileLearning)
            && (other.isOpen || !isOpen)
    }
}

extension PathwayGraph {
    /// The best routes for a resident: starting from what they hold, each step costed on the
    /// day it would start at the age they will be then, ranked by `ranking`. When they need to
    /// earn while learning the search itself looks for routes with paid training. A route that
    /// another found route makes pointless (see `isDominated(by:)`) is dropped. Routes whose
    /// every step is open come first; routes that break a preference are kept but say which.
    ///
    /// Complexity: that of `routes(from:to:ranking:limit:)` for r = `limit * 3` routes (up to
    /// `limit * 16` when dropping leaves too few), plus O(r² · s) for routes of s steps.
    public func personalRoutes(
        for profile: Profile, to jobID: String, ranking: Ranking = .time, limit: Int = 3, today: Day = .today()
    ) -> [PersonalRoute] {
        let advice = FundingAdvice(graph: self, profile: profile, today: today)
        // Open routes are listed first, and dropping dominated routes can leave fewer than
        // `limit`: search wider until `limit` open routes are known, the routes run out, or
        // sixteen times the limit have been looked at — so a quick route the resident cannot
        // join never stands first just because a slower open one was not looked at.
        var wanted = limit * 3
        var personal: [PersonalRoute]
        while true {
            let found = routes(from: profile.startingPoint, to: jobID, ranking: ranking, limit: wanted,
                               earnWhileLearning: profile.earnWhileLearning) { step, weeks in
                advice.costing(for: step, afterWeeks: weeks).costToLearner
            }
            let all = found.map { route in
                PersonalRoute(route: route, costings: advice.costings(along: route.steps), brokenPreferences: brokenPreferences(route, profile))
            }
            personal = all.filter { candidate in !all.contains { candidate.isDominated(by: $0) } }
            if personal.lazy.filter(\.isOpen).count >= limit || found.count < wanted || wanted >= limit * 16 { break }
            wanted *= 2
        }
        if profile.earnWhileLearning {
            personal = personal.filter(\.route.earnsWhileLearning) + personal.filter { !$0.route.earnsWhileLearning }
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
