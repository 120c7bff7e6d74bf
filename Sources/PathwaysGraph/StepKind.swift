/// What sort of learning a step is.
public enum StepKind: String, Sendable, Hashable, CaseIterable, Codable {
    case qualification, course, apprenticeship, bootcamp, programme, degree

    /// A resident-facing name: "Apprenticeship", "Skills Bootcamp".
    public var label: String {
        switch self {
        case .qualification: "Qualification"
        case .course: "Course"
        case .apprenticeship: "Apprenticeship"
        case .bootcamp: "Skills Bootcamp"
        case .programme: "Programme"
        case .degree: "Degree"
        }
    }
}
