import PathwaysGraph

/// Seeded random YAML documents in the shapes content files take (and some they should not):
/// block mappings and lists, indentless lists, flow collections, plain, quoted and multi-line
/// scalars with awkward texts, comments, blank lines, uneven indentation and empty values. The
/// generator need not know what YAML means; the tests hold `YAMLReader` to Yams on whatever it
/// writes.
struct RandomYAMLDocument {
    var random: SeededGenerator
    var text = ""

    init(seed: UInt64) {
        random = SeededGenerator(seed: seed)
    }

    /// A whole document.
    static func make(seed: UInt64) -> String {
        var document = RandomYAMLDocument(seed: seed)
        if document.chance(8) { document.text += "---\n" }
        if document.chance(4) { document.text += "# a comment\n\n" }
        if document.chance(2) {
            document.blockSequence(indent: 0, depth: 0)
        } else {
            document.blockMapping(indent: 0, depth: 0, firstInline: false)
        }
        if document.chance(6) { document.text += "# the end" }
        return document.text
    }

    static let keys = ["id", "title", "next", "to", "requires", "a-b", "x_1", "k9", "sideways", "age", "null", "1"]
    static let texts = [
        "plain", "two words", "no", "yes", "1.0", "0x10", "~", "null", "Null", "", "-5", "+3", "007", "true", "FALSE",
        "a: b", "a:b", "a #b", "a#b", "it's", "say \"hi\"", "café", "日本語", "€5", "x, y", "[a]", "{b}", "  lead",
        "trail  ", "multi\nline", "two\n\nbreaks", "back\\slash", "😀 emoji", "- dash", "-dash", "?q", ":c", "%p",
        "@a", "`b", "!tag", "&anchor", "*alias", "|pipe", ">fold", "a   b", "end:", "https://example.org/x?y=1",
        "Aged 23 or over.", "\u{7}bell", "\u{1B}[31m", "tab\tin", "nbsp\u{A0}here", "ﬁ ligature", "e\u{301}",
    ]

    mutating func chance(_ oneIn: Int) -> Bool { random.below(oneIn) == 0 }
    mutating func pick<T>(_ options: [T]) -> T { options[random.below(options.count)] }
    mutating func spaces(_ n: Int) -> String { String(repeating: " ", count: n) }

    /// Something to end a line with: nothing, trailing spaces or a comment.
    mutating func lineEnd() -> String {
        switch random.below(8) {
        case 0: return "  "
        case 1: return " # note"
        case 2: return "#not a comment"
        default: return ""
        }
    }

    /// Now and then a blank line or a comment line between entries.
    mutating func filler(indent: Int) {
        if chance(10) { text += "\n" }
        if chance(12) { text += spaces(random.below(indent + 3)) + "# between\n" }
    }

    mutating func blockMapping(indent: Int, depth: Int, firstInline: Bool) {
        var used: [String] = []
        for index in 0..<(1 + random.below(4)) {
            var key = pick(RandomYAMLDocument.keys)
            if used.contains(key) && !chance(20) { continue }
            used.append(key)
            if chance(40) { key = "'\(key)'" }
            if index > 0 || !firstInline { text += spaces(indent) }
            text += key + ":"
            value(indent: indent, depth: depth, afterKey: true)
            filler(indent: indent)
        }
    }

    mutating func blockSequence(indent: Int, depth: Int) {
        for _ in 0..<(1 + random.below(4)) {
            text += spaces(indent) + "-"
            value(indent: indent, depth: depth, afterKey: false)
            filler(indent: indent)
        }
    }

    /// A value after `key:` or `-` on the current line, and the lines it needs.
    mutating func value(indent: Int, depth: Int, afterKey: Bool) {
        let nested = depth < 3
        switch random.below(nested ? 9 : 5) {
        case 0:
            text += lineEnd() + "\n"
        case 1, 2:
            text += " " + scalar(indent: indent) + lineEnd() + "\n"
        case 3:
            text += " " + flow(depth: 0) + lineEnd() + "\n"
        case 4:
            text += " " + multiLine(indent: indent + 1 + random.below(3)) + "\n"
        case 5:
            text += lineEnd() + "\n"
            blockMapping(indent: indent + 1 + random.below(4), depth: depth + 1, firstInline: false)
        case 6:
            text += lineEnd() + "\n"
            let inner = afterKey && chance(2) ? indent : indent + 1 + random.below(4)
            blockSequence(indent: inner, depth: depth + 1)
        case 7 where !afterKey:
            let gap = 1 + random.below(3)
            text += spaces(gap)
            blockMapping(indent: indent + 1 + gap, depth: depth + 1, firstInline: true)
        default:
            text += "\n" + spaces(indent + 1 + random.below(3)) + scalar(indent: indent) + "\n"
        }
    }

    /// A scalar on one line, in a random style; a text that cannot be written plain (or
    /// single-quoted) is usually double-quoted, and now and then written anyway.
    mutating func scalar(indent: Int) -> String {
        let text = pick(RandomYAMLDocument.texts)
        let awkward = text.isEmpty || text.unicodeScalars.contains { $0.value < 0x20 || $0 == "#" || $0 == ":" }
            || text.hasPrefix(" ") || text.hasSuffix(" ") || "-?:,[]{}#&*!|>'\"%@`".contains(text.first!)
        if awkward && !chance(10) { return doubleQuoted(text) }
        switch random.below(4) {
        case 0: return "'" + text.replacingOccurrences(of: "'", with: "''").replacingOccurrences(of: "\n", with: "\n\n") + "'"
        case 1: return doubleQuoted(text)
        default: return text.contains("\n") ? doubleQuoted(text) : text
        }
    }

    mutating func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += pick(["\\n", "\\x0A", "\\u000a"])
            case "\t": out += "\\t"
            case "\u{7}": out += "\\a"
            case "\u{1B}": out += "\\e"
            case "\u{A0}": out += pick(["\\_", "\u{A0}"])
            case "é": out += pick(["\\u00e9", "\\U000000E9", "é"])
            case " ": out += pick([" ", " ", "\\ "])
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A scalar over several lines, continued at `indent`, sometimes with blank lines between.
    mutating func multiLine(indent: Int) -> String {
        let words = ["first", "second part", "third: x", "fourth #5", "- fifth", "sixth", "'seventh'"]
        let quote = pick(["", "", "'", "\""])
        var out = quote + pick(words)
        for _ in 0..<(1 + random.below(3)) {
            out += pick(["\n", "\n\n", "  \n", "\n   \n"]) + spaces(chance(10) ? indent - 1 : indent) + pick(words)
            if quote == "\"" && chance(6) { out += "\\" }
        }
        return out + quote
    }

    /// A one-line flow collection of scalars (and now and then a nested one).
    mutating func flow(depth: Int) -> String {
        let isMapping = chance(3)
        var items: [String] = []
        for _ in 0..<random.below(4) {
            var item: String
            if depth < 2 && chance(6) {
                item = flow(depth: depth + 1)
            } else {
                let text = pick(RandomYAMLDocument.texts).replacingOccurrences(of: "\n", with: " ")
                item = chance(3) ? "'" + text.replacingOccurrences(of: "'", with: "''") + "'" : chance(2) ? doubleQuoted(text) : text
            }
            if isMapping { item = pick(RandomYAMLDocument.keys) + pick([": ", ":", ":  "]) + item }
            items.append(item)
        }
        let separator = pick([", ", ",", " , "])
        let inside = items.joined(separator: separator) + (chance(15) ? "," : "")
        return isMapping ? "{" + inside + "}" : "[" + pick(["", " "]) + inside + "]"
    }
}
