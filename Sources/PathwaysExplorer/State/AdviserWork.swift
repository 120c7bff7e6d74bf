import PathwaysGraph

/// What an adviser would lose by quitting: the resident's profile, the plan and the notes —
/// exactly what a session file keeps.
///
/// The explorer remembers this as it was at the last save or resume (empty for a new
/// session); when it differs now, `q` asks before quitting.
public struct AdviserWork: Sendable, Equatable {
    public var profile: Profile?
    public var plan: Plan
    public var notes: [String]

    public init(profile: Profile? = nil, plan: Plan = Plan(), notes: [String] = []) {
        self.profile = profile
        self.plan = plan
        self.notes = notes
    }

    /// The work on screen in `state`.
    public init(_ state: ExplorerState) {
        self.init(profile: state.profile, plan: state.plan, notes: state.notes)
    }

    /// What changed since `saved`, in words: "profile", "plan", "notes".
    public func changes(since saved: AdviserWork) -> [String] {
        var out: [String] = []
        if profile != saved.profile { out.append("profile") }
        if plan != saved.plan { out.append("plan") }
        if notes != saved.notes { out.append("notes") }
        return out
    }
}
