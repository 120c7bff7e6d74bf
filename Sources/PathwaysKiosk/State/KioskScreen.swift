/// Where a kiosk visitor is.
public enum KioskScreen: Sendable, Hashable {
    /// "Find your way into work and training — press any key": shown between visitors.
    case attract
    /// One of the profile questions.
    case question(KioskQuestion)
    /// Areas of work (the clusters).
    case clusters
    /// Jobs in the chosen cluster.
    case jobs
    /// The ways into the chosen job for this visitor.
    case routes
    /// The steps of the chosen way in, with cost and reason.
    case steps
    /// "Print or save this pathway": the ways to take it home.
    case share
    /// The pathway was printed or saved (or could not be): the message to show.
    case done(String)
    /// "Sorry, something went wrong — starting again".
    case sorry
}
