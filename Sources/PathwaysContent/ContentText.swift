import PathwaysGraph

/// Rules for text that comes from content files: what an ID looks like, which characters may
/// reach a terminal, and how a mistyped key is matched to the one meant.
enum ContentText {
    /// True for lowercase words of letters and digits joined by single hyphens:
    /// `[a-z0-9]+(-[a-z0-9]+)*`.
    static func isValidID(_ id: String) -> Bool {
        var previousWasHyphen = true
        for b in id.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasHyphen = false
            case UInt8(ascii: "-"):
                if previousWasHyphen { return false }
                previousWasHyphen = true
            default:
                return false
            }
        }
        return !previousWasHyphen
    }

    /// The first character that must not reach a terminal: C0 controls (a newline only where
    /// `allowNewline`), DEL, C1 controls, and bidirectional overrides and isolates.
    static func forbiddenScalar(in text: String, allowNewline: Bool) -> Unicode.Scalar? {
        // Printable ASCII, the usual case, is checked byte by byte without decoding.
        let printableASCII = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        }
        if printableASCII == true { return nil }
        for s in text.unicodeScalars where isForbidden(s, allowNewline: allowNewline) { return s }
        return nil
    }

    static func isForbidden(_ s: Unicode.Scalar, allowNewline: Bool) -> Bool {
        s == "\n" ? !allowNewline : VisibleText.isHidden(s)
    }

    /// How a forbidden character is named in an error: "control character U+001B (escape)".
    static func describe(_ s: Unicode.Scalar) -> String {
        let hex = String(s.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        switch s.value {
        case 0x0A: return "a line break (\(code))"
        case 0x09: return "a tab (\(code))"
        case 0x1B: return "an escape character (\(code))"
        case 0x202A...0x202E, 0x2066...0x2069: return "a bidirectional text control (\(code))"
        default: return "a control character (\(code))"
        }
    }

    /// Text from a file made safe to print inside an error message: anything forbidden is
    /// shown as `\u{1B}`, and very long text is cut short.
    static func printable(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > 60 else { return VisibleText.escaped(text) }
        return VisibleText.escaped(String(String.UnicodeScalarView(scalars.prefix(60)))) + "…"
    }

    /// The known key closest to a mistyped one, when it is close enough to be a likely typo.
    static func nearest(to key: String, among known: [String]) -> String? {
        let lowered = key.lowercased()
        if let sameLetters = known.first(where: { $0.lowercased() == lowered }) { return sameLetters }
        var best: (key: String, distance: Int)? = nil
        for candidate in known {
            let d = editDistance(lowered, candidate.lowercased(), limit: 3)
            if d < (best?.distance ?? Int.max) { best = (candidate, d) }
        }
        guard let best else { return nil }
        let allowed = max(1, min(3, best.key.count / 3))
        return best.distance <= allowed ? best.key : nil
    }

    /// Edit distance counting an insertion, deletion, substitution or swap of two neighbouring
    /// letters as one edit (`titel` is one edit from `title`), giving up (returning
    /// `limit + 1`) once it must exceed `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if abs(x.count - y.count) > limit { return limit + 1 }
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        var beforePrevious = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            var rowBest = i
            for j in 1...y.count {
                var d = min(previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1), previous[j] + 1, current[j - 1] + 1)
                if i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1] {
                    d = min(d, beforePrevious[j - 2] + 1)
                }
                current[j] = d
                rowBest = min(rowBest, d)
            }
            if rowBest > limit { return limit + 1 }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[y.count]
    }
}
