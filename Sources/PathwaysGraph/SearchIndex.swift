/// A word index over clusters, jobs, steps and providers for as-you-type search that forgives
/// small typos.
///
/// Each record's title, ID, code and SOC code are split into lowercase words. A query matches a
/// record when every query word matches one of its words: exactly, as a prefix, by its stem
/// ("nursing" finds "nurse"), or (for words of four letters or more) within one edit — two for
/// eight letters or more. Closer matches score higher.
public struct SearchIndex: Sendable {
    /// One thing a search found.
    public struct Hit: Sendable, Hashable {
        public var kind: RecordKind
        public var id: String
        public var title: String
        /// Higher is better: exact words score more than prefixes, prefixes more than near misses.
        public var score: Int
    }

    private struct Entry: Sendable {
        var kind: RecordKind
        var id: String
        var title: String
    }

    private let entries: [Entry]
    /// Distinct words, sorted, each with the entries that contain it.
    let vocabulary: [String]
    private let postings: [[Int32]]

    /// Builds the index: O(total words · log words).
    public init(graph: PathwayGraph) {
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
            for word in Set(SearchIndex.words(text)) { byWord[word, default: []].append(Int32(i)) }
        }
        self.entries = entries
        vocabulary = byWord.keys.sorted()
        postings = vocabulary.map { byWord[$0]! }
    }

    /// Records matching every word of `query`, best first, then by kind (clusters, jobs, steps,
    /// providers) and title. An empty query finds nothing.
    ///
    /// Complexity: O(q · (log W + W_typo · w²)) to match q query words against a vocabulary of W
    /// words (the typo pass only visits words of similar length), plus O(hits) to rank them.
    public func search(_ query: String, limit: Int = 50) -> [Hit] {
        let queryWords = SearchIndex.words(query)
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
            // A word inside a longer one: "care" in "healthcare" (see `SearchIndex+Ranking`).
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
            return Hit(kind: entry.kind, id: entry.id, title: entry.title, score: score)
        }
        return SearchIndex.ranked(hits, for: queryWords).prefix(limit).map { $0 }
    }

    /// Indices of the vocabulary words that start with `prefix`.
    private func wordsStarting(with prefix: String) -> Range<Int> {
        var end = lowerBound(prefix)
        let start = end
        while end < vocabulary.count && vocabulary[end].hasPrefix(prefix) { end += 1 }
        return start..<end
    }

    /// A word without a common English ending (-ing, -ers, -er, -es, -s), when at least four
    /// letters remain; `nil` otherwise.
    static func stem(_ word: String) -> String? {
        for ending in ["ing", "ers", "er", "es", "s"] where word.hasSuffix(ending) {
            let stem = String(word.dropLast(ending.count))
            if stem.count >= 4 { return stem }
        }
        return nil
    }

    private func lowerBound(_ word: String) -> Int {
        var lo = 0, hi = vocabulary.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if vocabulary[mid] < word { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Lowercase words of letters and digits; accented Latin letters lose their accents and
    /// combining marks are dropped. One pass over the scalars.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            let properties = scalar.properties
            if properties.generalCategory == .nonspacingMark { continue }
            if properties.isAlphabetic || properties.numericType != nil {
                current.append(fold(scalar))
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// The unaccented letter for common accented Latin letters.
    private static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "à", "á", "â", "ä", "ã", "å": "a"
        case "è", "é", "ê", "ë": "e"
        case "ì", "í", "î", "ï": "i"
        case "ò", "ó", "ô", "ö", "õ": "o"
        case "ù", "ú", "û", "ü": "u"
        case "ç": "c"
        case "ñ": "n"
        default: scalar
        }
    }

    /// Levenshtein distance, giving up (returning `atMost + 1`) once it must exceed `atMost`.
    static func editDistance(_ a: String, _ b: String, atMost: Int) -> Int {
        let a = Array(a), b = Array(b)
        if abs(a.count - b.count) > atMost { return atMost + 1 }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            current[0] = i
            var rowMin = i
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMin = min(rowMin, current[j])
            }
            if rowMin > atMost { return atMost + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

extension PathwayGraph {
    /// IDs of any kind closest to `id`, for "did you mean" suggestions. O(IDs · |id|²).
    /// A typed ID also counts as near when it is part of a longer one ("esol" for "esol-e3").
    public func suggestions(for id: String, limit: Int = 3) -> [String] {
        SearchIndex.closestIDs(to: id, among: allIDs, within: max(3, id.count / 2), limit: limit) { $0.contains(id) }
    }
}

extension SearchIndex {
    /// IDs within `within` edits of `id` (or accepted by `alsoNear`), closest first, then by ID.
    /// The one ranking behind "did you mean" on the command line and in `validate`.
    static func closestIDs(
        to id: String, among candidates: some Sequence<String>, within allowed: Int, limit: Int,
        alsoNear: (String) -> Bool = { _ in false }
    ) -> [String] {
        var close: [(id: String, distance: Int)] = []
        for candidate in candidates {
            let d = abs(candidate.count - id.count) <= allowed ? editDistance(id, candidate, atMost: allowed) : allowed + 1
            if d <= allowed || alsoNear(candidate) { close.append((candidate, d)) }
        }
        return close.sorted { ($0.distance, $0.id) < ($1.distance, $1.id) }.prefix(limit).map(\.id)
    }
}
