import Testing

@testable import PathwaysTerminalCore

/// What each theme finally puts on screen: the selected row, the title bar and the kiosk's
/// highlighted rows must stand out from body text once reverse has been applied.
@Suite struct ThemeTests {
    /// The styles that mark "you are here": explorer cursor row, title bar, a focused pane title,
    /// the kiosk's highlighted row and "Press any key to start".
    static let highlighted: [(String, Style)] = [
        ("selected row", .selected),
        ("title bar", .header),
        ("breadcrumb", Style(bold: true, reverse: true, role: .header)),
        ("kiosk row", Style(bold: true, reverse: true, role: .selection)),
    ]

    @Test(arguments: Theme.allCases)
    func highlightedRowsDifferFromBodyText(_ theme: Theme) {
        let body = Appearance(.plain, theme: theme)
        for (name, style) in ThemeTests.highlighted {
            let look = Appearance(style, theme: theme)
            #expect(look.foreground != body.foreground, "\(name) has the body's text colour in \(theme)")
            #expect(look.background != body.background, "\(name) has the body's background in \(theme)")
        }
    }

    @Test func highContrastInvertsToBlackOnWhiteAndBold() {
        let body = Appearance(.plain, theme: .highContrast)
        #expect(body.foreground == .color(7) && body.background == .color(0))
        for (name, style) in ThemeTests.highlighted {
            let look = Appearance(style, theme: .highContrast)
            #expect(look.foreground == .color(0), "\(name)")
            #expect(look.background == .color(7), "\(name)")
            #expect(look.bold, "\(name) is bold in high contrast")
        }
        // The header's plan note is not bold in the standard theme; high contrast makes it so.
        #expect(Appearance(Style(reverse: true, role: .header), theme: .highContrast).bold)
    }

    @Test func reverseSwapsTheTerminalDefaults() {
        let look = Appearance(Style(reverse: true), theme: .standard)
        #expect(look.foreground == .terminalBackground && look.background == .terminalText)
    }
}
