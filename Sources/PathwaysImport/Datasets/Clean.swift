import Foundation

/// How the importer tidies a field from a dataset: one line, single spaces, no control
/// characters, and the small conversions (dates, lists, version numbers) the datasets need.
enum Clean {
    /// The field as one line of text: control characters and runs of white space become one
    /// space, and the ends are trimmed.
    static func text(_ raw: String) -> String {
        var out = ""
        out.reserveCapacity(raw.utf8.count)
        var space = false
        for scalar in raw.unicodeScalars {
            let blank = scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
                || scalar.properties.generalCategory == .format || (0x2028...0x2029).contains(scalar.value)
            if blank {
                space = !out.isEmpty
            } else {
                if space { out.append(" ") }
                space = false
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A title as shown: tidied, with a first capital letter kept as published.
    static func title(_ raw: String) -> String { text(raw) }

    /// `nil` for an empty field.
    static func optional(_ raw: String) -> String? {
        let t = text(raw)
        return t.isEmpty ? nil : t
    }

    /// A `separator`-separated list, tidied, empty items dropped.
    static func list(_ raw: String, separator: Character) -> [String] {
        raw.split(separator: separator).map { text(String($0)) }.filter { !$0.isEmpty }
    }

    /// `DD-MM-YYYY` as `YYYY-MM-DD`; `nil` for anything else (`TBC`, empty).
    static func date(_ raw: String) -> String? {
        let parts = text(raw).split(separator: "-")
        guard parts.count == 3, parts[0].count == 2, parts[1].count == 2, parts[2].count == 4,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return nil }
        return "\(parts[2])-\(parts[1])-\(parts[0])"
    }

    /// `1.10` sorts after `1.9`: the numbers of a version; an empty version sorts first.
    static func versionKey(_ version: String) -> [Int] {
        version.split(separator: ".").map { Int($0) ?? 0 }
    }

    /// `ST0116`, `FA0001`: two capital letters and four digits.
    static func isReference(_ text: String) -> Bool {
        let u = Array(text.utf8)
        return u.count == 6 && u[0...1].allSatisfy { (65...90).contains($0) } && u[2...].allSatisfy { (48...57).contains($0) }
    }

    /// A four-digit SOC code.
    static func isSOC(_ text: String) -> Bool { text.utf8.count == 4 && text.utf8.allSatisfy { (48...57).contains($0) } }

    /// A field shown in a message: cut short, control characters escaped.
    static func printable(_ raw: String) -> String {
        let t = raw.unicodeScalars.map { $0.properties.generalCategory == .control ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined()
        return t.count > 40 ? String(t.prefix(40)) + "..." : t
    }

    /// A record ID from a name: lowercase letters and digits joined by single hyphens;
    /// apostrophes are dropped.
    static func id(_ raw: String) -> String {
        var out = ""
        var hyphen = false
        for scalar in raw.lowercased().unicodeScalars {
            if scalar == "'" || scalar == "\u{2019}" { continue }   // "children's" → "childrens"
            if (97...122).contains(scalar.value) || (48...57).contains(scalar.value) {
                if hyphen && !out.isEmpty { out.append("-") }
                hyphen = false
                out.unicodeScalars.append(scalar)
            } else {
                hyphen = true
            }
        }
        return out
    }

    /// A title reduced for matching: lowercase words, single spaces.
    static func matchKey(_ raw: String) -> String {
        text(raw).lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
    }
}
