/// How many terminal or receipt-printer columns text takes, without depending on the locale:
/// the one width function the engine, the terminal, the command line and the exports share.
///
/// Combining marks, joiners and other format characters take no column; East Asian wide and
/// full-width characters and emoji take two; everything else one (so `£` and `—` take one).
/// A grapheme cluster takes the width of its widest scalar, so an emoji sequence joined with
/// ZWJ counts as two, not as the sum of its parts. A control character (a tab, a newline, an
/// escape, a bidi override: see `isControl`) is never shown as it is; it takes the one column
/// of the space shown in its place.
public enum DisplayWidth {
    /// The columns `text` takes.
    public static func of(_ text: String) -> Int {
        if let columns = asciiColumns(text) { return columns }
        return text.reduce(0) { $0 + of($1) }
    }

    /// The columns of text that is all ASCII, counted from its bytes without splitting it into
    /// characters (most content is ASCII, and screens measure it on every frame); nil for
    /// other text. Every ASCII character takes one column (a control character, the space
    /// shown in its place), and CR LF is one character.
    private static func asciiColumns(_ text: String) -> Int? {
        var columns = 0
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte >= 0x80 { return nil }
            if !(byte == 0x0A && previous == 0x0D) { columns += 1 }
            previous = byte
        }
        return columns
    }

    /// The columns one character (grapheme cluster) takes: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        if character.isASCII { return 1 }
        var width = 0
        for scalar in character.unicodeScalars {
            if isControl(scalar) { return 1 }
            width = max(width, of(scalar))
        }
        return width
    }

    /// True for scalars that must never reach a terminal or a file as they are: C0 and C1
    /// control characters (tab and newline among them), DEL, the line and paragraph separators,
    /// and the bidi embeddings, overrides and isolates that could reorder text on screen.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (v >= 0x7F && v < 0xA0) || v == 0x2028 || v == 0x2029 || (0x202A...0x202E).contains(v)
            || (0x2066...0x2069).contains(v)
    }

    /// The columns one scalar takes on its own: 0, 1 or 2 (0 for a control character, which
    /// is never drawn as it is).
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v == 0 { return 0 }
        // Printable ASCII and Latin-1 letters and signs (not the soft hyphen, a format character).
        if (0x20..<0x7F).contains(v) || ((0xA0..<0x300).contains(v) && v != 0xAD) { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if v == 0x200B || (0x1160...0x11FF).contains(v) { return 0 }
        if isWide(v) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// The longest prefix of `text` that fits in `columns`, with `ellipsis` when cut.
    public static func truncate(_ text: String, to columns: Int, ellipsis: String = "…") -> String {
        if columns <= 0 { return "" }
        if of(text) <= columns { return text }
        let room = columns - of(ellipsis)
        if room <= 0 { return String(ellipsis.prefix(columns)) }
        var out = ""
        var used = 0
        for ch in text {
            let w = of(ch)
            if used + w > room { break }
            out.append(ch)
            used += w
        }
        return out + ellipsis
    }

    /// `text` padded with spaces (or truncated) to exactly `columns`.
    public static func pad(_ text: String, to columns: Int, ellipsis: String = "…") -> String {
        let cut = truncate(text, to: columns, ellipsis: ellipsis)
        return cut + String(repeating: " ", count: max(0, columns - of(cut)))
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges, simplified from Unicode's EastAsianWidth.txt.
    private static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
             0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB,
             0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA, 0x26FD,
             0x2705, 0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757, 0x2795...0x2797,
             0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55,
             0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F004, 0x1F0CF, 0x1F18E,
             0x1F191...0x1F19A, 0x1F200...0x1F251, 0x1F300...0x1F64F, 0x1F680...0x1F6FF,
             0x1F7E0...0x1F7EB, 0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
