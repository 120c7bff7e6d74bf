/// A content file's YAML as the loader reads it, held flat: every value (a scalar, a list or a
/// mapping) is an `Entry` in one array, each collection's entries are a run of `children`, and
/// a scalar's text is a range of bytes: of the file itself where it was written as it reads, or
/// of `decoded` where quotes, escapes or line folding changed it.
///
/// A national content set has hundreds of files of thousands of records, each record a dozen
/// keys and lists: as a tree of values, every list, mapping and long text would be an
/// allocation of its own, made, reference-counted and freed again. Here a file is a few arrays,
/// and a text becomes a `String` only when a record keeps it.
///
/// `YAMLReader` builds these for the plain YAML content files are written in; any other file is
/// composed by Yams and converted (`YAMLDocument(composed:)`), so the catalogue builder reads
/// one shape whichever way a file was parsed.
final class YAMLDocument: Sendable {
    /// One value: what it is, where it was written, and its text or its entries.
    struct Entry: Sendable {
        enum Kind: UInt8, Sendable { case scalar, sequence, mapping }

        var kind: Kind
        /// How a scalar was written (`plain` for collections).
        var style: YAMLScalar.Style
        /// A scalar's text is in `decoded` rather than the file's own text.
        var isDecoded: Bool
        var mark: YAMLMark
        /// A scalar's bytes, or a collection's run of `children` (a mapping's alternate key,
        /// value, key, value).
        var start: Int
        var count: Int
    }

    // The arrays the builder filled, kept as they are (not copied) and never changed.

    /// The file's text, without a byte order mark; scalar ranges count from its start.
    private let source: ArraySlice<UInt8>
    /// Texts that differ from what the file holds at their place.
    private let decoded: [UInt8]
    private let entries: [Entry]
    private let children: [Int]
    let rootIndex: Int

    init(source: ArraySlice<UInt8>, decoded: [UInt8], entries: [Entry], children: [Int], root: Int) {
        self.source = source
        self.decoded = decoded
        self.entries = entries
        self.children = children
        rootIndex = root
    }

    /// The document's top value.
    var root: YAMLNode { YAMLNode(document: self, index: rootIndex) }

    func entry(_ index: Int) -> Entry { entries[index] }

    /// Entry `k` of the run of children starting at `start`.
    func child(_ k: Int, from start: Int) -> Int { children[start + k] }

    /// The text of scalar `index`.
    func text(of index: Int) -> String {
        let e = entries[index]
        if e.isDecoded { return String(decoding: decoded[e.start..<e.start + e.count], as: UTF8.self) }
        let from = source.startIndex + e.start
        return String(decoding: source[from..<from + e.count], as: UTF8.self)
    }

    /// Byte `k` of scalar `entry`'s text.
    @inline(__always) private func byte(_ k: Int, of entry: Entry) -> UInt8 {
        entry.isDecoded ? decoded[entry.start + k] : source[source.startIndex + entry.start + k]
    }

    /// True when entry `index` is a scalar whose text is `word`, compared byte for byte
    /// without making a `String` (keys are looked up a dozen times per record).
    func isScalar(_ index: Int, spelling word: String) -> Bool {
        let e = entries[index]
        return e.kind == .scalar && spells(e, word)
    }

    /// True when scalar `entry`'s text is `word`.
    func spells(_ entry: Entry, _ word: String) -> Bool {
        guard entry.count == word.utf8.count else { return false }
        var k = 0
        for b in word.utf8 {
            if byte(k, of: entry) != b { return false }
            k += 1
        }
        return true
    }

    /// A bit standing for a key's length and first byte: a mapping's keys' bits together say
    /// at once that most keys it lacks are absent (see `RecordFields`).
    func keyBit(_ entry: Entry) -> UInt64 {
        YAMLDocument.keyBit(length: entry.count, first: entry.count > 0 ? byte(0, of: entry) : 0)
    }

    static func keyBit(_ key: String) -> UInt64 { keyBit(length: key.utf8.count, first: key.utf8.first ?? 0) }

    private static func keyBit(length: Int, first: UInt8) -> UInt64 {
        1 << UInt64((length &* 7 &+ Int(first)) & 63)
    }
}

/// One value of a `YAMLDocument`: text (a scalar), a list (a sequence) or a mapping of keys to
/// values, each with the line and column where it was written. It keeps its document alive.
struct YAMLNode: Sendable, Equatable, CustomStringConvertible {
    let document: YAMLDocument
    let index: Int

    var entry: YAMLDocument.Entry { document.entry(index) }

    /// Where the value starts: a scalar's first character (its opening quote), a list's first
    /// `-` or `[`, a mapping's first key or `{`.
    var mark: YAMLMark { entry.mark }

    var scalar: YAMLScalar? {
        let e = entry
        guard e.kind == .scalar else { return nil }
        return YAMLScalar(text: document.text(of: index), style: e.style, mark: e.mark)
    }

    var sequence: YAMLList? {
        let e = entry
        guard e.kind == .sequence else { return nil }
        return YAMLList(document: document, start: e.start, count: e.count)
    }

    var mapping: YAMLMapping? {
        let e = entry
        guard e.kind == .mapping else { return nil }
        return YAMLMapping(document: document, start: e.start, count: e.count / 2)
    }

    /// True for a plain scalar YAML reads as null: nothing, `~` or `null`.
    var meansNothing: Bool {
        let e = entry
        guard e.kind == .scalar, e.style == .plain, e.count <= 4 else { return false }
        if e.count == 0 { return true }
        return document.spells(e, "~") || document.spells(e, "null") || document.spells(e, "Null") || document.spells(e, "NULL")
    }

    /// The same value, written out and placed: equal nodes come from the same YAML.
    static func == (a: YAMLNode, b: YAMLNode) -> Bool {
        let x = a.entry, y = b.entry
        guard x.kind == y.kind, x.mark == y.mark else { return false }
        switch x.kind {
        case .scalar: return x.style == y.style && a.document.text(of: a.index) == b.document.text(of: b.index)
        case .sequence: return a.sequence!.elementsEqual(b.sequence!)
        case .mapping: return a.mapping!.elementsEqual(b.mapping!)
        }
    }

    /// The value in a compact form for test messages: `'text'@2:5`, `[...]`, `{k: v}`.
    var description: String {
        let at = "@\(mark.line):\(mark.column)"
        switch entry.kind {
        case .scalar:
            let s = scalar!
            return "\(s.style)\(s.text.debugDescription)\(at)"
        case .sequence: return "[" + sequence!.map(\.description).joined(separator: ", ") + "]" + at
        case .mapping: return "{" + mapping!.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}" + at
        }
    }
}

/// A list's items, in file order.
struct YAMLList: RandomAccessCollection, Sendable {
    let document: YAMLDocument
    let start: Int
    let count: Int

    var startIndex: Int { 0 }
    var endIndex: Int { count }
    subscript(position: Int) -> YAMLNode { YAMLNode(document: document, index: document.child(position, from: start)) }
}

/// A mapping's keys and values, in file order.
struct YAMLMapping: RandomAccessCollection, Sendable {
    let document: YAMLDocument
    let start: Int
    let count: Int

    var startIndex: Int { 0 }
    var endIndex: Int { count }
    subscript(position: Int) -> YAMLPair {
        YAMLPair(key: YAMLNode(document: document, index: keyIndex(position)),
                 value: YAMLNode(document: document, index: valueIndex(position)))
    }

    /// The entries of pair `position`'s key and value, for look-ups that need no node.
    func keyIndex(_ position: Int) -> Int { document.child(2 * position, from: start) }
    func valueIndex(_ position: Int) -> Int { document.child(2 * position + 1, from: start) }
}

/// A key and its value in a mapping, in file order.
struct YAMLPair: Equatable, Sendable {
    var key: YAMLNode
    var value: YAMLNode
}

/// A scalar's text after quoting and line folding, how it was written, and where.
struct YAMLScalar: Equatable, Sendable {
    /// How a scalar was written; only `plain` scalars can mean "no value" (`~`, `null`, nothing).
    enum Style: UInt8, Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    var text: String
    var style: Style
    var mark: YAMLMark
}

/// A 1-based line and column (counted in Unicode scalars), as the YAML parser counts them.
struct YAMLMark: Hashable, Sendable {
    private var storedLine: UInt32
    private var storedColumn: UInt32

    init(line: Int, column: Int) {
        storedLine = UInt32(clamping: line)
        storedColumn = UInt32(clamping: column)
    }

    var line: Int { Int(storedLine) }
    var column: Int { Int(storedColumn) }
}
