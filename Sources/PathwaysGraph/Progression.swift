/// An edge of the pathway graph: "after step `from`, you can start `to`" (a step or a job).
///
/// A national content set has hundreds of thousands of progressions and few of them carry a
/// requirement or a rule, so those two are held apart, in one shared box when either is set:
/// a progression is 48 bytes rather than over a hundred.
public struct Progression: Sendable, Hashable {
    public var from: String
    public var to: String
    private var details: Details?
    /// True for a deliberate move to the same or a lower level (a change of sector, a top-up).
    public var sideways: Bool

    public init(from: String, to: String, requirement: EntryRequirement = .none, sideways: Bool = false) {
        self.from = from
        self.to = to
        self.sideways = sideways
        details = Details.holding(requirement: requirement, rule: nil)
    }

    /// What the learner needs to make this move, beyond having finished `from`.
    public var requirement: EntryRequirement {
        get { details?.requirement ?? EntryRequirement() }
        set { details = Details.holding(requirement: newValue, rule: rule) }
    }

    /// The documented rule that made this link, for progressions the importer writes
    /// (`ncs-link`, `same-route-next-level`); `nil` for a hand-written one.
    public var rule: String? {
        get { details?.rule }
        set { details = Details.holding(requirement: requirement, rule: newValue) }
    }

    public static func == (a: Progression, b: Progression) -> Bool {
        a.from == b.from && a.to == b.to && a.sideways == b.sideways && a.requirement == b.requirement && a.rule == b.rule
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(from)
        hasher.combine(to)
        hasher.combine(requirement)
        hasher.combine(sideways)
        hasher.combine(rule)
    }

    /// A requirement and rule, shared (immutable) between copies of a progression.
    private final class Details: Sendable {
        let requirement: EntryRequirement
        let rule: String?

        private init(_ requirement: EntryRequirement, _ rule: String?) {
            self.requirement = requirement
            self.rule = rule
        }

        /// A box for a requirement and rule, or none when there is neither.
        static func holding(requirement: EntryRequirement, rule: String?) -> Details? {
            requirement == EntryRequirement() && rule == nil ? nil : Details(requirement, rule)
        }
    }
}

extension Progression: Codable {
    private enum CodingKeys: String, CodingKey {
        case from, to, requirement, sideways, rule
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(from: try c.decode(String.self, forKey: .from), to: try c.decode(String.self, forKey: .to),
                  requirement: try c.decode(EntryRequirement.self, forKey: .requirement),
                  sideways: try c.decode(Bool.self, forKey: .sideways))
        rule = try c.decodeIfPresent(String.self, forKey: .rule)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(from, forKey: .from)
        try c.encode(to, forKey: .to)
        try c.encode(requirement, forKey: .requirement)
        try c.encode(sideways, forKey: .sideways)
        try c.encodeIfPresent(rule, forKey: .rule)
    }
}
