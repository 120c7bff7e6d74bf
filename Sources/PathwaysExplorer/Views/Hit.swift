import PathwaysTerminalCore

/// A clickable row drawn on screen: which pane and which item of its list.
public struct Hit: Sendable, Hashable {
    public var rect: Rect
    public var pane: Int
    public var index: Int

    public init(rect: Rect, pane: Int, index: Int) {
        self.rect = rect
        self.pane = pane
        self.index = index
    }
}
