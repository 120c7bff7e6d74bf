/// What a learner must already have to start a step or to take a progression.
///
/// `text` is what an adviser reads; the typed fields are what the engine checks. A field left
/// `nil` places no condition.
public struct EntryRequirement: Sendable, Codable, Hashable {
    /// The requirement in words, as a provider would state it.
    public var text: String
    /// The highest qualification level the learner must already hold.
    public var minimumLevel: Level?
    /// The English and maths level the learner must hold (e.g. `.level2` for GCSE grade 4).
    public var englishMaths: Level?
    /// The learner's minimum age in years.
    public var minimumAge: Int?
    /// The learner's maximum age in years at the start (a T Level is for 16 to 18-year-olds).
    public var maximumAge: Int?

    public init(
        text: String = "", minimumLevel: Level? = nil, englishMaths: Level? = nil, minimumAge: Int? = nil,
        maximumAge: Int? = nil
    ) {
        self.text = text
        self.minimumLevel = minimumLevel
        self.englishMaths = englishMaths
        self.minimumAge = minimumAge
        self.maximumAge = maximumAge
    }

    /// Why a learner of this age cannot start, or `nil` when their age is within the bounds
    /// (or unknown).
    public func ageProblem(_ age: Int?) -> String? {
        guard let age else { return nil }
        if let min = minimumAge, age < min {
            return maximumAge.map { "Only for ages \(min)–\($0); you are \(age)" } ?? "Open from age \(min); you are \(age)"
        }
        if let max = maximumAge, age > max {
            return minimumAge.map { "Only for ages \($0)–\(max); you are \(age)" } ?? "Only up to age \(max); you are \(age)"
        }
        return nil
    }

    /// No requirement at all: open to anyone.
    public static let none = EntryRequirement()

    /// True when no typed condition is set.
    public var isOpen: Bool { minimumLevel == nil && englishMaths == nil && minimumAge == nil && maximumAge == nil }
}
