/// What "best" means when routes are ranked.
public enum Ranking: String, Sendable, Hashable, CaseIterable, Codable {
    /// Fewest total weeks, then least cost, then fewest steps.
    case time
    /// Least cost to the learner, then fewest weeks, then fewest steps.
    case cost
    /// Fewest steps, then fewest weeks, then least cost.
    case steps
}

/// A route's rank as totals compared in order: weeks without pay first when the learner must
/// earn while learning (zero otherwise), then the ranking's measure, then the others.
///
/// Adding weights adds each total, so shortest-path search on this lexicographic weight finds
/// the route that is best by the first measure and breaks ties by the next. `weeks` rides along
/// uncompared: the time spent so far, which sets the learner's age and the date at each step.
struct RouteWeight: Comparable, Hashable, Sendable {
    var unpaid: Int
    var first: Int
    var second: Int
    var third: Int
    var weeks: Int

    static let zero = RouteWeight(unpaid: 0, first: 0, second: 0, third: 0, weeks: 0)

    static func + (a: RouteWeight, b: RouteWeight) -> RouteWeight {
        RouteWeight(unpaid: a.unpaid + b.unpaid, first: a.first + b.first, second: a.second + b.second,
                    third: a.third + b.third, weeks: a.weeks + b.weeks)
    }

    static func < (a: RouteWeight, b: RouteWeight) -> Bool {
        (a.unpaid, a.first, a.second, a.third) < (b.unpaid, b.first, b.second, b.third)
    }

    static func == (a: RouteWeight, b: RouteWeight) -> Bool {
        (a.unpaid, a.first, a.second, a.third) == (b.unpaid, b.first, b.second, b.third)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(unpaid); hasher.combine(first); hasher.combine(second); hasher.combine(third)
    }

    /// The weight of doing one step under a ranking; `unpaid` counts its weeks when the
    /// learner must earn and the step pays no wage.
    init(weeks: Int, cost: Int, ranking: Ranking, unpaid: Int = 0) {
        switch ranking {
        case .time: self.init(unpaid: unpaid, first: weeks, second: cost, third: 1, weeks: weeks)
        case .cost: self.init(unpaid: unpaid, first: cost, second: weeks, third: 1, weeks: weeks)
        case .steps: self.init(unpaid: unpaid, first: 1, second: weeks, third: cost, weeks: weeks)
        }
    }

    init(unpaid: Int, first: Int, second: Int, third: Int, weeks: Int) {
        self.unpaid = unpaid
        self.first = first
        self.second = second
        self.third = third
        self.weeks = weeks
    }
}
