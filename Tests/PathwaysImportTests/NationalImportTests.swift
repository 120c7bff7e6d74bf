import Foundation
import PathwaysContent
import PathwaysGraph
import Testing
@testable import PathwaysImport

/// The fixture datasets and curated layer imported: which records exist, how they are linked
/// and by which rule, how curated records win, and that the output is deterministic and valid.
@Suite("National import")
struct NationalImportTests {
    @Test func offeredStandardsBecomeStepsUnlessACuratedStepStandsForThem() throws {
        let (_, national) = try importFixture()
        // ST0128 has a curated step; ST0900 (retired), ST0901 (withdrawn) and ST0903 (in development) are not offered.
        #expect(national.steps.map(\.id) == ["fa0001", "st0116", "st0119", "st0152", "st0153", "st0902", "st0904"])
        let st0116 = try #require(national.steps.first { $0.id == "st0116" })
        #expect(st0116.title == "Software developer apprenticeship")
        #expect(st0116.kind == .apprenticeship && st0116.level == .level4 && st0116.code == "ST0116")
        #expect(st0116.weeks == 104 && st0116.cost == 0 && st0116.modes == [.workBased])
        #expect(st0116.standard == ApprenticeshipStandard(
            version: "1.1", lars: "2", routes: ["Digital"], maximumFunding: 18000, months: 24, status: .approved,
            approvedOn: "2021-07-14", jobTitles: ["Software developer", "Software engineer"]))
        #expect(st0116.entry.minimumLevel == .level3 && st0116.entry.minimumAge == 16)
        #expect(st0116.summary == "Level 4 apprenticeship standard on the Digital route, typically 24 months, with government funding of up to £18,000.")
        #expect(national.steps.first { $0.id == "st0902" }?.standard?.status == .paused)
        #expect(national.steps.first { $0.id == "fa0001" }?.title == "Digital foundation apprenticeship")
        #expect(national.closedStandards == ["ST0900": .retired, "ST0901": .withdrawn])
    }

    @Test func jobsCoverEveryProfileAndEveryUnitGroupWithNone() throws {
        let (_, national) = try importFixture()
        // electrician is curated (same ID as its profile); soc-5249 is stood for by the curated electrician.
        #expect(national.jobs.map(\.id) == ["care-worker", "help-desk-technician", "it-technician", "soc-2135", "soc-3132", "software-developer"])
        let byID = Dictionary(uniqueKeysWithValues: national.jobs.map { ($0.id, $0) })
        #expect(byID["software-developer"]?.soc == "2134")
        #expect(byID["care-worker"]?.soc == "6135")
        #expect(byID["help-desk-technician"]?.soc == "3131")
        #expect(byID["soc-3132"]?.title == "IT user support technicians")
        #expect(byID["software-developer"]?.pay == Pay(median: 54669, year: 2024, source: "ons-ashe-2024", basis: .fullTime))
        #expect(byID["soc-2135"]?.pay == nil)
        #expect(byID["soc-2135"]?.payWithheld == PayWithheld(year: 2024, source: "ons-ashe-2024", basis: .fullTime))
        #expect(byID["software-developer"]?.sources == ["ncs-job-profiles", "ons-soc2020", "ons-ashe-2024"])
        #expect(byID["software-developer"]?.minimumLevel == .level4)   // its lowest linked standard
        #expect(byID["soc-2135"]?.minimumLevel == .level6)             // SOC major group 2: degree level
        #expect(byID["software-developer"]?.clusters == ["digital"])
        #expect(byID["it-technician"]?.clusters == ["digital"])        // linked to a Digital-route standard
        #expect(byID["care-worker"]?.clusters == [])
    }

    @Test func everyLinkNamesTheRuleThatMadeIt() throws {
        let (_, national) = try importFixture()
        let links = national.progressions.map { "\($0.from) → \($0.to) [\($0.rule ?? "-")]" }
        #expect(links == [
            "fa0001 → help-desk-technician [related-soc-group]",       // nothing else reaches it; FA0001 trains for SOC 313x
            "fa0001 → infrastructure-technician-apprenticeship [same-route-next-level]",  // the curated step for ST0128
            "fa0001 → soc-3132 [coding-index]",                         // "IT support assistant" is coded 3132
            "fa0001 → st0116 [curated]",
            "st0116 → software-developer [ncs-link]",
            "st0116 → st0119 [same-route-nearest-level]",
            "st0119 → soc-2135 [related-soc-group]",                    // at the job's level (6) when any are
            "st0152 → electrician [job-title]",                         // the curated electrician
            "st0153 → electrician [coding-index]",                      // "Overhead linesman" is 5249, which electrician stands for
            "st0902 → care-worker [job-title]",                         // paused: routes do not use it
            "st0904 → care-worker [job-title]",
        ])
        // ST0119 → software-developer (ncs-link) was removed by the curation.
    }

    @Test func curatedJobsGetTheirImportedFacts() throws {
        let (_, national) = try importFixture()
        #expect(national.curatedJobFacts["electrician"]?.soc == "5241")
        #expect(national.curatedJobFacts["electrician"]?.pay?.median == 38760)
    }

    @Test func writesTheSameBytesEveryTimeAndTheResultValidates() throws {
        let (datasets, national) = try importFixture()
        let content = try copyOfFixture("content")
        let out = content.appendingPathComponent("national")
        let writer = NationalWriter()
        try writer.write(writer.files(for: national, datasets: datasets.files), to: out)
        let first = try snapshot(out)
        let (_, again) = try importFixture()
        try writer.write(writer.files(for: again, datasets: datasets.files), to: out)
        #expect(try snapshot(out) == first)
        #expect(first.keys.sorted() == [
            "jobs/soc-major-group-2.yaml", "jobs/soc-major-group-3.yaml", "jobs/soc-major-group-6.yaml",
            "steps/apprenticeships-level-2.yaml", "steps/apprenticeships-level-3.yaml",
            "steps/apprenticeships-level-4.yaml", "steps/apprenticeships-level-6.yaml",
        ])
        for text in first.values { #expect(text.contains(NationalWriter.attribution)) }

        let loaded = ContentLoader().load(from: content)
        #expect(loaded.diagnostics.map(\.description) == [])
        let st0116 = try #require(loaded.catalogue.steps.first { $0.id == "st0116" })
        #expect(st0116 == national.steps.first { $0.id == "st0116" })
        let job = try #require(loaded.catalogue.jobs.first { $0.id == "soc-2135" })
        #expect(job == national.jobs.first { $0.id == "soc-2135" })
        #expect(loaded.catalogue.progressions.first { $0.from == "st0116" && $0.to == "software-developer" }?.rule == "ncs-link")
        // The foundation apprenticeship's age limits are written and read back as they were made.
        let fa0001 = try #require(loaded.catalogue.steps.first { $0.id == "fa0001" })
        #expect(fa0001 == national.steps.first { $0.id == "fa0001" })
        #expect(fa0001.entry.extendedAge != nil)
        let level2 = try #require(first["steps/apprenticeships-level-2.yaml"])
        #expect(level2.contains("    maxAge: 21\n    extendedAge: {maxAge: 24, anyOf: [ehc-plan, care-leaver]}\n"))
    }

    /// Foundation apprenticeships are for ages 16 to 21 at the start, to 24 with an EHC plan or
    /// for care leavers (AELP Briefing 79, May 2025): the import gives every one those limits and
    /// cites the source; other standards keep "from age 16".
    @Test func foundationApprenticeshipsGetTheirAgeLimits() throws {
        let (datasets, national) = try importFixture()
        #expect(datasets.standards.filter(\.isFoundation).map(\.reference) == ["FA0001"])
        let fa = try #require(national.steps.first { $0.id == "fa0001" })
        #expect(fa.entry.minimumAge == 16 && fa.entry.maximumAge == 21)
        #expect(fa.entry.extendedAge == EntryRequirement.AgeExtension(maximumAge: 24, anyOf: [.ehcPlan, .careLeaver]))
        #expect(fa.entry.text.contains("16 to 21") && fa.entry.text.contains("to 24"))
        #expect(fa.sources == ["ifate-apprenticeship-standards", "aelp-foundation-apprenticeships"])
        for s in national.steps where s.id != "fa0001" {
            #expect(s.entry.maximumAge == nil && s.entry.extendedAge == nil, "\(s.id)")
            #expect(s.sources == ["ifate-apprenticeship-standards"], "\(s.id)")
        }
    }

    /// An import with a foundation apprenticeship refuses to run without the source of its ages.
    @Test func refusesFoundationApprenticeshipsWithoutTheirSource() throws {
        let datasets = try NationalDatasets.read(from: fixture("good"))
        let content = fixture("content")
        var curated = ContentLoader(readsNational: false).load(from: content).catalogue
        curated.sources.removeAll { $0.id == NationalImport.SourceID.foundationAges }
        let curation = try ImportCuration.read(contentDirectory: content, display: "content")
        #expect(errors { _ = try NationalImport(datasets: datasets, curated: curated, curation: curation).run() } == [
            "Content/sources:1: error: no source 'aelp-foundation-apprenticeships' for the ages of foundation apprenticeships; add it to Content/sources/funding-rules.yaml",
        ])
    }

    @Test func removesFilesAnEarlierImportLeftBehind() throws {
        let (datasets, national) = try importFixture()
        let out = try temporaryFolder()
        try FileManager.default.createDirectory(at: out.appendingPathComponent("steps"), withIntermediateDirectories: true)
        try Data("- stale\n".utf8).write(to: out.appendingPathComponent("steps/apprenticeships-level-8.yaml"))
        try NationalWriter().write(NationalWriter().files(for: national, datasets: datasets.files), to: out)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("steps/apprenticeships-level-8.yaml").path))
    }

    @Test func checkSaysWhatANewDownloadChanges() throws {
        let (_, national) = try importFixture()
        var oldSteps = national.steps.filter { $0.id != "st0152" }
        if let i = oldSteps.firstIndex(where: { $0.id == "st0116" }) {
            oldSteps[i].standard?.maximumFunding = 15000
            oldSteps[i].standard?.months = 30
        }
        var retired = national.steps[0]
        retired.id = "st0900"; retired.code = "ST0900"; retired.title = "Widget maker apprenticeship"
        oldSteps.append(retired)
        var oldJobs = national.jobs
        if let i = oldJobs.firstIndex(where: { $0.id == "software-developer" }) { oldJobs[i].pay = Pay(median: 50000, year: 2023, source: "ons-ashe-2023", basis: .fullTime) }
        let check = ImportCheck(current: (oldSteps, oldJobs), new: national)
        #expect(check.lines == [
            "Standards added: 1",
            "  + ST0152 Installation and maintenance electrician apprenticeship (Level 3, 48 months, up to £21,000)",
            "Standards retired, withdrawn or closed: 1",
            "  - ST0900 Widget maker apprenticeship: now retired",
            "Standards changed: 2",
            "  ~ ST0116 Software developer apprenticeship: funding band £15,000 → £18,000",
            "  ~ ST0116 Software developer apprenticeship: typical duration 30 months → 24 months",
            "Pay moved: 1",
            "  ~ software-developer (SOC 2134): £50,000 (2023) → £54,669 (2024)",
        ])
        #expect(ImportCheck(current: (national.steps, national.jobs), new: national).lines == ["No changes: Content/national/ matches the datasets."])
    }

    @Test func refusesACurationThatNamesUnknownRecordsOrLinks() throws {
        let content = try copyOfFixture("content")
        try Data("""
            jobs:
              - job: nobody
                standsFor: [soc-2135]
            progressions:
              remove:
                - {from: st0116, to: nowhere, reason: test}
              add:
                - {from: infrastructure-technician-apprenticeship, to: st0116, reason: test}

            """.utf8).write(to: content.appendingPathComponent(ImportCuration.path))
        let datasets = try NationalDatasets.read(from: fixture("good"))
        let curated = ContentLoader(readsNational: false).load(from: content).catalogue
        let curation = try ImportCuration.read(contentDirectory: content, display: "content")
        #expect(errors { _ = try NationalImport(datasets: datasets, curated: curated, curation: curation).run(curationFile: "c.yaml") } == [
            "c.yaml:1: error: 'add' starts at 'infrastructure-technician-apprenticeship', which is not an imported step; curated steps list their own 'next'",
            "c.yaml:1: error: 'remove' names a link st0116 → nowhere that no rule makes",
            "c.yaml:1: error: 'standsFor' of unknown curated job 'nobody' (for 'soc-2135')",
        ])
    }

    @Test func reportsCurationSyntaxAtItsLine() throws {
        let content = try copyOfFixture("content")
        try Data("jobs:\n  - job: electrician\n    replaces: [x]\nextra: 1\n".utf8).write(to: content.appendingPathComponent(ImportCuration.path))
        #expect(errors { _ = try ImportCuration.read(contentDirectory: content, display: "content") } == [
            "content/curation/import.yaml:3:5: error: unknown key 'replaces' in 'jobs' (expected job, standsFor)",
            "content/curation/import.yaml:4:1: error: unknown key 'extra' (expected apprenticeships, jobs, progressions)",
        ])
    }

    /// Every file under a folder, by relative path.
    private func snapshot(_ folder: URL) throws -> [String: String] {
        var out: [String: String] = [:]
        for sub in ["steps", "jobs"] {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(sub).path) {
                out["\(sub)/\(name)"] = try String(contentsOf: folder.appendingPathComponent("\(sub)/\(name)"), encoding: .utf8)
            }
        }
        return out
    }
}
