import Foundation
import PathwaysContent
import PathwaysGraph
import Testing

/// An entry requirement's `extendedAge`: a higher upper age limit for residents in some
/// circumstances (a foundation apprenticeship is for ages 16 to 21, to 24 with an EHC plan or
/// for care leavers). Read as written; every bad value is a `FILE:LINE:COLUMN` error.
@Suite("Entry requirements: a higher age limit for some")
struct ExtendedAgeTests {
    /// The `valid` fixture's LGV apprenticeship with `entry` lines after `age: 18` replaced.
    func load(_ lines: String) throws -> (lines: [String], loaded: LoadedContent) {
        let folder = try SpecialFileTests.validCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("steps/b-driving.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "    age: 18\n", with: "    age: 18\n" + lines).utf8).write(to: url)
        let loaded = ContentLoader().load(from: folder)
        return (loaded.diagnostics.map { $0.description.replacingOccurrences(of: folder.path, with: "Content") }, loaded)
    }

    @Test func aWellFormedExtensionIsRead() throws {
        let r = try load("    maxAge: 21\n    extendedAge: {maxAge: 24, anyOf: [ehc-plan, care-leaver]}\n")
        #expect(r.lines == [])
        let step = try #require(r.loaded.catalogue.steps.first { $0.id == "lgv-driver-apprenticeship" })
        #expect(step.entry.maximumAge == 21)
        #expect(step.entry.extendedAge == .init(maximumAge: 24, anyOf: [.ehcPlan, .careLeaver]))
        #expect(step.entry.ageWords == ["age 18 or over",
                                        "aged 21 or under at the start (24 or under for residents with an education, health and care (EHC) plan or who have left care)"])
    }

    /// Each bad value, as written after `age: 18`, and the first error it gives.
    static let mistakes: [(lines: String, error: String)] = [
        ("    maxAge: 21\n    extendedAge: {maxAge: 24, anyOf: [prison-leaver]}\n",
         "16:39: error: step 'lgv-driver-apprenticeship': 'anyOf' in 'extendedAge' must be one of unemployed, benefits, low-pay, "
            + "employed, in-education, care-leaver, needs-esol, disabled, ehc-plan, at-risk-of-redundancy, aged-50-plus, not 'prison-leaver'"),
        ("    maxAge: 21\n    extendedAge: {maxAge: 20, anyOf: [care-leaver]}\n",
         "16:27: error: step 'lgv-driver-apprenticeship': 'maxAge' in 'extendedAge' (20) must be above 'maxAge' in 'entry' (21)"),
        ("    extendedAge: {maxAge: 24, anyOf: [care-leaver]}\n",
         "15:18: error: step 'lgv-driver-apprenticeship': 'extendedAge' in 'entry' raises 'maxAge', so 'maxAge' in 'entry' must be given too"),
        ("    maxAge: 21\n    extendedAge: {maxAge: 24, anyOf: []}\n",
         "16:38: error: step 'lgv-driver-apprenticeship': 'anyOf' in 'extendedAge' must name at least one circumstance"),
        ("    maxAge: 17\n",
         "15:13: error: step 'lgv-driver-apprenticeship': 'maxAge' in 'entry' (17) is below 'age' in 'entry' (18)"),
        ("    maxAge: 21\n    extendedAge: {maxAge: 24, anyof: [care-leaver]}\n",
         "16:18: error: step 'lgv-driver-apprenticeship': missing required key 'anyOf' in 'extendedAge'"),
    ]

    @Test(arguments: mistakes.indices)
    func badValuesAreErrorsAtTheirPlace(_ i: Int) throws {
        let (lines, error) = Self.mistakes[i]
        let got = try load(lines).lines
        #expect(got.first == "Content/steps/b-driving.yaml:" + error, "\(got)")
        #expect(got.count == (lines.contains("anyof") ? 2 : 1), "a misspelt key is also named: \(got)")
    }
}
