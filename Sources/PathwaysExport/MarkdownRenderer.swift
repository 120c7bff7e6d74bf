import PathwaysGraph

/// Renders a pathway as Markdown: CommonMark with GitHub-style footnotes for sources.
///
/// Layout: a title, the facts at a glance, a numbered list of steps with their details as
/// sub-lists, the job, a checklist of next actions (`- [ ]`), adviser notes, and the sources as
/// footnote definitions. All content text goes through `Escape.markdown`.
struct MarkdownRenderer {
    let model: ExportModel

    func render() -> String {
        var out: [String] = []
        let m = model
        out.append("# " + md(m.title))
        out.append("")
        out.append("Generated " + md(m.document.generatedAt) + ". Content: " + md(m.contentLabel) + ".")
        out.append("")
        if let start = m.document.startingPoint {
            out.append("**Starting point:** " + md(start))
            out.append("")
        }
        out.append("## At a glance")
        out.append("")
        out.append("- **Steps:** \(m.steps.count)")
        out.append("- **Total time:** " + m.totalWeeksLabel)
        out.append("- **Cost to you:** " + md(m.totalCostLabel))
        out.append("- **Typical fees before funding:** " + Pay.pounds(m.totalTypicalFees))
        out.append("- **Job:** " + md(m.job.title) + " (SOC " + md(m.soc) + "), median pay " + md(m.pay)
            + notes(m.paySourceNumber.map { [$0] } ?? []))
        if m.anyIllustrative {
            out.append("- **Note:** records marked *example* are an " + md(ExportModel.illustrativeNote) + ".")
        }
        out.append("")
        out.append("## Steps")
        out.append("")
        for s in m.steps {
            out.append(contentsOf: step(s))
        }
        out.append("## The job: " + md(m.job.title))
        out.append("")
        if m.job.illustrative { out.append("*Example — not yet confirmed by a source.*"); out.append("") }
        if !m.job.summary.isEmpty { out.append(md(m.job.summary) + notes(m.jobSourceNumbers)); out.append("") }
        out.append("- **SOC 2020 code:** " + md(m.soc))
        out.append("- **Median pay:** " + md(m.pay) + notes(m.paySourceNumber.map { [$0] } ?? []))
        if !m.jobClusters.isEmpty {
            out.append("- **Growth cluster:** " + m.jobClusters.map(md).joined(separator: ", "))
        }
        out.append("")
        out.append("## Next actions")
        out.append("")
        for action in m.nextActions { out.append("- [ ] " + md(action)) }
        out.append("")
        if !m.document.notes.isEmpty {
            out.append("## Adviser notes")
            out.append("")
            for note in m.document.notes { out.append("- " + md(note)) }
            out.append("")
        }
        out.append("## Sources")
        out.append("")
        if m.sources.isEmpty { out.append("No sources cited."); out.append("") }
        for source in m.sources {
            var line = "[^\(source.number)]: " + md(source.label)
            if let url = source.source?.url, !url.isEmpty { line += ". <" + link(url) + ">" }
            if let note = source.source?.note, !note.isEmpty { line += " " + md(note) }
            out.append(line)
            out.append("")
        }
        out.append("---")
        out.append("")
        out.append("*" + md(m.contentLabel) + ". Generated " + md(m.document.generatedAt) + ". " + md(Attribution.openGovernmentLicence) + "*")
        return out.joined(separator: "\n") + "\n"
    }

    private func step(_ s: ExportModel.StepFacts) -> [String] {
        var lines: [String] = []
        var head = "\(s.order). **" + md(s.step.title) + "**"
        if s.illustrative { head += " *(" + ExportModel.illustrativeNote + ")*" }
        head += notes(s.sourceNumbers)
        lines.append(head)
        let pad = "   "
        var kind = md(s.kindLabel) + ", " + md(s.levelLabel)
        if let code = s.step.code { kind += ", " + md(code) }
        lines.append(pad + "- **What:** " + kind)
        if !s.step.summary.isEmpty { lines.append(pad + "- **About:** " + md(s.step.summary)) }
        lines.append(pad + "- **How long:** " + s.duration + ", " + md(s.modes))
        lines.append(pad + "- **Where:** " + md(s.providerLabel))
        lines.append(pad + "- **Entry requirements:** " + md(s.entry))
        if let move = s.moveRequirement { lines.append(pad + "- **To move on to this step:** " + md(move)) }
        if let cost = s.costToLearner {
            lines.append(pad + "- **Cost to you:** " + cost + " (typical fee " + s.typicalFee + ")")
        } else {
            lines.append(pad + "- **Typical fee:** " + s.typicalFee)
        }
        lines.append(pad + "- **Funding:** " + md(s.funding) + notes(s.fundingSourceNumbers))
        lines.append("")
        return lines
    }

    private func notes(_ numbers: [Int]) -> String {
        numbers.map { "[^\($0)]" }.joined()
    }

    private func md(_ text: String) -> String { Escape.markdown(text) }

    /// An autolink target: no spaces, `<` or `>` (which would end it).
    private func link(_ url: String) -> String {
        Escape.singleLine(url).unicodeScalars.filter { $0 != "<" && $0 != ">" && $0 != " " }.map(String.init).joined()
    }
}
