/// How long a resident has lived in the UK, or the immigration status that stands in for it,
/// as adult skills funding and student finance ask (three years' residence, with exceptions).
public enum Residence: String, Sendable, Hashable, CaseIterable, Codable {
    /// Not asked: rules that ask about residence are applied with the condition said in words.
    case notAsked = "not-asked"
    /// Lived in the UK for three years or more (or a UK national who always has).
    case threeYears = "3-years"
    /// Lived in the UK for less than three years, with no status that exempts them.
    case underThreeYears = "under-3-years"
    /// Refugee status or humanitarian protection (and their family members).
    case refugee
    /// Waiting for a decision on an asylum claim.
    case asylumSeeker = "asylum-seeker"
    /// The resident preferred not to say: treated like `notAsked`.
    case preferNotToSay = "prefer-not-to-say"

    /// What the resident or adviser reads.
    public var label: String {
        switch self {
        case .notAsked: "residence not asked"
        case .threeYears: "in the UK 3 years or more"
        case .underThreeYears: "in the UK under 3 years"
        case .refugee: "refugee status or humanitarian protection"
        case .asylumSeeker: "asylum seeker"
        case .preferNotToSay: "residence: prefer not to say"
        }
    }

    /// The condition in words, for a rule that accepts this residence: "have lived in the UK for 3 years".
    public var condition: String {
        switch self {
        case .threeYears: "have lived in the UK for 3 years"
        case .underThreeYears: "have lived in the UK for less than 3 years"
        case .refugee: "have refugee status"
        case .asylumSeeker: "are an asylum seeker (ask the provider)"
        case .notAsked, .preferNotToSay: "say where you stand on residence"
        }
    }

    /// True when the resident has not told us, so a rule's residence condition cannot be checked.
    public var isUnknown: Bool { self == .notAsked || self == .preferNotToSay }

    /// From years lived in the UK.
    public init(yearsInUK: Int) { self = yearsInUK >= 3 ? .threeYears : .underThreeYears }
}
