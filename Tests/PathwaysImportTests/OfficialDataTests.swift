import Foundation
import PathwaysContent
import PathwaysGraph
import Testing
@testable import PathwaysImport

/// The package root, found from this file's path.
private let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The official datasets: `PATHWAYS_DATA`, else `../shared/data` beside the checkout; `nil` when absent.
private let officialData: URL? = {
    let candidates = [ProcessInfo.processInfo.environment["PATHWAYS_DATA"].map { URL(fileURLWithPath: $0) },
                      packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")]
    return candidates.compactMap { $0 }.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("apprenticeships").path) }
}()

/// The import of the official data over the shipped curated layer, run once for the suite.
private let official: (datasets: NationalDatasets, national: NationalContent, files: [String: String])? = {
    guard let data = officialData else { return nil }
    let content = packageRoot.appendingPathComponent("Content")
    guard let datasets = try? NationalDatasets.read(from: data),
          let curation = try? ImportCuration.read(contentDirectory: content, display: "Content") else { return nil }
    let curated = ContentLoader(readsNational: false).load(from: content).catalogue
    guard let national = try? NationalImport(datasets: datasets, curated: curated, curation: curation).run() else { return nil }
    return (datasets, national, NationalWriter().files(for: national, datasets: datasets.files))
}()

/// The import over the real datasets (skipped when `../shared/data` is absent): it succeeds, is
/// deterministic, matches the committed `Content/national/`, and has the facts it should.
@Suite("Official data import", .enabled(if: officialData != nil, "../shared/data is not present"))
struct OfficialDataTests {
    @Test func importsEveryDatasetWithoutAProblem() throws {
        let data = try #require(officialData)
        #expect(errors { _ = try NationalDatasets.read(from: data) } == [])
        let result = try #require(official)
        #expect(result.datasets.standards.filter(\.isOffered).count == 724)
        #expect(result.datasets.profiles.count == 829)
        #expect(result.datasets.coding.unitGroups.count == 412)
    }

    @Test func isDeterministicAndMatchesTheCommittedNationalLayer() throws {
        let result = try #require(official)
        let content = packageRoot.appendingPathComponent("Content")
        let again = NationalImport(datasets: result.datasets, curated: ContentLoader(readsNational: false).load(from: content).catalogue,
                                   curation: try ImportCuration.read(contentDirectory: content, display: "Content"))
        #expect(NationalWriter().files(for: try again.run(), datasets: result.datasets.files) == result.files)
        for (path, text) in result.files {
            let committed = try? String(contentsOf: content.appendingPathComponent("national/" + path), encoding: .utf8)
            #expect(committed == text, "Content/national/\(path) is not what `pathways import` writes; run it and commit")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent("national/steps").path)
            + FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent("national/jobs").path)
        #expect(names.count == result.files.count)
    }

    @Test func softwareDeveloperIsLevel4For24Months() throws {
        let result = try #require(official)
        let s = try #require(result.datasets.standards.first { $0.reference == "ST0116" })
        #expect(s.name == "Software developer" && s.level == 4 && s.months == 24 && s.isOffered)
        #expect(s.maximumFunding == 18000 && s.lars == "2" && s.routes == ["Digital"])
        #expect(ApprenticeshipStandard.weeks(inMonths: 24) == 104)
    }

    @Test func programmersHave2024Pay() throws {
        let result = try #require(official)
        #expect(result.national.payYear == 2024)
        #expect(result.datasets.pay.medians["2134"] == .some(54669))
        let jobs = result.national.jobs.filter { $0.soc == "2134" }
        #expect(!jobs.isEmpty)
        for job in jobs { #expect(job.pay == Pay(median: 54669, year: 2024, source: "ons-ashe-2024", basis: .fullTime)) }
    }

    @Test func coversEveryProfileAndUnitGroup() throws {
        let result = try #require(official)
        let content = ContentLoader().load(from: packageRoot.appendingPathComponent("Content"))
        let socs = Set(content.catalogue.jobs.compactMap(\.soc))
        #expect(Set(result.datasets.coding.unitGroups).isSubset(of: socs))
        let ids = Set(content.catalogue.jobs.map(\.id))
        for profile in result.datasets.profiles {
            let id = Clean.id(profile.urlName)
            #expect(ids.contains(id), "no job for NCS profile \(id)")
        }
        let codes = Set(content.catalogue.steps.compactMap(\.code))
        for s in result.datasets.standards where s.isOffered { #expect(codes.contains(s.reference), "no step for \(s.reference)") }
        // No apprenticeship step cites a standard that is retired, withdrawn or missing from the
        // list; a curated one (which carries no status of its own) cites one open for starts.
        let standards = Dictionary(result.datasets.standards.map { ($0.reference, $0) }, uniquingKeysWith: { a, _ in a })
        for step in content.catalogue.steps where step.kind == .apprenticeship {
            guard let code = step.code else { Issue.record("\(step.id) names no standard"); continue }
            let status = standards[code].map { "\($0.status)" } ?? "not in the standards list"
            let open = step.standard == nil ? standards[code]?.status == .approved : standards[code]?.isOffered == true
            #expect(open, "\(step.id) cites \(code), which is \(status)")
        }
    }

    /// A curated apprenticeship step that stands for a standard takes its typical duration from
    /// the standards list, as an imported one does.
    @Test func curatedApprenticeshipsHaveTheListedDuration() throws {
        let result = try #require(official)
        let standards = Dictionary(result.datasets.standards.map { ($0.reference, $0) }, uniquingKeysWith: { a, _ in a })
        let curated = ContentLoader(readsNational: false).load(from: packageRoot.appendingPathComponent("Content")).catalogue
        for step in curated.steps where step.kind == .apprenticeship {
            guard let code = step.code, let months = standards[code]?.months else { continue }
            #expect(step.weeks == ApprenticeshipStandard.weeks(inMonths: months),
                    "\(step.id) (\(code)) lasts \(step.weeks) weeks; the standards list says \(months) months")
        }
    }
}
