/// What a learner must already have to start a step or to take a progression.
///
/// `text` is what an adviser reads; the typed fields are what the engine checks. A field left
/// `nil` places no condition.
public struct EntryRequirement: Sendable, Codable, Hashable {
    /// A higher upper age limit for residents in certain circumstances: a foundation
    /// apprenticeship is for ages 16 to 21, and to 24 for those with an education, health and
    /// care (EHC) plan or who have been in care.
    public struct AgeExtension: Sendable, Codable, Hashable {
        /// The learner's maximum age in years at the start when one of `anyOf` applies.
        public var maximumAge: Int
        /// The circumstances that raise the limit; at least one must apply.
        public var anyOf: [Circumstance]

        public init(maximumAge: Int, anyOf: [Circumstance]) {
            self.maximumAge = maximumAge
            self.anyOf = anyOf
        }
    }

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
    /// A higher maximum age for residents in some circumstances; only meaningful with `maximumAge`.
    public var extendedAge: AgeExtension?

    public init(
        text: String = "", minimumLevel: Level? = nil, englishMaths: Level? = nil, minimumAge: Int? = nil,
        maximumAge: Int? = nil, extendedAge: AgeExtension? = nil
    ) {
        self.text = text
        self.minimumLevel = minimumLevel
        self.englishMaths = englishMaths
        self.minimumAge = minimumAge
        self.maximumAge = maximumAge
        self.extendedAge = extendedAge
    }

    /// The highest age at the start for a learner in the given circumstances: the extended
    /// limit when one of its circumstances applies, else `maximumAge`.
    public func maximumAge(for has: (Circumstance) -> Bool) -> Int? {
        guard let max = maximumAge else { return nil }
        if let ext = extendedAge, ext.anyOf.contains(where: has) { return Swift.max(ext.maximumAge, max) }
        return max
    }

    /// Why a learner of this age cannot start, or `nil` when their age is within the bounds
    /// (or unknown). `has` says which circumstances apply to the learner (an EHC plan, having
    /// been in care) for a requirement whose upper limit is higher for some.
    ///
    /// "Only for ages 16–21, or up to 24 for residents with an education, health and care
    /// (EHC) plan or who have left care; you are 30".
    public func ageProblem(_ age: Int?, has: (Circumstance) -> Bool = { _ in false }) -> String? {
        guard let age else { return nil }
        let limit = maximumAge(for: has)
        let tooYoung = minimumAge.map { age < $0 } ?? false
        let tooOld = limit.map { age > $0 } ?? false
        guard tooYoung || tooOld else { return nil }
        var words: String
        switch (minimumAge, maximumAge) {
        case let (min?, max?): words = "Only for ages \(min)–\(max)"
        case let (min?, nil): words = "Open from age \(min)"
        case let (nil, max?): words = "Only up to age \(max)"
        case (nil, nil): return nil
        }
        if let ext = extendedAge, maximumAge != nil { words += ", or up to \(ext.maximumAge) for \(EntryRequirement.residents(ext.anyOf))" }
        return "\(words); you are \(age)"
    }

    /// The age limits in words for a step's details: "age 16 or over", "aged 21 or under at the
    /// start (24 or under for residents who have left care)"; empty when there are none.
    public var ageWords: [String] {
        var parts: [String] = []
        if let a = minimumAge { parts.append("age \(a) or over") }
        if let a = maximumAge {
            let more = extendedAge.map { " (\($0.maximumAge) or under for \(EntryRequirement.residents($0.anyOf)))" } ?? ""
            parts.append("aged \(a) or under at the start" + more)
        }
        return parts
    }

    /// "residents with an education, health and care (EHC) plan or who have left care".
    private static func residents(_ circumstances: [Circumstance]) -> String {
        "residents " + circumstances.map(\.label).joined(separator: " or ")
    }

    /// No requirement at all: open to anyone.
    public static let none = EntryRequirement()

    /// True when no typed condition is set.
    public var isOpen: Bool { minimumLevel == nil && englishMaths == nil && minimumAge == nil && maximumAge == nil }
}
