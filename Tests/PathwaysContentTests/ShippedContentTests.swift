import Foundation
import PathwaysContent
import PathwaysGraph
import Testing

/// The `Content/` folder shipped with the package, found from this file's path.
let shippedContent: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // PathwaysContentTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()  // package root
    .appendingPathComponent("Content")

/// Loaded once for the whole suite.
private let shipped: LoadedContent = ContentLoader().load(from: shippedContent)

/// The coverage rules the shipped content promises: it validates, every cluster has enough jobs
/// across enough bands, every band and named programme is present, every job is reachable from
/// Entry level, and every statement cites a source that exists.
@Suite("Shipped content meets its coverage rules")
struct ShippedContentTests {
    var catalogue: Catalogue { shipped.catalogue }
    var graph: PathwayGraph { shipped.graph }

    @Test func validatesClean() {
        #expect(shipped.diagnostics.map(\.description) == [])
    }

    @Test func namesItsVersion() {
        #expect(catalogue.info.title == "Pathways — West Midlands")
        #expect(catalogue.info.version == "2026.11")
        #expect(catalogue.info.date == "2026-11-23")
    }

    @Test func hasTheEightClusters() {
        #expect(catalogue.clusters.count >= 8)
        let ids = Set(catalogue.clusters.map(\.id))
        for id in ["aerospace", "creative", "health-tech", "professional-financial", "ev-batteries",
                   "low-carbon-utilities", "future-homes", "logistics"] {
            #expect(ids.contains(id), "missing cluster \(id)")
        }
    }

    @Test func hasEnoughJobsInEveryCluster() {
        #expect(catalogue.jobs.count >= 48)
        for cluster in catalogue.clusters {
            let jobs = graph.jobs(inCluster: cluster.id)
            #expect(jobs.count >= 5, "cluster \(cluster.id) has \(jobs.count) jobs")
        }
    }

    @Test func everyClustersJobsSpanThreeBands() {
        for cluster in catalogue.clusters {
            let bands = Set(graph.jobs(inCluster: cluster.id).map(\.minimumLevel.band))
            #expect(bands.count >= 3, "cluster \(cluster.id) spans \(bands.map(\.label).sorted())")
        }
    }

    @Test func jobsCoverEveryBandFromEntryToGraduate() {
        let bands = Set(catalogue.jobs.map(\.minimumLevel.band))
        #expect(bands == Set(Band.allCases))
    }

    @Test func hasEnoughStepsInEveryBand() {
        #expect(catalogue.steps.count >= 150)
        let bands = Set(catalogue.steps.map(\.level.band))
        #expect(bands == Set(Band.allCases))
        #expect(Set(catalogue.steps.map(\.kind)) == Set(StepKind.allCases))
    }

    @Test func namedStepFamiliesArePresent() throws {
        let ids = catalogue.steps.map(\.id)
        func has(_ prefix: String, atLeast n: Int = 1) -> Bool { ids.filter { $0.hasPrefix(prefix) }.count >= n }
        #expect(has("esol-entry-", atLeast: 3), "ESOL Entry 1–3")
        #expect(has("fs-english-maths-"), "Functional Skills English and maths")
        #expect(has("essential-digital-skills-", atLeast: 2), "essential digital skills")
        #expect(has("community-learning-"), "community learning")
        #expect(has("gcse-"), "GCSE English and maths")
        #expect(has("swap-", atLeast: 3), "SWAPs")
        #expect(has("t-level-", atLeast: 5), "T Levels")
        #expect(has("access-he-", atLeast: 3), "Access to HE")
        #expect(has("htq-", atLeast: 2), "HTQs")
        #expect(has("hnc-") && has("hnd-"), "HNC and HND")
        #expect(has("bootcamp-", atLeast: 5), "Skills Bootcamps")
        #expect(ids.contains("digital-upgrade-cyber"), "Digital Upgrade-style cyber security programme")

        let byKind = Dictionary(grouping: catalogue.steps, by: \.kind)
        let apprenticeshipLevels = Set((byKind[.apprenticeship] ?? []).map(\.level.band))
        #expect(apprenticeshipLevels.isSuperset(of: [.level2, .level3, .level4to5, .level6plus]),
                "intermediate, advanced, higher and degree apprenticeships")
        #expect((byKind[.degree] ?? []).contains { $0.level >= .level6 }, "degrees")
        let bootcampRule = try #require(catalogue.funding.first { $0.id == "skills-bootcamps" })
        #expect((byKind[.bootcamp] ?? []).allSatisfy { bootcampRule.appliesTo.includes($0, ruleID: bootcampRule.id) })
    }

    @Test func namedProgrammesAreLinkedIntoTheGraph() {
        let targets = Set(catalogue.progressions.map(\.to))
        let sources = Set(catalogue.progressions.map(\.from))
        for id in ["esol-entry-3", "essential-digital-skills-level-1", "swap-care",
                   "htq-cyber-security", "bootcamp-software-development", "digital-upgrade-cyber",
                   "software-developer-apprenticeship"] {
            #expect(sources.contains(id), "\(id) leads nowhere")
        }
        for id in ["esol-entry-2", "htq-hnd-computing", "bootcamp-cyber-security",
                   "cyber-security-technician-apprenticeship", "digital-upgrade-cyber"] {
            #expect(targets.contains(id), "nothing leads to \(id)")
        }
    }

    /// Multiply's national funding ended in March 2025: its courses are no longer offered as
    /// steps, and the rule stays only to say it has ended.
    @Test func anEndedSchemeOffersNoSteps() {
        let ended = catalogue.funding.filter { $0.until.map { $0 < Day(year: 2026, month: 11, day: 30)! } ?? false }.map(\.id)
        #expect(ended.contains("multiply"))
        let multiplySteps = catalogue.steps.filter { $0.funding.contains("multiply") }.map(\.id)
        #expect(multiplySteps.isEmpty, "\(multiplySteps)")
    }

    @Test func apprenticeshipCodesAreWellFormed() {
        for step in catalogue.steps {
            if let code = step.code {
                #expect(code.wholeMatch(of: /(ST|FA)[0-9]{4}/) != nil, "\(step.id) has code \(code)")
                #expect(step.kind == .apprenticeship, "\(step.id) has a code but is not an apprenticeship")
            }
            if step.kind == .apprenticeship { #expect(step.cost == 0, "\(step.id) costs the apprentice") }
        }
    }

    @Test func everyJobIsReachableFromEntryLevel() {
        let reached = Set(graph.reachableJobs(from: .entry).map(\.job.id))
        let missing = catalogue.jobs.map(\.id).filter { !reached.contains($0) }
        #expect(missing == [])
    }

    /// A career changer holding any level still has a route to every job: occupational steps
    /// below the level they hold stay open to them.
    @Test(arguments: [Level.level1, .level2, .level3, .level4, .level6, .level8])
    func holdersOfAnyLevelReachEveryJob(level: Level) {
        let reached = Set(graph.reachableJobs(from: .holding(level)).map(\.job.id))
        #expect(catalogue.jobs.map(\.id).filter { !reached.contains($0) } == [])
    }

    @Test func everyRecordCitesSourcesThatExist() {
        let known = Set(catalogue.sources.map(\.id))
        var cited: [(String, [String])] = []
        cited += catalogue.clusters.map { ("cluster \($0.id)", $0.sources) }
        cited += catalogue.jobs.map { ("job \($0.id)", $0.sources + ($0.pay.map { [$0.source] } ?? [])) }
        cited += catalogue.steps.map { ("step \($0.id)", $0.sources) }
        cited += catalogue.providers.map { ("provider \($0.id)", $0.sources) }
        cited += catalogue.funding.map { ("funding \($0.id)", $0.sources) }
        for (record, ids) in cited {
            #expect(!ids.isEmpty, "\(record) cites no source")
            for id in ids { #expect(known.contains(id), "\(record) cites unknown source \(id)") }
        }
        for source in catalogue.sources {
            #expect(!source.url.isEmpty && !source.title.isEmpty && !source.publisher.isEmpty && !source.date.isEmpty,
                    "source \(source.id) is incomplete")
        }
    }

    @Test func payIsSourcedAndDated() {
        for job in catalogue.jobs {
            guard let pay = job.pay else { continue }
            #expect(pay.source == "ons-ashe-\(pay.year)" && [2024, 2025].contains(pay.year), "job \(job.id)")
            #expect(job.soc != nil, "job \(job.id) has pay but no SOC code")
        }
    }

    @Test func theFundingRulesExist() throws {
        let byID = Dictionary(uniqueKeysWithValues: catalogue.funding.map { ($0.id, $0) })
        let expected: [(String, FundingRule.Outcome)] = [
            ("sixteen-to-eighteen-free", .free), ("ehc-plan-nineteen-to-twenty-four", .free), ("t-levels-sixteen-to-nineteen", .free),
            ("asf-english-maths", .free), ("asf-first-full-level-2", .free), ("asf-first-full-level-3", .free),
            ("asf-digital-entitlement", .free), ("asf-unemployed-low-pay-2025-26", .free), ("asf-unemployed-low-pay-2026-27", .free),
            ("free-courses-for-jobs-2025-26", .free), ("free-courses-for-jobs-2026-27", .free), ("skills-bootcamps", .free),
            ("swap", .free), ("multiply", .free), ("advanced-learner-loan", .loan), ("access-to-he-loan", .loan),
            ("apprenticeship-2025-26", .paidTraining), ("apprenticeship-2026-27", .paidTraining), ("student-finance", .loan),
            ("care-leaver-apprenticeship-bursary", .bursary), ("care-leaver-higher-education-bursary", .bursary),
            ("bursary-sixteen-to-nineteen-vulnerable", .bursary), ("nhs-learning-support-fund", .bursary),
        ]
        for (id, outcome) in expected {
            #expect(byID[id]?.outcome == outcome, "funding rule \(id)")
        }
        #expect(byID["asf-first-full-level-3"]?.conditions.maximumAge == 23)
        #expect(byID["sixteen-to-eighteen-free"]?.conditions.ageMeasure == .onThirtyFirstAugust)
        #expect(byID["care-leaver-apprenticeship-bursary"]?.conditions.anyOf == [.careLeaver])
        #expect(byID["swap"]?.conditions.anyOf == [.benefits])
        #expect(byID["asf-unemployed-low-pay-2025-26"]?.conditions.earningsBelow == 25750)
        #expect(byID["asf-unemployed-low-pay-2026-27"]?.conditions.earningsBelow == 26800)
        #expect(byID["multiply"]?.until == Day(year: 2025, month: 3, day: 31), "Multiply ended in March 2025")
        // Every rule cites a source and none is an unsourced example: a rule without one is never applied.
        let unsourced = catalogue.funding.filter { !$0.isSourced }.map(\.id)
        #expect(unsourced.isEmpty)
        // Consecutive years of a rule meet without a gap or an overlap.
        for (old, new) in [("asf-unemployed-low-pay-2025-26", "asf-unemployed-low-pay-2026-27"),
                           ("free-courses-for-jobs-2025-26", "free-courses-for-jobs-2026-27"),
                           ("apprenticeship-2025-26", "apprenticeship-2026-27")] {
            let end = try #require(byID[old]?.until), start = try #require(byID[new]?.from)
            #expect(start.ordinal == end.ordinal + 1, "\(old) → \(new)")
        }
    }

    @Test func atMostOneStepInTenIsAnExample() {
        let examples = catalogue.steps.filter(\.illustrative).count
        #expect(examples * 10 <= catalogue.steps.count, "\(examples) of \(catalogue.steps.count) steps are examples")
    }

    @Test func providersAreInTheRegionOrSaySo() {
        let boroughs = Set(catalogue.providers.map(\.borough))
        #expect(boroughs.isSuperset(of: [.birmingham, .coventry, .dudley, .sandwell, .solihull, .walsall, .wolverhampton]))
        #expect(catalogue.providers.contains { $0.kind == .university })
        #expect(catalogue.providers.contains { $0.kind == .publicService })
    }
}
