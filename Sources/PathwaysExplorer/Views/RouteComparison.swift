import PathwaysGraph

/// Up to three routes measured side by side, with the best value of each row marked.
///
/// A row marks a best value only when the routes differ on it, so a `*` always means something.
struct RouteComparison {
    struct Row {
        var label: String
        var values: [String]
        /// The columns holding the best value (empty when all are equal or "best" means nothing).
        var best: Set<Int>
    }

    var rows: [Row] = []

    init(routes: [Route], personal: [PersonalRoute]) {
        rows.append(RouteComparison.lowest("Total time", routes.map(\.totalWeeks)) { Wording.yearsAndMonths(weeks: $0) })
        if personal.isEmpty {
            rows.append(RouteComparison.lowest("Typical fees", routes.map(\.costToLearner), Wording.cost))
        } else {
            rows.append(RouteComparison.cheapestOpen(personal))
        }
        rows.append(RouteComparison.lowest("Steps", routes.map(\.steps.count), { String($0) }))
        let earns = routes.map(\.earnsWhileLearning)
        rows.append(Row(label: "Earn while learning", values: earns.map { $0 ? "yes" : "no" },
                        best: Set(earns.contains(false) ? earns.indices.filter { earns[$0] } : [])))
        let pays = routes.map { $0.job.pay?.median }
        let top = pays.compactMap { $0 }.max()
        rows.append(Row(label: "Pay at the end", values: pays.map { $0.map(Pay.pounds) ?? "not known" },
                        best: Set(Set(pays).count > 1 ? pays.indices.filter { pays[$0] != nil && pays[$0] == top } : [])))
        if !personal.isEmpty {
            let funded = personal.map(\.isFullyFunded)
            rows.append(Row(label: "Fully funded", values: funded.map { $0 ? "yes" : "no" },
                            best: Set(funded.contains(false) ? funded.indices.filter { funded[$0] } : [])))
            let fits = personal.map(\.brokenPreferences.isEmpty)
            rows.append(Row(label: "Fits preferences", values: personal.map { $0.brokenPreferences.isEmpty ? "yes" : "no (\($0.brokenPreferences.count))" },
                            best: Set(fits.contains(false) ? fits.indices.filter { fits[$0] } : [])))
        }
    }

    /// The resident's cost of each route ("not open" for one with a closed step), the cheapest
    /// open route best: a route they cannot join is never the best value.
    static func cheapestOpen(_ personal: [PersonalRoute]) -> Row {
        let open = personal.indices.filter { personal[$0].isOpen }
        let costs = open.map { personal[$0].costToLearner }
        let low = costs.min()
        let differ = Set(personal.map { $0.isOpen ? $0.costToLearner : -1 }).count > 1
        return Row(label: "Cost to you", values: personal.map { Wording.shortToYou($0.costings) },
                   best: Set(differ ? open.filter { personal[$0].costToLearner == low } : []))
    }

    /// A row where the smallest number is best.
    static func lowest(_ label: String, _ values: [Int], _ text: (Int) -> String) -> Row {
        let low = values.min()
        return Row(label: label, values: values.map(text),
                   best: Set(Set(values).count > 1 ? values.indices.filter { values[$0] == low } : []))
    }
}
