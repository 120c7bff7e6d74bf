import Foundation
import PathwaysContent
import PathwaysGraph
import Testing

/// Every number in content has bounds, so nothing that validates can overflow when summed
/// (issue 14, item 4).
@Suite("Numbers in content are bounded")
struct NumberBoundTests {
    /// The `valid` fixture with `edit` applied to one of its files.
    func load(editing file: String, _ edit: (String) -> String) throws -> (lines: [String], loaded: LoadedContent) {
        let folder = try SpecialFileTests.validCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(file)
        try Data(edit(try String(contentsOf: url, encoding: .utf8)).utf8).write(to: url)
        let loaded = ContentLoader().load(from: folder)
        return (loaded.diagnostics.map { $0.description.replacingOccurrences(of: folder.path, with: "Content") }, loaded)
    }

    @Test func theLargestWholeNumberIsRefused() throws {
        let r = try load(editing: "steps/a-entry.yaml") { $0.replacingOccurrences(of: "weeks: 6", with: "weeks: 9223372036854775807") }
        #expect(r.lines == [
            "Content/steps/a-entry.yaml:5:10: error: step 'warehouse-skills-e3': 'weeks' must be at most 520, not '9223372036854775807'",
        ])
    }

    @Test func twoHugeStepsThatWouldOverflowTogetherAreRefused() throws {
        let r = try load(editing: "steps/b-driving.yaml") {
            $0.replacingOccurrences(of: "weeks: 52", with: "weeks: 4611686018427387904")
                .replacingOccurrences(of: "weeks: 30", with: "weeks: 4611686018427387904")
        }
        #expect(r.lines == [
            "Content/steps/b-driving.yaml:6:10: error: step 'lgv-driver-apprenticeship': 'weeks' must be at most 520, not '4611686018427387904'",
            "Content/steps/b-driving.yaml:29:10: error: step 'logistics-supervisor-course': 'weeks' must be at most 520, not '4611686018427387904'",
        ])
    }

    @Test func numbersTooLongForAnIntegerAreOutOfRangeNotMistyped() throws {
        let r = try load(editing: "steps/a-entry.yaml") { $0.replacingOccurrences(of: "cost: 0", with: "cost: 99999999999999999999999") }
        #expect(r.lines == [
            "Content/steps/a-entry.yaml:7:9: error: step 'warehouse-skills-e3': 'cost' must be at most 1000000, not '99999999999999999999999'",
        ])
    }

    @Test func everyKindOfNumberHasABound() throws {
        let pay = try load(editing: "jobs/logistics.yaml") {
            $0.replacingOccurrences(of: "median: 39905", with: "median: 1000001").replacingOccurrences(of: "year: 2025\n", with: "year: 25\n")
        }
        #expect(pay.lines == [
            "Content/jobs/logistics.yaml:7:13: error: job 'hgv-driver': 'median' in 'pay' must be at most 1000000, not '1000001'",
            "Content/jobs/logistics.yaml:8:11: error: job 'hgv-driver': 'year' in 'pay' must be from 1990 to 2100, not '25'",
        ])
        let ages = try load(editing: "funding/asf.yaml") { $0.replacingOccurrences(of: "ageMax: 23", with: "ageMax: 230") }
        #expect(ages.lines == [
            "Content/funding/asf.yaml:7:13: error: funding 'asf-first-full-level-3': 'ageMax' in 'eligibility' must be at most 120, not '230'",
        ])
        let entry = try load(editing: "steps/b-driving.yaml") { $0.replacingOccurrences(of: "age: 18", with: "age: 1000") }
        #expect(entry.lines == [
            "Content/steps/b-driving.yaml:14:10: error: step 'lgv-driver-apprenticeship': 'age' in 'entry' must be at most 120, not '1000'",
        ])
    }

    /// Steps at the largest values allowed still sum, in a route and in a plan of every step.
    @Test func routesOverStepsAtTheBoundsAddUp() throws {
        let r = try load(editing: "steps/b-driving.yaml") {
            $0.replacingOccurrences(of: "weeks: 52", with: "weeks: 520").replacingOccurrences(of: "weeks: 30", with: "weeks: 520")
                .replacingOccurrences(of: "cost: 1200", with: "cost: 1000000")
        }
        #expect(r.lines == [])
        let graph = r.loaded.graph
        let routes = graph.routes(from: StartingPoint(age: 30), to: "transport-manager")
        #expect(routes.first?.steps.map(\.id) == ["logistics-supervisor-course"])
        #expect(routes.first?.totalWeeks == 520)
        #expect(routes.first?.costToLearner == 1_000_000)
    }
}
