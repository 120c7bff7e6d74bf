/// The published facts of an apprenticeship standard (Skills England, formerly IfATE), carried
/// by a step whose `kind` is apprenticeship and whose `code` is the standard's reference.
///
/// Only facts are kept: codes, level, duration, money, dates, route and job titles.
public struct ApprenticeshipStandard: Sendable, Codable, Hashable {
    /// Where a standard stands for delivery.
    public enum Status: String, Sendable, Hashable, CaseIterable, Codable {
        /// Approved for delivery: new apprentices can start.
        case approved
        /// Approved for delivery but paused for starts: no new apprentices for now.
        case paused
        case retired
        case withdrawn

        /// The words a resident or adviser reads.
        public var label: String {
            switch self {
            case .approved: "approved for delivery"
            case .paused: "approved for delivery, paused for new starts"
            case .retired: "retired"
            case .withdrawn: "withdrawn"
            }
        }

        /// True when the standard may be offered on a route.
        public var isOffered: Bool { self == .approved || self == .paused }
    }

    /// The version the facts come from, as published (`1.1`).
    public var version: String
    /// The code providers use in the Learning Aim Reference Service, when published.
    public var lars: String?
    /// The occupational route (`Digital`, `Health and science`); some standards sit on two.
    public var routes: [String]
    /// The upper limit of government funding for one apprentice, in whole pounds.
    public var maximumFunding: Int?
    /// Typical duration in months, as published (the step's `weeks` is derived from it).
    public var months: Int?
    public var status: Status
    /// The date approved for delivery, `YYYY-MM-DD`, when published.
    public var approvedOn: String?
    /// Job titles the standard lists, as published.
    public var jobTitles: [String]

    public init(
        version: String, lars: String? = nil, routes: [String] = [], maximumFunding: Int? = nil, months: Int? = nil,
        status: Status = .approved, approvedOn: String? = nil, jobTitles: [String] = []
    ) {
        self.version = version
        self.lars = lars
        self.routes = routes
        self.maximumFunding = maximumFunding
        self.months = months
        self.status = status
        self.approvedOn = approvedOn
        self.jobTitles = jobTitles
    }

    /// Weeks in a number of months, as the importer derives a step's `weeks`: months × 52 / 12,
    /// rounded to the nearest week (24 months is 104 weeks).
    public static func weeks(inMonths months: Int) -> Int { (months * 52 + 6) / 12 }
}
