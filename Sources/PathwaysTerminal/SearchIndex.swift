import PathwaysGraph

/// Finds clusters, jobs, steps and providers as the user types, forgiving small typos.
///
/// Every query word must match a word of the record (its title, SOC or standard code, kind,
/// borough): exactly, as a prefix, inside a word, or within one edit (two for words of seven
/// letters or more) of a word or of the word's beginning.
public struct SearchIndex: Sendable {
    /// The kinds of result, in the order they are grouped.
    public enum Kind: Int, Sendable, Hashable, CaseIterable, Comparable {
        case cluster, job, step, provider

        public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }

        public var heading: String {
            switch self {
            case .cluster: "Clusters"
            case .job: "Jobs"
            case .step: "Steps"
            case .provider: "Providers"
            }
        }
    }

    /// One thing that can be found.
    public struct Entry: Sendable, Hashable {
        public var kind: Kind
        public var id: String
        public var title: String
        /// A few words shown after the title: level, borough, SOC code.
        public var detail: String
        var words: [[Character]]
    }

    /// A match and how good it is (higher is better).
    public struct Result: Sendable, Hashable {
        public var entry: Entry
        public var score: Int
    }

    let entries: [Entry]

    public init(graph: PathwayGraph) {
        var list: [Entry] = []
        for c in graph.clusters {
            list.append(SearchIndex.entry(.cluster, c.id, c.title, detail: "\(graph.jobs(inCluster: c.id).count) jobs", extra: []))
        }
        for j in graph.jobs {
            let detail = [j.soc.map { "SOC \($0)" }, j.minimumLevel.label].compactMap { $0 }.joined(separator: ", ")
            list.append(SearchIndex.entry(.job, j.id, j.title, detail: detail, extra: [j.soc ?? ""]))
        }
        for s in graph.steps {
            list.append(SearchIndex.entry(.step, s.id, s.title, detail: "\(s.kind.label), \(s.level.label)",
                                          extra: [s.kind.label, s.code ?? ""]))
        }
        for p in graph.providers {
            list.append(SearchIndex.entry(.provider, p.id, p.title, detail: p.borough.label, extra: [p.borough.label]))
        }
        entries = list
    }

    static func entry(_ kind: Kind, _ id: String, _ title: String, detail: String, extra: [String]) -> Entry {
        Entry(kind: kind, id: id, title: title, detail: detail, words: words(of: ([title] + extra).joined(separator: " ")))
    }

    /// Lower-cased words of letters and digits.
    static func words(of text: String) -> [[Character]] {
        var out: [[Character]] = []
        var current: [Character] = []
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber { current.append(ch) } else if !current.isEmpty { out.append(current); current = [] }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// Results for a query, grouped by kind, best first within each kind.
    public func search(_ query: String) -> [Result] {
        let terms = SearchIndex.words(of: query)
        guard !terms.isEmpty else { return [] }
        var results: [Result] = []
        for e in entries {
            var total = 0
            var all = true
            for t in terms {
                var best = 0
                for w in e.words { best = max(best, SearchIndex.score(term: t, word: w)); if best == 4 { break } }
                if best == 0 { all = false; break }
                total += best
            }
            if all { results.append(Result(entry: e, score: total)) }
        }
        return results.sorted {
            if $0.entry.kind != $1.entry.kind { return $0.entry.kind < $1.entry.kind }
            if $0.score != $1.score { return $0.score > $1.score }
            return ($0.entry.title.lowercased(), $0.entry.id) < ($1.entry.title.lowercased(), $1.entry.id)
        }
    }

    /// 4 exact, 3 prefix, 2 inside the word, 1 close by edits, 0 no match.
    static func score(term t: [Character], word w: [Character]) -> Int {
        if t == w { return 4 }
        if w.count >= t.count, Array(w[0..<t.count]) == t { return 3 }
        if t.count >= 3, w.count > t.count, contains(w, t) { return 2 }
        guard t.count >= 4 else { return 0 }
        let allowed = t.count >= 7 ? 2 : 1
        if abs(w.count - t.count) <= allowed, editDistance(t, w, limit: allowed) <= allowed { return 1 }
        // A typo in a word still being typed: compare with the word's beginning.
        if w.count > t.count, editDistance(t, Array(w[0..<t.count]), limit: allowed) <= allowed { return 1 }
        return 0
    }

    static func contains(_ w: [Character], _ t: [Character]) -> Bool {
        guard w.count >= t.count else { return false }
        for i in 0...(w.count - t.count) where w[i] == t[0] && Array(w[i..<(i + t.count)]) == t { return true }
        return false
    }

    /// Levenshtein distance (adjacent swaps count one), giving up early past `limit`.
    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        let n = a.count, m = b.count
        if abs(n - m) > limit { return limit + 1 }
        var prev2 = [Int](repeating: 0, count: m + 1)
        var prev = Array(0...m)
        var cur = [Int](repeating: 0, count: m + 1)
        for i in 1...max(1, n) where n > 0 {
            cur[0] = i
            var rowMin = cur[0]
            for j in 1...max(1, m) where m > 0 {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { v = min(v, prev2[j - 2] + 1) }
                cur[j] = v
                rowMin = min(rowMin, v)
            }
            if rowMin > limit { return limit + 1 }
            prev2 = prev
            prev = cur
        }
        return n == 0 ? m : prev[m]
    }
}
