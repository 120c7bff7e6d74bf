/// How search results are ordered, and how the best of them are found without ranking every
/// record that matches.
///
/// Order: a title that is exactly the query first ("engineering technician" → Engineering
/// technician), then titles that begin with the query's words, then titles holding them as
/// whole words in order ("care" → Care worker, then Senior care worker), then the rest (a word
/// inside a longer one: Healthcare assistant); within each, by score (the sum over query words
/// of the record's best word credit, see `WordCredits`), then kind (clusters, jobs, steps,
/// providers), then title, then ID.
///
/// Records are numbered in that last order (see `SearchIndex`), so each group is read from
/// lists in increasing number and the search stops once it has `limit` records: a title that
/// holds the query's words has every word exactly and so the highest score, and for one query
/// word the rest fall into one group per credit.
extension SearchIndex {
    /// A record the search picked, with its score.
    struct Pick {
        var record: Int32
        var score: Int
    }

    /// The best `limit` records for `query`, whose words match the vocabulary as `credits` say.
    func best(_ query: [String], _ credits: [WordCredits], limit: Int) -> [Pick] {
        var picks: [Pick] = []
        // Titles can hold the query's words only when every word is a word of the vocabulary.
        let numbers = query.compactMap(vocabulary.index(of:))
        let spelled = numbers.count == query.count ? numbers : nil
        if let spelled {
            wholeTitles(spelled, limit: limit, into: &picks)
            if picks.count >= limit { return picks }
        }
        if let only = credits.first, credits.count == 1 {
            oneWord(only, spelled?.first, limit: limit, into: &picks)
        } else {
            severalWords(credits, spelled, limit: limit, into: &picks)
        }
        return picks
    }

    /// Records whose title is the query, then those whose title starts with it, then those
    /// holding it elsewhere, each in tie-break order: all score six for every word.
    private func wholeTitles(_ query: [Int32], limit: Int, into picks: inout [Pick]) {
        let full = 6 * query.count
        // Titles of exactly the query's length sit together, shortest first.
        let shortest = titleFirstByLength[Int(query[0])]
        var lo = shortest.startIndex, hi = shortest.endIndex
        while lo < hi {
            let mid = (lo + hi) / 2
            if titleWords.length(Int(shortest[mid])) < query.count { lo = mid + 1 } else { hi = mid }
        }
        for r in shortest[lo...] where picks.count < limit {
            let title = titleWords[Int(r)]
            guard title.count == query.count else { break }
            if title.elementsEqual(query) { picks.append(Pick(record: r, score: full)) }
        }
        // A title starting with the query also starts with its first word and holds the others.
        let starting = smallest([titleFirst[Int(query[0])]] + query.dropFirst().map { titled[Int($0)] })
        for r in starting where picks.count < limit {
            let title = titleWords[Int(r)]
            if title.count > query.count && title.starts(with: query) { picks.append(Pick(record: r, score: full)) }
        }
        let holding = smallest(query.map { titled[Int($0)] })
        for r in holding where picks.count < limit {
            let title = titleWords[Int(r)]
            if !title.starts(with: query) && SearchIndex.holds(title, query) { picks.append(Pick(record: r, score: full)) }
        }
    }

    /// The rest for a one-word query: those holding the word outside their title, then those with
    /// a longer word it begins, and so on down the credits; a record counts under its best.
    private func oneWord(_ credits: WordCredits, _ spelled: Int32?, limit: Int, into picks: inout [Pick]) {
        for score in [6, 4, 3, 2, 1] as [UInt8] {
            var records = OrderedUnion(credits.matched.filter { credits.credit[Int($0)] == score }.map { postings[Int($0)] })
            while picks.count < limit, let r = records.next() {
                guard credits.best(entryWords[Int(r)]) == score else { continue }
                if score == 6, let spelled, titleWords[Int(r)].contains(spelled) { continue }
                picks.append(Pick(record: r, score: Int(score)))
            }
            if picks.count >= limit { return }
        }
    }

    /// The rest for a query of several words: reads the records matching the word that matches
    /// fewest, in tie-break order, scoring each, until the best possible score has enough.
    private func severalWords(_ credits: [WordCredits], _ spelled: [Int32]?, limit: Int, into picks: inout [Pick]) {
        let full = 6 * credits.count
        let need = limit - picks.count
        let reach = credits.map { $0.matched.reduce(0) { $0 + postings.length(Int($1)) } }
        let fewest = reach.indices.min { reach[$0] < reach[$1] }!
        let bound = credits.reduce(0) { total, word in total + Int(word.matched.map { word.credit[Int($0)] }.max()!) }
        var byScore = [[Int32]](repeating: [], count: full + 1)
        var records = OrderedUnion(credits[fewest].matched.map { postings[Int($0)] })
        while byScore[bound].count < need, let r = records.next() {
            let words = entryWords[Int(r)]
            var total = 0
            for word in credits {
                let score = Int(word.best(words))
                if score == 0 { total = 0; break }
                total += score
            }
            guard total > 0 else { continue }
            // Titles holding the query were picked already.
            if total == full, let spelled, SearchIndex.holds(titleWords[Int(r)], spelled) { continue }
            if byScore[total].count < need { byScore[total].append(r) }
        }
        for score in stride(from: full, through: 1, by: -1) {
            for r in byScore[score] where picks.count < limit { picks.append(Pick(record: r, score: score)) }
        }
    }

    /// The shortest of `lists`.
    private func smallest(_ lists: [ArraySlice<Int32>]) -> ArraySlice<Int32> {
        lists.min { $0.count < $1.count }!
    }

    /// Whether `text` holds `part` somewhere, one element after another: a title the query's
    /// words, or a spelling a typed word.
    static func holds<Element: Equatable>(_ text: ArraySlice<Element>, _ part: [Element]) -> Bool {
        guard text.count >= part.count else { return false }
        var start = text.startIndex
        while start + part.count <= text.endIndex {
            if text[start..<(start + part.count)].elementsEqual(part) { return true }
            start += 1
        }
        return false
    }
}
