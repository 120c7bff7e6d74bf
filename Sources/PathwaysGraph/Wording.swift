/// The small words every front end shares — plurals, durations, the "[example]" mark — so the
/// explorer, the kiosk, the command line and the exports say a thing the same way. Sums of money
/// are `Pay.pounds` and `Pay.shortPounds`; what a step or a route costs a resident, and how a
/// route they cannot join yet is worded instead of a price, are here (`toYou`).
public enum Wording {
    /// "1 job", "3 jobs": a count with its noun, plural unless the count is one.
    public static func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

    /// "1 week", "98 weeks".
    public static func weeks(_ count: Int) -> String { plural(count, "week") }

    /// A length in weeks in plain words: whole years from two years up ("3 years"), otherwise weeks.
    public static func duration(weeks: Int) -> String {
        weeks >= 104 && weeks % 52 == 0 ? plural(weeks / 52, "year") : self.weeks(weeks)
    }

    /// A length in weeks as years and months, to the nearest month: "3 years 6 months",
    /// "1 year", "5 months"; under four weeks, in weeks.
    public static func yearsAndMonths(weeks: Int) -> String {
        let months = Int((Double(weeks) * 12 / 52).rounded())
        guard weeks >= 4, months >= 1 else { return self.weeks(weeks) }
        let (years, rest) = (months / 12, months % 12)
        return [years > 0 ? plural(years, "year") : nil, rest > 0 ? plural(rest, "month") : nil]
            .compactMap { $0 }.joined(separator: " ")
    }

    /// What "[example]" means.
    public static let exampleMeaning = "not yet confirmed by a source"
    /// The mark after a record that no source confirms yet.
    public static let exampleMark = "[example]"
    /// The legend shown on a page that marks anything.
    public static let exampleLegend = "\(exampleMark) = \(exampleMeaning)"

    /// "Title [example]" for a record no source confirms yet; the title alone otherwise.
    public static func marked(_ title: String, illustrative: Bool) -> String { illustrative ? "\(title) \(exampleMark)" : title }

    /// Words as a sentence on their own: the first letter a capital, a full stop at the end.
    public static func sentence(_ words: String) -> String {
        guard let first = words.first else { return words }
        return first.uppercased() + words.dropFirst() + (words.hasSuffix(".") ? "" : ".")
    }

    // MARK: What a resident pays

    /// A sum in a few characters: "free", "£300".
    public static func cost(_ pounds: Int) -> String { pounds == 0 ? "free" : Pay.pounds(pounds) }

    /// What a resident pays, in words: "free to you", "£2,200 to you".
    public static func toYou(_ pounds: Int) -> String { pounds == 0 ? "free to you" : "\(Pay.pounds(pounds)) to you" }

    /// What is said in place of a price when the resident cannot join yet.
    public static let notOpen = "not open to you yet"

    /// One step's cost to the resident: "free to you", "£300 to you", or "not open to you yet".
    public static func toYou(_ costing: StepCosting) -> String { costing.isOpen ? toYou(costing.costToLearner) : notOpen }

    /// What a route (or a plan) costs one resident, from its steps' costings, in words. Open to
    /// them: "free to you", "£2,200 to you". With any step not open to them it is never priced as
    /// if they could join: "not open to you yet: " and each closed step's own reason, then what the
    /// open steps would cost them, when anything ("(1 other step: £1,800 to you)"). Without `why`,
    /// "not open to you yet" alone, for a title above a route that shows each step's reason.
    public static func toYou(_ costings: [StepCosting], why: Bool = true) -> String {
        let open = costings.filter(\.isOpen)
        guard open.count < costings.count else { return toYou(open.reduce(0) { $0 + $1.costToLearner }) }
        guard why else { return notOpen }
        var reasons: [String] = []
        for c in costings where !c.isOpen {
            let reason = c.whyClosed ?? "ask an adviser what would open it"
            if !reasons.contains(reason) { reasons.append(reason) }
        }
        let rest = open.reduce(0) { $0 + $1.costToLearner }
        return notOpen + ": " + reasons.joined(separator: "; and ")
            + (rest == 0 ? "" : " (\(plural(open.count, "other step")): \(toYou(rest)))")
    }

    /// The same in a few characters, for a column: "free", "£2,200", "not open".
    public static func shortToYou(_ costings: [StepCosting]) -> String {
        costings.allSatisfy(\.isOpen) ? cost(costings.reduce(0) { $0 + $1.costToLearner }) : "not open"
    }
}
