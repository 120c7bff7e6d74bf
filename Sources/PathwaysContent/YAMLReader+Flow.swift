/// Flow collections written on one line: `[a, 'b c', [d]]` and `{to: x, requires: {age: 23}}`.
extension YAMLReader {
    /// The deepest nesting of flow collections the reader follows before leaving a file to Yams.
    static let flowDepthLimit = 16

    /// A flow list or mapping at `p` (at its `[` or `{`), ending on the same line. Empty entries,
    /// a trailing comma, keys that are not plain words, and `key: value` pairs in a list are
    /// left to Yams.
    mutating func flowCollection(depth: Int) throws(Unsupported) -> Int {
        guard depth <= YAMLReader.flowDepthLimit else { throw Unsupported() }
        try enter()
        defer { leave() }
        let isMapping = byte(p) == UInt8(ascii: "{")
        let (node, base) = built.open(isMapping ? .mapping : .sequence, mark: mark(at: p))
        let close = isMapping ? UInt8(ascii: "}") : UInt8(ascii: "]")
        p += 1
        try skipFlowSpaces()
        var seen: Set<String>? = nil
        if byte(p) == close {
            p += 1
        } else {
            while true {
                if isMapping {
                    guard let colon = keyEnd(at: p), byte(colon + 1) == UInt8(ascii: " ") else { throw Unsupported() }
                    built.add(try newKey(from: p, to: colon, since: base, seen: &seen))
                    p = colon + 1
                    try skipFlowSpaces()
                    built.add(try flowItem(depth: depth))
                } else {
                    built.add(try flowItem(depth: depth))
                }
                try skipFlowSpaces()
                if byte(p) == close {
                    p += 1
                    break
                }
                guard byte(p) == UInt8(ascii: ",") else { throw Unsupported() }
                p += 1
                try skipFlowSpaces()
                if byte(p) == close { throw Unsupported() }
            }
        }
        built.close(node, base: base)
        return node
    }

    /// One entry of a flow collection: a nested collection, a quoted or a plain scalar.
    private mutating func flowItem(depth: Int) throws(Unsupported) -> Int {
        switch byte(p) {
        case UInt8(ascii: "["), UInt8(ascii: "{"): return try flowCollection(depth: depth + 1)
        case UInt8(ascii: "\""): return try quoted(single: false, parent: nil)
        case UInt8(ascii: "'"): return try quoted(single: true, parent: nil)
        default:
            guard YAMLReader.canStartPlain(byte(p), next: byte(p + 1)) else { throw Unsupported() }
            return try flowPlain()
        }
    }

    /// A plain scalar in a flow collection: up to `,`, a bracket or a brace, trailing spaces
    /// left out. A `:` that libyaml would read as a key's end (or refuse) is unsupported.
    private mutating func flowPlain() throws(Unsupported) -> Int {
        let mark = self.mark(at: p)
        let start = p
        var end = p
        scan: while true {
            let b = byte(p)
            switch b {
            case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"):
                break scan
            case UInt8(ascii: ":"):
                if YAMLReader.isBlankOrEnd(byte(p + 1)) || YAMLReader.isFlowIndicator(byte(p + 1))
                    || byte(p + 1) == UInt8(ascii: "?") {
                    throw Unsupported()
                }
            case UInt8(ascii: " "):
                while byte(p) == UInt8(ascii: " ") { p += 1 }
                if byte(p) == UInt8(ascii: "#") { throw Unsupported() }
                continue scan
            case 0, 0x0A:
                throw Unsupported()
            default:
                break
            }
            p += 1
            end = p
        }
        return built.scalar(from: start, to: end, style: .plain, mark: mark)
    }

    /// Spaces inside a flow collection; its line must not end or hold a comment before it closes.
    private mutating func skipFlowSpaces() throws(Unsupported) {
        while byte(p) == UInt8(ascii: " ") { p += 1 }
        let b = byte(p)
        if b == 0 || b == 0x0A || b == UInt8(ascii: "#") { throw Unsupported() }
    }

    static func isFlowIndicator(_ b: UInt8) -> Bool {
        b == UInt8(ascii: ",") || b == UInt8(ascii: "[") || b == UInt8(ascii: "]")
            || b == UInt8(ascii: "{") || b == UInt8(ascii: "}")
    }
}
