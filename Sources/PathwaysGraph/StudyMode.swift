/// How a step is studied. Apprenticeships are `workBased`: the learner is employed and paid.
public enum StudyMode: String, Sendable, Hashable, CaseIterable, Codable {
    case fullTime = "full-time"
    case partTime = "part-time"
    case evening
    case online
    case workBased = "work-based"

    public var label: String {
        switch self {
        case .fullTime: "full-time"
        case .partTime: "part-time"
        case .evening: "evening"
        case .online: "online"
        case .workBased: "work-based"
        }
    }
}
