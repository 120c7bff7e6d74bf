import PathwaysGraph

/// What stays the same while the kiosk runs: the graph, and what this kiosk is set up to do.
public struct KioskContext: Sendable {
    public let graph: PathwayGraph
    /// Seconds without a key before "Are you still there?".
    public var idleTimeout: Double
    /// Seconds the "Are you still there?" countdown lasts.
    public var countdown: Double = 15
    /// Seconds the "printed or saved" message stays before the attract screen returns.
    public var doneTimeout: Double = 20
    /// Seconds the "Sorry, something went wrong" screen stays.
    public var sorryTimeout: Double = 5
    /// Seconds the operator PIN prompt stays open without a key.
    public var pinTimeout: Double = 20
    /// A print command is configured.
    public var canPrint: Bool
    /// A spool folder is configured for saving.
    public var canSave: Bool
    /// How many ways into a job are offered.
    public var routeLimit = 3

    public init(graph: PathwayGraph, idleTimeout: Double = 120, canPrint: Bool = false, canSave: Bool = false) {
        self.graph = graph
        self.idleTimeout = idleTimeout
        self.canPrint = canPrint
        self.canSave = canSave
    }
}
