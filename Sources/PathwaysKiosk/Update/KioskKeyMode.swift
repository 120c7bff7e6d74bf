/// What the kiosk's keys are read by at the moment; each mode has its bindings in `KioskKeymap`.
public enum KioskKeyMode: Sendable, Hashable {
    /// "Are you still there?" is showing.
    case stillThere
    /// The operator is typing the PIN.
    case pin
    /// The attract screen, waiting for a visitor.
    case attract
    /// The thank-you or sorry screen.
    case message
    /// A screen with a list to choose from.
    case list

    /// The mode `state` is in.
    public init(_ state: KioskState) {
        if state.stillThereSince != nil {
            self = .stillThere
        } else if state.pinEntry != nil {
            self = .pin
        } else {
            switch state.screen {
            case .attract: self = .attract
            case .done, .sorry: self = .message
            default: self = .list
            }
        }
    }
}
