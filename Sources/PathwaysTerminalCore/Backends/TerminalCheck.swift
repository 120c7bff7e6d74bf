#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether this process can draw a full-screen program, asked before curses starts so that a
/// pipe or a dumb terminal gets a message instead of escape sequences.
public enum TerminalCheck {
    /// `nil` when standard input and output are a terminal with a usable `TERM`; otherwise why not.
    public static func problem() -> String? {
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        if term.isEmpty || term == "dumb" { return "this terminal (TERM=\(term.isEmpty ? "unset" : term)) cannot show it" }
        if isatty(0) != 1 || isatty(1) != 1 { return "input or output is not a terminal" }
        return nil
    }

    /// Writes `message` to standard error (never standard output) and returns exit code 2.
    public static func refuse(_ message: String) -> Int32 {
        var bytes = Array(message.utf8)
        _ = write(2, &bytes, bytes.count)
        return 2
    }
}
