import PathwaysGraph

/// Funding rules and jobs' starting pay: the records issue #10 added to the content schema.
extension CatalogueBuilder {
    static let fundingKeys: KnownKeys = [
        "id", "title", "summary", "outcome", "eligibility", "appliesTo", "reason", "sources", "illustrative", "from", "until",
    ]
    static let conditionKeys: KnownKeys = [
        "ageMin", "ageMax", "ageOn", "heldBelow", "englishMathsBelow", "anyOf", "earningsBelow", "residence",
    ]

    /// One funding rule: who it is for (`eligibility`), which steps it pays for (`appliesTo`),
    /// its dates of effect (`from`, `until`, as YYYY-MM-DD) and its sources.
    mutating func readFunding(_ mapping: YAMLMapping, at mark: YAMLMark, file: String) {
        var (f, id) = begin(mapping, at: mark, kind: .funding, known: CatalogueBuilder.fundingKeys, file: file)
        let title = f.text("title")
        let summary = f.text("summary", multiline: true)
        let outcome: FundingRule.Outcome? = f.choice("outcome")
        var conditions = FundingConditions()
        if var e = f.nested("eligibility", known: CatalogueBuilder.conditionKeys) {
            conditions = FundingConditions(
                minimumAge: e.count("ageMin", required: false), maximumAge: e.count("ageMax", required: false),
                ageMeasure: e.choice("ageOn", required: false) ?? .atStart,
                heldBelow: e.level("heldBelow", required: false),
                englishMathsBelow: e.level("englishMathsBelow", required: false), anyOf: e.choices("anyOf"),
                earningsBelow: e.count("earningsBelow", required: false), residence: e.choices("residence"))
            f.absorb(e)
        }
        var scope = FundingScope()
        if var a = f.nested("appliesTo", known: ["kinds", "levelMin", "levelMax", "listed"]) {
            scope = FundingScope(kinds: a.choices("kinds"), minimumLevel: a.level("levelMin", required: false),
                                 maximumLevel: a.level("levelMax", required: false), listed: a.flag("listed"))
            f.absorb(a)
        }
        let reason = f.text("reason")
        let from = day(&f, "from"), until = day(&f, "until")
        if let from, let until, until < from {
            f.report(f.position(of: "until"), "'until' (\(until)) is before 'from' (\(from))")
        }
        let (sources, illustrative) = citations(&f)
        if let id {
            catalogue.funding.append(FundingRule(
                id: id, title: title ?? id, summary: summary ?? "", outcome: outcome ?? .free,
                conditions: conditions, appliesTo: scope, reason: reason ?? "", sources: sources, from: from, until: until,
                illustrative: illustrative))
        }
        finish(f, kind: .funding, id: id)
    }

    /// A `YYYY-MM-DD` date, or nil (with a finding when it is written but not a date).
    private func day(_ f: inout RecordFields, _ key: String) -> Day? {
        guard f.has(key), let text = f.text(key, required: false) else { return nil }
        guard let day = Day(parsing: text) else {
            f.report(f.position(of: key), "'\(key)' must be a date written YYYY-MM-DD, not '\(ContentText.printable(text))'")
            return nil
        }
        return day
    }

    /// A job's `startingPay: {amount, per, basis, source}`; `amount` is pounds a year, or pence an hour.
    func readStartingPay(_ f: inout RecordFields) -> StartingPay? {
        guard var p = f.nested("startingPay", known: ["amount", "per", "basis", "source"]) else { return nil }
        let amount = p.count("amount"), per: StartingPay.Period? = p.choice("per")
        let basis = p.text("basis"), source = p.text("source")
        if source != nil { p.noteItem(.startingPaySource, at: "source") }
        f.absorb(p)
        guard let amount, let per, let basis, let source else { return nil }
        return StartingPay(amount: amount, period: per, basis: basis, source: source)
    }
}
