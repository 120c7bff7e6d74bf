import PathwaysGraph
import PathwaysTerminalCore

/// Words for routes costed for one resident: cost to them, the reason, and what does not fit.
extension Describe {
    /// A step's cost to the resident in a few characters: "free", "£300", "closed".
    static func costToYou(_ c: StepCosting) -> String { c.isOpen ? Wording.cost(c.costToLearner) : "closed" }

    /// The same, shortened for a narrow box: "£28,605" as "£29k".
    static func shortCostToYou(_ c: StepCosting) -> String {
        c.isOpen && c.costToLearner != 0 ? Pay.shortPounds(c.costToLearner) : costToYou(c)
    }

    /// Markers in words, so nothing rests on colour: "[fully funded]", "[closed step]", "[! 1 does not fit]".
    static func tags(_ r: PersonalRoute) -> String {
        var tags: [String] = []
        if !r.isOpen { tags.append("[closed step]") } else if r.isFullyFunded { tags.append("[fully funded]") }
        if !r.brokenPreferences.isEmpty { tags.append("[! does not fit]") }
        return tags.joined(separator: " ")
    }

    /// A route's steps with the resident's cost and the reason for each, then what breaks a preference.
    /// A route with a step not open to them says so first, with why, and is never called funded.
    static func route(_ p: PersonalRoute) -> TextBlock {
        var b = TextBlock()
        if !p.isOpen {
            b.line(Wording.sentence(Wording.toYou(p.costings)), style: .example)
        } else if p.isFullyFunded {
            b.line("Fully funded: nothing to pay up front.", style: .heading)
        }
        for (i, s) in p.route.steps.enumerated() {
            let c = p.costings[i]
            b.line("\(i + 1). \(Wording.marked(s.title, illustrative: s.illustrative)) — \(s.level.label), \(Wording.yearsAndMonths(weeks: s.weeks)), "
                   + Wording.toYou(c), indent: 5)
            b.line("   " + c.reason, style: .muted, indent: 5)
            if let why = c.whyClosed { b.line("   Closed: \(why)", style: .example, indent: 5) }
        }
        b.line("→ \(p.route.job.title)", style: .route, indent: 2)
        for broken in p.brokenPreferences { b.line("! Does not fit: \(broken)", style: .example, indent: 2) }
        return b
    }

    /// "98 weeks · free to you · 4 steps" with the resident's own total, or "1 month · not open to
    /// you yet · 1 step" when a step is closed to them (the route below it says why).
    static func totals(_ p: PersonalRoute) -> String {
        [Wording.yearsAndMonths(weeks: p.route.totalWeeks), Wording.toYou(p.costings, why: false),
         Wording.plural(p.route.steps.count, "step")].joined(separator: " · ")
    }

    /// The reasons a step costs what it does for this resident, for the step under the cursor.
    static func costing(_ c: StepCosting) -> TextBlock {
        var b = TextBlock()
        b.field("Cost to you", c.isOpen ? Wording.cost(c.costToLearner) : "not open yet")
        b.field("Why", c.reason)
        if let why = c.whyClosed { b.field("Closed", why) }
        return b
    }
}
