import PathwaysGraph
import PathwaysTerminalCore

/// The one frame drawn while the content is read from its YAML files because there is no fresh
/// compiled store (the first start, or the first after an update changed the content or the
/// program), so the screen is never blank for the seconds that takes at national size.
///
/// Two short lines, centred: what is happening and why it may take a while. It names no file
/// or folder, marks nothing by colour alone (a bold line and a dim one), spells its ellipsis in
/// ASCII where the terminal has no Unicode glyphs, and wraps or cuts to any size down to 1x1.
public enum ReadingView {
    /// What the frame says, with the terminal's ellipsis.
    static func lines(_ glyphs: Glyphs) -> [(text: String, style: Style)] {
        [("Reading content" + glyphs.ellipsis, .heading),
         ("(first start after an update can take a few seconds)", .muted)]
    }

    /// The frame at `width` × `height`: each line word-wrapped to the width less a margin, the
    /// whole centred; on a screen too short for all of it, as many lines as fit from the first.
    public static func render(width: Int, height: Int, glyphs: Glyphs = .unicode, asciiOnly: Bool = false) -> Grid {
        var grid = Grid(width: width, height: height, asciiOnly: asciiOnly)
        let room = max(1, width - 2)
        let rows = lines(glyphs).flatMap { line in
            TextBlock.wrap(grid.displayed(line.text), width: room, firstWidth: room, indent: 0).map { ($0, line.style) }
        }
        let top = max(0, (height - rows.count) / 2)
        for (i, (text, style)) in rows.enumerated() where top + i < height {
            grid.put(text, x: max(0, (width - DisplayWidth.of(text)) / 2), y: top + i, style: style)
        }
        return grid
    }
}
