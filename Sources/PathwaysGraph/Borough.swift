/// Where a provider or resident is: one of the seven WMCA constituent councils, or outside them.
public enum Borough: String, Sendable, Hashable, CaseIterable, Codable {
    case birmingham, coventry, dudley, sandwell, solihull, walsall, wolverhampton
    case outside = "outside-wmca"

    public var label: String {
        switch self {
        case .outside: "outside WMCA"
        default: rawValue.prefix(1).uppercased() + rawValue.dropFirst()
        }
    }
}
