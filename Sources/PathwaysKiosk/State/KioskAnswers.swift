import PathwaysGraph

/// What a kiosk visitor said about themselves, and the profile that routes are costed for.
public struct KioskAnswers: Sendable, Hashable {
    /// The highest qualification held, in words a visitor knows.
    public enum Qualification: Int, Sendable, Hashable, CaseIterable {
        case none, entry, level1, level2, level3, level4Plus

        public var label: String {
            switch self {
            case .none: "None yet"
            case .entry: "Entry level (for example an Entry 3 certificate or ESOL)"
            case .level1: "Level 1 (for example GCSEs at grades 3 to 1)"
            case .level2: "Level 2 (for example GCSEs at grades 9 to 4)"
            case .level3: "Level 3 (for example A levels or a T Level)"
            case .level4Plus: "Level 4 or higher (for example an HND or a degree)"
            }
        }

        /// The short form for summaries and print slips.
        public var shortLabel: String {
            switch self {
            case .none: "no qualifications yet"
            case .entry: "Entry level"
            case .level1: "Level 1"
            case .level2: "Level 2"
            case .level3: "Level 3"
            case .level4Plus: "Level 4 or higher"
            }
        }

        /// The level held; nil for none.
        public var level: Level? {
            switch self {
            case .none: nil
            case .entry: .entry3
            case .level1: .level1
            case .level2: .level2
            case .level3: .level3
            case .level4Plus: .level4
            }
        }
    }

    public var qualification: Qualification?
    public var ageBand: Profile.AgeBand?
    public var employment: Profile.Employment?
    /// Would like help with English (ESOL); nil until asked.
    public var needsEnglish: Bool?
    /// The answer to "Where do you live?": an index into `KioskQuestion.borough.answers`.
    public var boroughAnswer: Int?
    /// The answer to "Have you been in care?": 0 no, 1 yes, 2 would rather not say.
    public var careAnswer: Int?

    public init(qualification: Qualification? = nil, ageBand: Profile.AgeBand? = nil, employment: Profile.Employment? = nil,
                needsEnglish: Bool? = nil, boroughAnswer: Int? = nil, careAnswer: Int? = nil) {
        self.qualification = qualification
        self.ageBand = ageBand
        self.employment = employment
        self.needsEnglish = needsEnglish
        self.boroughAnswer = boroughAnswer
        self.careAnswer = careAnswer
    }

    /// The boroughs offered, in order ("Somewhere else" for outside the WMCA last).
    static let boroughs = Borough.allCases

    /// The borough the visitor lives in; nil when they would rather not say or were not asked.
    public var borough: Borough? { boroughAnswer.flatMap { KioskAnswers.boroughs.indices.contains($0) ? KioskAnswers.boroughs[$0] : nil } }
    /// True only when the visitor said they have been in care.
    public var careLeaver: Bool { careAnswer == 1 }

    /// The index of the answer given to `question`, if any.
    public func answerIndex(_ question: KioskQuestion) -> Int? {
        switch question {
        case .qualifications: qualification?.rawValue
        case .age: ageBand.flatMap { Profile.AgeBand.allCases.firstIndex(of: $0) }
        case .work: employment.flatMap { KioskAnswers.employments.firstIndex(of: $0) }
        case .english: needsEnglish.map { $0 ? 1 : 0 }
        case .borough: boroughAnswer
        case .care: careAnswer
        }
    }

    /// Records answer `index` to `question`.
    public mutating func answer(_ question: KioskQuestion, _ index: Int) {
        switch question {
        case .qualifications: qualification = Qualification(rawValue: index)
        case .age: ageBand = Profile.AgeBand.allCases.indices.contains(index) ? Profile.AgeBand.allCases[index] : nil
        case .work: employment = KioskAnswers.employments.indices.contains(index) ? KioskAnswers.employments[index] : nil
        case .english: needsEnglish = index == 0 ? false : index == 1 ? true : nil
        case .borough: boroughAnswer = question.answers.indices.contains(index) ? index : nil
        case .care: careAnswer = question.answers.indices.contains(index) ? index : nil
        }
    }

    /// The answers to the work question, in the order offered.
    static let employments: [Profile.Employment] = [.employed, .unemployed, .benefits, .inEducation]

    /// The profile routes are costed for: the age band's youngest age (so no funding is promised
    /// that a younger visitor in the band could not have), English and maths assumed with the level
    /// unless they would like help with English (then routes start with English from the beginning).
    public var profile: Profile {
        let start = StartingPoint.holding(qualification?.level)
        let esol = needsEnglish == true
        return Profile(levelHeld: start.levelHeld, englishMaths: esol ? nil : start.englishMaths, age: (ageBand ?? .age24plus).youngest,
                       borough: borough, employment: employment ?? .unemployed, careLeaver: careLeaver, needsESOL: esol)
    }

    /// The answers in words: "Level 2, aged 19–23, looking for work".
    public var summary: String {
        let work: String = switch employment ?? .unemployed {
        case .employed: "working"
        case .unemployed: "looking for work"
        case .benefits: "on benefits"
        case .inEducation: "in education"
        }
        var parts = ["\((qualification ?? .none).shortLabel)", "aged \((ageBand ?? .age24plus).label)", work]
        if needsEnglish == true { parts.append("learning English") }
        if careLeaver { parts.append("has been in care") }
        if let borough { parts.append(borough == .outside ? "outside the West Midlands" : "lives in \(borough.label)") }
        return parts.joined(separator: ", ")
    }
}
