/// What the kiosk reducer asks the world to do; the kiosk session carries these out.
public enum KioskEffect: Sendable, Hashable {
    /// Clear the terminal completely (not just redraw): a session was wiped.
    case clearScreen
    /// Print or save the chosen pathway.
    case share(KioskShareRequest)
    /// Check the operator PIN; success ends the kiosk.
    case checkPIN(String)
}
