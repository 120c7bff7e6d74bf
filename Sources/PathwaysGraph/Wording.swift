/// The small words every front end shares, so the explorer, the kiosk, the command line and the
/// exports say a thing the same way.
public enum Wording {
    /// "1 job", "3 jobs": a count with its noun, plural unless the count is one.
    public static func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
}
