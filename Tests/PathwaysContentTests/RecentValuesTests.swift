@testable import PathwaysContent
import PathwaysGraph
import Testing

/// Records that repeat a list or text share one copy of it, and every record still reads
/// exactly what its file says.
@Suite struct RecentValuesTests {
    func storage(_ list: [String]) -> UnsafeRawPointer? {
        list.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
    }

    @Test func anEqualListReadLatelyIsSharedAndAnyOtherKeptAsItIs() {
        var recent = RecentValues()
        let first = recent.shared(["ons", "nomis"])
        let again = recent.shared(["ons", "nomis"])
        #expect(again == ["ons", "nomis"])
        #expect(storage(again) == storage(first))
        // More distinct lists than are kept: the oldest is forgotten, and still read right.
        for k in 0..<RecentValues.kept { _ = recent.shared(["source-\(k)"]) }
        let later = recent.shared(["ons", "nomis"])
        #expect(later == ["ons", "nomis"])
        #expect(storage(later) != storage(first))
        #expect(recent.shared([String]()).isEmpty)
        #expect(recent.shared(Optional<String>.none) == nil)
        #expect(recent.shared("A step.") == "A step.")
        #expect(recent.shared([StudyMode.evening, .partTime]) == [.evening, .partTime])
    }

    @Test func stepsOfOneFileShareTheirRepeatedListsAndSummaries() {
        var text = ""
        for k in 0..<12 {
            text += "- id: step-\(k)\n  title: Step \(k)\n  kind: course\n  level: 2\n  weeks: 4\n"
                + "  modes: [\(k % 2 == 0 ? "full-time" : "evening")]\n  cost: 0\n  funding: [loan-\(k % 3)]\n"
                + "  summary: The same words for every step.\n  sources: [ons]\n  illustrative: true\n"
        }
        let steps = ContentLoader().load(records: [.step: Array(text.utf8)]).catalogue.steps
        #expect(steps.count == 12)
        #expect(steps.map(\.funding) == (0..<12).map { ["loan-\($0 % 3)"] })
        #expect(steps.map(\.modes) == (0..<12).map { [$0 % 2 == 0 ? StudyMode.fullTime : .evening] })
        #expect(Set(steps.map { storage($0.sources) }).count == 1)
        #expect(Set(steps.map { storage($0.funding) }).count == 3)
        #expect(Set(steps.map(\.summary)) == ["The same words for every step."])
    }
}
