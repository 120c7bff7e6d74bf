/// The content's own reader for the plain YAML that content files are written in: block
/// mappings and lists, flow lists and mappings `[a, b]` `{to: x}` on one line, plain, single-
/// and double-quoted text (with YAML's escapes and line folding), comments and a leading `---`.
///
/// It gives the very document Yams composes for such a file (texts, styles, lines and
/// columns), in a fraction of the time and memory. Anything else, or anything it is unsure of (tags,
/// anchors, block scalars, quoted or long keys, tabs, CR line ends, odd indentation, a second
/// document, a duplicate key, every syntax error), makes `read` return nil, and the loader
/// composes that file with Yams instead, so every message about it keeps Yams' wording and
/// position. Where YAML leaves a choice to the parser, the reader is stricter than libyaml,
/// never looser: it must not accept a file Yams refuses.
///
/// Works on a file's bytes once they are known to be valid UTF-8 without NUL bytes, a byte order
/// mark removed. It runs before the screen (`FileSafetyCheck`): everything the screen refuses
/// but nesting (anchors, aliases, odd line ends) is outside the subset, and the reader refuses
/// nesting deeper than `maxDepth` itself, so a file it reads is one the screen would pass, and
/// the screen is run only on the files left to Yams.
struct YAMLReader {
    /// The file uses YAML outside the subset this reader knows.
    struct Unsupported: Error {}

    let text: UnsafeBufferPointer<UInt8>
    /// The next byte to read.
    var p = 0
    /// The 1-based line `p` is on, and the offset where that line starts.
    var line = 1
    var lineStart = 0
    /// The last column worked out on the current line, at byte `counted.offset`: marks are
    /// asked for left to right, so each line is counted once however many values it holds.
    private var counted = (offset: 0, column: 1)
    /// The document read so far.
    var built: YAMLDocumentBuilder
    /// How many collections (block and flow) hold the one being read, and how many may.
    var depth = 0
    let maxDepth: Int

    init(text: UnsafeBufferPointer<UInt8>, source: ArraySlice<UInt8>, maxDepth: Int) {
        self.text = text
        self.maxDepth = maxDepth
        built = YAMLDocumentBuilder(source: source)
    }

    /// The deepest nesting the reader follows for a screen that allows `screenDepth` levels:
    /// half of it, so that however the two count a level (an indentless list, a flow list
    /// inside a block one), a file the reader takes is never one the screen would refuse.
    static func depthLimit(forScreen screenDepth: Int) -> Int { screenDepth / 2 }

    /// The document of a file's text, or nil when the text is not in the subset (see the
    /// type), including text nested deeper than `depthLimit(forScreen:)` of `screenDepth`.
    static func read(_ bytes: ArraySlice<UInt8>, screenDepth: Int = ContentLimits.standard.maxDepth) -> YAMLDocument? {
        bytes.withUnsafeBufferPointer { text in
            guard YAMLReader.isPlainText(text) else { return nil }
            var reader = YAMLReader(text: text, source: bytes, maxDepth: depthLimit(forScreen: screenDepth))
            guard let root = try? reader.document() else { return nil }
            return reader.built.finish(root: root)
        }
    }

    /// Enters a collection, refusing one nested past `maxDepth`; `leave()` when it ends.
    mutating func enter() throws(Unsupported) {
        depth += 1
        if depth > maxDepth { throw Unsupported() }
    }

    mutating func leave() { depth -= 1 }

    /// True when the text holds only characters the reader handles as libyaml does: no tab, CR
    /// or other control character, and none of the characters libyaml ends lines at (NEL,
    /// U+2028, U+2029) or refuses (U+FEFF inside a file, U+FFFE, U+FFFF, C1 controls).
    static func isPlainText(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = 0
        let n = text.count
        func at(_ j: Int) -> UInt8 { j < n ? text[j] : 0 }
        while k < n {
            let b = text[k]
            if b < 0x80 {
                if (b < 0x20 && b != 0x0A) || b == 0x7F { return false }
            } else if b == 0xC2 {
                if at(k + 1) < 0xA0 { return false }
            } else if b == 0xE2 {
                if at(k + 1) == 0x80 && (at(k + 2) == 0xA8 || at(k + 2) == 0xA9) { return false }
            } else if b == 0xEF {
                if (at(k + 1) == 0xBB && at(k + 2) == 0xBF) || (at(k + 1) == 0xBF && at(k + 2) >= 0xBE) { return false }
            }
            k += 1
        }
        return true
    }

    // MARK: Structure

    /// The whole file: one block mapping or list, optionally after `---`; its entry.
    mutating func document() throws(Unsupported) -> Int {
        guard var indent = nextContentLine() else { throw Unsupported() }
        if indent == 0 && isDocumentMarker(at: p, UInt8(ascii: "-")) {
            p += 3
            try finishLine()
            guard let next = nextContentLine() else { throw Unsupported() }
            indent = next
        }
        if indent == 0 && (byte(p) == UInt8(ascii: "%") || isDocumentMarker(at: p, UInt8(ascii: "-"))
            || isDocumentMarker(at: p, UInt8(ascii: "."))) {
            throw Unsupported()
        }
        let root: Int
        if isListEntry(at: p) {
            root = try sequence(column: indent, indentless: false)
        } else if keyEnd(at: p) != nil {
            root = try mapping(column: indent)
        } else {
            throw Unsupported()
        }
        if nextContentLine() != nil { throw Unsupported() }
        return root
    }

    /// A block mapping whose keys start at `column` (0-based); `p` is at its first key.
    mutating func mapping(column c: Int) throws(Unsupported) -> Int {
        try enter()
        defer { leave() }
        let (node, base) = built.open(.mapping, mark: mark(at: p))
        var seen: Set<String>? = nil
        while true {
            guard let colon = keyEnd(at: p) else { throw Unsupported() }
            built.add(try newKey(from: p, to: colon, since: base, seen: &seen))
            let emptyAt = mark(at: colon + 1)
            p = colon + 1
            built.add(try value(emptyAt: emptyAt, parent: c, afterKey: true))
            guard let indent = nextContentLine(), indent >= c else { break }
            if indent > c || isListEntry(at: p) { throw Unsupported() }
        }
        built.close(node, base: base)
        return node
    }

    /// A block list whose `-` marks are at `column`; `p` is at the first. An indentless list
    /// (a mapping's value, its marks in line with the mapping's keys) ends at the next key.
    mutating func sequence(column c: Int, indentless: Bool) throws(Unsupported) -> Int {
        try enter()
        defer { leave() }
        let (node, base) = built.open(.sequence, mark: mark(at: p))
        while true {
            let emptyAt = mark(at: p + 1)
            p += 1
            built.add(try value(emptyAt: emptyAt, parent: c, afterKey: false))
            guard let indent = nextContentLine(), indent >= c else { break }
            if indent > c { throw Unsupported() }
            if isListEntry(at: p) { continue }
            if indentless { break }
            throw Unsupported()
        }
        built.close(node, base: base)
        return node
    }

    /// The value after a key's `:` or a list's `-` (`p` just past it), in a collection whose
    /// entries start at column `c`: on the same line, on the lines below, or nothing (an empty
    /// plain scalar, placed where libyaml places it: just past the indicator).
    mutating func value(emptyAt: YAMLMark, parent c: Int, afterKey: Bool) throws(Unsupported) -> Int {
        while byte(p) == UInt8(ascii: " ") { p += 1 }
        let b = byte(p)
        if p >= text.count || b == 0x0A || b == UInt8(ascii: "#") {
            try finishLine()
            if let indent = nextContentLine() {
                if indent > c { return try blockNode(indent: indent, parent: c) }
                if afterKey && indent == c && isListEntry(at: p) { return try sequence(column: c, indentless: true) }
            }
            return built.scalar(from: p, to: p, style: .plain, mark: emptyAt)
        }
        if isListEntry(at: p) { throw Unsupported() }
        if !afterKey && keyEnd(at: p) != nil { return try mapping(column: p - lineStart) }
        let node = try inlineValue(parent: c)
        try finishLine()
        return node
    }

    /// A value starting a line of its own, indented past its parent collection's column `c`.
    mutating func blockNode(indent: Int, parent c: Int) throws(Unsupported) -> Int {
        if isListEntry(at: p) { return try sequence(column: indent, indentless: false) }
        if keyEnd(at: p) != nil { return try mapping(column: indent) }
        let node = try inlineValue(parent: c)
        try finishLine()
        return node
    }

    /// A scalar or flow collection at `p`.
    mutating func inlineValue(parent c: Int) throws(Unsupported) -> Int {
        switch byte(p) {
        case UInt8(ascii: "\""): return try quoted(single: false, parent: c)
        case UInt8(ascii: "'"): return try quoted(single: true, parent: c)
        case UInt8(ascii: "["), UInt8(ascii: "{"): return try flowCollection(depth: 1)
        default:
            guard YAMLReader.canStartPlain(byte(p), next: byte(p + 1)) else { throw Unsupported() }
            return try plain(parent: c)
        }
    }

    /// A key's scalar, refused when the mapping already has it (Yams reports duplicates).
    /// Records have a dozen keys, compared in place; a mapping with many more keeps them in
    /// `seen` (made only then), so a hostile file cannot make the check quadratic. The
    /// mapping's keys and values so far were added since `base`.
    mutating func newKey(from start: Int, to end: Int, since base: Int, seen: inout Set<String>?) throws(Unsupported) -> Int {
        let pairs = built.count(since: base) / 2
        if pairs < 16 {
            for k in 0..<pairs where built.scalar(built.added(2 * k, since: base), matches: start, end, in: text) {
                throw Unsupported()
            }
        } else {
            if seen == nil {
                seen = Set((0..<pairs).map { k in
                    let earlier = built.added(2 * k, since: base)
                    return string(built.scalarRange(earlier))
                })
            }
            guard seen!.insert(string(start, end)).inserted else { throw Unsupported() }
        }
        return built.scalar(from: start, to: end, style: .plain, mark: mark(at: start))
    }

    // MARK: Lines

    /// Moves past line ends, blank lines and comment lines to the first character of the next
    /// line with content, and gives its indent; nil at the end of the text. Called with `p` at a
    /// line's end, or anywhere in the indentation before its first character.
    mutating func nextContentLine() -> Int? {
        let n = text.count
        while p < n {
            if text[p] == 0x0A {
                p += 1
                line += 1
                lineStart = p
                continue
            }
            var k = p
            while k < n && text[k] == UInt8(ascii: " ") { k += 1 }
            p = k
            if k >= n { return nil }
            if text[k] == 0x0A { continue }
            if text[k] == UInt8(ascii: "#") {
                skipToLineEnd()
                continue
            }
            return k - lineStart
        }
        return nil
    }

    /// After a value: spaces, then the line's end or a comment; anything else is unsupported.
    mutating func finishLine() throws(Unsupported) {
        while byte(p) == UInt8(ascii: " ") { p += 1 }
        if p >= text.count || text[p] == 0x0A { return }
        guard text[p] == UInt8(ascii: "#"), p > lineStart, text[p - 1] == UInt8(ascii: " ") else { throw Unsupported() }
        skipToLineEnd()
    }

    mutating func skipToLineEnd() {
        while p < text.count && text[p] != 0x0A { p += 1 }
    }

    // MARK: Looking at bytes

    /// The byte at `k`, or 0 past the end (the screen has refused NUL bytes).
    @inline(__always) func byte(_ k: Int) -> UInt8 { k < text.count ? text[k] : 0 }

    /// A space, a line end or the end of the text.
    @inline(__always) static func isBlankOrEnd(_ b: UInt8) -> Bool { b == UInt8(ascii: " ") || b == 0x0A || b == 0 }

    /// A `-` list mark: a dash followed by a space or the line's end.
    func isListEntry(at k: Int) -> Bool {
        byte(k) == UInt8(ascii: "-") && YAMLReader.isBlankOrEnd(byte(k + 1))
    }

    func isDocumentMarker(at k: Int, _ b: UInt8) -> Bool {
        byte(k) == b && byte(k + 1) == b && byte(k + 2) == b && YAMLReader.isBlankOrEnd(byte(k + 3))
    }

    /// Where the `:` of a simple key starting at `k` is: a word of letters, digits, `_` and `-`
    /// (no longer than 128 bytes) followed by `: ` or `:` at the line's end. Nil for anything
    /// else, which the reader then treats as a value (or refuses where a key must be).
    func keyEnd(at k: Int) -> Int? {
        guard YAMLReader.isKeyCharacter(byte(k)), byte(k) != UInt8(ascii: "-") else { return nil }
        var j = k + 1
        while YAMLReader.isKeyCharacter(byte(j)) { j += 1 }
        guard byte(j) == UInt8(ascii: ":"), YAMLReader.isBlankOrEnd(byte(j + 1)), j - k <= 128 else { return nil }
        return j
    }

    static func isKeyCharacter(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
            || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "_") || b == UInt8(ascii: "-")
    }

    /// True when a plain scalar may start with `b` (then `next`): not at an indicator, except a
    /// `-` before a letter or digit (`-5`).
    static func canStartPlain(_ b: UInt8, next: UInt8) -> Bool {
        switch b {
        case 0, 0x0A, UInt8(ascii: " "), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","),
             UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"),
             UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"),
             UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
            return false
        case UInt8(ascii: "-"):
            return isKeyCharacter(next) && next != UInt8(ascii: "-") && next != UInt8(ascii: "_")
        default:
            return true
        }
    }

    /// Line and column of byte `k` on the current line, the column counted in Unicode scalars.
    mutating func mark(at k: Int) -> YAMLMark {
        var (j, column) = counted.offset >= lineStart && counted.offset <= k ? counted : (lineStart, 1)
        while j < k {
            if text[j] & 0xC0 != 0x80 { column += 1 }
            j += 1
        }
        counted = (k, column)
        return YAMLMark(line: line, column: column)
    }

    /// The text of bytes `start..<end`.
    func string(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self)
    }

    func string(_ range: Range<Int>) -> String { string(range.lowerBound, range.upperBound) }
}
