/// What a piece of text means on screen; the theme turns a role into a colour.
public enum ColorRole: UInt8, Sendable, Hashable, CaseIterable {
    case normal, header, heading, selection, route, muted, example, key, border, message
}
