/// Profiles are saved in session files. Fields added after session version 1 (residence,
/// earnings, redundancy, EHC plan) are optional when read, so older files still load.
extension Profile: Codable {
    private enum Key: String, CodingKey {
        case initials, levelHeld, englishMaths, age, borough, employment, lowPay, careLeaver, needsESOL, disabled, modes
        case longestWeeks, earnWhileLearning, residence, earnings, atRiskOfRedundancy, ehcPlan
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        self.init(
            initials: try c.decodeIfPresent(String.self, forKey: .initials),
            levelHeld: try c.decodeIfPresent(Level.self, forKey: .levelHeld),
            englishMaths: try c.decodeIfPresent(Level.self, forKey: .englishMaths),
            age: try c.decode(Int.self, forKey: .age),
            borough: try c.decodeIfPresent(Borough.self, forKey: .borough),
            employment: try c.decode(Employment.self, forKey: .employment),
            lowPay: try c.decode(Bool.self, forKey: .lowPay),
            careLeaver: try c.decode(Bool.self, forKey: .careLeaver),
            needsESOL: try c.decode(Bool.self, forKey: .needsESOL),
            disabled: try c.decode(Bool.self, forKey: .disabled),
            modes: try c.decode([StudyMode].self, forKey: .modes),
            longestWeeks: try c.decodeIfPresent(Int.self, forKey: .longestWeeks),
            earnWhileLearning: try c.decode(Bool.self, forKey: .earnWhileLearning),
            residence: try c.decodeIfPresent(Residence.self, forKey: .residence) ?? .notAsked,
            earnings: try c.decodeIfPresent(Int.self, forKey: .earnings),
            atRiskOfRedundancy: try c.decodeIfPresent(Bool.self, forKey: .atRiskOfRedundancy) ?? false,
            ehcPlan: try c.decodeIfPresent(Bool.self, forKey: .ehcPlan) ?? false)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encodeIfPresent(initials, forKey: .initials)
        try c.encodeIfPresent(levelHeld, forKey: .levelHeld)
        try c.encodeIfPresent(englishMaths, forKey: .englishMaths)
        try c.encode(age, forKey: .age)
        try c.encodeIfPresent(borough, forKey: .borough)
        try c.encode(employment, forKey: .employment)
        try c.encode(lowPay, forKey: .lowPay)
        try c.encode(careLeaver, forKey: .careLeaver)
        try c.encode(needsESOL, forKey: .needsESOL)
        try c.encode(disabled, forKey: .disabled)
        try c.encode(modes, forKey: .modes)
        try c.encodeIfPresent(longestWeeks, forKey: .longestWeeks)
        try c.encode(earnWhileLearning, forKey: .earnWhileLearning)
        try c.encode(residence, forKey: .residence)
        try c.encodeIfPresent(earnings, forKey: .earnings)
        try c.encode(atRiskOfRedundancy, forKey: .atRiskOfRedundancy)
        try c.encode(ehcPlan, forKey: .ehcPlan)
    }
}
