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
        let costs = routes.indices.map { i in
            personal.indices.contains(i) ? personal[i].costToLearner : routes[i].costToLearner
        }
        rows.append(RouteComparison.lowest("Total time", routes.map(\.totalWeeks)) { Wording.yearsAndMonths(weeks: $0) })
        rows.append(RouteComparison.lowest(personal.isEmpty ? "Typical fees" : "Cost to you", costs,
                                           { $0 == 0 ? "free" : Pay.pounds($0) }))
        rows.append(RouteComparison.lowest("Steps", routes.map(\.steps.count), { String($0) }))
        let earns = routes.map(\.earnsWhileLearning)
        rows.append(Row(label: "Earn while learning", values: earns.map { $0 ? "yes" : "no" },
                        best: Set(earns.contains(false) ? earns.indices.filter { earns[$0] } : [])))
        let pays = routes.map { $0.job.pay?.median }
        let top = pays.compactMap { $0 }.max()
        rows.append(Row(label: "Pay at the end", values: pays.map { $0.map(Pay.pounds) ?? "not known" },
                        best: Set(Set(pays).count > 1 ? pays.indices.filter { pays[$0] != nil && pays[$0] == top } : [])))
        if !personal.isEmpty {
            let funded = personal.map { $0.isOpen && $0.isFullyFunded }
            rows.append(Row(label: "Fully funded", values: funded.map { $0 ? "yes" : "no" },
                            best: Set(funded.contains(false) ? funded.indices.filter { funded[$0] } : [])))
            let fits = personal.map(\.brokenPreferences.isEmpty)
            rows.append(Row(label: "Fits preferences", values: personal.map { $0.brokenPreferences.isEmpty ? "yes" : "no (\($0.brokenPreferences.count))" },
                            best: Set(fits.contains(false) ? fits.indices.filter { fits[$0] } : [])))
        }
    }

    /// A row where the smallest number is best.
    static func lowest(_ label: String, _ values: [Int], _ text: (Int) -> String) -> Row {
        let low = values.min()
        return Row(label: label, values: values.map(text),
                   best: Set(Set(values).count > 1 ? values.indices.filter { values[$0] == low } : []))
    }
}
