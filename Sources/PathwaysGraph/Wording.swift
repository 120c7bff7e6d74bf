/// The small words every front end shares — plurals, durations, the "[example]" mark — so the
/// explorer, the kiosk, the command line and the exports say a thing the same way. Money is
/// `Pay.pounds` and `Pay.shortPounds`.
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
}
