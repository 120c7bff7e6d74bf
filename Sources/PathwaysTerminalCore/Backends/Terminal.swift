/// A terminal a front end (the explorer, the kiosk) can draw on and read input from.
///
/// Two backends: `CursesTerminal` (the real screen, through ncursesw) and `InMemoryTerminal`
/// (tests and benchmarks). The front ends never talk to a terminal any other way.
public protocol Terminal: AnyObject {
    /// Columns and rows now.
    var size: (width: Int, height: Int) { get }
    /// Box drawing available (UTF-8 locale, not a vt100-class terminal).
    var glyphs: Glyphs { get }
    /// Text must be written in ASCII (a non-UTF-8 locale).
    var asciiOnly: Bool { get }
    /// Shows a frame; backends send only what changed since the last one.
    func draw(_ grid: Grid)
    /// Waits up to `timeout` milliseconds for input; nil when none came.
    func nextAction(timeout: Int) -> Action?
    /// Throws away input that has arrived but not been read.
    func discardInput()
}
