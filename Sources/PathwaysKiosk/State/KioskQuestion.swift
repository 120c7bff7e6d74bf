import PathwaysGraph

/// The short profile the kiosk asks for, in order: only what changes a way in or its cost.
///
/// Qualifications, age and work set the starting point and the funding; help with English puts
/// English first; the borough puts nearby providers first; having been in care opens bursaries
/// and is the one question a visitor can skip.
public enum KioskQuestion: Int, Sendable, Hashable, CaseIterable {
    case qualifications, age, work, english, borough, care

    /// The question as the visitor reads it.
    public var title: String {
        switch self {
        case .qualifications: "What is the highest qualification you have now?"
        case .age: "How old are you?"
        case .work: "Are you working at the moment?"
        case .english: "Would you like help with English?"
        case .borough: "Where do you live?"
        case .care: "Have you been in care? You do not have to say."
        }
    }

    /// The answers offered, in order.
    public var answers: [String] {
        switch self {
        case .qualifications:
            KioskAnswers.Qualification.allCases.map(\.label)
        case .age:
            ["16 to 18", "19 to 23", "24 or over"]
        case .work:
            ["Yes, I am working", "No, I am looking for work", "I am on benefits, such as Universal Credit",
             "I am at school, college or in training"]
        case .english:
            ["No, my English is fine", "Yes, I am learning English"]
        case .borough:
            KioskAnswers.boroughs.map { $0 == .outside ? "Somewhere else" : $0.label } + ["I would rather not say"]
        case .care:
            ["No", "Yes, I have been in care", "I would rather not say"]
        }
    }

    /// The question after this one, or nil after the last.
    public var next: KioskQuestion? { KioskQuestion(rawValue: rawValue + 1) }
    /// The question before this one, or nil before the first.
    public var previous: KioskQuestion? { KioskQuestion(rawValue: rawValue - 1) }
    /// The last question, after which the visitor chooses a kind of work.
    public static let last = KioskQuestion.allCases.last!
}
