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

    /// True when the step teaches nothing this starting point lacks, so routes skip it.
    ///
    /// A step that brings English and maths is covered only when the learner already has that
    /// level of them. Otherwise a step below the level held is covered when it is general
    /// learning — a qualification, course or programme that does not itself lead to a job.
    /// Occupational training (apprenticeships, bootcamps, degrees, and steps straight into a job
    /// such as a licence course) is never covered by a level in something else: a career
    /// changer with Level 3 may still need a Level 2 HGV licence course.
    public func covers(_ step: Step, leadsToJob: Bool) -> Bool {
        if let grants = step.grantsEnglishMaths {
            guard let em = englishMaths else { return false }
            return em >= grants
        }
        guard let held = levelHeld, step.level < held else { return false }
        switch step.kind {
        case .apprenticeship, .bootcamp, .degree: return false
        case .qualification, .course, .programme: return !leadsToJob
        }
    }

    func meets(_ requirement: EntryRequirement, englishMaths em: Level?, levelHeld held: Level?) -> Bool {
        if let need = requirement.minimumLevel {
            guard let held, held >= need else { return false }
        }
        if let need = requirement.englishMaths {
            guard let em, em >= need else { return false }
        }
        if requirement.ageProblem(age) != nil { return false }
        return true
    }
}
