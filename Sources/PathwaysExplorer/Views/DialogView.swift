import PathwaysExport
import PathwaysGraph
import PathwaysTerminalCore

/// A dialog drawn as a box over the middle of the screen: a file dialog, or "Quit without saving?".
enum DialogView {
    static func draw(_ dialog: FileDialog, _ frame: inout Frame, _ area: Rect, _ context: ExplorerContext) {
        var lines: [(String, Style)] = []
        let width = min(area.width - 2, 70)
        let inner = width - 4
        switch dialog.stage {
        case .chooseFormat:
            lines.append(("Choose a format:", .heading))
            for (i, f) in ExportFormat.allCases.enumerated() {
                let chosen = f == dialog.format
                lines.append(((chosen ? "> " : "  ") + "\(i + 1). " + FileDialog.optionLabel(f), chosen ? .selected : .plain))
            }
        case .fileName, .confirmReplace:
            if dialog.isExport { lines.append(("Format: " + FileDialog.optionLabel(dialog.format), .plain)) }
            lines.append(("File name (in \(context.workingDirectory ?? "the current folder")):", .heading))
            let shown = DisplayWidth.of(frame.grid.displayed(dialog.name))
            let name = shown > inner - 3 ? frame.glyphs.ellipsis + String(dialog.name.suffix(max(1, inner - 5))) : dialog.name
            lines.append(("[" + name + (dialog.stage == .fileName ? "_" : "") + "]", Style(underline: true)))
            if dialog.stage == .confirmReplace {
                lines.append(("", .plain))
                lines.append(("\(dialog.name) already exists.", Style(bold: true, role: .message)))
                lines.append(("Replace it? y replaces, n keeps it.", Style(bold: true, role: .message)))
            }
        }
        if let problem = dialog.problem {
            lines.append(("", .plain))
            for l in TextBlock.wrap(problem, width: inner, firstWidth: inner, indent: 0) { lines.append((l, Style(bold: true, role: .message))) }
        }
        box(dialog.title, lines, &frame, area)
    }

    /// "Quit without saving?": what would be lost, and the three answers.
    static func quitPrompt(_ state: ExplorerState, _ frame: inout Frame, _ area: Rect) {
        let inner = min(area.width - 2, 70) - 4
        let lost = AdviserWork(state).changes(since: state.savedWork)
        let joined = lost.joined(separator: ", ")
        let what = lost.isEmpty ? "Nothing" : joined.prefix(1).uppercased() + joined.dropFirst()
        var lines: [(String, Style)] = []
        for l in TextBlock.wrap("\(what) not saved since \(state.sessionPath == nil ? "this session began" : "the last save").",
                                width: inner, firstWidth: inner, indent: 0) {
            lines.append((l, .plain))
        }
        lines.append(("", .plain))
        lines.append(("Quit without saving?", Style(bold: true, role: .message)))
        lines.append(("y: quit · n: stay · Ctrl-S: save", .key))
        box("Quit Pathways", lines, &frame, area)
    }

    /// A box over the middle of `area` with a title and lines; clicks never reach the screen underneath.
    static func box(_ title: String, _ lines: [(String, Style)], _ frame: inout Frame, _ area: Rect) {
        let width = min(area.width - 2, 70)
        let inner = width - 4
        let height = min(area.height, lines.count + 2)
        let x = area.x + max(0, (area.width - width) / 2), y = area.y + max(0, (area.height - height) / 2)
        let rect = Rect(x: x, y: y, width: width, height: height)
        frame.grid.fill(rect)
        frame.grid.box(rect, glyphs: frame.glyphs)
        frame.grid.put(" \(title) ", x: x + 2, y: y, style: .heading, limit: width - 4)
        for (i, line) in lines.prefix(height - 2).enumerated() {
            frame.grid.putPadded(line.0, x: x + 2, y: y + 1 + i, width: inner, style: line.1, ellipsis: frame.glyphs.ellipsis)
        }
        // Clicks never reach the screen underneath.
        frame.hits.removeAll()
    }
}
