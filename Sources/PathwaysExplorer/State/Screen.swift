/// The screens of the explorer. Each is opened onto a stack, so Back returns where you were.
public enum Screen: Sendable, Hashable {
    case home
    case cluster(String)
    case job(String)
    /// The pathway graph (or list) of a job's routes.
    case pathways(String)
    case step(String)
    /// A college or training provider and the steps it runs.
    case provider(String)
    case search
    case plan
    case help
    /// The resident's profile form.
    case profile
    /// Up to three routes to a job side by side.
    case compare(String)

    /// The name used in help and the status line.
    public var kindName: String {
        switch self {
        case .home: "Home"
        case .cluster: "Cluster"
        case .job: "Job"
        case .pathways: "Pathways"
        case .step: "Step"
        case .provider: "Provider"
        case .search: "Search"
        case .plan: "Plan"
        case .help: "Help"
        case .profile: "Profile"
        case .compare: "Compare"
        }
    }
}
