import Foundation
import PathwaysGraph
import Testing
@testable import PathwaysImport

/// The publishers' files read into facts, and their problems reported at FILE:LINE.
@Suite("Dataset files")
struct DatasetFileTests {
    @Test func readsTheFixtureDatasets() throws {
        let d = try NationalDatasets.read(from: fixture("good"))
        #expect(d.files == [
            "apprenticeships/ifate_apprenticeships_all_versions_2025-05-25.csv",
            "soc2020/soc2020_structure_descriptions_v2025-04.csv",
            "soc2020/soc2020_coding_index_v12_2025-04-16.csv",
            "pay/ashe_table14_7a_soc2020_uk_2023_2024prov.csv",
            "careers/ncs_job_profiles_2020-11.csv",
        ])
        #expect(d.standards.map(\.reference) == ["FA0001", "ST0116", "ST0119", "ST0128", "ST0152", "ST0153", "ST0900", "ST0901", "ST0902", "ST0903", "ST0904"])
        #expect(d.profiles.count == 5)
        #expect(d.coding.unitGroups == ["2134", "2135", "3131", "3132", "5241", "5249", "6135"])
    }

    @Test func keepsTheNewestOfferedVersionOfAStandard() throws {
        let d = try NationalDatasets.read(from: fixture("good"))
        let s = try #require(d.standards.first { $0.reference == "ST0116" })
        #expect(s.version == "1.1")
        #expect(s.status == .approved)
        #expect(s.level == 4 && s.months == 24 && s.maximumFunding == 18000 && s.lars == "2")
        #expect(s.routes == ["Digital"])
        #expect(s.approvedOn == "2021-07-14")
        #expect(s.jobTitles == ["Software developer", "Software engineer"])
        #expect(s.line == 3)
    }

    @Test func knowsRetiredWithdrawnPausedAndUnfinishedStandards() throws {
        let d = try NationalDatasets.read(from: fixture("good"))
        let status = Dictionary(uniqueKeysWithValues: d.standards.map { ($0.reference, $0.status) })
        #expect(status["ST0900"] == .retired)
        #expect(status["ST0901"] == .withdrawn)
        #expect(status["ST0902"] == .paused)
        #expect(status["ST0903"] == .inDevelopment)
        #expect(d.standards.filter(\.isOffered).count == 8)
    }

    @Test func takesTheNewestFullTimePayAndKnowsASuppressedCell() throws {
        let pay = try NationalDatasets.read(from: fixture("good")).pay
        #expect(pay.year == 2024 && pay.edition == "provisional")
        #expect(pay.medians["2134"] == .some(54669))
        #expect(pay.medians["2135"] == .some(nil))
        #expect(pay.medians["9999"] == nil)
    }

    @Test func bridgesSOC2010ToTheUnitGroupMostIndexRowsGive() throws {
        let coding = try NationalDatasets.read(from: fixture("good")).coding
        #expect(coding.bridge(soc2010: "2136") == "2134")   // two rows to 2134, one to 2135
        #expect(coding.bridge(soc2010: "3132") == "3131")   // one row each: the lower code
        #expect(coding.bridge(soc2010: "9999") == nil)
        #expect(coding.unitGroup(forTitle: "software DEVELOPER") == "2134")
        #expect(coding.unitGroup(forTitle: "Carer") == nil)  // a cross-reference row, not a code
    }

    @Test func reportsMalformedRowsInEveryFileAtTheirLines() {
        #expect(errors { _ = try NationalDatasets.read(from: fixture("broken")) } == [
            "broken/apprenticeships/ifate_apprenticeships_all_versions_2025-05-25.csv:14: error: row has 3 fields; the header has 32",
            "broken/pay/ashe_table14_7a_soc2020_uk_2023_2024prov.csv:36:50: error: a quote inside a field that does not start with one; quote the whole field and write the quote twice (\"\")",
        ])
    }

    @Test func reportsDuplicateVersionsBadLevelsAndReferences() throws {
        let bytes = try [UInt8](Data(contentsOf: fixture("standards-problems.csv")))
        #expect(errors {
            let table = try CSVReader().read(bytes, file: "standards-problems.csv")
            _ = try StandardsFile.read(table)
        } == [
            "standards-problems.csv:3: error: ST0128 version '1.1' is listed twice (first at line 2)",
            "standards-problems.csv:4: error: ST0951 is approved for delivery but its level 'TBC' is not a level from 1 to 8",
            "standards-problems.csv:5: error: reference 'S-153' is not a standard reference like ST0116",
        ])
    }

    @Test func namesAMissingDatasetFile() throws {
        let folder = try copyOfFixture("good")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("careers/ncs_job_profiles_2020-11.csv"))
        let failure = errors { _ = try NationalDatasets.read(from: folder) }
        #expect(failure.count == 1)
        #expect(failure.first?.hasSuffix("good/careers:1: error: no file named ncs_job_profiles*.csv; see the README's content section for where to download it") == true)
    }
}
