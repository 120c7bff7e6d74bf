/// Where a resident stands today: what they already hold, as far as routes are concerned.
public struct StartingPoint: Sendable, Hashable {
    /// Highest qualification level held; `nil` means none yet (starting from Entry level).
    public var levelHeld: Level?
    /// English and maths level held; `nil` means below Entry 3 or not known.
    public var englishMaths: Level?
    /// Age in years, when known. Progressions with a minimum age are closed until it is reached.
    public var age: Int?

    public init(levelHeld: Level? = nil, englishMaths: Level? = nil, age: Int? = nil) {
        self.levelHeld = levelHeld
        self.englishMaths = englishMaths
        self.age = age
    }

    /// Starting from nothing: Entry level, no English and maths.
    public static let entry = StartingPoint()

    /// A starting point from a level alone, assuming English and maths at the same level up to
    /// Level 2 (a "full Level 2" usually includes them).
    public static func holding(_ level: Level?) -> StartingPoint {
        StartingPoint(levelHeld: level, englishMaths: level.map { min($0, .level2) })
    }

    /// True when the learner can start this step directly.
    public func canStart(_ step: Step) -> Bool { meets(step.entry, englishMaths: englishMaths, levelHeld: levelHeld) }

    /// True when the step teaches nothing this starting point lacks. A step that brings English
    /// and maths is covered only when the learner already has that level of them, whatever else
    /// they hold; any other step is covered when it is below the level held.
    public func covers(_ step: Step) -> Bool {
        if let grants = step.grantsEnglishMaths {
            guard let em = englishMaths else { return false }
            return em >= grants
        }
        if let held = levelHeld, step.level < held { return true }
        return false
    }

    func meets(_ requirement: EntryRequirement, englishMaths em: Level?, levelHeld held: Level?) -> Bool {
        if let need = requirement.minimumLevel {
            guard let held, held >= need else { return false }
        }
        if let need = requirement.englishMaths {
            guard let em, em >= need else { return false }
        }
        if let need = requirement.minimumAge, let age, age < need { return false }
        return true
    }
}
