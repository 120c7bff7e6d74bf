import PathwaysGraph

/// What a new download changes against the national layer in `Content/national/`: standards
/// added, retired or withdrawn, new funding bands, durations or levels; jobs added or removed;
/// pay figures moved. One line per change, grouped, for `pathways import --check`.
public struct ImportCheck: Sendable {
    public var lines: [String] = []
    /// Number of changes found (curated jobs to update included).
    public var count = 0

    public init(current: (steps: [Step], jobs: [Job]), new content: NationalContent, curatedJobs: [Job] = []) {
        let old = Dictionary(current.steps.map { ($0.code ?? $0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let fresh = Dictionary(content.steps.map { ($0.code ?? $0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var added: [String] = [], closed: [String] = [], changed: [String] = []
        for (ref, s) in fresh.sorted(by: { $0.key < $1.key }) {
            guard let was = old[ref] else {
                added.append("  + \(ref) \(s.title) (\(s.level.label), \(s.standard?.months.map { Wording.plural($0, "month") } ?? Wording.weeks(s.weeks))\(s.standard?.maximumFunding.map { ", up to \(Pay.pounds($0))" } ?? ""))")
                continue
            }
            let a = was.standard, b = s.standard
            if a?.maximumFunding != b?.maximumFunding {
                changed.append("  ~ \(ref) \(s.title): funding band \(money(a?.maximumFunding)) → \(money(b?.maximumFunding))")
            }
            if a?.months != b?.months {
                changed.append("  ~ \(ref) \(s.title): typical duration \(months(a?.months)) → \(months(b?.months))")
            }
            if was.level != s.level { changed.append("  ~ \(ref) \(s.title): \(was.level.label) → \(s.level.label)") }
            if a?.status != b?.status, let b { changed.append("  ~ \(ref) \(s.title): now \(b.status.label)") }
        }
        for (ref, s) in old.sorted(by: { $0.key < $1.key }) where fresh[ref] == nil {
            let why = content.closedStandards[ref].map { "now \($0.label)" } ?? "no longer listed as open for delivery"
            closed.append("  - \(ref) \(s.title): \(why)")
        }
        section("Standards added", added)
        section("Standards retired, withdrawn or closed", closed)
        section("Standards changed", changed)

        let oldJobs = Dictionary(current.jobs.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let newJobs = Dictionary(content.jobs.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        section("Jobs added", newJobs.keys.sorted().filter { oldJobs[$0] == nil }.map { "  + \($0) \(newJobs[$0]!.title) (SOC \(newJobs[$0]!.soc ?? "-"))" })
        section("Jobs removed", oldJobs.keys.sorted().filter { newJobs[$0] == nil }.map { "  - \($0) \(oldJobs[$0]!.title)" })
        var moved: [String] = []
        for (id, job) in newJobs.sorted(by: { $0.key < $1.key }) {
            guard let was = oldJobs[id] else { continue }
            if was.soc != job.soc { moved.append("  ~ \(id): SOC \(was.soc ?? "-") → \(job.soc ?? "-")") }
            if was.pay != job.pay || was.payWithheld != job.payWithheld {
                moved.append("  ~ \(id) (SOC \(job.soc ?? "-")): \(pay(was)) → \(pay(job))")
            }
        }
        section("Pay moved", moved)
        if count == 0 { lines.append("No changes: Content/national/ matches the datasets.") }
        var fill: [String] = []
        for job in curatedJobs.sorted(by: { $0.id < $1.id }) {
            guard let facts = content.curatedJobFacts[job.id] else { continue }
            let imported = facts.pay.map { "\($0.label), \($0.source)" } ?? facts.payWithheld.map { "not published (\($0.year))" } ?? "no figure"
            if job.soc == nil {
                fill.append("  ? curated job \(job.id): no SOC code; the import suggests \(facts.soc ?? "none") (pay \(imported))")
            } else if job.pay == nil && job.payWithheld == nil {
                fill.append("  ? curated job \(job.id) (SOC \(job.soc!)): no pay; ASHE gives \(imported)")
            } else if let p = job.pay, p.year < content.payYear, let q = facts.pay, q != p {
                fill.append("  ? curated job \(job.id) (SOC \(job.soc!)): pay \(p.label) is older than ASHE \(q.label)")
            }
        }
        section("Curated jobs to update by hand (Content/jobs/)", fill)
    }

    private mutating func section(_ title: String, _ items: [String]) {
        guard !items.isEmpty else { return }
        lines.append("\(title): \(items.count)")
        lines += items
        count += items.count
    }

    private func money(_ amount: Int?) -> String { amount.map(Pay.pounds) ?? "none" }
    private func months(_ n: Int?) -> String { n.map { Wording.plural($0, "month") } ?? "none" }
    private func pay(_ job: Job) -> String {
        if let p = job.pay { return p.label }
        if let g = job.payWithheld { return "not published (\(g.year))" }
        return "none"
    }
}
