import ArgumentParser
import Foundation
import PathwaysGraph
import PathwaysSession

/// The resident's profile on the command line: `--session FILE` or flags, flags winning.
struct ProfileOptions: ParsableArguments {
    @Option(name: [.customLong("from"), .customLong("level")], help: ArgumentHelp("Highest level already held: entry (none yet), E1–E3, 1 … 8.", valueName: "LEVEL"))
    var level: StartLevel?
    @Option(name: .customLong("english-maths"), help: ArgumentHelp("English and maths level held: none, E1–E3, 1 … 8.", valueName: "LEVEL"))
    var englishMaths: EnglishMathsLevel?
    @Option(help: ArgumentHelp("Age in years (16–99).", valueName: "YEARS")) var age: Int?
    @Option(help: ArgumentHelp("employed, unemployed, benefits (on Universal Credit or other benefits) or in-education.", valueName: "STATUS"))
    var status: Profile.Employment?
    @Flag(name: .customLong("low-pay"), help: "Earns under the low-pay threshold.") var lowPay = false
    @Flag(name: .customLong("care-leaver"), help: "Is a care leaver.") var careLeaver = false
    @Flag(name: .customLong("needs-esol"), help: "Is learning English.") var needsESOL = false
    @Flag(help: "Is disabled.") var disabled = false
    @Option(help: ArgumentHelp("Borough: one of the seven councils or outside-wmca.", valueName: "BOROUGH")) var borough: Borough?
    @Option(name: .customLong("mode"), help: ArgumentHelp("A study mode they can manage (repeat for several).", valueName: "MODE"))
    var modes: [StudyMode] = []
    @Option(name: .customLong("max-weeks"), help: ArgumentHelp("The longest route they would consider.", valueName: "WEEKS"))
    var maxWeeks: Int?
    @Flag(name: .customLong("earn"), help: "Needs to earn while learning: routes with paid training first.") var earn = false
    @Option(help: ArgumentHelp("Read the profile (and plan and notes) from a session file.", valueName: "FILE")) var session: String?
    // Issue #10: what changes the advice.
    @Option(name: .customLong("years-in-uk"), help: ArgumentHelp("Years lived in the UK (0–99).", valueName: "YEARS"))
    var yearsInUK: Int?
    @Option(help: ArgumentHelp("Residence instead of years: 3-years, under-3-years, refugee, asylum-seeker or prefer-not-to-say.", valueName: "STATUS"))
    var residence: Residence?
    @Option(help: ArgumentHelp("Gross yearly earnings in pounds (0–1000000), for low-pay thresholds.", valueName: "POUNDS"))
    var earnings: Int?
    @Flag(name: .customLong("at-risk-of-redundancy"), help: "Has been told they are at risk of redundancy.") var redundancy = false
    @Flag(name: .customLong("ehc-plan"), help: "Has an education, health and care (EHC) plan.") var ehcPlan = false
    @Option(help: ArgumentHelp("The day the route starts, YYYY-MM-DD (default today): funding rules in force then apply.", valueName: "DATE"))
    var today: Day?

    func validate() throws {
        if let age, !(16...99).contains(age) { throw ValidationError("--age must be between 16 and 99") }
        if let maxWeeks, maxWeeks < 1 { throw ValidationError("--max-weeks must be at least 1") }
        if let yearsInUK, !(0...99).contains(yearsInUK) { throw ValidationError("--years-in-uk must be between 0 and 99") }
        if yearsInUK != nil && residence != nil { throw ValidationError("give --years-in-uk or --residence, not both") }
        if let earnings, !(0...1_000_000).contains(earnings) { throw ValidationError("--earnings must be between 0 and 1000000") }
    }

    /// True when anything personal was given, so routes should be costed for a resident.
    /// A session counts only when it holds a profile.
    func isPersonal(session loaded: Session?) -> Bool {
        loaded?.profile != nil || isPersonal
    }

    var isPersonal: Bool { englishMaths != nil || age != nil || status != nil || lowPay || careLeaver || needsESOL || disabled
            || borough != nil || !modes.isEmpty || maxWeeks != nil || earn
            || yearsInUK != nil || residence != nil || earnings != nil || redundancy || ehcPlan
    }

    /// The day routes start: `--today`, else the system clock's.
    var day: Day { today ?? Day.today() }

    /// The session file, when one was given.
    func loadSession() throws -> Session? {
        guard let session else { return nil }
        do {
            return try SessionFile.load(from: URL(fileURLWithPath: session))
        } catch {
            throw CommandFailure(message: "error: \(error.description)")
        }
    }

    /// The profile: the session's (or the defaults), with every flag given applied on top.
    func profile(from session: Session?) -> Profile {
        var p = session?.profile ?? Profile(age: 19)
        if let level {
            p.levelHeld = level.level
            if englishMaths == nil && session == nil { p.englishMaths = level.startingPoint.englishMaths }
        }
        if let englishMaths { p.englishMaths = englishMaths.level }
        if let age { p.age = age }
        if let status { p.employment = status }
        if lowPay { p.lowPay = true }
        if careLeaver { p.careLeaver = true }
        if needsESOL { p.needsESOL = true }
        if disabled { p.disabled = true }
        if let borough { p.borough = borough }
        if !modes.isEmpty { p.modes = modes }
        if let maxWeeks { p.longestWeeks = maxWeeks }
        if earn { p.earnWhileLearning = true }
        if let yearsInUK { p.residence = Residence(yearsInUK: yearsInUK) }
        if let residence { p.residence = residence }
        if let earnings { p.earnings = earnings }
        if redundancy { p.atRiskOfRedundancy = true }
        if ehcPlan { p.ehcPlan = true }
        return p
    }

    /// The plain starting point when no profile is given.
    var startingPoint: StartingPoint { (level ?? .entry).startingPoint }
}

/// An `--english-maths` value: `none` or a level.
struct EnglishMathsLevel: ExpressibleByArgument {
    var level: Level?

    init?(argument: String) {
        if argument.lowercased() == "none" { level = nil; return }
        guard let level = Level(parsing: argument) else { return nil }
        self.level = level
    }

    static var allValueStrings: [String] { ["none", "E1", "E2", "E3"] + (1...8).map(String.init) }
}

extension Profile.Employment: ExpressibleByArgument {}
extension Residence: ExpressibleByArgument {}

extension Day: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}
extension Borough: ExpressibleByArgument {}
extension StudyMode: ExpressibleByArgument {}
