/// The distinct words of a search index, sorted, and how well each matches a typed word.
///
/// A typed word matches a word of the vocabulary exactly, as its beginning, by its stem
/// ("nursing" finds "nurse"), inside a longer word ("care" in "healthcare", four letters or
/// more), or (four letters or more) within one edit — two from eight letters. So that a keystroke
/// need not compare the typed word with every word spelled anywhere in the content, the
/// vocabulary keeps, for words of plain letters and digits (a–z, 0–9), their spelling as bytes,
/// its words grouped by length and the letters they use, and which words hold each run of three
/// letters.
/// Words with other letters are compared as strings, exactly as before.
struct Vocabulary: Sendable {
    /// The words, sorted.
    let words: [String]
    /// Each word's spelling, end to end, when it is plain.
    private let spellings: [UInt8]
    private let spellingStarts: [Int32]
    /// Whether each word is spelled with a–z and 0–9 only.
    private let plain: [Bool]
    /// Each word's length in characters.
    private let lengths: [Int32]
    /// Plain words in groups of one length and one set of letters, shortest first: a typed
    /// word is compared with a group's words only when their letters are close enough.
    private let groups: PackedLists
    /// The letters and digits each group's words use, one bit each.
    private let groupLetters: [UInt64]
    /// Where each length's groups start in `groups`, by length in characters.
    private let groupStarts: [Int32]
    /// Words that are not plain, by length in characters.
    private let unusualByLength: PackedLists
    /// Plain words by each run of three letters they hold (see `trigram`).
    private let byTrigram: PackedLists
    /// Words that are not plain.
    private let unusual: [Int32]

    /// A vocabulary of `words`, which must be sorted and distinct.
    init(sorted words: [String]) {
        self.words = words
        var spellings: [UInt8] = [], starts: [Int32] = [0], plain: [Bool] = [], lengths: [Int32] = []
        var letters: [UInt64] = [], unusual: [Int32] = []
        var trigramKeys: [Int32] = [], trigramWords: [Int32] = []
        for (v, word) in words.enumerated() {
            let bytes = Array(word.utf8)
            let isPlain = bytes.allSatisfy { Vocabulary.code($0) != nil }
            plain.append(isPlain)
            lengths.append(Int32(isPlain ? bytes.count : word.count))
            if isPlain {
                spellings.append(contentsOf: bytes)
                letters.append(Vocabulary.letters(bytes))
                for start in bytes.indices.dropLast(2) {
                    trigramKeys.append(Vocabulary.trigram(bytes[start...]))
                    trigramWords.append(Int32(v))
                }
            } else {
                letters.append(0)
                unusual.append(Int32(v))
            }
            starts.append(Int32(spellings.count))
        }
        self.spellings = spellings
        spellingStarts = starts
        self.plain = plain
        self.lengths = lengths
        self.unusual = unusual
        let longest = Int(lengths.max() ?? 0)
        unusualByLength = PackedLists(grouping: unusual, by: unusual.map { lengths[Int($0)] }, listCount: longest + 1)
        // Plain words sorted by length, then letters: 36 bits of letters below the length.
        let keys = letters.indices.map { UInt64(lengths[$0]) << 36 | letters[$0] }
        let grouped = plain.indices.filter { plain[$0] }.sorted { keys[$0] < keys[$1] }
        var groups = PackedLists(), groupLetters: [UInt64] = [], groupStarts = [Int32](repeating: 0, count: longest + 2)
        var from = 0
        while from < grouped.count {
            var to = from
            while to < grouped.count && keys[grouped[to]] == keys[grouped[from]] { to += 1 }
            groups.append(contentsOf: grouped[from..<to].map(Int32.init))
            groupLetters.append(letters[grouped[from]])
            groupStarts[Int(lengths[grouped[from]]) + 1] = Int32(groups.count)
            from = to
        }
        for size in 0...longest { groupStarts[size + 1] = max(groupStarts[size + 1], groupStarts[size]) }
        self.groups = groups
        self.groupLetters = groupLetters
        self.groupStarts = groupStarts
        byTrigram = PackedLists(grouping: trigramWords, by: trigramKeys, listCount: 36 * 36 * 36)
    }

    /// The place of `word` in the vocabulary, if it is there.
    func index(of word: String) -> Int32? {
        let i = lowerBound(word)
        return i < words.count && words[i] == word ? Int32(i) : nil
    }

    /// How well each vocabulary word matches `word` (see `WordCredits`).
    func credits(for word: String) -> WordCredits {
        var credits = WordCredits(vocabularySize: words.count)
        let typed = Array(word.utf8)
        let isPlain = typed.allSatisfy { Vocabulary.code($0) != nil }
        let length = isPlain ? typed.count : word.count
        // Words starting with `word` sit together in the sorted vocabulary.
        for v in wordsStarting(with: word, typed, isPlain) { credits.give(v, words[v] == word ? 6 : 4) }
        // "nursing" should find "nurse": the stem, without a common ending, as a prefix.
        if let stem = SearchIndex.stem(word) {
            let stemTyped = Array(stem.utf8)
            for v in wordsStarting(with: stem, stemTyped, isPlain) { credits.give(v, 2) }
        }
        // A word inside a longer one ("care" in "healthcare"), from four letters.
        if length >= 4 { wordsContaining(word, typed, isPlain, length) { credits.give($0, 2) } }
        // Near misses: one edit from four letters, two from eight; the closer, the better.
        let allowed = length >= 8 ? 2 : length >= 4 ? 1 : 0
        if allowed > 0 {
            var rows: [Int] = []
            let mask = isPlain ? Vocabulary.letters(typed) : 0
            for size in max(0, length - allowed)...(length + allowed) where size < unusualByLength.count {
                for g in Int(groupStarts[size])..<Int(groupStarts[size + 1]) {
                    // Each letter one word has and the other lacks costs at least one edit.
                    let other = groupLetters[g]
                    if isPlain && ((mask & ~other).nonzeroBitCount > allowed || (other & ~mask).nonzeroBitCount > allowed) { continue }
                    for v in groups[g] {
                        let distance = isPlain ? Vocabulary.distance(typed[...], spelling(v), atMost: allowed, rows: &rows)
                            : SearchIndex.editDistance(word, words[Int(v)], atMost: allowed)
                        if distance <= allowed { credits.give(v, distance == 1 ? 3 : 1) }
                    }
                }
                for v in unusualByLength[size] {
                    let distance = SearchIndex.editDistance(word, words[Int(v)], atMost: allowed)
                    if distance <= allowed { credits.give(v, distance == 1 ? 3 : 1) }
                }
            }
        }
        return credits
    }

    /// Indices of the words that start with `prefix`: the run of them from where `prefix` would
    /// sort.
    private func wordsStarting(with prefix: String, _ typed: [UInt8], _ isPlain: Bool) -> Range<Int> {
        let start = lowerBound(prefix)
        var end = start
        while end < words.count {
            let starts = isPlain && plain[end]
                ? spelling(Int32(end)).starts(with: typed) : words[end].hasPrefix(prefix)
            guard starts else { break }
            end += 1
        }
        return start..<end
    }

    /// Calls `found` with each word longer than `word` that holds it but does not start with it.
    /// For a plain word, only the plain words holding its rarest run of three letters are read.
    private func wordsContaining(_ word: String, _ typed: [UInt8], _ isPlain: Bool, _ length: Int,
                                 _ found: (Int32) -> Void) {
        func holds(_ v: Int32) -> Bool {
            lengths[Int(v)] > length && !words[Int(v)].hasPrefix(word) && words[Int(v)].contains(word)
        }
        guard isPlain else {
            for v in words.indices where holds(Int32(v)) { found(Int32(v)) }
            return
        }
        let rarest = typed.indices.dropLast(2).map { Vocabulary.trigram(typed[$0...]) }
            .min { byTrigram.length(Int($0)) < byTrigram.length(Int($1)) }!
        var previous: Int32 = -1
        for v in byTrigram[Int(rarest)] where v != previous {
            previous = v
            let spelled = spelling(v)
            if spelled.count > length && !spelled.starts(with: typed) && SearchIndex.holds(spelled, typed) { found(v) }
        }
        for v in unusual where holds(v) { found(v) }
    }

    private func spelling(_ v: Int32) -> ArraySlice<UInt8> {
        spellings[Int(spellingStarts[Int(v)])..<Int(spellingStarts[Int(v) + 1])]
    }

    private func lowerBound(_ word: String) -> Int {
        var lo = 0, hi = words.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if words[mid] < word { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// 0–9 for digits, 10–35 for a–z; `nil` for any other byte.
    private static func code(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "z"): Int(byte - UInt8(ascii: "a")) + 10
        default: nil
        }
    }

    /// The letters and digits of a plain spelling, one bit each.
    private static func letters(_ bytes: [UInt8]) -> UInt64 {
        bytes.reduce(0) { $0 | 1 << UInt64(code($1)!) }
    }

    /// The run of three plain letters at the start of `bytes`, as a number below 36³.
    private static func trigram(_ bytes: ArraySlice<UInt8>) -> Int32 {
        let i = bytes.startIndex
        return Int32((code(bytes[i])! * 36 + code(bytes[i + 1])!) * 36 + code(bytes[i + 2])!)
    }

    /// `SearchIndex.editDistance` for plain spellings, where each byte is one character.
    private static func distance(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>, atMost: Int, rows: inout [Int]) -> Int {
        if abs(a.count - b.count) > atMost { return atMost + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let width = b.count + 1
        if rows.count < 2 * width { rows = [Int](repeating: 0, count: 2 * width) }
        var previous = 0, current = width
        for j in 0..<width { rows[j] = j }
        for (i, x) in a.enumerated() {
            rows[current] = i + 1
            var rowMin = i + 1
            for (j, y) in b.enumerated() {
                let substitution = rows[previous + j] + (x == y ? 0 : 1)
                let value = min(substitution, rows[previous + j + 1] + 1, rows[current + j] + 1)
                rows[current + j + 1] = value
                rowMin = min(rowMin, value)
            }
            if rowMin > atMost { return atMost + 1 }
            swap(&previous, &current)
        }
        return rows[previous + b.count]
    }
}

/// How well each vocabulary word matches one typed word, 0 for not at all: 6 the same word,
/// 4 a longer word it begins, 3 one edit away, 2 its stem begins the word or it is inside it,
/// 1 two edits away. A record's score for the typed word is the best of its words' credits.
struct WordCredits {
    /// The credit of each vocabulary word.
    private(set) var credit: [UInt8]
    /// The words with any credit, each once.
    private(set) var matched: [Int32] = []

    init(vocabularySize: Int) { credit = [UInt8](repeating: 0, count: vocabularySize) }

    /// Credits word `v` with `score` unless it already has more.
    mutating func give(_ v: Int32, _ score: UInt8) {
        let old = credit[Int(v)]
        if old == 0 { matched.append(v) }
        if score > old { credit[Int(v)] = score }
    }

    mutating func give(_ v: Int, _ score: UInt8) { give(Int32(v), score) }

    /// The best credit among `words`.
    func best(_ words: ArraySlice<Int32>) -> UInt8 {
        var best: UInt8 = 0
        for v in words { best = max(best, credit[Int(v)]) }
        return best
    }
}
