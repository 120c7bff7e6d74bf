/// A median gross annual pay figure, with the year it describes and the source it comes from.
public struct Pay: Sendable, Codable, Hashable {
    /// Whole pounds a year.
    public var median: Int
    public var year: Int
    /// ID of the source record.
    public var source: String
    /// True when the source rates the estimate as less precise.
    public var lessPrecise: Bool

    public init(median: Int, year: Int, source: String, lessPrecise: Bool = false) {
        self.median = median
        self.year = year
        self.source = source
        self.lessPrecise = lessPrecise
    }

    /// "£39,905 (2025)", with a marker when the source rates it less precise.
    public var label: String {
        "\(Pay.pounds(median)) (\(year))" + (lessPrecise ? " (estimate)" : "")
    }

    /// Formats whole pounds with thousands separators: `£39,905`.
    public static func pounds(_ amount: Int) -> String {
        let digits = String(abs(amount))
        var grouped = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { grouped.append(",") }
            grouped.append(ch)
        }
        return (amount < 0 ? "-£" : "£") + grouped
    }

    /// Whole pounds to the nearest thousand for a narrow space, `£29k`; under £1,000 as `pounds` gives them.
    public static func shortPounds(_ amount: Int) -> String {
        abs(amount) < 1000 ? pounds(amount) : (amount < 0 ? "-£" : "£") + "\(Int((Double(abs(amount)) / 1000).rounded()))k"
    }
}
