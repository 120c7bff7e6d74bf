/// A median gross annual pay figure, with the year it describes and the source it comes from.
public struct Pay: Sendable, Codable, Hashable {
    /// Whole pounds a year.
    public var median: Int
    public var year: Int
    /// ID of the source record.
    public var source: String
    /// True when the source rates the estimate as less precise.
    public var lessPrecise: Bool
    /// Whom the median describes (full-time employees, or all), when the source says.
    public var basis: Basis? = nil

    /// Whom a median describes.
    public enum Basis: String, Sendable, Hashable, CaseIterable, Codable {
        case fullTime = "full-time"
        case all

        /// "full-time employees", "all employees".
        public var label: String {
            switch self {
            case .fullTime: "full-time employees"
            case .all: "all employees"
            }
        }
    }

    public init(median: Int, year: Int, source: String, lessPrecise: Bool = false, basis: Basis? = nil) {
        self.median = median
        self.year = year
        self.source = source
        self.lessPrecise = lessPrecise
        self.basis = basis
    }

    /// "£39,905 (2025)", with a marker when the source rates it less precise.
    public var label: String {
        "\(Pay.pounds(median)) (\(year))" + (lessPrecise ? " (estimate)" : "")
    }

    /// What the figure is, said plainly — a median of everyone in the occupation, not a
    /// beginner's pay: "UK median gross annual pay for full-time employees in this occupation
    /// (ONS ASHE 2024)".
    public var meaning: String {
        "UK median gross annual pay for " + (basis.map { $0.label + " " } ?? "employees ") + "in this occupation (ONS ASHE \(year))"
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

/// A pay figure the source did not publish (ONS suppresses medians from too small a sample).
public struct PayWithheld: Sendable, Codable, Hashable {
    public var year: Int
    /// ID of the source record.
    public var source: String
    public var basis: Pay.Basis?

    public init(year: Int, source: String, basis: Pay.Basis? = nil) {
        self.year = year
        self.source = source
        self.basis = basis
    }

    /// "Not published by ONS for this occupation (ASHE 2024, too few in the sample)".
    public var meaning: String {
        "Not published by ONS for this occupation (ASHE \(year): the sample is too small)"
    }
}
