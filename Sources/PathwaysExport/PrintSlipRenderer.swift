import PathwaysGraph

/// Renders a pathway as a plain-text slip for a kiosk receipt printer: one page of a receipt
/// roll, at most `maxLines` lines of `width` columns.
///
/// What it holds, in order: the job and who it is for; the route's totals; each step with its
/// level, length and cost to the resident and the reason for that cost; the job at the end; the
/// (up to three) nearest providers of the first step with their web address where the content
/// has one; what to do this week; the adviser's notes; the sources by short name (never an
/// address or a file path). When all that would run past `maxLines`, the notes and then the
/// sources are shortened, never a step, a cost or a reason.
///
/// Every line is at most `width` display columns (`DisplayWidth`), words wrap with a hanging
/// indent, and no line holds a control character (content passes through `Escape.singleLine`).
/// Lines end with `\n`; there is no trailing space.
struct PrintSlipRenderer {
    /// The receipt width in columns.
    static let width = 40
    /// One page of a receipt roll.
    static let maxLines = 60

    let model: ExportModel
    private let wrapper = TextWrapper(width: PrintSlipRenderer.width)

    init(model: ExportModel) { self.model = model }

    func render() -> String {
        let top = head() + route() + providers() + thisWeek()
        let foot = footer()
        var notes = self.notes()
        var sources = self.sources(full: true)
        let room = PrintSlipRenderer.maxLines - top.count - foot.count
        if notes.count + sources.count > room { sources = self.sources(full: false) }
        if notes.count + sources.count > room {
            // Whole lines of notes, then a line saying the rest are in the full plan.
            let keep = max(0, room - sources.count - 1)
            if keep < notes.count { notes = Array(notes.prefix(keep)) + ["(more notes in the full plan)"] }
        }
        if notes.count + sources.count > room { sources = Array(sources.prefix(max(1, room - notes.count))) }
        return (top + notes + sources + foot).joined(separator: "\n") + "\n"
    }

    private func head() -> [String] {
        let m = model
        var out = [wrapper.rule("=")]
        out += wrapper.centred("YOUR PATHWAY TO")
        out += wrapper.centred(m.job.title.uppercased())
        out.append(wrapper.rule("="))
        if let start = m.document.startingPoint { out += wrapper.wrap(start, first: "For: ", rest: "  ") }
        out += wrapper.wrap(m.document.generatedAt, first: "Printed: ", rest: "  ")
        if m.anyIllustrative { out += wrapper.wrap("* = " + ExportModel.illustrativeNote, rest: "    ") }
        return out
    }

    /// The totals, then each step's level, length, cost to the resident and reason, then the job.
    private func route() -> [String] {
        let m = model
        var out = [wrapper.rule()]
        // With a step not open to the resident, "not open to you yet": that step's "Why" says why.
        let cost = m.hasProfile ? Wording.toYou(m.steps.compactMap(\.costing), why: false) : "typical fees \(Pay.pounds(m.totalTypicalFees))"
        out += wrapper.wrap("\(Wording.plural(m.steps.count, "step")), \(Wording.yearsAndMonths(weeks: m.totalWeeks)), \(cost)",
                            first: "ROUTE: ", rest: "  ")
        for s in m.steps {
            out += wrapper.wrap(s.step.title + (s.illustrative ? " *" : "") + refs(s.sourceNumbers), first: "\(s.order). ", rest: "   ")
            let fee = s.step.cost == 0 ? "" : " (fee \(s.typicalFee))"
            let price = s.costing.map { ($0.isOpen && $0.costToLearner != 0 ? Wording.toYou($0) : Wording.shortToYou([$0])) + fee }
                ?? "typical fee \(s.typicalFee)"
            out += wrapper.wrap("\(s.levelLabel), \(Wording.yearsAndMonths(weeks: s.step.weeks)), \(price)", first: "   ", rest: "   ")
            out += wrapper.wrap(s.funding + refs(s.fundingSourceNumbers), first: "   Why: ", rest: "   ")
        }
        out += wrapper.wrap(m.job.title + (m.job.illustrative ? " *" : "") + ", median pay " + m.pay
                            + refs(m.paySourceNumber.map { [$0] } ?? []), first: "THEN: ", rest: "  ")
        return out
    }

    /// The first step's nearest providers (the model lists at most three near the resident).
    private func providers() -> [String] {
        guard let first = model.steps.first else { return [] }
        var out = [wrapper.rule()]
        out += wrapper.wrap("for " + first.step.title, first: "WHERE TO START ", rest: "  ")
        if first.providers.isEmpty { out += wrapper.wrap("No provider listed yet: ask an adviser.", first: "- ", rest: "  ") }
        for p in first.providers.prefix(3) {
            out += wrapper.wrap(p.label + (p.illustrative ? " *" : ""), first: "- ", rest: "  ")
            if let url = p.url, !url.isEmpty { out += wrapper.wrap(PrintSlipRenderer.shortAddress(url), first: "  ", rest: "  ") }
        }
        return out
    }

    /// What to do first, this week: at most three things.
    private func thisWeek() -> [String] {
        guard let first = model.steps.first else { return [] }
        var actions = [first.providers.isEmpty ? "Ask an adviser who runs \(first.step.title)."
                                               : "Call or visit one of the places above about \(first.step.title)."]
        if first.entry != "None stated" { actions.append("Check the entry needs: \(first.entry).") }
        actions.append(model.hasProfile ? "Ask them to confirm your funding before you enrol."
                                        : "Ask an adviser what you would pay: these are fees before funding.")
        var out = [wrapper.rule(), "THIS WEEK"]
        for action in actions.prefix(3) { out += wrapper.wrap(action, first: "[ ] ", rest: "    ") }
        return out
    }

    private func notes() -> [String] {
        guard !model.document.notes.isEmpty else { return [] }
        var out = [wrapper.rule(), "ADVISER NOTES"]
        for note in model.document.notes { out += wrapper.wrap(note, first: "- ", rest: "  ") }
        return out
    }

    /// Sources by short name: "[1] ASHE 2025 (ONS)"; shortened, titles only on one wrapped line.
    private func sources(full: Bool) -> [String] {
        guard !model.sources.isEmpty else { return [] }
        var out = [wrapper.rule()]
        if full {
            out.append("SOURCES")
            for source in model.sources { out += wrapper.wrap(shortName(source), first: "[\(source.number)] ", rest: "    ") }
        } else {
            out += wrapper.wrap(model.sources.map { "[\($0.number)] " + ($0.source?.title ?? $0.id) }.joined(separator: "; "),
                                first: "Sources: ", rest: "  ")
        }
        return out
    }

    private func footer() -> [String] {
        [wrapper.rule()] + wrapper.wrap(model.contentLabel, first: "Content: ", rest: "  ")
            + wrapper.wrap("Check costs and dates with the provider before you enrol.")
            + wrapper.wrap(Attribution.openGovernmentLicence) + [wrapper.rule("=")]
    }

    /// "ASHE 2025 (ONS)": the title and its publisher, no address.
    private func shortName(_ s: ExportModel.SourceFacts) -> String {
        guard let source = s.source else { return s.id }
        return source.publisher.isEmpty ? source.title : "\(source.title) (\(source.publisher))"
    }

    /// A web address without its scheme or a trailing slash: "www.city.ac.uk".
    static func shortAddress(_ url: String) -> String {
        var text = Substring(url)
        for scheme in ["https://", "http://"] where text.hasPrefix(scheme) { text = text.dropFirst(scheme.count) }
        while text.hasSuffix("/") { text = text.dropLast() }
        return String(text)
    }

    private func refs(_ numbers: [Int]) -> String {
        numbers.isEmpty ? "" : " " + numbers.map { "[\($0)]" }.joined()
    }
}
