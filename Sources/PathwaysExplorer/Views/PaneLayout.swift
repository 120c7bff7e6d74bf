import PathwaysTerminalCore

/// Splits the content area into panes by terminal width: three side by side from 120
/// columns, two from 60, and one column (stacked) below 60.
enum PaneLayout {
    enum Mode { case stacked, two, three }

    static func mode(width: Int) -> Mode { width >= 120 ? .three : width >= 60 ? .two : .stacked }

    /// A list, a detail text and an optional third text, laid out for the area and drawn.
    /// `detailFirst` puts the detail before the list (left or above).
    static func draw(_ frame: inout Frame, area: Rect, page: Page,
                     list: (title: String, rows: [Frame.Row]), detail: (title: String, block: TextBlock),
                     third: (title: String, block: TextBlock)?, detailFirst: Bool = false) {
        let focus = page.focus
        switch mode(width: area.width) {
        case .three where third != nil:
            let w1 = area.width * 34 / 100, w2 = area.width * 33 / 100
            let (a, rest) = area.splitColumns(w1)
            let (b, c) = rest.splitColumns(w2)
            let first = detailFirst ? b : a, second = detailFirst ? a : b
            frame.list(Rect(x: first.x, y: first.y, width: first.width - 1, height: first.height), title: list.title,
                       rows: list.rows, selected: page.selected, focused: focus == 0)
            frame.text(Rect(x: second.x, y: second.y, width: second.width - 1, height: second.height), title: detail.title,
                       block: detail.block, scroll: focus == 1 ? page.scroll : 0, focused: focus == 1, pane: 1)
            frame.text(c, title: third!.title, block: third!.block, scroll: focus == 2 ? page.scroll : 0,
                       focused: focus == 2, pane: 2)
            frame.verticalRule(x: a.maxX - 1, y: area.y, height: area.height)
            frame.verticalRule(x: b.maxX - 1, y: area.y, height: area.height)
        case .two, .three:
            var block = detail.block
            if let third { block.blank(); block.heading(third.title); block.append(third.block) }
            let listWidth = max(24, area.width * 45 / 100)
            let (a, b) = detailFirst ? area.splitColumns(area.width - listWidth) : area.splitColumns(listWidth)
            let listRect = detailFirst ? b : a, detailRect = detailFirst ? a : b
            frame.list(Rect(x: listRect.x, y: listRect.y, width: listRect.width - (detailFirst ? 0 : 1), height: listRect.height),
                       title: list.title, rows: list.rows, selected: page.selected, focused: focus == 0)
            frame.text(Rect(x: detailRect.x, y: detailRect.y, width: detailRect.width - (detailFirst ? 1 : 0), height: detailRect.height),
                       title: detail.title, block: block, scroll: focus != 0 ? page.scroll : 0, focused: focus != 0, pane: 1)
            frame.verticalRule(x: detailFirst ? a.maxX - 1 : a.maxX - 1, y: area.y, height: area.height)
        case .stacked:
            var block = detail.block
            if let third { block.blank(); block.heading(third.title); block.append(third.block) }
            let listHeight = min(list.rows.count + 1, max(3, area.height * 45 / 100))
            let (a, rest) = area.splitRows(listHeight)
            let (rule, b) = rest.splitRows(1)
            frame.list(a, title: list.title, rows: list.rows, selected: page.selected, focused: focus == 0)
            frame.horizontalRule(x: rule.x, y: rule.y, width: rule.width)
            frame.text(b, title: detail.title, block: block, scroll: focus != 0 ? page.scroll : 0, focused: focus != 0, pane: 1)
        }
    }
}
