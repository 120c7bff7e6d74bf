/// Builds a `YAMLDocument` value by value in file order: scalars as they are read, and each
/// collection opened before its entries and closed after them, when its entries (held on a
/// stack meanwhile) move into one run of the document's `children`.
struct YAMLDocumentBuilder {
    let source: ArraySlice<UInt8>
    private var decoded: [UInt8] = []
    private var entries: [YAMLDocument.Entry] = []
    private var children: [Int] = []
    /// The entries of the collections being read, innermost last.
    private var pending: [Int] = []

    init(source: ArraySlice<UInt8>) {
        self.source = source
        // Content runs to about one value per dozen bytes: room for that at once, rather than
        // growing (and copying) the arrays again and again.
        entries.reserveCapacity(source.count / 12 + 16)
        children.reserveCapacity(source.count / 12 + 16)
    }

    /// A scalar written as it reads: bytes `start..<end` of the source.
    mutating func scalar(from start: Int, to end: Int, style: YAMLScalar.Style, mark: YAMLMark) -> Int {
        entries.append(.init(kind: .scalar, style: style, isDecoded: false, mark: mark, start: start, count: end - start))
        return entries.count - 1
    }

    /// A scalar whose text differs from the source (quotes, escapes, folded lines).
    mutating func scalar(decoding text: some Collection<UInt8>, style: YAMLScalar.Style, mark: YAMLMark) -> Int {
        let start = decoded.count
        decoded.append(contentsOf: text)
        entries.append(.init(kind: .scalar, style: style, isDecoded: true, mark: mark, start: start, count: decoded.count - start))
        return entries.count - 1
    }

    /// Opens a list or mapping; its entries are `add`ed, then it is `close`d with the same `base`.
    mutating func open(_ kind: YAMLDocument.Entry.Kind, mark: YAMLMark) -> (entry: Int, base: Int) {
        entries.append(.init(kind: kind, style: .plain, isDecoded: false, mark: mark, start: 0, count: 0))
        return (entries.count - 1, pending.count)
    }

    /// Adds an entry to the innermost open collection (a mapping's key, then its value).
    mutating func add(_ entry: Int) { pending.append(entry) }

    /// How many entries the innermost open collection has, counted from its `base`.
    func count(since base: Int) -> Int { pending.count - base }

    /// The entry added `k`-th since `base` (a mapping's keys are at even `k`).
    func added(_ k: Int, since base: Int) -> Int { pending[base + k] }

    mutating func close(_ entry: Int, base: Int) {
        entries[entry].start = children.count
        entries[entry].count = pending.count - base
        children.append(contentsOf: pending[base...])
        pending.removeLast(pending.count - base)
    }

    /// True when scalar `entry` (a key: written as it reads) has the source's bytes `start..<end`.
    func scalar(_ entry: Int, matches start: Int, _ end: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let e = entries[entry]
        guard !e.isDecoded, e.count == end - start else { return false }
        var k = 0
        while k < e.count {
            if text[e.start + k] != text[start + k] { return false }
            k += 1
        }
        return true
    }

    /// The source bytes of scalar `entry`, written as it reads.
    func scalarRange(_ entry: Int) -> Range<Int> {
        let e = entries[entry]
        return e.start..<e.start + e.count
    }

    /// The document, with `root` as its top value; the builder's arrays become its own.
    consuming func finish(root: Int) -> YAMLDocument {
        YAMLDocument(source: source, decoded: decoded, entries: entries, children: children, root: root)
    }
}
