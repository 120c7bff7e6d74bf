import PathwaysGraph

/// One pathway to print or save.
public struct KioskShareRequest: Sendable, Hashable {
    /// How the visitor takes it home.
    public enum Method: Sendable, Hashable, CaseIterable {
        /// The 40-column slip, sent to the configured print command.
        case print
        /// A web page saved in the spool folder.
        case saveWebPage
        /// The 40-column slip saved in the spool folder.
        case saveSlip
    }

    public var method: Method
    public var route: PersonalRoute
    /// The visitor's answers in words, printed at the top.
    public var startingPoint: String

    public init(method: Method, route: PersonalRoute, startingPoint: String) {
        self.method = method
        self.route = route
        self.startingPoint = startingPoint
    }
}
