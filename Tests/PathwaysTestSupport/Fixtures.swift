import PathwaysGraph

/// Small hand-built content sets with known answers, shared by every test target.
public enum Fixtures {
    /// A small catalogue shaped like the real content: two clusters, three jobs, eight steps.
    ///
    /// Routes to `software-developer` from Entry level (by time):
    /// esol-e3 (10) → fs-maths-l2 (20) → digital-l3 (52) → software-bootcamp (16) → job   = 98 weeks
    /// esol-e3 (10) → fs-maths-l2 (20) → digital-l3 (52) → software-apprenticeship (104) → job = 186 weeks
    /// esol-e3 (10) → fs-maths-l2 (20) → it-support-l3 (60) → software-apprenticeship (104) → job = 194 weeks
    public static let catalogue = Catalogue(
        info: ContentInfo(title: "Fixture content", version: "test-1", date: "2026-01-01"),
        sources: [
            Source(id: "src-plan", title: "Plan for Growth", publisher: "WMCA", url: "https://example.org/plan", date: "2022-12"),
            Source(id: "src-ashe", title: "ASHE 2025", publisher: "ONS", url: "https://example.org/ashe", date: "2025"),
        ],
        clusters: [
            Cluster(id: "digital", title: "Professional & Financial Services", summary: "Finance, law and digital.",
                    growth: "Illustrative growth text", bodies: ["Example body"], sources: ["src-plan"]),
            Cluster(id: "logistics", title: "Logistics and Distribution", summary: "Moving goods.",
                    sources: ["src-plan"], illustrative: true),
        ],
        jobs: [
            Job(id: "software-developer", title: "Software developer", soc: "2134", clusters: ["digital"],
                minimumLevel: .level4, pay: Pay(median: 56914, year: 2025, source: "src-ashe"),
                summary: "Writes and tests software.", sources: ["src-ashe"]),
            Job(id: "it-support", title: "IT support technician", soc: "3132", clusters: ["digital"],
                minimumLevel: .level3, pay: Pay(median: 35128, year: 2025, source: "src-ashe"),
                summary: "Keeps computers running.", sources: ["src-ashe"]),
            Job(id: "warehouse-operative", title: "Warehouse operative", soc: "9252", clusters: ["logistics"],
                minimumLevel: .entry3, pay: Pay(median: 27832, year: 2025, source: "src-ashe"),
                summary: "Picks and packs orders.", sources: ["src-ashe"]),
        ],
        steps: [
            Step(id: "esol-e3", title: "ESOL Entry 3", kind: .course, level: .entry3, weeks: 10,
                 modes: [.partTime], cost: 0, funding: ["asf"], providers: ["city-college"], sources: ["src-plan"]),
            Step(id: "fs-maths-l2", title: "Functional Skills English and maths Level 2", kind: .qualification,
                 level: .level2, weeks: 20, modes: [.evening], cost: 300, funding: ["asf"], providers: ["city-college"],
                 entry: EntryRequirement(text: "English and maths at Entry 3 or above", minimumLevel: .entry3),
                 grantsEnglishMaths: .level2, sources: ["src-plan"]),
            Step(id: "digital-l3", title: "Level 3 Diploma in IT", kind: .qualification, level: .level3, weeks: 52,
                 modes: [.fullTime], cost: 2500, funding: ["asf"], providers: ["city-college"],
                 entry: EntryRequirement(text: "Level 2 and GCSE English and maths", minimumLevel: .level2, englishMaths: .level2),
                 sources: ["src-plan"]),
            Step(id: "software-bootcamp", title: "Software Skills Bootcamp", kind: .bootcamp, level: .level4, weeks: 16,
                 modes: [.online], cost: 0, providers: ["code-school"],
                 entry: EntryRequirement(text: "A Level 3 qualification", minimumLevel: .level3), sources: ["src-plan"]),
            Step(id: "software-apprenticeship", title: "Software developer apprenticeship", kind: .apprenticeship,
                 level: .level4, code: "ST0116", weeks: 104, modes: [.workBased], cost: 0, providers: ["city-college"],
                 entry: EntryRequirement(text: "Level 3 and GCSE English and maths", minimumLevel: .level3, englishMaths: .level2),
                 sources: ["src-plan"]),
            Step(id: "it-support-l3", title: "IT solutions technician apprenticeship", kind: .apprenticeship,
                 level: .level3, code: "ST0505", weeks: 60, modes: [.workBased], cost: 0, providers: ["city-college"],
                 entry: EntryRequirement(text: "GCSE maths", englishMaths: .level2, minimumAge: 16), sources: ["src-plan"]),
            Step(id: "swap-warehouse", title: "SWAP: warehouse", kind: .programme, level: .entry3, weeks: 6,
                 modes: [.fullTime], cost: 0, providers: ["jobcentre"], sources: ["src-plan"]),
            Step(id: "forklift-course", title: "Fork-lift truck course", kind: .course, level: .level2, weeks: 1,
                 modes: [.fullTime], cost: 450, providers: ["code-school"],
                 entry: EntryRequirement(text: "Aged 18 or over", minimumAge: 18), sources: ["src-plan"], illustrative: true),
        ],
        providers: [
            Provider(id: "city-college", title: "City College", kind: .college, borough: .birmingham, sources: ["src-plan"]),
            Provider(id: "code-school", title: "Code School", kind: .trainingProvider, borough: .coventry, sources: ["src-plan"]),
            Provider(id: "jobcentre", title: "Jobcentre Plus", kind: .publicService, borough: .wolverhampton, sources: ["src-plan"]),
        ],
        funding: [
            FundingRule(id: "asf", title: "Adult Skills Fund", outcome: .free,
                          conditions: FundingConditions(minimumAge: 19), appliesTo: FundingScope(listed: true), reason: "Adult Skills Fund",
                        sources: ["src-plan"]),
        ],
        progressions: [
            Progression(from: "esol-e3", to: "fs-maths-l2"),
            Progression(from: "fs-maths-l2", to: "digital-l3"),
            Progression(from: "digital-l3", to: "software-bootcamp"),
            Progression(from: "digital-l3", to: "software-apprenticeship"),
            Progression(from: "digital-l3", to: "it-support"),
            Progression(from: "software-bootcamp", to: "software-developer"),
            Progression(from: "software-apprenticeship", to: "software-developer"),
            Progression(from: "fs-maths-l2", to: "it-support-l3",
                        requirement: EntryRequirement(text: "Age 16 or over", minimumAge: 16)),
            Progression(from: "it-support-l3", to: "it-support"),
            Progression(from: "it-support-l3", to: "software-apprenticeship"),
            Progression(from: "esol-e3", to: "swap-warehouse", sideways: true),
            Progression(from: "swap-warehouse", to: "warehouse-operative"),
            Progression(from: "swap-warehouse", to: "forklift-course"),
            Progression(from: "forklift-course", to: "warehouse-operative"),
        ]
    )

    /// The fixture catalogue as a graph.
    public static var graph: PathwayGraph { PathwayGraph(catalogue) }
}
