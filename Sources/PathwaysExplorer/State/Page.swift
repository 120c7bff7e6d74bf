import PathwaysGraph

/// One open screen and where the user is on it: selection, scroll, focused pane.
public struct Page: Sendable, Equatable {
    public var screen: Screen
    /// Index of the selected row in the screen's main list.
    public var selected: Int = 0
    /// Lines scrolled in the detail pane.
    public var scroll: Int = 0
    /// The focused pane (0 is the main list).
    public var focus: Int = 0
    /// Routes shown on a job or pathways screen, best first.
    public var routes: [Route] = []
    /// The same routes costed for the resident's profile, when one is applied (else empty).
    public var personal: [PersonalRoute] = []
    /// The route picked on a pathways screen.
    public var route: Int = 0
    /// The step or job under the cursor in the pathway graph.
    public var cursor: String?
    /// On compare, each route's number on the job screen (compare shows a few of them, and a
    /// route keeps its number everywhere); empty elsewhere, where route `i` is number `i + 1`.
    public var numbers: [Int] = []
    /// The layout of the pathway graph for `routes`.
    var layout: PathwayLayout?

    public init(_ screen: Screen) { self.screen = screen }

    /// The resident's costing of route `i`, when a profile is applied.
    public func personal(_ i: Int) -> PersonalRoute? { personal.indices.contains(i) ? personal[i] : nil }

    /// The number the resident knows route `i` by: "Route 5" on compare as on the job screen.
    public func routeNumber(_ i: Int) -> Int { numbers.indices.contains(i) ? numbers[i] : i + 1 }
}
