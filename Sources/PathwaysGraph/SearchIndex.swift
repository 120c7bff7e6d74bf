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
    private let vocabulary: [String]
    private let postings: [[Int32]]
    /// Each vocabulary word's length in characters, for the typo pass.
    private let lengths: [Int]
    /// Each vocabulary word's characters as bits (`characterBits`), for the typo pass.
    private let bits: [UInt64]
    /// Each entry's place in the tie-break order (clusters, jobs, steps, providers; then title,
    /// then ID), so ranking compares integers rather than titles.
    private let order: [Int32]

    /// Builds the index: O(total words · log words + entries · log entries).
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
        lengths = vocabulary.map(\.count)
        bits = vocabulary.map(SearchIndex.characterBits)
        // Entries are already in kind order; within a kind, by title then ID.
        let ranked = entries.indices.sorted { a, b in
            let x = entries[a], y = entries[b]
            if x.kind != y.kind { return a < b }
            return (x.title, x.id) < (y.title, y.id)
        }
        var order = [Int32](repeating: 0, count: entries.count)
        for (place, e) in ranked.enumerated() { order[e] = Int32(place) }
        self.order = order
    }

    /// Records matching every word of `query`, best first, then by kind (clusters, jobs, steps,
    /// providers) and title. An empty query finds nothing.
    ///
    /// Complexity: O(q · (log W + W_typo · w²)) to match q query words against a vocabulary of W
    /// words (the typo pass only visits words of similar length), plus O(hits · log limit) to
    /// pick the best `limit`, comparing integers only.
    public func search(_ query: String, limit: Int = 50) -> [Hit] {
        let queryWords = SearchIndex.words(query)
        guard !queryWords.isEmpty, limit > 0 else { return [] }
        var total = [Int](repeating: 0, count: entries.count)
        var wordScore = [UInt8](repeating: 0, count: entries.count)
        var members: [Int32] = []
        for (n, word) in queryWords.enumerated() {
            var touched: [Int32] = []
            func credit(_ v: Int, _ score: UInt8) {
                for e in postings[v] {
                    let old = wordScore[Int(e)]
                    if old == 0 { touched.append(e) }
                    if score > old { wordScore[Int(e)] = score }
                }
            }
            // Words starting with `word` sit together in the sorted vocabulary.
            for v in wordsStarting(with: word) { credit(v, vocabulary[v] == word ? 6 : 4) }
            // "nursing" should find "nurse": the stem, without a common ending, as a prefix.
            if let stem = SearchIndex.stem(word) {
                for v in wordsStarting(with: stem) { credit(v, 2) }
            }
            // Near misses: one edit for words of four letters or more, two from eight; the
            // closer, the better.
            let length = word.count
            let allowed = length >= 8 ? 2 : length >= 4 ? 1 : 0
            if allowed > 0 {
                let mine = SearchIndex.characterBits(word)
                for v in vocabulary.indices where abs(lengths[v] - length) <= allowed {
                    // Each character one word has and the other lacks costs an edit: skip words
                    // that differ in more characters than allowed before measuring them.
                    let theirs = bits[v]
                    if (mine & ~theirs).nonzeroBitCount > allowed || (theirs & ~mine).nonzeroBitCount > allowed { continue }
                    let distance = SearchIndex.editDistance(word, vocabulary[v], atMost: allowed)
                    if distance <= allowed { credit(v, distance == 1 ? 3 : 1) }
                }
            }
            if n == 0 {
                members = touched
                for e in touched { total[Int(e)] = Int(wordScore[Int(e)]) }
            } else {
                members = members.filter { wordScore[Int($0)] > 0 }
                for e in members { total[Int(e)] += Int(wordScore[Int(e)]) }
            }
            for e in touched { wordScore[Int(e)] = 0 }
            if members.isEmpty { return [] }
        }
        return best(members, total: total, limit: limit).map { e in
            let entry = entries[Int(e)]
            return Hit(kind: entry.kind, id: entry.id, title: entry.title, score: total[Int(e)])
        }
    }

    /// The `limit` best of `members`: highest total first, then by `order`. Counts totals to
    /// find the lowest total that makes the cut, then keeps the earliest in `order` of those
    /// with exactly that total.
    private func best(_ members: [Int32], total: [Int], limit: Int) -> [Int32] {
        let highest = members.reduce(0) { max($0, total[Int($1)]) }
        var count = [Int](repeating: 0, count: highest + 1)
        for e in members { count[total[Int(e)]] += 1 }
        var cut = highest, above = 0
        while cut > 0 && above + count[cut] < limit {
            above += count[cut]
            cut -= 1
        }
        var chosen: [Int32] = []
        var boundary: [Int32] = []  // at total == cut: a max-heap on order, at most `room` long
        let room = limit - above
        for e in members {
            let t = total[Int(e)]
            if t > cut {
                chosen.append(e)
            } else if t == cut {
                if boundary.count < room {
                    boundary.append(e)
                    siftUp(&boundary)
                } else if let top = boundary.first, order[Int(e)] < order[Int(top)] {
                    boundary[0] = e
                    siftDown(&boundary)
                }
            }
        }
        return (chosen + boundary).sorted { a, b in
            let x = total[Int(a)], y = total[Int(b)]
            return x != y ? x > y : order[Int(a)] < order[Int(b)]
        }
    }

    private func siftUp(_ heap: inout [Int32]) {
        var i = heap.count - 1
        while i > 0 {
            let p = (i - 1) / 2
            guard order[Int(heap[i])] > order[Int(heap[p])] else { break }
            heap.swapAt(i, p)
            i = p
        }
    }

    private func siftDown(_ heap: inout [Int32]) {
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var m = i
            if l < heap.count && order[Int(heap[l])] > order[Int(heap[m])] { m = l }
            if r < heap.count && order[Int(heap[r])] > order[Int(heap[m])] { m = r }
            if m == i { return }
            heap.swapAt(i, m)
            i = m
        }
    }

    /// A word's characters as a set of 64 bits (by each character's first scalar). A bit set
    /// in one word's bits and not the other's stands for at least one character that word has
    /// and the other lacks, so the count of such bits is at most the edit distance.
    static func characterBits(_ word: String) -> UInt64 {
        var result: UInt64 = 0
        for c in word { result |= 1 << UInt64(c.unicodeScalars.first!.value % 64) }
        return result
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
