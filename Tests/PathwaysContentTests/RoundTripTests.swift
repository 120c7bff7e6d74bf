import Foundation
import PathwaysContent
import PathwaysGraph
import Testing

@Suite("A valid content tree loads into the expected catalogue")
struct RoundTripTests {
    let loaded = loadFixture("valid")
    var catalogue: Catalogue { loaded.catalogue }

    @Test func loadsWithoutDiagnostics() {
        #expect(loaded.diagnostics.map(\.description) == [])
        #expect(loaded.isClean)
    }

    @Test func readsContentInfo() {
        #expect(catalogue.info == ContentInfo(title: "Pathways — West Midlands", version: "2026.11", date: "2026-11-23"))
    }

    @Test func readsSources() {
        #expect(catalogue.sources.map(\.id) == ["ons-ashe-2025", "wmca-plan-for-growth"])
        #expect(catalogue.sources[0].note == "UK full-time median gross annual pay")
        #expect(catalogue.sources[1].date == "2022-12")
        #expect(catalogue.sources[1].note == nil)
    }

    @Test func readsClusters() {
        let cluster = Cluster(id: "logistics", title: "Logistics and Distribution",
                              summary: "Warehousing, freight and the vehicles that move goods around the region.",
                              growth: "Strong growth along the M6 corridor.", bodies: ["Midlands Freight Forum"],
                              sources: ["wmca-plan-for-growth"])
        #expect(catalogue.clusters == [cluster])
    }

    @Test func readsJobsWithPay() {
        #expect(catalogue.jobs.count == 2)
        let hgv = catalogue.jobs[0]
        #expect(hgv.id == "hgv-driver")
        #expect(hgv.soc == "8211")
        #expect(hgv.minimumLevel == .level2)
        #expect(hgv.pay == Pay(median: 39905, year: 2025, source: "ons-ashe-2025", lessPrecise: false))
        let manager = catalogue.jobs[1]
        #expect(manager.pay?.lessPrecise == true)
        #expect(manager.clusters == ["logistics"])
        #expect(manager.summary == "Plans routes and runs a fleet.\nKeeps drivers legal.\n")
    }

    @Test func readsStepsInSortedFileOrder() {
        #expect(catalogue.steps.map(\.id) == ["warehouse-skills-e3", "lgv-driver-apprenticeship", "logistics-supervisor-course"])
        let lgv = catalogue.steps[1]
        #expect(lgv.kind == .apprenticeship)
        #expect(lgv.level == .level2)
        #expect(lgv.code == "ST0257")
        #expect(lgv.weeks == 52)
        #expect(lgv.modes == [.workBased])
        #expect(lgv.entry == EntryRequirement(text: "Aged 18 or over with a full car driving licence.",
                                              minimumLevel: .entry3, englishMaths: .level1, minimumAge: 18))
        #expect(lgv.grantsEnglishMaths == .level2)
        let first = catalogue.steps[0]
        #expect(first.level == .entry3)
        #expect(first.modes == [.partTime, .evening])
        #expect(first.funding == ["asf-first-full-level-3"])
        #expect(first.providers == ["dudley-college"])
        #expect(first.entry == .none)
        #expect(catalogue.steps[2].illustrative)
        #expect(catalogue.steps[2].cost == 1200)
    }

    @Test func readsProgressionsInShortAndLongForm() {
        #expect(catalogue.progressions == [
            Progression(from: "warehouse-skills-e3", to: "lgv-driver-apprenticeship"),
            Progression(from: "lgv-driver-apprenticeship", to: "hgv-driver"),
            Progression(from: "lgv-driver-apprenticeship", to: "logistics-supervisor-course",
                        requirement: EntryRequirement(text: "Two years' driving experience.", minimumAge: 21)),
            Progression(from: "logistics-supervisor-course", to: "transport-manager"),
        ])
    }

    @Test func readsProvidersFromYmlFilesAndIgnoresOtherFiles() {
        #expect(catalogue.providers == [Provider(id: "dudley-college", title: "Dudley College of Technology", kind: .college,
                                                 borough: .dudley, url: "https://www.dudleycol.ac.uk",
                                                 sources: ["wmca-plan-for-growth"])])
    }

    @Test func readsFunding() {
        let scheme = catalogue.funding[0]
        #expect(scheme.outcome == .free)
        #expect(scheme.conditions == FundingConditions(minimumAge: 19, maximumAge: 23, heldBelow: .level3,
                                                       englishMathsBelow: .level2, anyOf: [.unemployed, .benefits, .lowPay]))
        #expect(scheme.appliesTo == FundingScope(kinds: [.qualification, .course], minimumLevel: .level3, maximumLevel: .level3))
        #expect(scheme.reason == "Adult Skills Fund, first full Level 3, age 19–23")
    }

    @Test func buildsTheGraphAndRemembersLocations() {
        #expect(loaded.graph.nodeCount == 5)
        #expect(loaded.graph.edgeCount == 4)
        #expect(loaded.location(of: .job, id: "transport-manager")?.description == "valid/jobs/logistics.yaml:12:7")
        #expect(loaded.location(of: .step, id: "hgv-driver") == nil)
    }
}
