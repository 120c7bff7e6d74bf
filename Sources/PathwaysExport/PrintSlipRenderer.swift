import PathwaysGraph

/// Renders a pathway as a plain-text slip for a kiosk receipt printer.
///
/// Every line is at most `width` display columns (`DisplayWidth`), words wrap with a hanging
/// indent, and no line holds a control character (content passes through `Escape.singleLine`).
/// Lines end with `\n`; there is no trailing space.
struct PrintSlipRenderer {
    /// The receipt width in columns.
    static let width = 40

    let model: ExportModel
    private let wrapper = TextWrapper(width: PrintSlipRenderer.width)

    init(model: ExportModel) { self.model = model }

    func render() -> String {
        let m = model
        var out: [String] = []
        out.append(wrapper.rule("="))
        out.append(contentsOf: wrapper.centred("YOUR PATHWAY TO"))
        out.append(contentsOf: wrapper.centred(m.job.title.uppercased()))
        out.append(wrapper.rule("="))
        if let start = m.document.startingPoint {
            out.append(contentsOf: wrapper.wrap(start, first: "Starting point: ", rest: "  "))
        }
        out.append(contentsOf: wrapper.wrap(m.document.generatedAt, first: "Printed: ", rest: "  "))
        if m.anyIllustrative {
            out.append(contentsOf: wrapper.wrap("* = " + ExportModel.illustrativeNote, rest: "    "))
        }
        out.append(wrapper.rule())
        for s in m.steps {
            if s.order > 1 { out.append("") }
            out.append(contentsOf: step(s))
        }
        out.append(wrapper.rule())
        out.append(contentsOf: wrapper.wrap(m.job.title + (m.job.illustrative ? " *" : "") + refs(m.jobSourceNumbers),
                                            first: "JOB: ", rest: "  "))
        out.append(contentsOf: wrapper.wrap(m.soc, first: "  SOC 2020: ", rest: "    "))
        out.append(contentsOf: wrapper.wrap(m.pay + refs(m.paySourceNumber.map { [$0] } ?? []),
                                            first: "  Median pay: ", rest: "    "))
        out.append(wrapper.rule())
        out.append(contentsOf: wrapper.wrap(Wording.plural(m.steps.count, "step") + ", " + m.totalWeeksLabel, first: "TOTAL: ", rest: "  "))
        out.append(contentsOf: wrapper.wrap(m.totalCostLabel, first: "  Cost to you: ", rest: "    "))
        out.append(wrapper.rule())
        out.append("NEXT")
        for action in m.nextActions { out.append(contentsOf: wrapper.wrap(action, first: "[ ] ", rest: "    ")) }
        if !m.document.notes.isEmpty {
            out.append(wrapper.rule())
            out.append("ADVISER NOTES")
            for note in m.document.notes { out.append(contentsOf: wrapper.wrap(note, first: "- ", rest: "  ")) }
        }
        out.append(wrapper.rule())
        out.append("SOURCES")
        for source in m.sources {
            out.append(contentsOf: wrapper.wrap(source.label, first: "[\(source.number)] ", rest: "    "))
            if let url = source.source?.url, !url.isEmpty {
                out.append(contentsOf: wrapper.wrap(url, first: "    ", rest: "    "))
            }
        }
        out.append(wrapper.rule())
        out.append(contentsOf: wrapper.wrap(m.contentLabel, first: "Content: ", rest: "  "))
        out.append(contentsOf: wrapper.wrap("Check costs and dates with the provider before you enrol."))
        out.append(wrapper.rule("="))
        return out.joined(separator: "\n") + "\n"
    }

    private func step(_ s: ExportModel.StepFacts) -> [String] {
        var out: [String] = []
        let indent = "   "
        out.append(contentsOf: wrapper.wrap(s.step.title + (s.illustrative ? " *" : "") + refs(s.sourceNumbers),
                                            first: "\(s.order). ", rest: indent))
        var what = s.kindLabel + ", " + s.levelLabel
        if let code = s.step.code { what += ", " + code }
        out.append(contentsOf: wrapper.wrap(what, first: indent, rest: indent))
        out.append(contentsOf: wrapper.wrap(s.duration + ", " + s.modes, first: indent, rest: indent))
        out.append(contentsOf: wrapper.wrap(s.providerLabel, first: indent + "Where: ", rest: indent + "  "))
        out.append(contentsOf: wrapper.wrap(s.entry, first: indent + "Entry: ", rest: indent + "  "))
        if let move = s.moveRequirement {
            out.append(contentsOf: wrapper.wrap(move, first: indent + "To move on: ", rest: indent + "  "))
        }
        if let cost = s.costToLearner {
            out.append(contentsOf: wrapper.wrap(cost + " (fee " + s.typicalFee + ")", first: indent + "Cost to you: ",
                                                rest: indent + "  "))
        } else {
            out.append(contentsOf: wrapper.wrap(s.typicalFee, first: indent + "Typical fee: ", rest: indent + "  "))
        }
        out.append(contentsOf: wrapper.wrap(s.funding + refs(s.fundingSourceNumbers), first: indent, rest: indent))
        return out
    }

    private func refs(_ numbers: [Int]) -> String {
        numbers.isEmpty ? "" : " " + numbers.map { "[\($0)]" }.joined()
    }
}
