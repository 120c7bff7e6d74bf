import PathwaysGraph

extension SyntheticContent {
    static let providerCount = 24
    static let fundingIDs = ["synthetic-free-entry", "synthetic-first-level-3", "synthetic-loan", "synthetic-apprenticeship"]

    func sources() -> String {
        """
        - id: synthetic-source
          title: Synthetic source for generated content
          publisher: Pathways synthetic content generator
          url: https://example.org/synthetic
          date: "2026"
          note: Every record in this content set is generated.

        """
    }

    func clusters(_ count: Int) -> String {
        (0..<count).map { c in
            """
            - id: cluster-\(c)
              title: Synthetic cluster \(c)
              summary: A generated cluster of jobs.
              bodies: [Synthetic body \(c)]
              sources: [synthetic-source]
              illustrative: true

            """
        }.joined()
    }

    func providers() -> String {
        let kinds = Provider.Kind.allCases
        return (0..<SyntheticContent.providerCount).map { p in
            """
            - id: provider-\(p)
              title: Synthetic provider \(p)
              kind: \(kinds[p % kinds.count].rawValue)
              borough: \(SyntheticContent.boroughs[p % SyntheticContent.boroughs.count].rawValue)
              url: https://example.org/provider-\(p)
              sources: [synthetic-source]
              illustrative: true

            """
        }.joined()
    }

    func funding() -> String {
        """
        - id: synthetic-free-entry
          title: Free Entry-level courses
          summary: Entry-level and Level 1 courses are free.
          outcome: free
          appliesTo: {kinds: [course, qualification, programme], levelMax: 1}
          reason: Free below Level 2
          sources: [synthetic-source]
          illustrative: true
        - id: synthetic-first-level-3
          title: First full Level 3
          summary: A first full Level 3 is free for adults aged 19 to 23.
          outcome: free
          eligibility: {ageMin: 19, ageMax: 23, heldBelow: 3}
          appliesTo: {kinds: [qualification], levelMin: 3, levelMax: 3}
          reason: First full Level 3, age 19 to 23
          sources: [synthetic-source]
          illustrative: true
        - id: synthetic-loan
          title: Advanced learner loan
          summary: A loan for Level 3 to 6 courses, repaid from earnings.
          outcome: loan
          eligibility: {ageMin: 19}
          appliesTo: {levelMin: 3, levelMax: 6}
          reason: Advanced learner loan
          sources: [synthetic-source]
          illustrative: true
        - id: synthetic-apprenticeship
          title: Apprenticeship funding
          summary: The employer and government pay; the apprentice earns a wage.
          outcome: paid-training
          eligibility: {ageMin: 16, anyOf: [employed, unemployed]}
          appliesTo: {kinds: [apprenticeship]}
          reason: Apprenticeship, paid by the employer
          sources: [synthetic-source]
          illustrative: true

        """
    }

    func appendStep(_ i: Int, level: Level, next: [(to: String, sideways: Bool, age: Int?)],
                    to text: inout String, random: inout SeededGenerator) {
        let kinds = StepKind.allCases.filter { $0 != .work }
        let kind = level.isEntry ? StepKind.course : kinds[random.below(kinds.count)]
        let modes = StudyMode.allCases
        let mode = kind == .apprenticeship ? StudyMode.workBased : modes[random.below(modes.count - 1)]
        let cost = kind == .apprenticeship || level.isEntry ? 0 : 50 * random.below(120)
        let provider = random.below(SyntheticContent.providerCount)
        text += """
            - id: \(SyntheticContent.stepID(i))
              title: Synthetic \(kind.rawValue) \(i) at \(level.label)
              kind: \(kind.rawValue)
              level: \(level.code)
              weeks: \(1 + random.below(104))
              modes: [\(mode.rawValue)]
              cost: \(cost)
              funding: [\(SyntheticContent.fundingIDs[random.below(SyntheticContent.fundingIDs.count)])]
              providers: [provider-\(provider), provider-\((provider + 1) % SyntheticContent.providerCount)]

            """
        if !level.isEntry {
            let below = Level(rawValue: level.rawValue - 1)!
            text += "  entry:\n    text: \(below.label) or equivalent.\n    level: \(below.code)\n"
        }
        if level == .level2 && random.chance(20) { text += "  grantsEnglishMaths: 2\n" }
        text += "  summary: A generated step for benchmarks and tests.\n  sources: [synthetic-source]\n  illustrative: true\n"
        guard !next.isEmpty else { return }
        text += "  next:\n"
        for entry in next {
            if !entry.sideways && entry.age == nil {
                text += "    - \(entry.to)\n"
            } else {
                text += "    - to: \(entry.to)\n"
                if let age = entry.age { text += "      requires: {text: Aged \(age) or over., age: \(age)}\n" }
                if entry.sideways { text += "      sideways: true\n" }
            }
        }
    }

    func appendJob(_ j: Int, clusters: Int, to text: inout String, random: inout SeededGenerator) {
        let level = Level.allCases[random.below(Level.allCases.count)]
        text += """
            - id: \(SyntheticContent.jobID(j))
              title: Synthetic job \(j)
              soc: "\(1000 + random.below(9000))"
              clusters: [cluster-\(j % max(1, clusters))]
              level: \(level.code)
              pay: {median: \(15000 + 250 * random.below(300)), year: 2025, source: synthetic-source, estimate: \(random.chance(20))}
              summary: A generated job for benchmarks and tests.
              sources: [synthetic-source]
              illustrative: true

            """
    }
}
