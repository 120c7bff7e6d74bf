import PathwaysGraph
/// Wraps text into lines of at most a given display width, breaking between words and
/// splitting only words too long for a line on their own.
struct TextWrapper {
    /// The most columns any line may take, indent included.
    var width: Int

    /// `text` flattened to one line (controls removed), then wrapped. The first line starts with
    /// `first`, later lines with `rest` (a hanging indent). Always returns at least one line.
    func wrap(_ text: String, first: String = "", rest: String = "") -> [String] {
        let words = Escape.singleLine(text).split(separator: " ").map(String.init)
        var lines: [String] = []
        var line = first
        var lineHasWord = false
        for word in words {
            let needed = DisplayWidth.of(line) + (lineHasWord ? 1 : 0) + DisplayWidth.of(word)
            if needed <= width {
                line += (lineHasWord ? " " : "") + word
                lineHasWord = true
                continue
            }
            if lineHasWord {
                lines.append(line)
                line = rest
                lineHasWord = false
            }
            // The word on a fresh line; split it if it still does not fit.
            var remaining = Substring(word)
            while DisplayWidth.of(line) + DisplayWidth.of(String(remaining)) > width {
                let room = max(1, width - DisplayWidth.of(line))
                var piece = ""
                var used = 0
                while let ch = remaining.first, used + DisplayWidth.of(ch) <= room {
                    piece.append(ch)
                    used += DisplayWidth.of(ch)
                    remaining = remaining.dropFirst()
                }
                if piece.isEmpty {
                    // Not even one character fits after the indent: start an unindented line.
                    if !line.isEmpty { lines.append(line); line = ""; continue }
                    if let ch = remaining.first { piece.append(ch); remaining = remaining.dropFirst() }
                }
                lines.append(line + piece)
                line = rest
            }
            if !remaining.isEmpty {
                line += remaining
                lineHasWord = true
            }
        }
        if lineHasWord || lines.isEmpty { lines.append(line) }
        return lines.map(trimmedRight)
    }

    /// A line of `character` across the full width.
    func rule(_ character: Character = "-") -> String { String(repeating: character, count: width) }

    /// `text` centred within the width (left-aligned when it is too long, then wrapped).
    func centred(_ text: String) -> [String] {
        wrap(text).map { line in
            let pad = max(0, (width - DisplayWidth.of(line)) / 2)
            return String(repeating: " ", count: pad) + line
        }
    }

    private func trimmedRight(_ s: String) -> String {
        var s = s
        while s.last == " " { s.removeLast() }
        return s
    }
}
