/// The short profile the kiosk asks for, in order.
public enum KioskQuestion: Int, Sendable, Hashable, CaseIterable {
    case qualifications, age, work

    /// The question as the visitor reads it.
    public var title: String {
        switch self {
        case .qualifications: "What is the highest qualification you have now?"
        case .age: "How old are you?"
        case .work: "Are you working at the moment?"
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
            ["Yes, I am working", "No, I am looking for work", "I am on benefits, such as Universal Credit"]
        }
    }

    /// The question after this one, or nil after the last.
    public var next: KioskQuestion? { KioskQuestion(rawValue: rawValue + 1) }
    /// The question before this one, or nil before the first.
    public var previous: KioskQuestion? { KioskQuestion(rawValue: rawValue - 1) }
}
