import ArgumentParser
import PathwaysGraph

/// `pathways show ID`: one record of any kind, in full.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one cluster, job, step, provider, funding scheme or source.")

    @OptionGroup var options: ContentOptions
    @Argument(help: "The record's ID.") var id: String
    @Flag(help: "Print JSON for scripts.") var json = false

    func run() throws {
        let graph = try options.graph()
        if let c = graph.cluster(id) {
            let jobs = graph.jobs(inCluster: id)
            if json { return try Output.json(RecordJSON.Shown(kind: "cluster", record: RecordJSON.ClusterJSON(c, jobCount: jobs.count))) }
            print(lines(title: c.title, illustrative: c.illustrative, [
                ("Cluster", c.id), ("Plain name", c.plainTitle ?? ""), ("About", c.summary), ("Growth", c.growth ?? "not given"),
                ("Bodies", c.bodies.joined(separator: "; ")), ("Jobs", jobs.map(\.title).joined(separator: "; ")),
            ], sources: c.sources, graph))
        } else if let j = graph.job(id) {
            if json { return try Output.json(RecordJSON.Shown(kind: "job", record: RecordJSON.JobJSON(j))) }
            print(lines(title: j.title, illustrative: j.illustrative, [
                ("Job", j.id), ("About", j.summary), ("SOC 2020", j.soc ?? "none"), ("Needs", j.minimumLevel.label),
                ("Entry requirement", j.requirementText ?? ""), ("Starting pay", j.startingPay?.label ?? ""),
                ("Median pay", j.pay.map { "\($0.label), source \($0.source)" + ($0.basis == nil ? "" : ": \($0.meaning)") }
                    ?? j.payWithheld.map { "\($0.meaning), source \($0.source)" } ?? "not known"),
                ("Clusters", j.clusters.compactMap { graph.cluster($0)?.title }.joined(separator: "; ")),
                ("Reached from", graph.previousSteps(into: id).map(\.node.title).joined(separator: "; ")),
            ], sources: j.sources, graph))
        } else if let s = graph.step(id) {
            if json { return try Output.json(RecordJSON.Shown(kind: "step", record: RecordJSON.StepJSON(s, graph: graph))) }
            let providers = s.providers.compactMap(graph.provider).map { "\($0.title) (\($0.borough.label))" }
            print(lines(title: s.title, illustrative: s.illustrative, [
                ("Step", s.id), ("About", s.summary), ("Kind", s.kind.label), ("Level", s.level.label),
                ("Code", s.code ?? "none"), ("Duration", Wording.weeks(s.weeks)),
                ("Standard", s.standard.map(standardFacts) ?? ""),
                ("Mode", s.modes.map(\.label).joined(separator: ", ")),
                ("Typical fee", Pay.pounds(s.cost) + (s.feeEstimate ? " (estimate)" : "")),
                ("Funding", fundingTitles(s, graph)),
                ("Entry", s.entry.text.isEmpty ? "open to all" : s.entry.text),
                ("Providers", providers.joined(separator: "; ")),
                ("Leads to", graph.nextSteps(from: id).map(\.node.title).joined(separator: "; ")),
                ("Comes after", graph.previousSteps(into: id).map(\.node.title).joined(separator: "; ")),
            ], sources: s.sources, graph))
        } else if let p = graph.provider(id) {
            if json { return try Output.json(RecordJSON.Shown(kind: "provider", record: RecordJSON.ProviderJSON(p))) }
            let offers = graph.steps.filter { $0.providers.contains(id) }.map(\.title)
            print(lines(title: p.title, illustrative: p.illustrative, [
                ("Provider", p.id), ("Kind", p.kind.rawValue), ("Borough", p.borough.label), ("Web", p.url ?? "none"),
                ("Offers", offers.joined(separator: "; ")),
            ], sources: p.sources, graph))
        } else if let f = graph.fundingRule(id) {
            if json { return try Output.json(RecordJSON.Shown(kind: "funding", record: RecordJSON.FundingJSON(f))) }
            print(lines(title: f.title, illustrative: f.illustrative, [
                ("Funding", f.id), ("About", f.summary), ("Gives", f.outcome.rawValue), ("Reason shown", f.reason),
                ("Dates", f.datesLabel(on: Day.today())), ("Applies to", f.appliesTo.listed ? "steps that name it" : "every step in its scope"),
            ], sources: f.sources, graph))
        } else if let s = graph.source(id) {
            if json { return try Output.json(RecordJSON.Shown(kind: "source", record: RecordJSON.SourceJSON(s))) }
            print(lines(title: s.title, illustrative: false, [
                ("Source", s.id), ("Publisher", s.publisher), ("Address", s.url), ("Date", s.date), ("Note", s.note ?? ""),
            ], sources: [], graph))
        } else {
            throw graph.unknown("ID", id)
        }
    }

    /// The funding rules a step names, by title.
    private func fundingTitles(_ s: Step, _ graph: PathwayGraph) -> String {
        s.funding.compactMap(graph.fundingRule).map(\.title).joined(separator: "; ")
    }

    /// "version 1.1 · LARS 2 · Digital · up to £18,000 · 24 months · approved for delivery (2021-07-14)".
    private func standardFacts(_ s: ApprenticeshipStandard) -> String {
        var parts = ["version \(s.version)"]
        if let lars = s.lars { parts.append("LARS \(lars)") }
        parts.append(s.routes.joined(separator: " and "))
        if let f = s.maximumFunding { parts.append("funding band up to \(Pay.pounds(f))") }
        if let m = s.months { parts.append(Wording.plural(m, "month")) }
        parts.append(s.status.label + (s.approvedOn.map { " (\($0))" } ?? ""))
        return parts.joined(separator: " · ")
    }

    private func lines(title: String, illustrative: Bool, _ fields: [(String, String)], sources: [String], _ graph: PathwayGraph) -> String {
        var out = [title + (illustrative ? "  [example: not confirmed by a source]" : "")]
        let cited = sources.map { id in graph.source(id).map { "\($0.title), \($0.publisher) (\($0.date))" } ?? id }
        let rows = (fields + (cited.isEmpty ? [] : [("Sources", cited.joined(separator: "; "))])).filter { !$0.1.isEmpty }
        out.append(Output.table(rows.map { ["  " + $0.0 + ":", $0.1] }))
        return out.joined(separator: "\n")
    }
}
