/// Checks a content file's raw bytes before the YAML parser sees them: NUL bytes, anchors and
/// aliases (the "billion laughs" bomb), and nesting deeper than `ContentLimits.maxDepth`.
///
/// Lines are seen as the parser sees them: libyaml ends a line at LF, CR, CR LF, NEL (U+0085),
/// LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029), so the screen first rewrites each
/// of those to one LF. Otherwise an alias after a comment ended by a lone CR would pass as part
/// of the comment, and reach the parser. Lines and columns in problems count the same way.
///
/// One linear pass over the bytes with a small YAML-aware scanner: it knows where a node may
/// start (so `&` and `*` inside ordinary text are fine), skips quoted, block and plain scalars
/// and comments, and tracks bracket depth and block indentation. Content never needs anchors,
/// aliases or deep nesting, so refusing them outright costs nothing.
struct FileSafetyCheck {
    /// A problem and where it starts.
    struct Problem: Equatable {
        var message: String
        var line: Int
        var column: Int
    }

    let bytes: [UInt8]
    let maxDepth: Int

    private var i = 0
    private var line = 1
    private var lineStart = 0
    private var flowDepth = 0
    private var blockIndents: [Int] = []

    init(bytes: [UInt8], maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    /// The first problem in the file, or `nil` when it is safe to hand to the parser.
    static func firstProblem(in bytes: [UInt8], maxDepth: Int) -> Problem? {
        if let nul = bytes.firstIndex(of: 0) {
            let (line, column) = position(of: nul, in: bytes)
            return Problem(message: "file contains a NUL byte; content files are plain UTF-8 text", line: line, column: column)
        }
        var scanner = FileSafetyCheck(bytes: lineFeedsOnly(bytes), maxDepth: maxDepth)
        return scanner.scan()
    }

    /// The length in bytes of the line break starting at `k` (CR LF counts as one), or 0.
    static func lineBreakLength(at k: Int, in bytes: [UInt8]) -> Int {
        switch bytes[k] {
        case 0x0A: return 1
        case 0x0D: return k + 1 < bytes.count && bytes[k + 1] == 0x0A ? 2 : 1
        case 0xC2: return k + 1 < bytes.count && bytes[k + 1] == 0x85 ? 2 : 0
        case 0xE2:
            return k + 2 < bytes.count && bytes[k + 1] == 0x80 && (bytes[k + 2] == 0xA8 || bytes[k + 2] == 0xA9) ? 3 : 0
        default: return 0
        }
    }

    /// The bytes with every line break libyaml knows rewritten to a single LF.
    static func lineFeedsOnly(_ bytes: [UInt8]) -> [UInt8] {
        // Most files end lines with LF alone: no CR, and no lead byte of NEL, U+2028 or U+2029.
        guard bytes.contains(where: { $0 == 0x0D || $0 == 0xC2 || $0 == 0xE2 }) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var k = 0
        while k < bytes.count {
            let length = lineBreakLength(at: k, in: bytes)
            if length > 0 {
                out.append(0x0A)
                k += length
            } else {
                out.append(bytes[k])
                k += 1
            }
        }
        return out
    }

    /// 1-based line and column (in Unicode scalars) of a byte offset, counting lines as the
    /// parser does (see the type's documentation).
    static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var start = 0
        var k = 0
        while k < offset && k < bytes.count {
            let length = lineBreakLength(at: k, in: bytes)
            if length > 0 {
                line += 1
                k += length
                start = k
            } else {
                k += 1
            }
        }
        return (line, column(from: start, to: offset, in: bytes))
    }

    private static func column(from start: Int, to offset: Int, in bytes: [UInt8]) -> Int {
        var column = 1
        var k = start
        while k < offset && k < bytes.count {
            if bytes[k] & 0xC0 != 0x80 { column += 1 }
            k += 1
        }
        return column
    }

    private func problem(_ message: String, at offset: Int) -> Problem {
        Problem(message: message, line: line, column: FileSafetyCheck.column(from: lineStart, to: offset, in: bytes))
    }

    private func byte(_ k: Int) -> UInt8 { k < bytes.count ? bytes[k] : 0x0A }
    private static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    // MARK: Scanning

    private mutating func newLine(at k: Int) {
        line += 1
        lineStart = k + 1
    }

    /// Skips to the end of the current line (not past the newline).
    private mutating func skipToEndOfLine() {
        while i < bytes.count && bytes[i] != 0x0A { i += 1 }
    }

    private mutating func scan() -> Problem? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }   // a byte order mark
        var blockScalarIndent: Int? = nil    // inside a `|` or `>` scalar: lines indented past this
        var plainIndent: Int? = nil          // the previous line ended inside a plain scalar begun at this indent
        while i < bytes.count {
            // At the start of a line.
            var k = i
            while k < bytes.count && (bytes[k] == 0x20 || bytes[k] == 0x09) { k += 1 }
            let indent = k - i
            let blank = k >= bytes.count || bytes[k] == 0x0A || bytes[k] == 0x0D
            if let limit = blockScalarIndent {
                if blank || indent > limit { i = k; skipToEndOfLine(); nextLine(); continue }
                blockScalarIndent = nil
            }
            if blank || bytes[k] == UInt8(ascii: "#") { i = k; skipToEndOfLine(); nextLine(); continue }
            if flowDepth == 0, let p = plainIndent, indent > p {
                i = k; skipToEndOfLine(); nextLine(); continue
            }
            plainIndent = nil
            i = k
            if flowDepth == 0 {
                if bytes[k] == UInt8(ascii: "%") && indent == 0 { skipToEndOfLine(); nextLine(); continue }
                if indent == 0, isMarker(at: k) {
                    i += 3
                } else if let p = openBlock(at: indent, offset: k) {
                    return p
                }
            }
            switch scanLine(lineIndent: indent) {
            case .problem(let p): return p
            case .blockScalar: blockScalarIndent = max(indent, blockIndents.last ?? 0)
            case .plainAtEnd(let startIndent): plainIndent = startIndent
            case .done: break
            }
            nextLine()
        }
        return nil
    }

    private mutating func nextLine() {
        if i < bytes.count && bytes[i] == 0x0A { newLine(at: i); i += 1 }
    }

    private func isMarker(at k: Int) -> Bool {
        guard k + 2 < bytes.count else { return false }
        let three = (bytes[k], bytes[k + 1], bytes[k + 2])
        let dashes = three == (0x2D, 0x2D, 0x2D), dots = three == (0x2E, 0x2E, 0x2E)
        return (dashes || dots) && FileSafetyCheck.isBlank(byte(k + 3))
    }

    /// Records a block collection opening at `column`; fails past the depth limit.
    private mutating func openBlock(at column: Int, offset: Int) -> Problem? {
        while let last = blockIndents.last, last > column { blockIndents.removeLast() }
        if blockIndents.last != column { blockIndents.append(column) }
        if blockIndents.count + flowDepth > maxDepth {
            return problem("nesting is deeper than \(maxDepth) levels", at: offset)
        }
        return nil
    }

    private enum LineEnd {
        case done, blockScalar, plainAtEnd(Int), problem(Problem)
    }

    /// Scans the rest of one line (and any quoted scalar that runs past it).
    private mutating func scanLine(lineIndent: Int) -> LineEnd {
        var expectNode = true
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0A { return .done }
            if b == 0x20 || b == 0x09 || b == 0x0D { i += 1; continue }
            if b == UInt8(ascii: "#") { skipToEndOfLine(); return .done }
            switch b {
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                flowDepth += 1
                if blockIndents.count + flowDepth > maxDepth {
                    return .problem(problem("nesting is deeper than \(maxDepth) levels", at: i))
                }
                i += 1; expectNode = true; continue
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                flowDepth = max(0, flowDepth - 1)
                i += 1; expectNode = false; continue
            case UInt8(ascii: ","):
                i += 1; expectNode = true; continue
            case UInt8(ascii: ":") where FileSafetyCheck.isBlank(byte(i + 1)) || flowDepth > 0:
                i += 1; expectNode = true; continue
            case _ where (b == UInt8(ascii: "-") || b == UInt8(ascii: "?")) && expectNode && FileSafetyCheck.isBlank(byte(i + 1)):
                if flowDepth == 0 && b == UInt8(ascii: "-") {
                    var k = i + 1
                    while k < bytes.count && bytes[k] == 0x20 { k += 1 }
                    if k < bytes.count && bytes[k] != 0x0A && bytes[k] != UInt8(ascii: "#") {
                        if let p = openBlock(at: k - lineStart, offset: k) { return .problem(p) }
                    }
                }
                i += 1; expectNode = true; continue
            default: break
            }
            guard expectNode else {
                // Text after a quoted scalar or a closing bracket: skip a word.
                i += 1; continue
            }
            switch b {
            case UInt8(ascii: "&"):
                return .problem(problem("anchors ('&') are not allowed in content; write the value out in full", at: i))
            case UInt8(ascii: "*"):
                return .problem(problem("aliases ('*') are not allowed in content; write the value out in full", at: i))
            case UInt8(ascii: "!"):
                while i < bytes.count && !FileSafetyCheck.isBlank(bytes[i]) { i += 1 }
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                skipQuoted(b)
                expectNode = false
            case UInt8(ascii: "|") where flowDepth == 0, UInt8(ascii: ">") where flowDepth == 0:
                skipToEndOfLine()
                return .blockScalar
            default:
                // A plain scalar continues on lines indented past its block collection.
                let start = max(lineIndent, blockIndents.last ?? 0)
                if skipPlain() { return .plainAtEnd(start) }
                expectNode = false
            }
        }
        return .done
    }

    /// Skips a quoted scalar, which may run over several lines.
    private mutating func skipQuoted(_ quote: UInt8) {
        i += 1
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0A { newLine(at: i); i += 1; continue }
            if quote == UInt8(ascii: "\"") && b == UInt8(ascii: "\\") { i += 2; continue }
            if b == quote {
                if quote == UInt8(ascii: "'") && byte(i + 1) == quote { i += 2; continue }
                i += 1
                return
            }
            i += 1
        }
    }

    /// Skips a plain scalar; true when it runs to the end of the line (and may continue).
    private mutating func skipPlain() -> Bool {
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0A { return true }
            if b == UInt8(ascii: ":") && (FileSafetyCheck.isBlank(byte(i + 1)) || (flowDepth > 0 && isFlowIndicator(byte(i + 1)))) {
                return false
            }
            if (b == 0x20 || b == 0x09) && byte(i + 1) == UInt8(ascii: "#") { return false }
            if flowDepth > 0 && isFlowIndicator(b) { return false }
            i += 1
        }
        return true
    }

    private func isFlowIndicator(_ b: UInt8) -> Bool {
        b == UInt8(ascii: ",") || b == UInt8(ascii: "[") || b == UInt8(ascii: "]")
            || b == UInt8(ascii: "{") || b == UInt8(ascii: "}")
    }
}
