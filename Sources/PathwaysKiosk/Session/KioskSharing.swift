import PathwaysGraph

/// Carries out "print or save this pathway" for the kiosk session.
public protocol KioskSharing {
    /// Prints or saves the pathway; returns the sentence to show the visitor.
    /// Throws `KioskShareError` for failures to explain; anything else is unexpected.
    func share(_ request: KioskShareRequest, graph: PathwayGraph) throws -> String
}
