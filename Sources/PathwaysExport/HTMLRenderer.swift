import PathwaysGraph

/// Renders a pathway as one self-contained HTML5 page: inline CSS (`HTMLStyle`), no scripts,
/// no external assets.
///
/// Layout: title and starting point, the facts at a glance, the steps as a timeline ending in
/// the job, a table of costs and funding, next actions, adviser notes, and the sources as
/// numbered footnotes that the facts link to (`#source-N`). All content text goes through
/// `Escape.html`; element IDs are made from numbers only, never from content.
struct HTMLRenderer {
    let model: ExportModel

    func render() -> String {
        let m = model
        var out: [String] = []
        out.append("<!DOCTYPE html>")
        out.append("<html lang=\"en-GB\">")
        out.append("<head>")
        out.append("<meta charset=\"utf-8\">")
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        out.append("<meta name=\"generator\" content=\"Pathways\">")
        out.append("<title>" + h(m.title) + "</title>")
        out.append("<style>")
        out.append(HTMLStyle.css)
        out.append("</style>")
        out.append("</head>")
        out.append("<body>")
        out.append("<header>")
        out.append("<h1>" + h(m.title) + "</h1>")
        out.append("<p class=\"meta\">Generated " + h(m.document.generatedAt) + " · Content: " + h(m.contentLabel) + "</p>")
        if let start = m.document.startingPoint {
            out.append("<p class=\"start\"><strong>Your starting point:</strong> " + h(start) + "</p>")
        }
        out.append("</header>")
        out.append("<main>")
        out.append("<ul class=\"glance\">")
        out.append("<li>Steps<b>\(m.steps.count)</b></li>")
        out.append("<li>Total time<b>" + h(m.totalWeeksLabel) + "</b></li>")
        out.append("<li>Cost to you<b>" + h(m.totalCostShort ?? "Not worked out") + "</b></li>")
        out.append("<li>Median pay<b>" + h(m.pay) + "</b></li>")
        out.append("</ul>")
        if let why = m.whyNotOpen { out.append("<p class=\"closed\">" + h(Wording.sentence(why)) + "</p>") }
        if m.anyIllustrative {
            out.append("<p class=\"example\">Records marked “example” are an " + h(ExportModel.illustrativeNote) + ".</p>")
        }
        out.append("<h2>Your steps</h2>")
        out.append("<ol class=\"timeline\">")
        for s in m.steps { out.append(contentsOf: step(s)) }
        out.append(contentsOf: job())
        out.append("</ol>")
        out.append(contentsOf: costTable())
        out.append("<h2>Next actions</h2>")
        out.append("<ul class=\"checklist\">")
        for action in m.nextActions { out.append("<li>" + h(action) + "</li>") }
        out.append("</ul>")
        if !m.document.notes.isEmpty {
            out.append("<h2>Adviser notes</h2>")
            out.append("<ul>")
            for note in m.document.notes { out.append("<li>" + h(note) + "</li>") }
            out.append("</ul>")
        }
        out.append("<h2>Sources</h2>")
        if m.sources.isEmpty { out.append("<p>No sources cited.</p>") }
        out.append("<ol class=\"sources small\">")
        for source in m.sources {
            var line = "<li id=\"source-\(source.number)\">" + h(source.label) + "."
            if let url = source.source?.url, !url.isEmpty {
                line += " <a href=\"" + h(safeURL(url)) + "\">" + h(url) + "</a>"
            }
            if let note = source.source?.note, !note.isEmpty { line += " " + h(note) }
            out.append(line + "</li>")
        }
        out.append("</ol>")
        out.append("</main>")
        out.append("<footer class=\"small\">")
        out.append("<p>" + h(m.contentLabel) + ". Generated " + h(m.document.generatedAt)
            + ". Check costs, dates and entry requirements with the provider before you enrol.</p>")
        out.append("<p>" + h(Attribution.openGovernmentLicence) + "</p>")
        out.append("</footer>")
        out.append("</body>")
        out.append("</html>")
        return out.joined(separator: "\n") + "\n"
    }

    private func step(_ s: ExportModel.StepFacts) -> [String] {
        var out: [String] = []
        out.append("<li class=\"step\" id=\"step-\(s.order)\" data-order=\"\(s.order)\">")
        var title = "<h3>" + h(s.step.title) + refs(s.sourceNumbers)
        if s.illustrative { title += " <span class=\"example\">(" + h(ExportModel.illustrativeNote) + ")</span>" }
        out.append(title + "</h3>")
        if !s.step.summary.isEmpty { out.append("<p>" + h(s.step.summary) + "</p>") }
        out.append("<dl>")
        var what = h(s.kindLabel) + ", " + h(s.levelLabel)
        if let code = s.step.code { what += ", " + h(code) }
        out.append(row("What", what))
        out.append(row("How long", h(s.duration) + ", " + h(s.modes)))
        out.append(row("Where", h(s.providerLabel)))
        out.append(row("Entry", h(s.entry)))
        if let move = s.moveRequirement { out.append(row("To move on", h(move))) }
        if let cost = s.costToLearner {
            out.append(row("Cost to you", h(cost) + " <span class=\"small\">(typical fee " + h(s.typicalFee) + ")</span>"))
        } else {
            out.append(row("Typical fee", h(s.typicalFee)))
        }
        let closed = s.costing?.isOpen == false
        out.append(row("Funding", (closed ? "<span class=\"closed\">" : "") + h(s.funding) + (closed ? "</span>" : "")
            + refs(s.fundingSourceNumbers)))
        out.append("</dl>")
        out.append("</li>")
        return out
    }

    private func job() -> [String] {
        let m = model
        var out: [String] = []
        out.append("<li class=\"step job\" id=\"job\" data-order=\"✓\">")
        var title = "<h3>Job: " + h(m.job.title) + refs(m.jobSourceNumbers)
        if m.job.illustrative { title += " <span class=\"example\">(" + h(ExportModel.illustrativeNote) + ")</span>" }
        out.append(title + "</h3>")
        if !m.job.summary.isEmpty { out.append("<p>" + h(m.job.summary) + "</p>") }
        out.append("<dl>")
        out.append(row("SOC 2020", h(m.soc)))
        out.append(row("Median pay", h(m.pay) + refs(m.paySourceNumber.map { [$0] } ?? [])))
        if !m.jobClusters.isEmpty { out.append(row("Growth cluster", m.jobClusters.map(h).joined(separator: ", "))) }
        out.append("</dl>")
        out.append("</li>")
        return out
    }

    private func costTable() -> [String] {
        let m = model
        var out: [String] = []
        out.append("<h2>Costs and funding</h2>")
        out.append("<div class=\"table-wrap\">")
        out.append("<table>")
        out.append("<thead><tr><th>Step</th><th class=\"num\">Weeks</th><th class=\"num\">Typical fee</th>"
            + "<th class=\"num\">Cost to you</th><th>Funding</th></tr></thead>")
        out.append("<tbody>")
        for s in m.steps {
            out.append("<tr><td>\(s.order). " + h(s.step.title) + "</td><td class=\"num\">\(s.step.weeks)</td>"
                + "<td class=\"num\">" + h(s.typicalFee) + "</td><td class=\"num\">" + h(s.costToLearner ?? "–")
                + "</td><td>" + h(s.funding) + refs(s.fundingSourceNumbers) + "</td></tr>")
        }
        out.append("</tbody>")
        out.append("<tfoot><tr><td>Total</td><td class=\"num\">\(m.totalWeeks)</td><td class=\"num\">"
            + h(Pay.pounds(m.totalTypicalFees)) + "</td><td class=\"num\">"
            + h(m.totalCostShort ?? "–") + "</td><td>"
            + (m.hasProfile ? "" : "No profile set: ask an adviser what you would pay.") + "</td></tr></tfoot>")
        out.append("</table>")
        out.append("</div>")
        return out
    }

    private func row(_ term: String, _ html: String) -> String { "<dt>" + h(term) + "</dt><dd>" + html + "</dd>" }

    private func refs(_ numbers: [Int]) -> String {
        numbers.map { "<sup><a href=\"#source-\($0)\">[\($0)]</a></sup>" }.joined()
    }

    private func h(_ text: String) -> String { Escape.html(text) }

    /// Only web and mail links are kept as links; anything else (`javascript:`, `data:`) becomes
    /// an inert fragment so a hostile source URL cannot run.
    private func safeURL(_ url: String) -> String {
        let lower = url.lowercased()
        return ["https://", "http://", "mailto:"].contains(where: lower.hasPrefix) ? url : "#"
    }
}
