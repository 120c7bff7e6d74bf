import PathwaysTerminalCore

/// The kiosk's one key table: every key of every mode and what it does. The reducer reads
/// keys only through `command(for:in:)` and the footer is drawn from the same bindings. Keys
/// that could escape elsewhere (`q`, Ctrl-C, Ctrl-D) are bound to nothing that quits: the only
/// way out is the operator key and the PIN.
public enum KioskKeymap {
    /// One binding: its keys and the command each gives, and the words for the screen.
    public struct Binding: Sendable {
        /// The keys, for the help text and tests: "↑ Shift-Tab".
        public var label: String
        /// What the keys do.
        public var help: String
        /// Each key and the command it gives.
        public var keys: [(key: Key, command: KioskCommand)]
        /// Any key not bound elsewhere in the mode gives `anyKey`.
        public var anyKey: KioskCommand?
        /// Any letter not bound elsewhere gives `.jump(letter)`.
        public var letters: Bool
        /// The words on the footer, with arrows and in plain ASCII; nil to leave it off.
        public var footer: (unicode: String, ascii: String)?

        init(_ label: String, _ help: String, _ keys: [(key: Key, command: KioskCommand)], anyKey: KioskCommand? = nil,
             letters: Bool = false, footer: (unicode: String, ascii: String)? = nil) {
            self.label = label
            self.help = help
            self.keys = keys
            self.anyKey = anyKey
            self.letters = letters
            self.footer = footer
        }
    }

    /// The operator key that opens the PIN prompt.
    public static let operatorKey = Key.function(12)

    static let staff = Binding("F12", "Staff only: open the PIN prompt to leave the kiosk", [(operatorKey, .staff)])

    /// The bindings of a mode.
    public static func bindings(in mode: KioskKeyMode) -> [Binding] {
        switch mode {
        case .stillThere:
            return [Binding("any key", "Carry on: the session is kept", [], anyKey: .carryOn)]
        case .pin:
            return [Binding("0-9", "Type the PIN", (0...9).map { (Key.character(Character(String($0))), .pinDigit(Character(String($0)))) }),
                    Binding("⌫ Del", "Delete the last digit", [(.backspace, .pinDelete), (.delete, .pinDelete)]),
                    Binding("Esc", "Close the PIN prompt", [(.escape, .pinCancel)]),
                    Binding("Enter", "Check the PIN", [(.enter, .pinEnter)])]
        case .attract:
            return [staff, Binding("any key", "Start", [], anyKey: .start)]
        case .message:
            return [staff, Binding("any key", "Start again for the next visitor", [], anyKey: .finish)]
        case .list:
            return [Binding("↑ ↓ Tab", "Move the highlight up and down",
                            [(.up, .up), (.down, .down), (.tab, .down), (.backTab, .up)],
                            footer: ("↑ ↓ choose", "Up/Down: choose")),
                    Binding("Enter → Space", "Choose the highlighted item", [(.enter, .choose), (.right, .choose), (.character(" "), .choose)],
                            footer: ("Enter: select", "Enter: select")),
                    Binding("← Esc ⌫", "Go back one screen", [(.left, .back), (.escape, .back), (.backspace, .back)],
                            footer: ("←: back", "Left: back")),
                    Binding("PgUp PgDn Home End", "Move three items at a time, or to the first or last",
                            [(.pageUp, .pageUp), (.pageDown, .pageDown), (.home, .top), (.end, .bottom)]),
                    Binding("letters", "Move to the next item starting with that letter", [], letters: true),
                    staff]
        }
    }

    /// The command a key gives in a mode, or nil when the mode ignores it.
    public static func command(for key: Key, in mode: KioskKeyMode) -> KioskCommand? {
        let all = bindings(in: mode)
        for binding in all {
            if let bound = binding.keys.first(where: { $0.key == key }) { return bound.command }
        }
        if case .character(let c) = key, c.isLetter, all.contains(where: \.letters) { return .jump(c) }
        return all.lazy.compactMap(\.anyKey).first
    }

    /// The footer of a list screen, from the bindings.
    public static func footer(unicode: Bool) -> String {
        let parts = bindings(in: .list).compactMap(\.footer).map { unicode ? $0.unicode : $0.ascii }
        return parts.joined(separator: unicode ? "     " : "    ")
    }
}
