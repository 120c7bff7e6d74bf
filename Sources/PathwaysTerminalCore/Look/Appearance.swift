/// How a cell finally looks on the terminal under a theme: the colours the eye sees once
/// reverse has swapped them, and the attributes left over.
///
/// `CursesTerminal` sends the same style (colour pair plus reverse); this is what that comes to,
/// so tests can check that a selected row really stands out from body text.
public struct Appearance: Sendable, Hashable {
    /// A colour on screen: one of the eight terminal colours, or the terminal's own default.
    public enum Ink: Sendable, Hashable {
        /// The terminal's default text colour.
        case terminalText
        /// The terminal's default background.
        case terminalBackground
        /// Colour 0–7 (black, red, green, yellow, blue, magenta, cyan, white).
        case color(Int16)
    }

    public var foreground: Ink
    public var background: Ink
    public var bold: Bool
    public var underline: Bool
    public var dim: Bool

    /// What `style` comes to under `theme`, after the theme's adjustments and reverse.
    public init(_ style: Style, theme: Theme) {
        let s = theme.adjust(style)
        let (fg, bg) = theme.colors(for: s.role)
        let text: Ink = fg < 0 ? .terminalText : .color(fg)
        let paper: Ink = bg < 0 ? .terminalBackground : .color(bg)
        foreground = s.reverse ? paper : text
        background = s.reverse ? text : paper
        bold = s.bold
        underline = s.underline
        dim = s.dim
    }
}
