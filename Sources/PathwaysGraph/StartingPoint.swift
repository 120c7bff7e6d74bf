/// Where a resident stands today: what they already hold, as far as routes are concerned.
public struct StartingPoint: Sendable, Hashable {
    /// Highest qualification level held; `nil` means none yet (starting from Entry level).
    public var levelHeld: Level?
    /// English and maths level held; `nil` means below Entry 3 or not known.
    public var englishMaths: Level?
    /// Age in years today, when known. Ages grow along a route: see `age(afterWeeks:)`.
    public var age: Int?
    /// True when the learner said they need English for speakers of other languages: only then
    /// do routes include ESOL steps (those above the English level they hold).
    public var needsESOL: Bool
    /// The circumstances that apply to the learner (an EHC plan, having been in care): a step
    /// whose upper age limit is higher for some (`EntryRequirement.extendedAge`) asks them.
    public var circumstances: Set<Circumstance>

    public init(levelHeld: Level? = nil, englishMaths: Level? = nil, age: Int? = nil, needsESOL: Bool = false,
                circumstances: Set<Circumstance> = []) {
        self.levelHeld = levelHeld
        self.englishMaths = englishMaths
        self.age = age
        self.needsESOL = needsESOL
        self.circumstances = circumstances
    }

    /// Why the learner cannot start a step with this requirement `weeks` weeks from today, at
    /// the age they will be then; `nil` when their age allows it.
    public func ageProblem(_ requirement: EntryRequirement, afterWeeks weeks: Int = 0) -> String? {
        requirement.ageProblem(age(afterWeeks: weeks), has: circumstances.contains)
    }

    /// True when `ageProblem` would be `nil`, decided without putting anything into words or
    /// copying the requirement: a route search asks it for every move it weighs.
    func ageAllows(_ requirement: borrowing EntryRequirement, afterWeeks weeks: Int) -> Bool {
        guard let age = age(afterWeeks: weeks) else { return true }
        if let min = requirement.minimumAge, age < min { return false }
        if let max = requirement.maximumAge(for: circumstances.contains), age > max { return false }
        return true
    }

    /// The learner's age in whole years `weeks` weeks from today: today's age plus whole years
    /// gone by (the stated age is taken to hold for a full year from today).
    public func age(afterWeeks weeks: Int) -> Int? { age.map { $0 + max(0, weeks) / 52 } }

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
    /// learning — a qualification, course or programme that does not itself lead to a job and
    /// grants no licence or registration. Occupational training (apprenticeships, bootcamps,
    /// degrees, time in work, and steps straight into a job such as a licence course) is never
    /// covered by a level in something else: a career changer with Level 3 may still need a
    /// Level 2 HGV licence course. ESOL
    /// steps are covered for anyone who did not say they need ESOL, and at or below the English
    /// level held for those who did.
    public func covers(_ step: Step, leadsToJob: Bool) -> Bool {
        if step.esol {
            guard needsESOL else { return true }
            guard let em = englishMaths else { return false }
            return step.level <= em
        }
        if let grants = step.grantsEnglishMaths {
            guard let em = englishMaths else { return false }
            return em >= grants
        }
        guard let held = levelHeld, step.level < held else { return false }
        switch step.kind {
        case .apprenticeship, .bootcamp, .degree, .work: return false
        case .qualification, .course, .programme: return !leadsToJob && step.grants.isEmpty
        }
    }

    func meets(_ requirement: EntryRequirement, englishMaths em: Level?, levelHeld held: Level?, weeks: Int = 0) -> Bool {
        if let need = requirement.minimumLevel {
            guard let held, held >= need else { return false }
        }
        if let need = requirement.englishMaths {
            guard let em, em >= need else { return false }
        }
        return ageAllows(requirement, afterWeeks: weeks)
    }
}
