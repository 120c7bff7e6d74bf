/// Text from a file or a file name made safe to print to a terminal: every character that a
/// terminal would act on rather than show is written out visibly instead.
///
/// Hidden are the C0 controls (escape, bell, carriage return, line feed…), DEL, the C1
/// controls (U+0080–U+009F, which some terminals treat as escape sequences) and the
/// bidirectional overrides and isolates (which reorder what follows). `escaped` writes each as
/// `\u{1B}`, so a file named `ESC]0;title BEL` prints as `\u{1B}]0;title\u{7}` and cannot
/// retitle or clear the terminal of whoever runs the command.
public enum VisibleText {
    /// True for a character a terminal would act on instead of showing.
    public static func isHidden(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// The text with every hidden character written as `\u{HEX}`; line feeds are kept where
    /// `keepingLineFeeds` (for messages of several lines).
    public static func escaped(_ text: String, keepingLineFeeds: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isHidden($0) && !(keepingLineFeeds && $0 == "\n") }) else { return text }
        var out = ""
        for s in text.unicodeScalars {
            if isHidden(s) && !(keepingLineFeeds && s == "\n") {
                out += "\\u{" + String(s.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(s)
            }
        }
        return out
    }
}
