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
}
