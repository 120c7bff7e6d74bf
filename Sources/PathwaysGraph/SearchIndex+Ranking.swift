/// How search results are ordered, and the one match the word index needs for it: words found
/// inside longer words. Kept apart from the index's matching so either can change alone.
///
/// Order: a title that is exactly the query first ("engineering technician" → Engineering
/// technician), then titles that begin with the query's words, then titles holding them as
/// whole words in order ("care" → Care worker, then Senior care worker), then the rest (a word
/// inside a longer one: Healthcare assistant); within each, by the index's score, then kind
/// (clusters, jobs, steps, providers), then title.
extension SearchIndex {
    /// How well a title matches the query's words as whole words: 3 exactly, 2 at its start,
    /// 1 anywhere in order, 0 otherwise.
    static func titleMatch(_ title: String, _ query: [String]) -> Int {
        let words = SearchIndex.words(title)
        guard !query.isEmpty, words.count >= query.count else { return 0 }
        if words == query { return 3 }
        if Array(words.prefix(query.count)) == query { return 2 }
        for start in 0...(words.count - query.count) where Array(words[start..<(start + query.count)]) == query { return 1 }
        return 0
    }

    /// Hits in the order the user reads them, best first (see the type's comment).
    static func ranked(_ hits: [Hit], for query: [String]) -> [Hit] {
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
}
