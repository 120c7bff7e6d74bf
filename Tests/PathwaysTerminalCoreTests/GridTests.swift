import PathwaysGraph
import Testing

@testable import PathwaysTerminalCore

/// Writing into the grid: the one place text reaches the screen, so the one place it is made
/// safe and measured.
@Suite struct GridTests {
    func row(_ text: String, width: Int = 12, asciiOnly: Bool = false) -> Grid {
        var g = Grid(width: width, height: 1, asciiOnly: asciiOnly)
        g.put(text, x: 0, y: 0)
        return g
    }

    @Test func wideCharactersTakeTwoCellsAndAContinuation() {
        let g = row("a漢b")
        #expect(g[1, 0].text == "漢" && g[1, 0].width == 2 && g[2, 0].isContinuation && g[3, 0].text == "b")
        #expect(g.line(0) == "a漢b")
    }

    @Test func aWideCharacterThatDoesNotFitIsNotHalfDrawn() {
        var g = Grid(width: 3, height: 1)
        #expect(g.put("ab漢", x: 0, y: 0) == 2)
        #expect(g.line(0) == "ab")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var g = row("漢字")
        g.put("x", x: 1, y: 0)
        #expect(g.line(0) == " x字")
        g.put("y", x: 2, y: 0)
        #expect(g.line(0) == " xy")
    }

    @Test func combiningMarksStayWithTheirLetter() {
        let g = row("e\u{301}te\u{301}")
        #expect(g[0, 0].text == "e\u{301}" && g[0, 0].width == 1 && g.line(0) == "e\u{301}te\u{301}")
        // A mark with no letter of its own (after a tab, which starts a new character) joins the cell before.
        let lone = row("x\t\u{301}y")
        #expect(lone[1, 0].text == " \u{301}" && lone[2, 0].text == "y")
    }

    @Test func zwjSequencesAreOneTwoColumnCell() {
        let family = "👩‍💻"
        let g = row(family + "x")
        #expect(g[0, 0].text == family && g[0, 0].width == 2 && g[1, 0].isContinuation && g[2, 0].text == "x")
        var measured = Grid(width: 10, height: 1)
        #expect(measured.put(family, x: 0, y: 0) == DisplayWidth.of(family))
    }

    @Test func tabsAndControlCharactersBecomeOneSpaceEach() {
        let g = row("a\tb\u{1B}[2Jc\u{202E}d")
        #expect(g.line(0) == "a b [2Jc d")
        let controls = g.cells.filter { cell in cell.text.unicodeScalars.contains { DisplayWidth.isControl($0) } }
        #expect(controls.isEmpty)
        #expect(DisplayWidth.of("a\tb\u{1B}[2Jc\u{202E}d") == g.line(0).count)
    }

    @Test func asciiOnlySpellsEverythingInASCII() {
        let g = row("£5 – café 漢", width: 20, asciiOnly: true)
        #expect(g.line(0) == "GBP5 - cafe ?")
        #expect(g.cells.allSatisfy { $0.width == 1 && $0.text.count == 1 }, "every cell one ASCII character")
        #expect(g.line(0).allSatisfy { $0.isASCII })
    }

    @Test func putPaddedFillsExactlyTheWidthAndCutsWithAnEllipsis() {
        var g = Grid(width: 10, height: 2)
        g.putPadded("a long title here", x: 0, y: 0, width: 8, style: .selected)
        #expect(g.line(0) == "a long …")
        #expect(g.styleLine(0) == "RRRRRRRR")
        g.putPadded("漢字漢字漢", x: 0, y: 1, width: 7)
        #expect(g.line(1) == "漢字漢…")
    }

    @Test func writingOutsideTheGridIsClipped() {
        var g = Grid(width: 4, height: 1)
        #expect(g.put("abc", x: 3, y: 0) == 1)
        #expect(g.put("abc", x: 0, y: 5) == 0)
        #expect(g.put("abc", x: -1, y: 0) == 3)
        #expect(g.line(0) == "bc a")
    }
}
