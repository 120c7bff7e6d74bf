/// A word index over clusters, jobs, steps and providers for as-you-type search that forgives
/// small typos.
///
/// Each record's title, ID, code and SOC code are split into lowercase words. A query matches a
/// record when every query word matches one of its words: exactly, as a prefix, by its stem
/// ("nursing" finds "nurse"), inside a longer word ("care" in "healthcare", four letters or
/// more), or (for words of four letters or more) within one edit — two for eight letters or
/// more. Closer matches score higher; `SearchIndex+Ranking` says in what order hits come.
///
/// Records are numbered in the order ties are broken (clusters, jobs, steps, providers, then by
/// title and ID), and every list of records the index keeps is in that order, so a search reads
/// records in the order it shows them and stops once it has enough.
public struct SearchIndex: Sendable {
    /// One thing a search found.
    public struct Hit: Sendable, Hashable {
        public var kind: RecordKind
        public var id: String
        public var title: String
        /// Higher is better: exact words score more than prefixes, prefixes more than near misses.
        public var score: Int
    }

    struct Entry: Sendable {
        var kind: RecordKind
        var id: String
        var title: String
    }

    /// The records, in tie-break order.
    let entries: [Entry]
    let vocabulary: Vocabulary
    /// For each vocabulary word, the records holding it anywhere.
    let postings: PackedLists
    /// For each record, its distinct words.
    let entryWords: PackedLists
    /// For each record, its title's words in order.
    let titleWords: PackedLists
    /// For each vocabulary word, the records whose title holds it.
    let titled: PackedLists
    /// For each vocabulary word, the records whose title starts with it.
    let titleFirst: PackedLists
    /// As `titleFirst`, but shortest titles first (then in tie-break order), for whole titles.
    let titleFirstByLength: PackedLists

    /// Builds the index: O(total words · log words + records · log records).
    public init(graph: PathwayGraph) {
        // Every searchable text, as the record's title and the rest (ID, codes, labels).
        var records: [(entry: Entry, rest: String)] = []
        for c in graph.clusters { records.append((.init(kind: .cluster, id: c.id, title: c.title), c.id)) }
        for j in graph.jobs { records.append((.init(kind: .job, id: j.id, title: j.title), "\(j.id) \(j.soc ?? "")")) }
        for s in graph.steps {
            records.append((.init(kind: .step, id: s.id, title: s.title), "\(s.id) \(s.code ?? "") \(s.kind.label)"))
        }
        for p in graph.providers {
            records.append((.init(kind: .provider, id: p.id, title: p.title), "\(p.id) \(p.borough.label)"))
        }
        // Records come kind by kind; within a kind, by title then ID.
        let kinds: [RecordKind: Int] = [.cluster: 0, .job: 1, .step: 2, .provider: 3]
        let kind = records.map { kinds[$0.entry.kind, default: 9] }
        let titles = records.map(\.entry.title), ids = records.map(\.entry.id)
        let ranked = records.indices.sorted { a, b in
            if kind[a] != kind[b] { return kind[a] < kind[b] }
            return titles[a] != titles[b] ? titles[a] < titles[b] : ids[a] < ids[b]
        }
        records = ranked.map { records[$0] }
        entries = records.map(\.entry)

        // Words numbered as first seen, renumbered once sorted.
        var numbers: [String: Int32] = [:]
        var seen: [String] = []
        func number(_ word: String) -> Int32 {
            if let n = numbers[word] { return n }
            numbers[word] = Int32(seen.count)
            seen.append(word)
            return Int32(seen.count - 1)
        }
        var titleNumbers: [[Int32]] = [], words: [[Int32]] = []
        for record in records {
            let title = SearchIndex.words(record.entry.title).map(number)
            titleNumbers.append(title)
            var all = title + SearchIndex.words(record.rest).map(number)
            all.sort()
            words.append(all.enumerated().filter { $0.offset == 0 || all[$0.offset - 1] != $0.element }.map(\.element))
        }
        let sorted = seen.indices.sorted { seen[$0] < seen[$1] }
        var place = [Int32](repeating: 0, count: seen.count)
        for (p, n) in sorted.enumerated() { place[n] = Int32(p) }
        vocabulary = Vocabulary(sorted: sorted.map { seen[$0] })
        let size = seen.count

        var entryWords = PackedLists(), titleWords = PackedLists()
        var wordKeys: [Int32] = [], wordRecords: [Int32] = []
        var titleKeys: [Int32] = [], titleRecords: [Int32] = []
        var firstKeys: [Int32] = [], firstRecords: [Int32] = []
        for (r, title) in titleNumbers.enumerated() {
            let mine = words[r].map { place[Int($0)] }
            entryWords.append(contentsOf: mine)
            for v in mine { wordKeys.append(v); wordRecords.append(Int32(r)) }
            let spelled = title.map { place[Int($0)] }
            titleWords.append(contentsOf: spelled)
            for v in Set(spelled) { titleKeys.append(v); titleRecords.append(Int32(r)) }
            if let first = spelled.first { firstKeys.append(first); firstRecords.append(Int32(r)) }
        }
        self.entryWords = entryWords
        self.titleWords = titleWords
        postings = PackedLists(grouping: wordRecords, by: wordKeys, listCount: size)
        titled = PackedLists(grouping: titleRecords, by: titleKeys, listCount: size)
        titleFirst = PackedLists(grouping: firstRecords, by: firstKeys, listCount: size)
        let shortestFirst = firstRecords.indices.sorted { a, b in
            let (x, y) = (titleNumbers[Int(firstRecords[a])].count, titleNumbers[Int(firstRecords[b])].count)
            return x != y ? x < y : a < b
        }
        titleFirstByLength = PackedLists(grouping: shortestFirst.map { firstRecords[$0] },
                                         by: shortestFirst.map { firstKeys[$0] }, listCount: size)
    }

    /// Records matching every word of `query`, best first (see `SearchIndex+Ranking`), at most
    /// `limit` of them. An empty query finds nothing.
    ///
    /// Complexity: matching each query word against the vocabulary (a binary search for
    /// prefixes, words of similar length for typos, the rarest run of three letters for words
    /// inside others), then about O(limit · log lists) to read the best records in order; a query
    /// of several words may read every record holding its rarest word.
    public func search(_ query: String, limit: Int = 50) -> [Hit] {
        let queryWords = SearchIndex.words(query)
        guard !queryWords.isEmpty, limit > 0 else { return [] }
        var credits: [WordCredits] = []
        for word in queryWords {
            let found = vocabulary.credits(for: word)
            if found.matched.isEmpty { return [] }
            credits.append(found)
        }
        return best(queryWords, credits, limit: limit).map { pick in
            let entry = entries[Int(pick.record)]
            return Hit(kind: entry.kind, id: entry.id, title: entry.title, score: pick.score)
        }
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

    /// Lowercase words of letters and digits; accented Latin letters lose their accents and
    /// combining marks are dropped. One pass over the scalars; plain ASCII text, the usual case,
    /// is read byte by byte, where a letter or digit is A–Z, a–z or 0–9.
    static func words(_ text: String) -> [String] {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return unicodeWords(text) }
        var words: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte + 32)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): current.append(byte)
            default:
                if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    /// `words` for text beyond ASCII, by Unicode properties (for ASCII text, the same words).
    static func unicodeWords(_ text: String) -> [String] {
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
