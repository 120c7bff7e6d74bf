import PathwaysGraph

/// Everything the kiosk remembers about the current visitor. Wiping a session replaces the
/// whole value with `KioskState()`, so nothing of one visitor survives into the next.
public struct KioskState: Sendable, Hashable {
    public var screen: KioskScreen = .attract
    /// The highlighted item on the current list.
    public var selected = 0
    public var answers = KioskAnswers()
    public var clusterID: String?
    public var jobID: String?
    /// The ways into the chosen job, costed for the visitor's answers.
    public var routes: [PersonalRoute] = []
    public var routeIndex: Int?
    /// When the visitor last pressed a key (clock seconds).
    public var lastInput: Double = 0
    /// When the current screen was shown (for the done and sorry screens' time-outs).
    public var shownAt: Double = 0
    /// When "Are you still there?" appeared; nil when it is not showing.
    public var stillThereSince: Double?
    /// The operator PIN being typed; nil when the PIN prompt is closed.
    public var pinEntry: String?
    /// A one-line note at the foot of the screen ("That PIN is not right").
    public var notice: String?
    /// Set once the operator has unlocked the kiosk with the right PIN.
    public var finished = false

    public init() {}

    /// The chosen route, when there is one.
    public var route: PersonalRoute? {
        guard let routeIndex, routes.indices.contains(routeIndex) else { return nil }
        return routes[routeIndex]
    }
}
