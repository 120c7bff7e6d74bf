import PathwaysGraph
import PathwaysTerminalCore

/// The words shown about each kind of record, shared by every screen that shows it.
enum Describe {

    /// A level in two columns, for lists: "E3" for Entry 3, "L2" for Level 2.
    static func levelTag(_ level: Level) -> String {
        let code = level.code
        return code.hasPrefix("E") ? code : "L" + code
    }

    static func pay(_ job: Job) -> String { job.pay?.label ?? "not known" }

    static func sources(_ ids: [String], _ graph: PathwayGraph) -> String {
        let names = ids.map { id in graph.source(id).map { "\($0.title) (\($0.publisher), \($0.date))" } ?? id }
        return names.isEmpty ? "none given" : names.joined(separator: "; ")
    }

    static func cluster(_ c: Cluster, _ graph: PathwayGraph) -> TextBlock {
        var b = TextBlock()
        b.heading(Wording.marked(c.title, illustrative: c.illustrative))
        if c.illustrative { b.line("An example record: no source confirms it yet.", style: .example) }
        if !c.summary.isEmpty { b.line(c.summary) }
        b.blank()
        b.field("Growth", c.growth ?? "the Plan gives no figures")
        let jobs = graph.jobs(inCluster: c.id)
        b.field("Jobs", String(jobs.count))
        let pays = jobs.compactMap { $0.pay?.median }
        let unknown = jobs.count - pays.count
        var range = pays.isEmpty ? "not known"
            : pays.min() == pays.max() ? Pay.pounds(pays.min()!) : "\(Pay.pounds(pays.min()!)) to \(Pay.pounds(pays.max()!))"
        if !pays.isEmpty && unknown > 0 { range += " (\(unknown) not known)" }
        b.field("Median pay", range)
        if !c.bodies.isEmpty { b.field("Industry bodies", c.bodies.joined(separator: ", ")) }
        b.field("Sources", sources(c.sources, graph))
        return b
    }

    /// The jobs a cluster lists beside it on the home screen, at most `limit` of them: a
    /// national cluster has over a thousand, which belong on the cluster's own screen.
    static func jobList(_ jobs: [Job], limit: Int = 200) -> TextBlock {
        var b = TextBlock()
        for j in jobs.prefix(limit) { b.line("\(Wording.marked(j.title, illustrative: j.illustrative)) — \(pay(j))", indent: 2) }
        if jobs.count > limit {
            b.line("And \(Wording.plural(jobs.count - limit, "more job")): Enter opens the cluster with all of them.", style: .muted)
        }
        if jobs.isEmpty { b.line("No jobs in this cluster yet.", style: .muted) }
        return b
    }

    static func job(_ j: Job, _ graph: PathwayGraph) -> TextBlock {
        var b = TextBlock()
        b.heading(Wording.marked(j.title, illustrative: j.illustrative))
        if j.illustrative { b.line("An example record: no source confirms it yet.", style: .example) }
        b.field("The work", j.summary.isEmpty ? "no description yet" : j.summary)
        b.field("SOC code", j.soc ?? "none given")
        if let p = j.pay {
            b.field("Median pay", p.label + (graph.source(p.source).map { ", \($0.title)" } ?? ""))
        } else {
            b.field("Median pay", "not known")
        }
        b.field("Level needed", j.minimumLevel.label)
        b.field("Cluster", j.clusters.map { graph.cluster($0)?.title ?? $0 }.joined(separator: ", "))
        b.field("Sources", sources(j.sources, graph))
        return b
    }

    static func step(_ s: Step, _ graph: PathwayGraph) -> TextBlock {
        var b = TextBlock()
        b.heading(Wording.marked(s.title, illustrative: s.illustrative))
        if s.illustrative { b.line("An example record: no source confirms it yet.", style: .example) }
        if !s.summary.isEmpty { b.line(s.summary) }
        b.field("Kind", s.kind.label + (s.code.map { " (\($0))" } ?? ""))
        b.field("Level", s.level.label)
        b.field("Duration", Wording.yearsAndMonths(weeks: s.weeks))
        b.field("Mode", s.modes.map(\.label).joined(separator: ", "))
        b.field("Cost", s.cost == 0 ? "free" : "\(Pay.pounds(s.cost)) before funding" + (s.feeEstimate ? " (an estimate)" : ""))
        let schemes = graph.fundingRules(for: s).map { $0.reason == $0.title ? $0.title : "\($0.title): \($0.reason)" }
        b.field("Funding", schemes.isEmpty ? (s.earnsWhileLearning ? "paid while you learn" : "none listed") : schemes.joined(separator: "; "))
        if s.earnsWhileLearning { b.field("Earn while learning", "yes") }
        b.field("Entry", s.entry.text.isEmpty ? (s.entry.isOpen ? "open to anyone" : requirement(s.entry)) : s.entry.text)
        if let em = s.grantsEnglishMaths { b.field("Gives English and maths", em.label) }
        return b
    }

    static func requirement(_ r: EntryRequirement) -> String {
        var parts: [String] = []
        if let l = r.minimumLevel { parts.append("\(l.label) held") }
        if let e = r.englishMaths { parts.append("English and maths at \(e.label)") }
        parts += r.ageWords
        return parts.isEmpty ? "open to anyone" : parts.joined(separator: ", ")
    }

    static func providers(of s: Step, _ graph: PathwayGraph) -> TextBlock {
        var b = TextBlock()
        for id in s.providers {
            if let p = graph.provider(id) {
                b.line("\(Wording.marked(p.title, illustrative: p.illustrative)) — \(p.borough.label)", indent: 2)
            } else {
                b.line(id, indent: 2)
            }
        }
        if s.providers.isEmpty { b.line("No providers listed yet.", style: .muted) }
        b.blank()
        b.field("Sources", sources(s.sources, graph))
        return b
    }

    static func provider(_ p: Provider, _ graph: PathwayGraph) -> TextBlock {
        var b = TextBlock()
        b.heading(Wording.marked(p.title, illustrative: p.illustrative))
        let kind = switch p.kind {
        case .college: "College"
        case .university: "University"
        case .trainingProvider: "Training provider"
        case .employer: "Employer"
        case .publicService: "Public service"
        }
        b.field("Kind", kind)
        b.field("Borough", p.borough.label)
        if let url = p.url { b.field("Web", url) }
        b.field("Sources", sources(p.sources, graph))
        return b
    }

    /// "98 weeks · £2,800 in fees · 4 steps": typical fees, before any funding (no profile yet).
    static func totals(_ r: Route, separator: String = " · ") -> String {
        [Wording.yearsAndMonths(weeks: r.totalWeeks), fees(r.costToLearner), Wording.plural(r.steps.count, "step")]
            .joined(separator: separator)
    }

    /// Typical fees before any funding: "no fees", "£2,800 in fees".
    static func fees(_ pounds: Int) -> String { pounds == 0 ? "no fees" : "\(Pay.pounds(pounds)) in fees" }

    /// A route in one sentence for a list, naming its first steps and its totals in words:
    /// "5. SWAP: Adult social care, then Level 2 diploma in care — 8 months, free, 2 steps
    /// [fully funded]". Long enough to wrap in a narrow pane, never cut (see `Frame.Row.wraps`).
    static func routeLine(number: Int, _ r: Route, _ p: PersonalRoute?) -> String {
        let shown = 3
        var names = r.steps.prefix(shown).map(\.title).joined(separator: ", then ")
        if r.steps.count > shown { names += ", and " + Wording.plural(r.steps.count - shown, "more step") }
        if r.steps.isEmpty { names = "Straight into the job" }
        let cost = p.map { Wording.toYou($0.costings) } ?? fees(r.costToLearner)
        let tags = p.map(tags) ?? ""
        return "\(number). \(names) — \(Wording.yearsAndMonths(weeks: r.totalWeeks)), \(cost), \(Wording.plural(r.steps.count, "step"))"
            + (tags.isEmpty ? "" : " " + tags)
    }

    static func route(_ r: Route) -> TextBlock {
        var b = TextBlock()
        for (i, s) in r.steps.enumerated() {
            b.line("\(i + 1). \(Wording.marked(s.title, illustrative: s.illustrative)) — \(s.level.label), \(Wording.yearsAndMonths(weeks: s.weeks)), \(Wording.cost(s.cost))", indent: 5)
        }
        b.line("→ \(r.job.title)", style: .route, indent: 2)
        return b
    }

    static func startingPoint(_ p: StartingPoint) -> String {
        guard let l = p.levelHeld else { return "Entry level (no qualifications yet)" }
        return "holding \(l.label)"
    }
}
