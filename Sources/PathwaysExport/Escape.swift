/// Makes content text safe to place in each format, so a title holding `<script>`, quotes,
/// commas, pipes or line breaks cannot change a document's structure.
public enum Escape {
    /// Text for HTML element content or a double- or single-quoted attribute value: `&`, `<`,
    /// `>`, `"` and `'` become entities; control characters other than tab and line feed are
    /// dropped (HTML does not allow them).
    public static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                if isControl(scalar) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Text for one line of Markdown (inside a paragraph, list item or table cell).
    ///
    /// Line breaks and other controls become spaces; `\`, `` ` ``, `*`, `_`, `[`, `]`, `<`, `>`,
    /// `|`, `~` and an `&` that starts an entity (`&amp;`) get a backslash; so do a leading `#`, `-`,
    /// `+`, `=` or `>` and the dot or parenthesis after leading digits, which would otherwise
    /// start a heading, list or quote.
    public static func markdown(_ text: String) -> String {
        let flat = singleLine(text)
        var out = ""
        let scalars = Array(flat.unicodeScalars)
        for (i, scalar) in scalars.enumerated() {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~":
                out += "\\"
            case "&":
                if startsEntity(scalars, at: i) { out += "\\" }
            case "#", "-", "+", "=":
                if i == 0 { out += "\\" }
            case ".", ")":
                if i > 0, scalars[0..<i].allSatisfy({ ("0"..."9").contains($0) }) { out += "\\" }
            default: break
            }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// True when `&` at `index` begins something a Markdown renderer reads as an entity: `&name;`,
    /// `&#123;` or `&#x1F;`.
    private static func startsEntity(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var j = index + 1
        while j < scalars.count, scalars[j] == "#" || scalars[j].properties.isASCIIHexDigit
            || ("a"..."z").contains(scalars[j]) || ("A"..."Z").contains(scalars[j]) {
            j += 1
        }
        return j > index + 1 && j < scalars.count && scalars[j] == ";"
    }

    /// One CSV field (RFC 4180): quoted, with quotes doubled, when it holds a comma, quote, CR,
    /// LF or leading or trailing space.
    ///
    /// A field that a spreadsheet would run as a formula (starting `=`, `+`, `-`, `@`, tab or CR,
    /// and not a plain number) gets a leading `'` first, the usual defence against CSV injection.
    public static func csv(_ text: String) -> String {
        var field = text
        if let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Int(field) == nil {
            field = "'" + field
        }
        let needsQuotes = field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            || field.first == " " || field.last == " "
        guard needsQuotes else { return field }
        return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
    }

    /// Text on one line with no control or bidirectional-override characters: each run of them
    /// and of whitespace becomes one space, and the ends are trimmed.
    public static func singleLine(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isControl(scalar) || scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out += " "; pendingSpace = false }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// C0 and C1 controls, DEL, and format characters that reorder or hide text (bidi
    /// overrides and isolates, zero-width characters other than the joiner).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: return true
        default: return false
        }
    }
}

extension String {
    /// Every occurrence of `target` replaced, without Foundation.
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for ch in self { if ch == target { out += replacement } else { out.append(ch) } }
        return out
    }
}
