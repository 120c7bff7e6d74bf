/// An edge of the pathway graph: "after step `from`, you can start `to`" (a step or a job).
public struct Progression: Sendable, Codable, Hashable {
    public var from: String
    public var to: String
    /// What the learner needs to make this move, beyond having finished `from`.
    public var requirement: EntryRequirement
    /// True for a deliberate move to the same or a lower level (a change of sector, a top-up).
    public var sideways: Bool
    /// The documented rule that made this link, for progressions the importer writes
    /// (`ncs-link`, `same-route-next-level`); `nil` for a hand-written one.
    public var rule: String? = nil

    public init(from: String, to: String, requirement: EntryRequirement = .none, sideways: Bool = false) {
        self.from = from
        self.to = to
        self.requirement = requirement
        self.sideways = sideways
    }
}
