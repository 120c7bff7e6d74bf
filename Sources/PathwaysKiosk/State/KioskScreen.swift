import PathwaysTerminalCore

/// Where a kiosk visitor is.
public enum KioskScreen: Sendable, Hashable {
    /// "Find your way into work and training — press any key": shown between visitors.
    case attract
    /// One of the profile questions.
    case question(KioskQuestion)
    /// Areas of work (the clusters).
    case clusters
    /// Jobs in the chosen cluster.
    case jobs
    /// The ways into the chosen job for this visitor.
    case routes
    /// The steps of the chosen way in, with cost and reason.
    case steps
    /// "Print or save this pathway": the ways to take it home.
    case share
    /// The pathway was printed or saved (or could not be): the message to show.
    case done(String)
    /// "Sorry, something went wrong — starting again".
    case sorry

    /// True for the screens of a visitor's session (which time out when left alone).
    public var isSession: Bool {
        switch self {
        case .attract, .done, .sorry: false
        default: true
        }
    }
}

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
