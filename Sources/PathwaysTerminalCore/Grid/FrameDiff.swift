/// What a backend must send to turn the frame on screen into the next: only the cells that
/// changed, or everything when there was no frame before or the size changed.
///
/// A wide character is sent whole from its first column; its continuation cell is never sent
/// on its own, but a change in it (the right half overwritten) resends the character.
public struct FrameDiff: Sendable, Equatable {
    /// One cell to draw at a position.
    public struct Change: Sendable, Hashable {
        public var x: Int
        public var y: Int
        public var cell: Cell
    }

    /// True when the screen must be cleared and every cell drawn.
    public var full: Bool
    /// The cells to draw, row by row, left to right.
    public var changes: [Change]

    /// The difference from `previous` (nil: nothing on screen yet) to `next`.
    public init(from previous: Grid?, to next: Grid) {
        let old = previous.flatMap { $0.width == next.width && $0.height == next.height ? $0 : nil }
        full = old == nil
        changes = []
        for y in 0..<next.height {
            var x = 0
            while x < next.width {
                let cell = next[x, y]
                if cell.isContinuation { x += 1; continue }
                let changed = old.map { old in
                    old[x, y] != cell || (cell.width == 2 && x + 1 < next.width && old[x + 1, y] != next[x + 1, y])
                } ?? true
                if changed { changes.append(Change(x: x, y: y, cell: cell)) }
                x += max(1, Int(cell.width))
            }
        }
    }
}
