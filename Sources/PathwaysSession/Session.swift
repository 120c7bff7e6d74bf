import PathwaysGraph

/// An adviser's session with a resident: their profile, the plan chosen and the adviser's notes.
///
/// Saved as versioned JSON (see the README's "Session files") and resumed with
/// `pathways --session FILE`. Holds no name: only optional initials in the profile.
public struct Session: Sendable, Equatable, Codable {
    /// The value of `format` in every session file.
    public static let formatName = "pathways-session"
    /// The version this build writes and the newest it reads.
    /// Version 2 (issue #10) added the profile's residence, earnings, redundancy and EHC plan
    /// answers and the in-education status; version 1 files still load, with those unanswered.
    public static let currentVersion = 2

    public var format: String
    public var version: Int
    /// When it was saved, as ISO 8601 text.
    public var savedAt: String
    /// The content version the plan's IDs refer to.
    public var contentVersion: String
    /// The resident's profile; `nil` when the adviser never entered one, so a resumed session
    /// stays uncosted rather than assuming an age or status.
    public var profile: Profile?
    public var plan: SavedPlan?
    /// The adviser's notes, one paragraph per entry.
    public var notes: [String]

    public init(savedAt: String = "", contentVersion: String = "", profile: Profile? = nil, plan: SavedPlan? = nil, notes: [String] = []) {
        format = Session.formatName
        version = Session.currentVersion
        self.savedAt = savedAt
        self.contentVersion = contentVersion
        self.profile = profile
        self.plan = plan
        self.notes = notes
    }
}

/// A plan by IDs: the target job, the route's steps in order, and steps added by hand.
public struct SavedPlan: Sendable, Equatable, Codable {
    public var job: String?
    public var steps: [String]
    public var extraSteps: [String]
    public var ranking: Ranking

    public init(job: String?, steps: [String], extraSteps: [String] = [], ranking: Ranking = .time) {
        self.job = job
        self.steps = steps
        self.extraSteps = extraSteps
        self.ranking = ranking
    }

    /// The route this plan names, rebuilt against the graph and costed for the profile (typical
    /// fees without one), or `nil` with the IDs the content no longer has.
    public func route(in graph: PathwayGraph, for profile: Profile?, today: Day = .today()) -> (route: Route?, missing: [String]) {
        guard let jobID = job else { return (nil, []) }
        let found = steps.map { graph.step($0) }
        let missing = zip(steps, found).filter { $1 == nil }.map(\.0) + (graph.job(jobID) == nil ? [jobID] : [])
        guard missing.isEmpty, let target = graph.job(jobID) else { return (nil, missing) }
        let chosen = found.compactMap { $0 }
        let costs = profile.map { FundingAdvice(graph: graph, profile: $0, today: today).costings(along: chosen).map(\.costToLearner) }
        let ids = chosen.map(\.id) + [jobID]
        var progressions: [Progression] = []
        for (a, b) in zip(ids, ids.dropFirst()) {
            if let link = graph.nextSteps(from: a).first(where: { $0.node.id == b }) { progressions.append(link.progression) }
        }
        let route = Route(
            steps: chosen, job: target, progressions: progressions, totalWeeks: chosen.reduce(0) { $0 + $1.weeks },
            costToLearner: costs?.reduce(0, +) ?? chosen.reduce(0) { $0 + $1.cost })
        return (route, [])
    }
}
