import PathwaysGraph
import Testing

@testable import PathwaysTerminalCore

/// Word wrapping for panes: by display width, words longer than a line cut.
@Suite struct TextBlockTests {
    @Test func wrapsAtWordsWithinTheWidth() {
        #expect(TextBlock.wrap("the quick brown fox jumps", width: 10, firstWidth: 10, indent: 0)
            == ["the quick", "brown fox", "jumps"])
    }

    @Test func hangingIndentAndAShorterFirstLine() {
        #expect(TextBlock.wrap("one two three four", width: 10, firstWidth: 5, indent: 2) == ["one", "  two", "  three", "  four"])
    }

    @Test func longWordsAreCut() {
        #expect(TextBlock.wrap("abcdefghij", width: 4, firstWidth: 4, indent: 0) == ["abcd", "efgh", "ij"])
    }

    @Test func wideCharactersCountTwoColumns() {
        let lines = TextBlock.wrap("漢字漢字 漢字", width: 6, firstWidth: 6, indent: 0)
        #expect(lines == ["漢字漢", "字", "漢字"])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 6 })
    }

    @Test func zwjSequencesAndCombiningMarksAreNeverSplit() {
        let lines = TextBlock.wrap("👩‍💻👩‍💻👩‍💻 cafe\u{301}s", width: 4, firstWidth: 4, indent: 0)
        #expect(lines == ["👩‍💻👩‍💻", "👩‍💻", "cafe\u{301}", "s"])
    }

    @Test func emptyTextIsOneEmptyLine() {
        #expect(TextBlock.wrap("", width: 10, firstWidth: 10, indent: 0) == [""])
        #expect(TextBlock().lines(width: 0).isEmpty)
    }

    @Test func labelsAreBoldAndTextWrapsUnderThem() {
        var b = TextBlock()
        b.field("Cost", "free to you after funding")
        let lines = b.lines(width: 16)
        #expect(lines.first?.first?.0 == "Cost: " && lines.first?.first?.1.bold == true)
        #expect(lines.map { $0.map(\.0).joined() } == ["Cost: free to", "  you after", "  funding"])
    }
}
