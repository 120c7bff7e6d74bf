/// How a cell is drawn: attributes that work on every terminal, plus a colour role.
///
/// Meaning never rides on colour alone: selected rows are reverse and carry a marker, headings
/// are bold, examples say "[example]".
public struct Style: Sendable, Hashable {
    public var bold = false
    public var reverse = false
    public var underline = false
    public var dim = false
    public var role: ColorRole = .normal

    public init(bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false, role: ColorRole = .normal) {
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
        self.role = role
    }

    public static let plain = Style()
    public static let heading = Style(bold: true, role: .heading)
    public static let header = Style(reverse: true, role: .header)
    public static let selected = Style(bold: true, reverse: true, role: .selection)
    public static let muted = Style(dim: true, role: .muted)
    public static let example = Style(bold: true, role: .example)
    public static let key = Style(bold: true, role: .key)
    public static let border = Style(role: .border)
    public static let route = Style(bold: true, role: .route)
}
