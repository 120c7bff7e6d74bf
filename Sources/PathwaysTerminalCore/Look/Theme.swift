/// Colours for each role. Every theme also works with no colour at all: meaning is carried by
/// bold, reverse, underline and markers, so NO_COLOR and TERM=vt100 lose nothing.
public enum Theme: String, Sendable, Hashable, CaseIterable {
    /// Quiet colours on the terminal's own background.
    case standard
    /// Black and white with bright, bold emphasis, for low vision and glare.
    case highContrast

    /// Foreground and background colour numbers (0–7, -1 for the terminal default) for a role.
    public func colors(for role: ColorRole) -> (foreground: Int16, background: Int16) {
        switch self {
        case .standard:
            switch role {
            case .normal: return (-1, -1)
            case .header: return (7, 4)
            case .heading: return (6, -1)
            case .selection: return (7, 4)
            case .route: return (3, -1)
            case .muted: return (-1, -1)
            case .example: return (5, -1)
            case .key: return (2, -1)
            case .border: return (4, -1)
            case .message: return (3, -1)
            }
        case .highContrast:
            // Header and selection are drawn reverse: white on black here comes out black on white.
            switch role {
            case .route, .key, .message, .example: return (3, 0)
            default: return (7, 0)
            }
        }
    }

    /// Makes a style stronger for this theme: high contrast never dims, and the title bar and the
    /// selected row are always bold.
    public func adjust(_ style: Style) -> Style {
        guard self == .highContrast else { return style }
        var s = style
        if s.dim { s.dim = false }
        if s.role == .heading || s.role == .route || s.role == .header || s.role == .selection { s.bold = true }
        return s
    }
}
