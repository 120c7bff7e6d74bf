import Foundation
import PathwaysContent
@testable import PathwaysGraph
import PathwaysTestSupport
import Testing

/// Property tests: the index that reads records in tie-break order returns exactly what the
/// oracle (every match scored and sorted) returns — the same hits, scores and order — on random
/// catalogues full of ties and on the bundled content.
@Suite struct SearchIndexEquivalenceTests {
    /// Words chosen to collide: stems, words inside others, near misses, accents, letters outside
    /// a–z, digits, one-letter words and titles repeated word for word.
    static let pool = [
        "care", "carer", "caring", "healthcare", "worker", "workers", "senior", "nurse", "nursing", "nurses",
        "engineering", "engineer", "enginering", "technician", "technicians", "level", "3", "2", "a", "an",
        "and", "it", "data", "database", "café", "cafe", "naïve", "straße", "strasse", "ΟΔΟΣ", "œuvre", "x",
        "electric", "electrician", "electrical", "software", "soft", "ware", "warehouse", "assistant",
    ]

    /// A catalogue of the fixture's records and `count` more of each kind with titles drawn from
    /// `pool`, many of them the same.
    static func catalogue(seed: UInt64, count: Int) -> Catalogue {
        var random = SeededGenerator(seed: seed)
        var c = Fixtures.catalogue
        var titles: [String] = []
        func title() -> String {
            if !titles.isEmpty && random.chance(25) { return titles[random.below(titles.count)] }
            let words = (0...random.below(4)).map { _ in pool[random.below(pool.count)] }
            var text = words.joined(separator: random.chance(20) ? " - " : " ")
            if random.chance(30) { text = text.prefix(1).uppercased() + text.dropFirst() }
            titles.append(text)
            return text
        }
        func id(_ n: Int) -> String { random.chance(50) ? "\(pool[random.below(8)])-\(n)" : "r\(n)" }
        let kinds: [StepKind] = [.course, .qualification, .apprenticeship, .bootcamp]
        for n in 0..<count {
            c.clusters.append(Cluster(id: id(n), title: title()))
            c.jobs.append(Job(id: id(n), title: title(), soc: random.chance(30) ? "\(2000 + random.below(20))" : nil,
                              clusters: ["digital"], minimumLevel: .level2))
            c.steps.append(Step(id: id(n), title: title(), kind: kinds[random.below(kinds.count)], level: .level2,
                                code: random.chance(30) ? "ST\(random.below(30))" : nil, weeks: 10))
            c.providers.append(Provider(id: id(n), title: title(), kind: .college,
                                        borough: Borough.allCases[random.below(Borough.allCases.count)]))
        }
        return c
    }

    /// Queries as people type them: every prefix of titles, words with a letter changed, and
    /// random runs of the pool's words and their beginnings.
    static func queries(_ titles: [String], seed: UInt64, count: Int) -> [String] {
        var random = SeededGenerator(seed: seed)
        var queries: [String] = []
        for _ in 0..<count {
            let title = titles[random.below(titles.count)]
            queries += (1...min(title.count, 14)).map { String(title.prefix($0)) }
            var word = Array(pool[random.below(pool.count)])
            if word.count > 1 { word[random.below(word.count)] = "eaxz".randomElement(using: &random)! }
            queries.append(String(word))
            let words = (0...random.below(3)).map { _ in
                let w = pool[random.below(pool.count)]
                return String(w.prefix(1 + random.below(w.count)))
            }
            queries.append(words.joined(separator: " "))
        }
        return queries
    }

    static func expectSame(_ graph: PathwayGraph, _ queries: [String], limits: [Int]) {
        let fast = SearchIndex(graph: graph), oracle = OracleSearchIndex(graph: graph)
        for query in queries {
            // The oracle sorts every hit, so its shorter answers are the start of its longest.
            let all = oracle.search(query, limit: limits.max()!)
            for limit in limits {
                let got = fast.search(query, limit: limit)
                #expect(got == Array(all.prefix(limit)), "query '\(query)', limit \(limit)")
                if got != Array(all.prefix(limit)) { return }
            }
        }
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6, 7, 8])
    func randomCataloguesWithManyTies(seed: UInt64) {
        let c = Self.catalogue(seed: seed, count: 60)
        let titles = c.jobs.map(\.title) + c.steps.map(\.title) + c.clusters.map(\.title)
        Self.expectSame(PathwayGraph(c), Self.queries(titles, seed: seed, count: 25), limits: [1, 3, 50, 200])
    }

    @Test func theBundledContent() {
        let graph = ContentLoader().load(from: PackagePaths.content).graph
        let titles = graph.jobs.map(\.title) + graph.steps.map(\.title) + graph.providers.map(\.title)
        #expect(titles.count > 50, "the bundled content loads")
        Self.expectSame(graph, Self.queries(titles, seed: 42, count: 12) + ["level 3", "care", "nursing", "s", "e"],
                        limits: [10, 50, 200])
    }

    @Test func aLimitOfNothingFindsNothing() {
        let index = SearchIndex(graph: Fixtures.graph)
        #expect(index.search("software", limit: 0).isEmpty)
        #expect(index.search("software", limit: -1).isEmpty)
    }
}
