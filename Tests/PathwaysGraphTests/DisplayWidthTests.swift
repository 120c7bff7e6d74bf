import PathwaysGraph
import Testing

/// The one width function: grapheme clusters, East Asian wide, combining marks, ZWJ
/// sequences, tabs and other control characters.
@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("abc", 3), ("£5 — ok", 7), ("漢字", 4), ("ｆｕｌｌ", 8), ("e\u{301}", 1), ("cafe\u{301}", 4),
        ("👩‍💻", 2), ("👨‍👩‍👧‍👦", 2), ("🇬🇧", 2), ("✅", 2), ("a\u{200B}b", 2),
        ("a\tb", 3), ("\u{1B}[0m", 4), ("a\u{202E}b", 3), ("\r\n", 1), ("", 0),
    ])
    func widths(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test func controlCharactersAreNamed() {
        for v: UInt32 in [0x00, 0x09, 0x0A, 0x1B, 0x7F, 0x85, 0x9F, 0x2028, 0x2029, 0x202A, 0x202E, 0x2066, 0x2069] {
            #expect(DisplayWidth.isControl(Unicode.Scalar(v)!), "U+\(String(v, radix: 16))")
        }
        for v: UInt32 in [0x20, 0x41, 0xA0, 0xA3, 0x200D, 0x301, 0x6F22] {
            #expect(!DisplayWidth.isControl(Unicode.Scalar(v)!), "U+\(String(v, radix: 16))")
        }
    }

    @Test func truncateKeepsWholeCharactersAndTheEllipsis() {
        #expect(DisplayWidth.truncate("abcdef", to: 4) == "abc…")
        #expect(DisplayWidth.truncate("abc", to: 3) == "abc")
        #expect(DisplayWidth.truncate("漢字漢字", to: 5) == "漢字…")
        #expect(DisplayWidth.truncate("👩‍💻👩‍💻", to: 3) == "👩‍💻…")
        #expect(DisplayWidth.truncate("abcdef", to: 4, ellipsis: "...") == "a...")
        #expect(DisplayWidth.truncate("abcdef", to: 0) == "")
    }

    @Test func padFillsToExactlyTheColumns() {
        #expect(DisplayWidth.pad("漢", to: 4) == "漢  ")
        #expect(DisplayWidth.of(DisplayWidth.pad("e\u{301}x", to: 5)) == 5)
        #expect(DisplayWidth.pad("abcdef", to: 3) == "ab…")
    }

    /// The fast paths (text that is all ASCII counted from its bytes, ASCII characters and
    /// Latin-1 letters without their Unicode properties) agree with the rule they shortcut,
    /// computed here from the properties alone, on random text that mixes them with control
    /// characters, CR LF, the soft hyphen, combining marks, wide letters and emoji.
    @Test func fastPathsAgreeWithTheUnicodeRule() {
        let pieces = ["a", "Z", "7", " ", "~", "\t", "\n", "\r", "\r\n", "\u{7F}", "\u{1B}", "é", "£", "\u{AD}", "ÿ", "ʰ",
                      "\u{301}", "—", "\u{200B}", "漢", "👩‍💻", "\u{202E}", "\u{85}", "\u{A0}"]
        var generator = SeededGenerator(seed: 12)
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let expected = text.reduce(0) { $0 + Self.reference($1) }
            #expect(DisplayWidth.of(text) == expected, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        for v in UInt32(0)..<0x300 {
            let scalar = Unicode.Scalar(v)!
            #expect(DisplayWidth.of(Character(scalar)) == Self.reference(Character(scalar)), "U+\(String(v, radix: 16))")
        }
    }

    /// The width rule from Unicode properties only, with no shortcut (East Asian wide ranges
    /// do not occur in the pieces above except 漢).
    static func reference(_ character: Character) -> Int {
        var width = 0
        for scalar in character.unicodeScalars {
            if DisplayWidth.isControl(scalar) { return 1 }
            let v = scalar.value
            var w = 1
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format, .control: w = 0
            default:
                if v == 0 || v == 0x200B { w = 0 } else if (0x4E00...0x9FFF).contains(v) || scalar.properties.isEmojiPresentation { w = 2 }
            }
            width = max(width, w)
        }
        return width
    }
}
