import PathwaysGraph

/// The records an import writes, built from one dataset row's facts.
extension NationalImport {
    /// The step for a standard: facts only, and a summary in our own words from those facts.
    static func step(for s: StandardRecord, id: String, level: Level, curation: ImportCuration) -> Step {
        // StandardsFile refuses an offered standard without a duration, so `months` is known here.
        let months = s.months ?? 0
        let higher = level >= .level4
        let entry = s.isFoundation ? foundationEntry : EntryRequirement(
            text: higher
                ? "Hired as an apprentice, from age 16. Employers set their own entry requirements; for a higher or degree apprenticeship most ask for a Level 3 qualification."
                : "Hired as an apprentice, from age 16. Employers set their own entry requirements.",
            minimumLevel: higher ? .level3 : nil, minimumAge: 16)
        var summary = "\(level.label) apprenticeship standard on the \(s.routes.joined(separator: " and ")) \(s.routes.count > 1 ? "routes" : "route"), typically \(Wording.plural(months, "month"))"
        if let f = s.maximumFunding { summary += ", with government funding of up to \(Pay.pounds(f))" }
        summary += "."
        if s.status == .paused { summary += " Paused for new starts." }
        var step = Step(id: id, title: title(of: s), kind: .apprenticeship, level: level, code: s.reference,
                        weeks: ApprenticeshipStandard.weeks(inMonths: months), modes: [.workBased], cost: 0,
                        funding: curation.funding, providers: curation.providers, entry: entry, summary: summary,
                        sources: s.isFoundation ? [SourceID.standards, SourceID.foundationAges] : [SourceID.standards])
        step.standard = ApprenticeshipStandard(
            version: s.version, lars: s.lars, routes: s.routes, maximumFunding: s.maximumFunding, months: s.months,
            status: s.status.recorded ?? .approved, approvedOn: s.approvedOn, jobTitles: s.jobTitles)
        return step
    }

    /// Who may start a foundation apprenticeship (AELP Briefing 79, May 2025): ages 16 to 21 at
    /// the start, and to 24 with an EHC plan or for those who have been in care. Prison leavers
    /// aged 22 to 24 may also start one; the profile does not ask, so the text says so.
    static let foundationEntry = EntryRequirement(
        text: "Hired as a foundation apprentice, for ages 16 to 21 at the start; to 24 with an education, health and care (EHC) plan, for care leavers, and for those in or recently released from prison. Employers set their own entry requirements.",
        minimumAge: 16, maximumAge: 21, extendedAge: .init(maximumAge: 24, anyOf: [.ehcPlan, .careLeaver]))

    /// "Software developer apprenticeship"; a name that already says apprenticeship is kept.
    static func title(of s: StandardRecord) -> String {
        s.name.lowercased().contains("apprenticeship") ? s.name : s.name + " apprenticeship"
    }

    /// A job's summary from its SOC facts, in our own words.
    static func jobSummary(soc: String, title: String?) -> String {
        "An occupation in SOC 2020 unit group \(soc)" + (title.map { " (\($0))" } ?? "") + "."
    }

    /// Pay of a unit group: the median, or a note that ONS withheld it; neither when the
    /// table does not list the group.
    static func pay(for soc: String, in table: PayTable, source: String) -> (Pay?, PayWithheld?) {
        guard let cell = table.medians[soc] else { return (nil, nil) }
        if let median = cell { return (Pay(median: median, year: table.year, source: source, basis: .fullTime), nil) }
        return (nil, PayWithheld(year: table.year, source: source, basis: .fullTime))
    }

    /// The level a job asks for when no standard says: from the ONS skill level of its SOC
    /// major group (SOC 2020 Volume 1). Skill level 4 (major group 2, and managers in 11) is a
    /// degree, Level 6; skill level 3 (groups 1, 3 and 5) is Level 3; skill level 2 (groups 4,
    /// 6, 7 and 8) is Level 2; skill level 1 (group 9) is Entry 3.
    static func skillLevel(ofSOC soc: String) -> Level {
        if soc.hasPrefix("11") || soc.hasPrefix("2") { return .level6 }
        switch soc.first {
        case "1", "3", "5": return .level3
        case "9": return .entry3
        default: return .level2
        }
    }
}
