/// What sort of learning a step is.
public enum StepKind: String, Sendable, Hashable, CaseIterable, Codable {
    case qualification, course, apprenticeship, bootcamp, programme, degree
    /// Time in paid work in one job that leads on to another ("two years as an IT support technician").
    case work

    /// A resident-facing name: "Apprenticeship", "Skills Bootcamp".
    public var label: String {
        switch self {
        case .qualification: "Qualification"
        case .course: "Course"
        case .apprenticeship: "Apprenticeship"
        case .bootcamp: "Skills Bootcamp"
        case .programme: "Programme"
        case .degree: "Degree"
        case .work: "Time in work"
        }
    }
}
