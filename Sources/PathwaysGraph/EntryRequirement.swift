/// What a learner must already have to start a step or to take a progression.
///
/// `text` is what an adviser reads; the typed fields are what the engine checks. A field left
/// `nil` places no condition.
public struct EntryRequirement: Sendable, Hashable {
    /// The requirement in words, as a provider would state it.
    public var text: String
    /// The highest qualification level the learner must already hold.
    public var minimumLevel: Level?
    /// The English and maths level the learner must hold (e.g. `.level2` for GCSE grade 4).
    public var englishMaths: Level?
    /// The learner's minimum age in years.
    public var minimumAge: Int?

    public init(text: String = "", minimumLevel: Level? = nil, englishMaths: Level? = nil, minimumAge: Int? = nil) {
        self.text = text
        self.minimumLevel = minimumLevel
        self.englishMaths = englishMaths
        self.minimumAge = minimumAge
    }

    /// No requirement at all: open to anyone.
    public static let none = EntryRequirement()

    /// True when no typed condition is set.
    public var isOpen: Bool { minimumLevel == nil && englishMaths == nil && minimumAge == nil }
}
