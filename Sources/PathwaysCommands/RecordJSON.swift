import PathwaysGraph

/// The JSON shapes `--json` prints; each is documented in the README's command-line reference.
enum RecordJSON {
    struct ClusterJSON: Encodable {
        var id, title, summary: String
        var plainTitle: String?
        var growth: String?
        var bodies: [String]
        var jobCount: Int
        var sources: [String]
        var illustrative: Bool

        init(_ c: Cluster, jobCount: Int) {
            id = c.id; title = c.title; plainTitle = c.plainTitle; summary = c.summary; growth = c.growth; bodies = c.bodies
            self.jobCount = jobCount; sources = c.sources; illustrative = c.illustrative
        }
    }

    struct JobJSON: Encodable {
        var id, title: String
        /// The first cluster listed; `clusters` has them all.
        var cluster: String?
        var clusters: [String]
        var level: String
        var soc: String?
        var medianPay: Int?
        var payYear: Int?
        var paySource: String?
        /// `full-time` or `all`, when the source says whom the median describes.
        var payBasis: String?
        /// The year of the table that withheld the median (ONS suppresses small samples).
        var payWithheldYear: Int?
        var summary: String
        var sources: [String]
        var illustrative: Bool

        init(_ j: Job) {
            id = j.id; title = j.title; cluster = j.clusters.first; clusters = j.clusters; level = j.minimumLevel.code
            soc = j.soc; medianPay = j.pay?.median; payYear = j.pay?.year; paySource = j.pay?.source ?? j.payWithheld?.source
            payBasis = (j.pay?.basis ?? j.payWithheld?.basis)?.rawValue; payWithheldYear = j.payWithheld?.year
            summary = j.summary; sources = j.sources; illustrative = j.illustrative
        }
    }

    struct RequirementJSON: Encodable {
        var text: String
        var level: String?
        var englishMaths: String?
        var age: Int?
        var maxAge: Int?
        var extendedAge: ExtendedAgeJSON?

        init(_ r: EntryRequirement) {
            text = r.text; level = r.minimumLevel?.code; englishMaths = r.englishMaths?.code; age = r.minimumAge
            maxAge = r.maximumAge
            extendedAge = r.extendedAge.map { ExtendedAgeJSON(maxAge: $0.maximumAge, anyOf: $0.anyOf.map(\.rawValue)) }
        }
    }

    /// A higher upper age limit for residents in any of `anyOf`, as the content writes it.
    struct ExtendedAgeJSON: Encodable {
        var maxAge: Int
        var anyOf: [String]
    }

    struct LinkJSON: Encodable {
        var id, title: String
        var requires: RequirementJSON?
        var sideways: Bool
        /// The importer's rule that made the link, when it was imported.
        var rule: String?
    }

    /// The published facts of an apprenticeship standard.
    struct StandardJSON: Encodable {
        var version: String
        var lars: String?
        var routes: [String]
        var maximumFunding: Int?
        var months: Int?
        var status: String
        var approved: String?
        var jobTitles: [String]

        init(_ s: ApprenticeshipStandard) {
            version = s.version; lars = s.lars; routes = s.routes; maximumFunding = s.maximumFunding; months = s.months
            status = s.status.rawValue; approved = s.approvedOn; jobTitles = s.jobTitles
        }
    }

    struct StepJSON: Encodable {
        var id, title, kind, level: String
        var code: String?
        var weeks: Int
        var modes: [String]
        var cost: Int
        var funding: [String]
        var providers: [String]
        var entry: RequirementJSON
        var summary: String
        var sources: [String]
        var illustrative: Bool
        var next: [LinkJSON]
        var previous: [LinkJSON]
        var standard: StandardJSON?

        init(_ s: Step, graph: PathwayGraph) {
            id = s.id; title = s.title; kind = s.kind.rawValue; level = s.level.code; code = s.code; weeks = s.weeks
            modes = s.modes.map(\.rawValue); cost = s.cost; funding = s.funding; providers = s.providers
            entry = RequirementJSON(s.entry); summary = s.summary; sources = s.sources; illustrative = s.illustrative
            next = graph.nextSteps(from: s.id).map(RecordJSON.link)
            previous = graph.previousSteps(into: s.id).map(RecordJSON.link)
            standard = s.standard.map(StandardJSON.init)
        }
    }

    static func link(_ l: PathwayGraph.Link) -> LinkJSON {
        let r = l.progression.requirement
        return LinkJSON(id: l.node.id, title: l.node.title, requires: r == .none ? nil : RequirementJSON(r), sideways: l.progression.sideways,
                        rule: l.progression.rule)
    }

    struct ProviderJSON: Encodable {
        var id, title, kind, borough: String
        var url: String?
        var sources: [String]
        var illustrative: Bool

        init(_ p: Provider) {
            id = p.id; title = p.title; kind = p.kind.rawValue; borough = p.borough.rawValue; url = p.url
            sources = p.sources; illustrative = p.illustrative
        }
    }

    struct SourceJSON: Encodable {
        var id, title, publisher, url, date: String
        var note: String?

        init(_ s: Source) { id = s.id; title = s.title; publisher = s.publisher; url = s.url; date = s.date; note = s.note }
    }

    struct FundingJSON: Encodable {
        var id, title, summary, outcome, reason: String
        var sources: [String]
        /// First and last day of effect, YYYY-MM-DD; absent when the rule states none.
        var from, until: String?
        var illustrative: Bool

        init(_ f: FundingRule) {
            id = f.id; title = f.title; summary = f.summary; outcome = f.outcome.rawValue; reason = f.reason
            sources = f.sources; from = f.from?.description; until = f.until?.description; illustrative = f.illustrative
        }
    }

    /// A record of any kind, tagged with its kind, for `show --json`.
    struct Shown<Record: Encodable>: Encodable {
        var kind: String
        var record: Record
    }

    struct RouteStepJSON: Encodable {
        var id, title, level, kind: String
        var weeks: Int
        /// The typical fee; `feeEstimate` when no source gives it.
        var cost: Int
        var feeEstimate: Bool
        /// With a profile: what this resident pays, the rule, the reason, its source and dates.
        var costToLearner: Int?
        var funding: String?
        var reason: String?
        var reasonSource: String?
        var ruleDates: String?
        var ruleFrom: String?
        var ruleUntil: String?
        var bursaries: [String]?
        var askAboutFunding: Bool?
        /// With a profile: the resident's age when the step starts.
        var ageAtStart: Int?
        var open: Bool?
        var whyClosed: String?
    }

    struct RouteJobJSON: Encodable {
        var id, title: String
        var soc: String?
        var medianPay: Int?
        var payYear: Int?
        /// What the median is ("UK median gross annual pay for full-time employees …").
        var payMeaning: String?
        var startingPay: String?
        var requirement: String?
    }

    struct RouteJSON: Encodable {
        var rank: Int
        var steps: [RouteStepJSON]
        var job: RouteJobJSON
        var totalWeeks: Int
        var costToLearner: Int
        var stepCount: Int
        var earnsWhileLearning: Bool
        /// With a profile: true when the resident can join every step and pays nothing up front.
        var fullyFunded: Bool?
        /// With a profile: false when a step is not open to the resident yet (each step says why).
        var open: Bool?
        /// With a profile: the preferences this route does not meet.
        var brokenPreferences: [String]?

        init(_ p: PersonalRoute, rank: Int, graph: PathwayGraph, profile: Profile) {
            self.init(p.route, rank: rank)
            var weeks = 0
            for (i, c) in p.costings.enumerated() {
                steps[i].costToLearner = c.costToLearner
                steps[i].funding = c.ruleID
                steps[i].reason = c.reason
                steps[i].reasonSource = c.sourceID
                steps[i].ruleDates = c.ruleDates
                let rule = c.ruleID.flatMap(graph.fundingRule)
                steps[i].ruleFrom = rule?.from?.description
                steps[i].ruleUntil = rule?.until?.description
                steps[i].bursaries = c.bursaryIDs
                steps[i].askAboutFunding = c.askAboutFunding
                steps[i].ageAtStart = profile.age + weeks / 52
                weeks += p.route.steps[i].weeks
                steps[i].open = c.isOpen
                steps[i].whyClosed = c.whyClosed
            }
            fullyFunded = p.isFullyFunded
            open = p.isOpen
            brokenPreferences = p.brokenPreferences
        }

        init(_ r: Route, rank: Int) {
            self.rank = rank
            steps = r.steps.map {
                RouteStepJSON(id: $0.id, title: $0.title, level: $0.level.code, kind: $0.kind.rawValue, weeks: $0.weeks, cost: $0.cost,
                              feeEstimate: $0.feeEstimate)
            }
            job = RouteJobJSON(id: r.job.id, title: r.job.title, soc: r.job.soc, medianPay: r.job.pay?.median, payYear: r.job.pay?.year,
                               payMeaning: r.job.pay?.meaning, startingPay: r.job.startingPay?.label, requirement: r.job.requirementText)
            totalWeeks = r.totalWeeks; costToLearner = r.costToLearner; stepCount = r.steps.count
            earnsWhileLearning = r.earnsWhileLearning
        }
    }
}
