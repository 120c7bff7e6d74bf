/// What "best" means when routes are ranked.
public enum Ranking: String, Sendable, Hashable, CaseIterable, Codable {
    /// Fewest total weeks, then least cost, then fewest steps.
    case time
    /// Least cost to the learner, then fewest weeks, then fewest steps.
    case cost
    /// Fewest steps, then fewest weeks, then least cost.
    case steps
}

/// A route's rank as three totals compared in order: the ranking's measure first.
///
/// Adding weights adds each total, so shortest-path search on this lexicographic weight finds
/// the route that is best by the first measure and breaks ties by the next.
struct RouteWeight: Comparable, Hashable, Sendable {
    var first: Int
    var second: Int
    var third: Int

    static let zero = RouteWeight(first: 0, second: 0, third: 0)

    static func + (a: RouteWeight, b: RouteWeight) -> RouteWeight {
        RouteWeight(first: a.first + b.first, second: a.second + b.second, third: a.third + b.third)
    }

    static func < (a: RouteWeight, b: RouteWeight) -> Bool {
        (a.first, a.second, a.third) < (b.first, b.second, b.third)
    }

    /// The weight of doing one step under a ranking.
    init(weeks: Int, cost: Int, ranking: Ranking) {
        switch ranking {
        case .time: self.init(first: weeks, second: cost, third: 1)
        case .cost: self.init(first: cost, second: weeks, third: 1)
        case .steps: self.init(first: 1, second: weeks, third: cost)
        }
    }

    init(first: Int, second: Int, third: Int) {
        self.first = first
        self.second = second
        self.third = third
    }
}
