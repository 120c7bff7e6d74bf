/// Plain and quoted scalars, folded over lines as libyaml folds them: a single line break
/// becomes a space, each further (blank) line a line feed; spaces around a break are dropped.
extension YAMLReader {
    /// A plain scalar in block context at `p`. It continues on following lines indented past its
    /// collection's column `c`, and ends at a comment or a less indented line.
    mutating func plain(parent c: Int) throws(Unsupported) -> Int {
        let mark = self.mark(at: p)
        let start = p
        var (end, atComment) = try plainLine()
        var folded: [UInt8]? = nil
        while !atComment, let (breaks, next, nextLine, nextLineStart) = continuation(after: end, parent: c) {
            if folded == nil { folded = Array(UnsafeBufferPointer(rebasing: text[start..<end])) }
            if breaks == 1 {
                folded?.append(UInt8(ascii: " "))
            } else {
                folded?.append(contentsOf: repeatElement(0x0A, count: breaks - 1))
            }
            p = next
            line = nextLine
            lineStart = nextLineStart
            let lineStart = p
            (end, atComment) = try plainLine()
            folded?.append(contentsOf: UnsafeBufferPointer(rebasing: text[lineStart..<end]))
        }
        p = end
        if let folded { return built.scalar(decoding: folded, style: .plain, mark: mark) }
        return built.scalar(from: start, to: end, style: .plain, mark: mark)
    }

    /// Reads one line of a plain scalar from `p`: where its text ends (trailing spaces left
    /// out), and whether a comment follows. `: ` inside is unsupported (libyaml refuses it).
    private mutating func plainLine() throws(Unsupported) -> (end: Int, atComment: Bool) {
        var end = p
        while true {
            let b = byte(p)
            if p >= text.count || b == 0x0A { return (end, false) }
            if b == UInt8(ascii: ":") && YAMLReader.isBlankOrEnd(byte(p + 1)) { throw Unsupported() }
            if b == UInt8(ascii: " ") {
                while byte(p) == UInt8(ascii: " ") { p += 1 }
                if byte(p) == UInt8(ascii: "#") { return (end, true) }
                continue
            }
            p += 1
            end = p
        }
    }

    /// Whether the plain scalar ending at `end` (a line's end follows) goes on below: the line
    /// breaks to fold, where the next line's text starts, and that line's number and start.
    private func continuation(after end: Int, parent c: Int) -> (Int, Int, Int, Int)? {
        var k = end
        while byte(k) == UInt8(ascii: " ") { k += 1 }
        var breaks = 0, nextLine = line, nextLineStart = lineStart
        while k < text.count && text[k] == 0x0A {
            breaks += 1
            nextLine += 1
            k += 1
            nextLineStart = k
            while byte(k) == UInt8(ascii: " ") { k += 1 }
        }
        guard breaks > 0, k < text.count, k - nextLineStart > c, text[k] != UInt8(ascii: "#") else { return nil }
        return (breaks, k, nextLine, nextLineStart)
    }

    /// A single- or double-quoted scalar at `p`. In block context it may run over lines
    /// indented past its collection's column `c` (libyaml does not ask that; the reader does,
    /// to stay on the safe side); in a flow collection (`c` nil) it must end on its line.
    mutating func quoted(single: Bool, parent c: Int?) throws(Unsupported) -> Int {
        let mark = self.mark(at: p)
        let quote = byte(p)
        p += 1
        var out: [UInt8] = []
        var spaces = 0              // spaces read since the last text on this line
        var breaks = 0              // line breaks read past the first
        while true {
            var afterBreak = false  // a line break was read (or escaped) since the last text
            var escapedBreak = false
            while !YAMLReader.isBlankOrEnd(byte(p)) {
                let b = text[p]
                if single && b == quote && byte(p + 1) == quote {
                    out.append(quote)
                    p += 2
                } else if b == quote {
                    break
                } else if !single && b == UInt8(ascii: "\\") {
                    if byte(p + 1) == 0x0A {
                        p += 1
                        try newQuotedLine(parent: c)
                        afterBreak = true
                        escapedBreak = true
                        break
                    }
                    try escape(into: &out)
                } else {
                    out.append(b)
                    p += 1
                }
            }
            if byte(p) == quote && p < text.count { break }
            if p >= text.count { throw Unsupported() }
            while byte(p) == UInt8(ascii: " ") || byte(p) == 0x0A {
                if text[p] == UInt8(ascii: " ") {
                    if !afterBreak { spaces += 1 }
                    p += 1
                } else {
                    if afterBreak { breaks += 1 } else { afterBreak = true; spaces = 0 }
                    try newQuotedLine(parent: c)
                }
            }
            if afterBreak {
                if !escapedBreak && breaks == 0 {
                    out.append(UInt8(ascii: " "))
                } else {
                    out.append(contentsOf: repeatElement(0x0A, count: breaks))
                }
                breaks = 0
            } else {
                out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: spaces))
            }
            spaces = 0
        }
        p += 1
        // Foundation drops a leading byte order mark when Yams decodes a scalar; leave such
        // text to Yams rather than guess.
        if out.starts(with: [0xEF, 0xBB, 0xBF]) { throw Unsupported() }
        return built.scalar(decoding: out, style: single ? .singleQuoted : .doubleQuoted, mark: mark)
    }

    /// Moves past the line break at `p` inside a quoted scalar; the next line must be blank or
    /// indented past `c`, and there must be one.
    private mutating func newQuotedLine(parent c: Int?) throws(Unsupported) {
        guard let c else { throw Unsupported() }
        p += 1
        line += 1
        lineStart = p
        var k = p
        while byte(k) == UInt8(ascii: " ") { k += 1 }
        if k >= text.count { throw Unsupported() }
        if text[k] != 0x0A && k - lineStart <= c { throw Unsupported() }
    }

    /// One backslash escape of a double-quoted scalar at `p`, appended as UTF-8.
    private mutating func escape(into out: inout [UInt8]) throws(Unsupported) {
        let code = byte(p + 1)
        p += 2
        var digits = 0
        switch code {
        case UInt8(ascii: "0"): out.append(0)
        case UInt8(ascii: "a"): out.append(0x07)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "v"): out.append(0x0B)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "e"): out.append(0x1B)
        case UInt8(ascii: " "), UInt8(ascii: "\""), UInt8(ascii: "/"), UInt8(ascii: "\\"): out.append(code)
        case UInt8(ascii: "N"): out.append(contentsOf: [0xC2, 0x85])
        case UInt8(ascii: "_"): out.append(contentsOf: [0xC2, 0xA0])
        case UInt8(ascii: "L"): out.append(contentsOf: [0xE2, 0x80, 0xA8])
        case UInt8(ascii: "P"): out.append(contentsOf: [0xE2, 0x80, 0xA9])
        case UInt8(ascii: "x"): digits = 2
        case UInt8(ascii: "u"): digits = 4
        case UInt8(ascii: "U"): digits = 8
        default: throw Unsupported()
        }
        guard digits > 0 else { return }
        var value: UInt32 = 0
        for _ in 0..<digits {
            guard let digit = YAMLReader.hexValue(byte(p)) else { throw Unsupported() }
            value = value << 4 + digit
            p += 1
        }
        guard let scalar = Unicode.Scalar(value) else { throw Unsupported() }
        out.append(contentsOf: UTF8.encode(scalar)!)
    }

    static func hexValue(_ b: UInt8) -> UInt32? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(b - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(b - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(b - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
