/// What a key means to the kiosk. Keys become commands only through `KioskKeymap`.
public enum KioskCommand: Sendable, Hashable {
    case up, down, pageUp, pageDown, top, bottom
    /// Enter, →, Space: choose the highlighted item.
    case choose
    /// ←, Esc, ⌫: one screen back.
    case back
    /// A letter: move to the next item starting with it.
    case jump(Character)
    /// The operator key: open the PIN prompt.
    case staff
    /// Any key on the attract screen: start.
    case start
    /// Any key on "Are you still there?": carry on.
    case carryOn
    /// Any key on the thank-you or sorry screen: start again for the next visitor.
    case finish
    /// The PIN prompt: a digit, delete one, give up, or check it.
    case pinDigit(Character)
    case pinDelete
    case pinCancel
    case pinEnter
}
