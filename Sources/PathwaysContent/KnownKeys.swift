/// The keys a record, or a mapping nested in one, may have: the schema's words, with each
/// one's `YAMLDocument.keyBit` worked out once, so that a record's keys are checked against
/// the schema by a bit test and (almost always) one byte comparison, not one per word.
struct KnownKeys: Sendable, ExpressibleByArrayLiteral {
    let words: [String]
    /// Every word's bit together: a key whose bit is not here is not a known word.
    private let bits: UInt64
    private let wordBits: [UInt64]

    init(_ words: [String]) {
        self.words = words
        wordBits = words.map(YAMLDocument.keyBit)
        bits = wordBits.reduce(0, |)
    }

    init(arrayLiteral words: String...) { self.init(words) }

    func contains(_ word: String) -> Bool { words.contains(word) }

    /// True when scalar `key` of `document` is one of the words.
    func contains(_ key: YAMLDocument.Entry, in document: YAMLDocument) -> Bool {
        let bit = document.keyBit(key)
        guard bits & bit != 0 else { return false }
        for k in words.indices where wordBits[k] == bit && document.spells(key, words[k]) { return true }
        return false
    }
}
