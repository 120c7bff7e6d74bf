/// One position of the screen: the text drawn there, how many columns it takes, and its style.
///
/// A wide character (CJK, some symbols) takes two columns: its own cell with `width == 2`
/// followed by a continuation cell with `width == 0` and empty text.
public struct Cell: Sendable, Hashable {
    /// A base character and any combining marks that belong to it.
    public var text: String
    public var width: UInt8
    public var style: Style

    public init(text: String = " ", width: UInt8 = 1, style: Style = .plain) {
        self.text = text
        self.width = width
        self.style = style
    }

    public static let blank = Cell()

    /// True for the second column of a wide character.
    public var isContinuation: Bool { width == 0 }
}
