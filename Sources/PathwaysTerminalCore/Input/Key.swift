/// A key press, as the reducer sees it (backends translate their own codes into these).
public enum Key: Sendable, Hashable {
    case character(Character)
    case up, down, left, right
    case enter, escape, backspace, delete, tab, backTab
    case pageUp, pageDown, home, end
    /// Ctrl-C.
    case interrupt
    /// A function key, F1 to F12.
    case function(Int)
    /// Another Ctrl key, by its lower-case letter: `.control("s")` is Ctrl-S.
    case control(Character)

    /// Parses short names used by tests and benchmarks: "up", "enter", "esc", "tab", "pgdn", or one character.
    public init?(name: String) {
        switch name.lowercased() {
        case "up": self = .up
        case "down": self = .down
        case "left": self = .left
        case "right": self = .right
        case "enter", "return": self = .enter
        case "esc", "escape": self = .escape
        case "backspace", "bs": self = .backspace
        case "delete", "del": self = .delete
        case "tab": self = .tab
        case "btab", "backtab": self = .backTab
        case "pgup", "pageup": self = .pageUp
        case "pgdn", "pagedown": self = .pageDown
        case "home": self = .home
        case "end": self = .end
        case "space": self = .character(" ")
        case "f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8", "f9", "f10", "f11", "f12":
            self = .function(Int(name.dropFirst())!)
        case let n where n.hasPrefix("ctrl-") && n.count == 6: self = .control(n.last!)
        default:
            guard name.count == 1, let c = name.first else { return nil }
            self = .character(c)
        }
    }
}
