@testable import PathwaysGraph

/// The search index as it was before it read records in tie-break order: every record that
/// matches is scored in dictionaries and all of them sorted. Kept as the oracle the fast index
/// must agree with, hit for hit.
struct OracleSearchIndex {
    private struct Entry {
        var kind: RecordKind
        var id: String
        var title: String
    }

    private let entries: [Entry]
    private let vocabulary: [String]
    private let postings: [[Int32]]

    init(graph: PathwayGraph) {
        var entries: [Entry] = []
        var texts: [String] = []
        for c in graph.clusters { entries.append(.init(kind: .cluster, id: c.id, title: c.title)); texts.append("\(c.title) \(c.id)") }
        for j in graph.jobs { entries.append(.init(kind: .job, id: j.id, title: j.title)); texts.append("\(j.title) \(j.id) \(j.soc ?? "")") }
        for s in graph.steps {
            entries.append(.init(kind: .step, id: s.id, title: s.title))
            texts.append("\(s.title) \(s.id) \(s.code ?? "") \(s.kind.label)")
        }
        for p in graph.providers {
            entries.append(.init(kind: .provider, id: p.id, title: p.title))
            texts.append("\(p.title) \(p.id) \(p.borough.label)")
        }
        var byWord: [String: [Int32]] = [:]
        for (i, text) in texts.enumerated() {
            for word in Set(OracleSearchIndex.words(text)) { byWord[word, default: []].append(Int32(i)) }
        }
        self.entries = entries
        vocabulary = byWord.keys.sorted()
        postings = vocabulary.map { byWord[$0]! }
    }

    /// Records matching every word of `query`: every match scored, all of them sorted.
    func search(_ query: String, limit: Int = 50) -> [SearchIndex.Hit] {
        let queryWords = OracleSearchIndex.words(query)
        guard !queryWords.isEmpty else { return [] }
        var total: [Int32: Int]? = nil
        for word in queryWords {
            var scores: [Int32: Int] = [:]
            func credit(_ v: Int, _ score: Int) {
                for e in postings[v] { scores[e] = max(scores[e] ?? 0, score) }
            }
            // Words starting with `word` sit together in the sorted vocabulary.
            for v in wordsStarting(with: word) { credit(v, vocabulary[v] == word ? 6 : 4) }
            // "nursing" should find "nurse": the stem, without a common ending, as a prefix.
            if let stem = SearchIndex.stem(word) {
                for v in wordsStarting(with: stem) { credit(v, 2) }
            }
            // A word inside a longer one: "care" in "healthcare".
            for v in wordsContaining(word) { credit(v, 2) }
            // Near misses: one edit for words of four letters or more, two from eight; the
            // closer, the better.
            let allowed = word.count >= 8 ? 2 : word.count >= 4 ? 1 : 0
            if allowed > 0 {
                for (v, candidate) in vocabulary.enumerated() where abs(candidate.count - word.count) <= allowed {
                    let distance = SearchIndex.editDistance(word, candidate, atMost: allowed)
                    if distance <= allowed { credit(v, distance == 1 ? 3 : 1) }
                }
            }
            if let sofar = total {
                var next: [Int32: Int] = [:]
                for (e, s) in sofar { if let t = scores[e] { next[e] = s + t } }
                total = next
            } else {
                total = scores
            }
            if total?.isEmpty ?? true { return [] }
        }
        let hits = (total ?? [:]).map { e, score in
            let entry = entries[Int(e)]
            return SearchIndex.Hit(kind: entry.kind, id: entry.id, title: entry.title, score: score)
        }
        return OracleSearchIndex.ranked(hits, for: queryWords).prefix(limit).map { $0 }
    }

    /// Indices of the vocabulary words that start with `prefix`.
    private func wordsStarting(with prefix: String) -> Range<Int> {
        var end = lowerBound(prefix)
        let start = end
        while end < vocabulary.count && vocabulary[end].hasPrefix(prefix) { end += 1 }
        return start..<end
    }

    private func lowerBound(_ word: String) -> Int {
        var lo = 0, hi = vocabulary.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if vocabulary[mid] < word { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// How well a title matches the query's words as whole words: 3 exactly, 2 at its start,
    /// 1 anywhere in order, 0 otherwise.
    static func titleMatch(_ title: String, _ query: [String]) -> Int {
        let words = OracleSearchIndex.words(title)
        guard !query.isEmpty, words.count >= query.count else { return 0 }
        if words == query { return 3 }
        if Array(words.prefix(query.count)) == query { return 2 }
        for start in 0...(words.count - query.count) where Array(words[start..<(start + query.count)]) == query { return 1 }
        return 0
    }

    /// Hits in the order the user reads them, best first (whole-title tiers, score, kind, title, ID).
    static func ranked(_ hits: [SearchIndex.Hit], for query: [String]) -> [SearchIndex.Hit] {
        let kindOrder: [RecordKind: Int] = [.cluster: 0, .job: 1, .step: 2, .provider: 3]
        let tiers = Dictionary(hits.map { ($0.title, titleMatch($0.title, query)) }, uniquingKeysWith: { a, _ in a })
        return hits.sorted {
            let (a, b) = (tiers[$0.title] ?? 0, tiers[$1.title] ?? 0)
            if a != b { return a > b }
            if $0.score != $1.score { return $0.score > $1.score }
            if $0.kind != $1.kind { return kindOrder[$0.kind, default: 9] < kindOrder[$1.kind, default: 9] }
            return ($0.title, $0.id) < ($1.title, $1.id)
        }
    }

    /// Indices of vocabulary words that hold `word` inside them but do not start with it
    /// ("healthcare" for "care"): words of four letters or more only, so short ones stay precise.
    func wordsContaining(_ word: String) -> [Int] {
        guard word.count >= 4 else { return [] }
        return vocabulary.indices.filter { vocabulary[$0].count > word.count && !vocabulary[$0].hasPrefix(word) && vocabulary[$0].contains(word) }
    }

    /// The old word splitting, by Unicode properties for every text (the index now reads ASCII
    /// text byte by byte).
    static func words(_ text: String) -> [String] { SearchIndex.unicodeWords(text) }
}
