import PathwaysGraph

/// A document with every ID resolved, every source numbered and every phrase worded once, so
/// the five formats say the same things in the same order.
///
/// Sources are numbered 1, 2, 3… in the order the document first cites them: each step's own
/// sources and its providers', then its funding source, then the job's and its pay source.
struct ExportModel {
    /// The marker printed beside any record no source confirms yet.
    static let illustrativeNote = "example — " + Wording.exampleMeaning

    struct ProviderFacts {
        var id: String
        var title: String
        /// Borough label, e.g. "Birmingham"; empty when the provider is not in the content.
        var borough: String
        var boroughID: String
        var known: Bool
        var illustrative: Bool
        /// The provider's web address, when the content has one.
        var url: String? = nil
        /// "City College (Birmingham)".
        var label: String { borough.isEmpty ? title : "\(title) (\(borough))" }
    }

    struct SourceFacts {
        var number: Int
        var id: String
        /// `nil` when the ID is not in the content.
        var source: Source?
        /// "Plan for Growth, WMCA, 2022-12".
        var label: String {
            guard let source else { return "\(id) (not in the content)" }
            return [source.title, source.publisher, source.date].filter { !$0.isEmpty }.joined(separator: ", ")
        }
    }

    struct StepFacts {
        var order: Int
        var step: Step
        var providers: [ProviderFacts]
        var schemes: [FundingRule]
        var costing: StepCosting?
        /// Entry requirements in words ("None stated" when there are none).
        var entry: String
        /// What the learner needs to move on to this step from the one before, if anything.
        var moveRequirement: String?
        var sourceNumbers: [Int]
        var fundingSourceNumbers: [Int]
        /// True when the step, a provider or a funding scheme it uses is illustrative.
        var illustrative: Bool

        var levelLabel: String { step.level.label }
        var kindLabel: String { step.kind.label }
        var duration: String { Wording.weeks(step.weeks) }
        var modes: String { step.modes.isEmpty ? "mode not stated" : step.modes.map(\.label).joined(separator: ", ") }
        var typicalFee: String { Pay.pounds(step.cost) + (step.feeEstimate ? " (estimate)" : "") }
        /// The cost to this learner ("not open to you yet" when they cannot join it, never a
        /// price), or `nil` when no profile was set.
        var costToLearner: String? { costing.map { $0.isOpen ? Pay.pounds($0.costToLearner) : Wording.notOpen } }
        var providerLabel: String {
            providers.isEmpty ? "No provider listed" : providers.map(\.label).joined(separator: "; ")
        }
        var boroughs: String {
            var seen: [String] = []
            for p in providers where !p.borough.isEmpty && !seen.contains(p.borough) { seen.append(p.borough) }
            return seen.joined(separator: ", ")
        }
        /// The funding reason with a profile; otherwise the schemes that might apply.
        var funding: String {
            if let costing {
                var text = costing.reason
                if !costing.isOpen { text += ". Not open to you yet: " + (costing.whyClosed ?? "ask your adviser why") }
                return text
            }
            if schemes.isEmpty { return "No funding scheme listed" }
            return "May be covered by " + schemes.map(\.title).joined(separator: " or ") + " (check eligibility)"
        }
    }

    var document: PathwayDocument
    var info: ContentInfo
    var steps: [StepFacts]
    var job: Job
    var jobClusters: [String]
    var jobSourceNumbers: [Int]
    var paySourceNumber: Int?
    var sources: [SourceFacts]
    var nextActions: [String]

    var hasProfile: Bool { document.costings != nil }
    var title: String { "Your pathway to \(job.title)" }
    var soc: String { job.soc ?? "not known" }
    var pay: String { job.pay?.label ?? "not known" }
    var totalWeeks: Int { document.route.totalWeeks }
    var totalWeeksLabel: String { Wording.weeks(totalWeeks) }
    var totalTypicalFees: Int { steps.reduce(0) { $0 + $1.step.cost } }
    /// The sum of the costings, or `nil` without a profile.
    var totalCostToLearner: Int? {
        hasProfile ? steps.reduce(0) { $0 + ($1.costing?.costToLearner ?? $1.step.cost) } : nil
    }
    /// True unless a step is not open to the resident.
    var isOpen: Bool { steps.allSatisfy { $0.costing?.isOpen != false } }
    /// The route's cost to the resident for a total: "£2,200", or "not open to you yet" when a
    /// step is closed to them (a route they cannot join is never priced); `nil` without a profile.
    var totalCostShort: String? { isOpen ? totalCostToLearner.map(Pay.pounds) : Wording.notOpen }
    /// With a step not open to the resident, that and why, with what the open steps would cost
    /// (`Wording.toYou`): "not open to you yet: finish a Level 3 first"; otherwise `nil`.
    var whyNotOpen: String? { isOpen ? nil : Wording.toYou(steps.compactMap(\.costing)) }
    var totalCostLabel: String {
        whyNotOpen ?? totalCostShort ?? "not worked out (no profile set); typical fees \(Pay.pounds(totalTypicalFees))"
    }
    var contentLabel: String {
        "\(info.title), version \(info.version)" + (info.date.isEmpty ? "" : ", \(info.date)")
    }
    var anyIllustrative: Bool { job.illustrative || steps.contains(where: \.illustrative) }

    init(_ document: PathwayDocument) {
        self.document = document
        let graph = document.graph
        let route = document.route
        info = graph.info
        job = route.job

        var numbers: [String: Int] = [:]
        var sourceList: [SourceFacts] = []
        func cite(_ ids: [String]) -> [Int] {
            var result: [Int] = []
            for id in ids {
                let n: Int
                if let known = numbers[id] {
                    n = known
                } else {
                    n = sourceList.count + 1
                    numbers[id] = n
                    sourceList.append(SourceFacts(number: n, id: id, source: graph.source(id)))
                }
                if !result.contains(n) { result.append(n) }
            }
            return result
        }

        var stepFacts: [StepFacts] = []
        for (i, step) in route.steps.enumerated() {
            let listed = document.borough.map { home in Array(graph.providers(for: step, near: home).prefix(3).map(\.id)) } ?? step.providers
            let providers = listed.map { id -> ProviderFacts in
                guard let p = graph.provider(id) else {
                    return ProviderFacts(id: id, title: id, borough: "", boroughID: "", known: false, illustrative: false)
                }
                return ProviderFacts(id: id, title: p.title, borough: p.placeLabel, boroughID: p.borough.rawValue,
                                     known: true, illustrative: p.illustrative, url: p.url)
            }
            let schemes = graph.fundingRules(for: step)
            let costing = document.costing(at: i)
            let providerSources = step.providers.compactMap(graph.provider).flatMap(\.sources)
            let sourceNumbers = cite(step.sources + providerSources)
            let fundingSources: [String]
            if let costing {
                fundingSources = costing.sourceID.map { [$0] } ?? []
            } else {
                fundingSources = schemes.flatMap(\.sources)
            }
            let fundingNumbers = cite(fundingSources)
            let usedScheme = costing?.ruleID.flatMap(graph.fundingRule)
            let illustrative = step.illustrative || providers.contains(where: \.illustrative)
                || (usedScheme?.illustrative ?? false)
            let move = route.progressions.first { $0.to == step.id && i > 0 && $0.from == route.steps[i - 1].id }
            stepFacts.append(StepFacts(
                order: i + 1, step: step, providers: providers, schemes: schemes, costing: costing,
                entry: ExportModel.words(step.entry) ?? "None stated",
                moveRequirement: move.flatMap { ExportModel.words($0.requirement) },
                sourceNumbers: sourceNumbers, fundingSourceNumbers: fundingNumbers, illustrative: illustrative
            ))
        }
        steps = stepFacts
        jobClusters = route.job.clusters.map { graph.cluster($0)?.title ?? $0 }
        jobSourceNumbers = cite(route.job.sources)
        paySourceNumber = route.job.pay.flatMap { cite([$0.source]).first }
        sources = sourceList
        nextActions = ExportModel.actions(steps: stepFacts, hasProfile: document.costings != nil)
    }


    /// A requirement in words: its text, or its typed conditions spelled out; `nil` when empty.
    static func words(_ requirement: EntryRequirement) -> String? {
        if !requirement.text.isEmpty { return requirement.text }
        var parts: [String] = []
        if let level = requirement.minimumLevel { parts.append(level.label) }
        if let em = requirement.englishMaths { parts.append("English and maths \(em.label)") }
        parts += requirement.ageWords
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// What the resident can do next, first things first.
    static func actions(steps: [StepFacts], hasProfile: Bool) -> [String] {
        guard let first = steps.first else { return ["Ask an adviser how to apply for this job."] }
        var actions: [String] = []
        if first.providers.isEmpty {
            actions.append("Find a provider for \(first.step.title).")
        } else {
            let names = first.providers.map(\.label).joined(separator: " or ")
            actions.append("Contact \(names) about \(first.step.title).")
        }
        if first.entry != "None stated" {
            let entry = first.entry.hasSuffix(".") ? first.entry : first.entry + "."
            actions.append("Check you meet the entry requirements for \(first.step.title): \(entry)")
        }
        if hasProfile {
            for s in steps where s.costing?.isOpen == false {
                actions.append("Before \(s.step.title): \(s.costing?.whyClosed ?? "ask your adviser what would open it").")
            }
            actions.append("Ask the provider to confirm your funding before you enrol.")
        } else {
            actions.append("Ask an adviser to check what you would pay: these are typical fees before funding.")
        }
        for s in steps where s.illustrative {
            actions.append("Confirm \(s.step.title) with your adviser: it is an \(illustrativeNote).")
        }
        actions.append("Bring this pathway to your next appointment.")
        return actions
    }
}
