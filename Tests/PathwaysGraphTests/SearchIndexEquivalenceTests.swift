@testable import PathwaysGraph
import Testing

/// The search index ranks with integers (totals, then a precomputed tie-break order) and picks
/// the best `limit` without sorting every hit; this checks it against the straightforward
/// version it replaced — dictionaries of scores, every hit sorted by score, kind, title and ID —
/// kept here as the oracle, on random catalogues with many ties.
@Suite struct SearchIndexEquivalenceTests {
    static func oracle(_ graph: PathwayGraph, _ query: String, limit: Int) -> [SearchIndex.Hit] {
        var entries: [(kind: RecordKind, id: String, title: String)] = []
        var texts: [String] = []
        for c in graph.clusters { entries.append((.cluster, c.id, c.title)); texts.append("\(c.title) \(c.id)") }
        for j in graph.jobs { entries.append((.job, j.id, j.title)); texts.append("\(j.title) \(j.id) \(j.soc ?? "")") }
        for s in graph.steps { entries.append((.step, s.id, s.title)); texts.append("\(s.title) \(s.id) \(s.code ?? "") \(s.kind.label)") }
        for p in graph.providers { entries.append((.provider, p.id, p.title)); texts.append("\(p.title) \(p.id) \(p.borough.label)") }
        var byWord: [String: [Int]] = [:]
        for (i, text) in texts.enumerated() { for w in Set(SearchIndex.words(text)) { byWord[w, default: []].append(i) } }
        let vocabulary = byWord.keys.sorted()
        let queryWords = SearchIndex.words(query)
        guard !queryWords.isEmpty else { return [] }
        var total: [Int: Int]?
        for word in queryWords {
            var scores: [Int: Int] = [:]
            func credit(_ w: String, _ score: Int) { for e in byWord[w]! { scores[e] = max(scores[e] ?? 0, score) } }
            for w in vocabulary where w.hasPrefix(word) { credit(w, w == word ? 6 : 4) }
            if let stem = SearchIndex.stem(word) { for w in vocabulary where w.hasPrefix(stem) { credit(w, 2) } }
            let allowed = word.count >= 8 ? 2 : word.count >= 4 ? 1 : 0
            if allowed > 0 {
                for w in vocabulary where abs(w.count - word.count) <= allowed {
                    let d = SearchIndex.editDistance(word, w, atMost: allowed)
                    if d <= allowed { credit(w, d == 1 ? 3 : 1) }
                }
            }
            if let sofar = total {
                var next: [Int: Int] = [:]
                for (e, s) in sofar { if let t = scores[e] { next[e] = s + t } }
                total = next
            } else {
                total = scores
            }
        }
        let kindOrder: [RecordKind: Int] = [.cluster: 0, .job: 1, .step: 2, .provider: 3]
        return (total ?? [:]).map { e, score in SearchIndex.Hit(kind: entries[e].kind, id: entries[e].id, title: entries[e].title, score: score) }
            .sorted {
                if $0.score != $1.score { return $0.score > $1.score }
                if $0.kind != $1.kind { return kindOrder[$0.kind]! < kindOrder[$1.kind]! }
                return ($0.title, $0.id) < ($1.title, $1.id)
            }
            .prefix(limit).map { $0 }
    }

    /// Titles from a small vocabulary, so many records tie on score and title.
    static func randomGraph(seed: UInt64) -> PathwayGraph {
        var rng = SeededGenerator(seed: seed)
        let words = ["care", "carer", "caring", "nurse", "nursing", "software", "sofware", "engineer", "engineering",
                     "welding", "weld", "hgv", "driver", "café", "cafe", "level", "2", "3", "data", "dater"]
        func title() -> String { (0..<(1 + rng.below(3))).map { _ in words[rng.below(words.count)] }.joined(separator: " ") }
        let steps = (0..<(20 + rng.below(80))).map { i in
            Step(id: "s\(i)", title: title(), kind: .course, level: .level2, weeks: 10, cost: 0)
        }
        let jobs = (0..<(5 + rng.below(30))).map { i in Job(id: "j\(i)", title: title(), clusters: [], minimumLevel: .level2) }
        let clusters = (0..<3).map { i in Cluster(id: "c\(i)", title: title(), summary: "") }
        return PathwayGraph(Catalogue(clusters: clusters, jobs: jobs, steps: steps))
    }

    @Test(arguments: 0..<30)
    func sameHitsAsTheOracle(seed: Int) {
        let graph = Self.randomGraph(seed: UInt64(seed) + 100)
        let index = SearchIndex(graph: graph)
        var rng = SeededGenerator(seed: UInt64(seed))
        let queries = ["c", "ca", "car", "carer", "nursin", "sofware engineer", "level 2", "cafe", "weld hgv", "dat", "zz", "engineerng"]
        for query in queries {
            let limit = [1, 3, 10, 50][rng.below(4)]
            #expect(index.search(query, limit: limit) == Self.oracle(graph, query, limit: limit), "seed \(seed), '\(query)', limit \(limit)")
        }
    }
}
