import PathwaysGraph
import PathwaysTestSupport
import Testing

import PathwaysTerminalCore
@testable import PathwaysExplorer

/// The frame shown while the content is read from YAML (no fresh compiled store): golden at the
/// usual sizes, and whole, inside the screen and free of file names at every size down to 1x1.
@Suite struct ReadingViewTests {
    static let golden = Golden.directory(besides: #filePath)

    @Test(arguments: [(80, 24, true), (40, 12, true), (40, 12, false), (120, 40, true)])
    func frameMatchesGolden(width: Int, height: Int, unicode: Bool) {
        let grid = ReadingView.render(width: width, height: height, glyphs: unicode ? .unicode : .ascii)
        let name = "reading-\(width)x\(height)\(unicode ? "" : "-ascii").txt"
        if let problem = Golden.check(grid.text + "\n", file: name, in: Self.golden) { Issue.record(Comment(rawValue: problem)) }
        #expect(grid.text.contains(unicode ? "Reading content…" : "Reading content..."))
        #expect(unicode || !grid.text.contains("…"))
    }

    /// Bold for what is happening, dim for why: the words carry it, no colour needed.
    @Test func stylesAreBoldAndDimNotColour() throws {
        let grid = ReadingView.render(width: 80, height: 24)
        let rows = (0..<24).filter { !grid.line($0).isEmpty }
        #expect(rows.count == 2)
        let first = try #require(rows.first), second = try #require(rows.last)
        #expect(grid.styleLine(first).contains("B") && !grid.styleLine(first).contains("D"))
        #expect(grid.styleLine(second).contains("D"))
    }

    /// Any size, however small: nothing drawn outside the screen, no word lost while there is
    /// room for it, and the first line's start always shown.
    @Test func everySizeFromOneByOne() {
        for width in [1, 2, 5, 10, 19, 20, 39, 40, 41, 79, 80, 200] {
            for height in [1, 2, 3, 5, 12, 24] {
                let grid = ReadingView.render(width: width, height: height, asciiOnly: width % 2 == 0)
                let lines = grid.text.split(separator: "\n", omittingEmptySubsequences: false)
                #expect(lines.count == height)
                for line in lines { #expect(DisplayWidth.of(String(line)) <= width, "\(width)x\(height): \(line)") }
                #expect(grid.text.contains("R"), "\(width)x\(height) shows nothing")
                if width >= 20 && height >= 5 {
                    let words = grid.text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
                    #expect(words.contains("first start after an update can take a few seconds"), "\(width)x\(height): \(words)")
                }
            }
        }
    }
}
