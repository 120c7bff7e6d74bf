/// A resident's starting point, circumstances and preferences: what makes routes personal.
///
/// No name is kept; an adviser may add initials. Nothing else personal is stored.
public struct Profile: Sendable, Hashable {
    /// Employment status, as funding rules ask about it.
    public enum Employment: String, Sendable, Hashable, CaseIterable, Codable {
        case employed, unemployed
        /// On Universal Credit or other benefits.
        case benefits
        /// In education or training (school, college, an apprenticeship or a course).
        case inEducation = "in-education"

        public var label: String {
            switch self {
            case .employed: "employed"
            case .unemployed: "unemployed"
            case .benefits: "on Universal Credit or other benefits"
            case .inEducation: "in education or training"
            }
        }
    }

    /// The age bands advisers and funding rules talk in.
    public enum AgeBand: String, Sendable, Hashable, CaseIterable, Codable {
        case age16to18 = "16-18", age19to23 = "19-23", age24plus = "24+"

        public var label: String {
            switch self {
            case .age16to18: "16–18"
            case .age19to23: "19–23"
            case .age24plus: "24+"
            }
        }

        /// The youngest age in the band, used when only the band is known.
        public var youngest: Int {
            switch self {
            case .age16to18: 16
            case .age19to23: 19
            case .age24plus: 24
            }
        }

        public init(age: Int) {
            self = age <= 18 ? .age16to18 : age <= 23 ? .age19to23 : .age24plus
        }
    }

    public var initials: String?
    public var levelHeld: Level?
    public var englishMaths: Level?
    /// Age in whole years today.
    public var age: Int
    public var borough: Borough?
    public var employment: Employment
    /// Earns under the low-pay threshold used by adult skills funding (when `earnings` is not given).
    public var lowPay: Bool
    public var careLeaver: Bool
    public var needsESOL: Bool
    public var disabled: Bool
    /// Study modes the resident can manage; empty means any.
    public var modes: [StudyMode]
    /// The longest route, in weeks, they would consider; `nil` for no limit.
    public var longestWeeks: Int?
    /// Needs to earn while learning: the search looks for routes with paid training.
    public var earnWhileLearning: Bool
    // Added in session version 2 (issue #10): what changes the advice.
    /// Years lived in the UK, or the status that stands in for them.
    public var residence: Residence
    /// Gross yearly earnings in whole pounds, as a band's top when only a band is known; `nil` when not given.
    public var earnings: Int?
    /// Told they are at risk of redundancy.
    public var atRiskOfRedundancy: Bool
    /// Has an education, health and care (EHC) plan.
    public var ehcPlan: Bool

    public init(
        initials: String? = nil, levelHeld: Level? = nil, englishMaths: Level? = nil, age: Int = 19,
        borough: Borough? = nil, employment: Employment = .unemployed, lowPay: Bool = false,
        careLeaver: Bool = false, needsESOL: Bool = false, disabled: Bool = false, modes: [StudyMode] = [],
        longestWeeks: Int? = nil, earnWhileLearning: Bool = false, residence: Residence = .notAsked,
        earnings: Int? = nil, atRiskOfRedundancy: Bool = false, ehcPlan: Bool = false
    ) {
        self.initials = initials
        self.levelHeld = levelHeld
        self.englishMaths = englishMaths
        self.age = age
        self.borough = borough
        self.employment = employment
        self.lowPay = lowPay
        self.careLeaver = careLeaver
        self.needsESOL = needsESOL
        self.disabled = disabled
        self.modes = modes
        self.longestWeeks = longestWeeks
        self.earnWhileLearning = earnWhileLearning
        self.residence = residence
        self.earnings = earnings
        self.atRiskOfRedundancy = atRiskOfRedundancy
        self.ehcPlan = ehcPlan
    }

    /// The ages a profile may give: the service is for residents aged 16 to 99.
    public static let ages = 16...99
    /// The most letters the initials may have.
    public static let mostInitials = 4

    public var ageBand: AgeBand { AgeBand(age: age) }
    public var aged50Plus: Bool { age >= 50 }

    /// What the route search needs from the profile. Only a resident who said they need ESOL
    /// is offered ESOL steps, starting above the English level they hold; the circumstances
    /// that apply to them decide steps whose upper age limit is higher for some.
    public var startingPoint: StartingPoint {
        StartingPoint(levelHeld: levelHeld, englishMaths: englishMaths, age: age, needsESOL: needsESOL,
                      circumstances: Set(Circumstance.allCases.filter { has($0) }))
    }

    /// True when the circumstance applies to this resident. Low pay is judged against
    /// `earningsBelow` (the rule's threshold) when earnings are known, else the `lowPay` answer.
    public func has(_ circumstance: Circumstance, earningsBelow threshold: Int? = nil) -> Bool {
        switch circumstance {
        case .unemployed: employment == .unemployed
        case .benefits: employment == .benefits
        case .lowPay:
            if let earnings, let threshold, employment == .employed { earnings < threshold } else { employment == .employed && lowPay }
        case .employed: employment == .employed
        case .inEducation: employment == .inEducation
        case .careLeaver: careLeaver
        case .needsESOL: needsESOL
        case .disabled: disabled
        case .ehcPlan: ehcPlan
        case .redundancy: atRiskOfRedundancy
        case .aged50Plus: aged50Plus
        }
    }

    /// The starting point in words: "Level 2 held, English and maths Level 1, age 19 (19–23), unemployed".
    public var summary: String {
        var parts = [levelHeld.map { "\($0.label) held" } ?? "no qualifications yet"]
        parts.append("English and maths " + (englishMaths?.label ?? "below Entry 3"))
        parts.append("age \(age) (\(ageBand.label))")
        let pay = earnings.map { ", earning \(Pay.pounds($0)) a year" } ?? (lowPay ? ", low pay" : "")
        parts.append(employment.label + (employment == .employed ? pay : ""))
        if atRiskOfRedundancy { parts.append("at risk of redundancy") }
        if careLeaver { parts.append("care leaver") }
        if needsESOL { parts.append("needs ESOL") }
        if disabled { parts.append("disabled") }
        if ehcPlan { parts.append("EHC plan") }
        if residence != .notAsked { parts.append(residence.label) }
        if let borough { parts.append(borough.label) }
        return (initials.map { "\($0): " } ?? "") + parts.joined(separator: ", ")
    }
}
