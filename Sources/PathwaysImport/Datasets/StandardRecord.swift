import PathwaysGraph

/// One apprenticeship standard as the Skills England (IfATE) "download all" CSV gives it: the
/// version chosen for import and the facts Pathways keeps.
public struct StandardRecord: Sendable, Hashable {
    /// Where a version stands, in the export's words.
    public enum Status: String, Sendable, Hashable {
        case approved = "Approved for delivery"
        case paused = "Approved for delivery (paused for starts)"
        case retired = "Retired"
        case withdrawn = "Withdrawn"
        case inDevelopment = "In development"
        case proposal = "Proposal in development"

        /// The status Pathways records, for the four that concern delivery.
        var recorded: ApprenticeshipStandard.Status? {
            switch self {
            case .approved: .approved
            case .paused: .paused
            case .retired: .retired
            case .withdrawn: .withdrawn
            case .inDevelopment, .proposal: nil
            }
        }
    }

    /// `ST0116`, `FA0001`.
    public var reference: String
    public var name: String
    public var version: String
    public var status: Status
    public var level: Int?
    public var routes: [String]
    public var maximumFunding: Int?
    public var months: Int?
    public var lars: String?
    /// `YYYY-MM-DD`.
    public var approvedOn: String?
    public var jobTitles: [String]
    /// True for a foundation apprenticeship (the export's "Apprenticeship Type" says so, or an
    /// `FA` reference): for young people only, so the import gives it their age limits.
    public var isFoundation = false
    /// The line of the file this version was read from.
    public var line: Int

    /// True when new apprentices can (or, when paused, could) start: the standard is a step.
    public var isOffered: Bool { status == .approved || status == .paused }
}
