import Testing

@testable import PathwaysTerminalCore

/// The frame diff the curses backend sends: only changed cells, wide characters whole.
@Suite struct FrameDiffTests {
    func grid(_ lines: [String], width: Int = 10) -> Grid {
        var g = Grid(width: width, height: lines.count)
        for (y, line) in lines.enumerated() { g.put(line, x: 0, y: y) }
        return g
    }

    @Test func firstFrameAndNewSizeRedrawEverything() {
        let a = grid(["ab", "cd"], width: 3)
        let first = FrameDiff(from: nil, to: a)
        #expect(first.full && first.changes.count == 6)
        let resized = FrameDiff(from: a, to: grid(["ab", "cd"], width: 4))
        #expect(resized.full && resized.changes.count == 8)
    }

    @Test func sameFrameSendsNothing() {
        let a = grid(["hello", "world"])
        let diff = FrameDiff(from: a, to: a)
        #expect(!diff.full && diff.changes.isEmpty)
    }

    @Test func onlyChangedCellsInReadingOrder() {
        let diff = FrameDiff(from: grid(["hello", "world"]), to: grid(["help!", "word"]))
        #expect(diff.changes.map { "\($0.x),\($0.y)=\($0.cell.text)" } == ["3,0=p", "4,0=!", "3,1=d", "4,1= "])
    }

    @Test func styleChangesAreChanges() {
        var b = grid(["abc"])
        b.put("b", x: 1, y: 0, style: .selected)
        #expect(FrameDiff(from: grid(["abc"]), to: b).changes.map(\.x) == [1])
    }

    @Test func wideCharactersAreSentWholeFromTheirFirstColumn() {
        let diff = FrameDiff(from: grid(["abcd"]), to: grid(["a漢d"]))
        #expect(diff.changes.map { "\($0.x)=\($0.cell.text)/\($0.cell.width)" } == ["1=漢/2"])
        // Only the right half changing (a narrow character written over it) resends the left.
        var half = grid(["a漢d"])
        half.put("x", x: 2, y: 0)
        let again = FrameDiff(from: grid(["a漢d"]), to: half)
        #expect(again.changes.map { "\($0.x)=\($0.cell.text)" } == ["1= ", "2=x"])
    }

    @Test func continuationCellsAreNeverSentOnTheirOwn() {
        let diff = FrameDiff(from: nil, to: grid(["漢字"], width: 4))
        #expect(diff.changes.map(\.x) == [0, 2])
        #expect(diff.changes.allSatisfy { !$0.cell.isContinuation })
    }

    @Test func theInMemoryTerminalRecordsWhatWouldBeSent() {
        let terminal = InMemoryTerminal(width: 10, height: 2)
        terminal.draw(grid(["hello", "world"]))
        #expect(terminal.lastDiff?.full == true)
        terminal.draw(grid(["hello", "word"]))
        #expect(terminal.lastDiff?.changes.count == 2 && terminal.framesDrawn == 2)
    }
}
