import PathwaysGraph

/// Renders a pathway as CSV (RFC 4180): a header row, then one row per step in order.
///
/// Lines end CRLF, fields are quoted only when they need it (`Escape.csv`). Route-wide facts
/// (the job, totals, content version, generated-at) repeat on every row in trailing columns,
/// so the file stays one rectangular table that a spreadsheet or script reads without
/// special cases. Money columns are whole pounds without `£`; an unknown value is empty.
struct CSVRenderer {
    let model: ExportModel

    /// The column names, in order.
    static let header = [
        "order", "id", "title", "kind", "level", "code", "weeks", "modes", "providers", "boroughs",
        "entry_requirements", "typical_fee_gbp", "cost_to_learner_gbp", "funding", "funding_scheme",
        "open", "illustrative", "sources",
        "job_id", "job_title", "job_soc", "job_median_pay_gbp", "job_pay_year", "job_pay",
        "job_illustrative", "job_sources",
        "total_weeks", "total_cost_to_learner_gbp", "starting_point", "content_version", "content_date", "generated_at",
        "licence",
    ]

    func render() -> String {
        let m = model
        var rows: [[String]] = [CSVRenderer.header]
        let routeColumns = [
            m.job.id, m.job.title, m.job.soc ?? "", m.job.pay.map { String($0.median) } ?? "",
            m.job.pay.map { String($0.year) } ?? "", m.pay,
            m.job.illustrative ? "yes: " + ExportModel.illustrativeNote : "no",
            cite(m.jobSourceNumbers + (m.paySourceNumber.map { [$0] } ?? [])),
            String(m.totalWeeks), m.totalCostToLearner.map(String.init) ?? "",
            m.document.startingPoint ?? "", m.info.version, m.info.date, m.document.generatedAt,
            Attribution.openGovernmentLicence,
        ]
        for s in m.steps {
            let entry = s.moveRequirement.map { s.entry + "; to move on: " + $0 } ?? s.entry
            rows.append([
                String(s.order), s.step.id, s.step.title, s.step.kind.rawValue, s.step.level.code,
                s.step.code ?? "", String(s.step.weeks), s.step.modes.map(\.rawValue).joined(separator: "; "),
                s.providers.map(\.title).joined(separator: "; "), s.boroughs, entry, String(s.step.cost),
                s.costing.map { String($0.costToLearner) } ?? "", s.funding, s.costing?.ruleID ?? "",
                s.costing.map { $0.isOpen ? "yes" : "no" } ?? "",
                s.illustrative ? "yes: " + ExportModel.illustrativeNote : "no",
                cite(s.sourceNumbers + s.fundingSourceNumbers),
            ] + routeColumns)
        }
        return rows.map { $0.map(Escape.csv).joined(separator: ",") + "\r\n" }.joined()
    }

    /// "[1] Plan for Growth, WMCA, 2022-12 https://…; [2] …", each source once.
    private func cite(_ numbers: [Int]) -> String {
        var seen: [Int] = []
        for n in numbers where !seen.contains(n) { seen.append(n) }
        return seen.map { n in
            let source = model.sources[n - 1]
            let url = source.source?.url ?? ""
            return "[\(n)] " + source.label + (url.isEmpty ? "" : " " + url)
        }.joined(separator: "; ")
    }
}
