import PathwaysExplorer
import PathwaysGraph
import Testing

/// A cluster's job list in each order: ties fall back to the title, whatever its case, then
/// the ID, so the same jobs always list the same way.
@Suite struct JobSortTests {
    static let jobs = [
        Job(id: "c", title: "welder", clusters: ["x"], minimumLevel: .level2, pay: Pay(median: 30_000, year: 2025, source: "s")),
        Job(id: "a", title: "Baker", clusters: ["x"], minimumLevel: .level3),
        Job(id: "b", title: "Analyst", clusters: ["x"], minimumLevel: .level6, pay: Pay(median: 45_000, year: 2025, source: "s")),
        Job(id: "d", title: "baker", clusters: ["x"], minimumLevel: .level2, pay: Pay(median: 30_000, year: 2025, source: "s")),
        Job(id: "e", title: "Carer", clusters: ["x"], minimumLevel: .entry3, pay: Pay(median: 24_000, year: 2025, source: "s")),
    ]

    @Test(arguments: [
        (JobSort.title, ["b", "a", "d", "e", "c"]),
        (JobSort.pay, ["b", "d", "c", "e", "a"]),
        (JobSort.level, ["e", "d", "c", "a", "b"]),
    ])
    func order(sort: JobSort, ids: [String]) {
        #expect(sort.sorted(Self.jobs).map(\.id) == ids)
    }

    /// Whatever order the jobs arrive in, the list is the same.
    @Test func orderDoesNotDependOnTheInput() {
        var generator = SeededGenerator(seed: 3)
        for sort in JobSort.allCases {
            let once = sort.sorted(Self.jobs).map(\.id)
            for _ in 0..<20 { #expect(sort.sorted(Self.jobs.shuffled(using: &generator)).map(\.id) == once) }
        }
    }
}
