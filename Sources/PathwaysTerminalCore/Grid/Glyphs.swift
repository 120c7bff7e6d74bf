/// The characters used for lines, markers and separators: Unicode box drawing, or plain ASCII
/// when the terminal cannot show it (TERM=vt100, a non-UTF-8 locale).
public struct Glyphs: Sendable, Hashable {
    public var horizontal: String
    public var vertical: String
    public var topLeft: String
    public var topRight: String
    public var bottomLeft: String
    public var bottomRight: String
    public var teeRight: String   // ├
    public var teeLeft: String    // ┤
    public var teeDown: String    // ┬
    public var teeUp: String      // ┴
    public var cross: String
    public var arrowRight: String
    public var breadcrumb: String
    public var ellipsis: String
    public var bullet: String
    public var isUnicode: Bool

    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        teeRight: "├", teeLeft: "┤", teeDown: "┬", teeUp: "┴", cross: "┼", arrowRight: "▶",
        breadcrumb: " › ", ellipsis: "…", bullet: "•", isUnicode: true)

    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        teeRight: "+", teeLeft: "+", teeDown: "+", teeUp: "+", cross: "+", arrowRight: ">",
        breadcrumb: " > ", ellipsis: "...", bullet: "*", isUnicode: false)

    /// The line character joining the given directions.
    public func line(up: Bool, down: Bool, left: Bool, right: Bool) -> String {
        switch (up, down, left, right) {
        case (false, false, true, _), (false, false, _, true): return horizontal
        case (true, _, false, false), (_, true, false, false): return vertical
        case (false, true, false, true): return topLeft
        case (false, true, true, false): return topRight
        case (true, false, false, true): return bottomLeft
        case (true, false, true, false): return bottomRight
        case (true, true, false, true): return teeRight
        case (true, true, true, false): return teeLeft
        case (false, true, true, true): return teeDown
        case (true, false, true, true): return teeUp
        case (true, true, true, true): return cross
        default: return " "
        }
    }
}
