/// What a new entrant to a job is paid, as a source states it: a yearly salary or an hourly
/// rate, with what the figure is ("NHS Agenda for Change band 3, first point").
public struct StartingPay: Sendable, Codable, Hashable {
    /// How a figure is quoted.
    public enum Period: String, Sendable, Hashable, CaseIterable, Codable {
        case year, hour
    }

    /// Whole pounds a year, or pence an hour for `.hour`.
    public var amount: Int
    public var period: Period
    /// What the figure is, in words.
    public var basis: String
    public var source: String

    public init(amount: Int, period: Period, basis: String, source: String) {
        self.amount = amount
        self.period = period
        self.basis = basis
        self.source = source
    }

    /// "£24,465 a year (NHS band 3 …)" or "£8.00 an hour (…)".
    public var label: String {
        switch period {
        case .year: "\(Pay.pounds(amount)) a year (\(basis))"
        case .hour: "£\(amount / 100).\(amount % 100 < 10 ? "0" : "")\(amount % 100) an hour (\(basis))"
        }
    }
}
