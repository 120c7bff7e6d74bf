import PathwaysGraph

/// Turns the official datasets and the curated layer into the national layer: one step per
/// standard open for delivery, one job per NCS profile and per SOC 2020 unit group no profile
/// or curated job covers, and the links between them by the rules of `ProgressionRule`.
///
/// Pure and deterministic: the same inputs give the same records in the same order.
/// Curated records win: a curated apprenticeship step with a standard's reference as its `code`
/// stands for that standard, and a curated job with an NCS profile's ID (or listed in the
/// curation's `standsFor`) stands for that profile; imported links then lead to the curated record.
public struct NationalImport: Sendable {
    /// IDs of the source records imported records cite; each must exist in `Content/sources/`.
    public enum SourceID {
        public static let standards = "ifate-apprenticeship-standards"
        public static let occupations = "ons-soc2020"
        public static let profiles = "ncs-job-profiles"
        /// Who may start a foundation apprenticeship: the ages the import gives them.
        public static let foundationAges = "aelp-foundation-apprenticeships"
        /// ASHE Table 14.7a of a year: `ons-ashe-2024`.
        public static func pay(_ year: Int) -> String { "ons-ashe-\(year)" }
    }

    public var datasets: NationalDatasets
    /// The curated layer (read without the national one).
    public var curated: Catalogue
    public var curation: ImportCuration

    public init(datasets: NationalDatasets, curated: Catalogue, curation: ImportCuration) {
        self.datasets = datasets
        self.curated = curated
        self.curation = curation
    }

    /// Builds the national layer; throws when the curated layer lacks a source it must cite or
    /// the curation names records that do not exist (as `FILE:LINE` against the curation file).
    public func run(curationFile: String = "Content/" + ImportCuration.path) throws(ImportFailure) -> NationalContent {
        let coding = datasets.coding
        let pay = datasets.pay
        let paySource = SourceID.pay(pay.year)
        var errors: [ImportError] = []
        let known = Set(curated.sources.map(\.id))
        for id in [SourceID.standards, SourceID.occupations, SourceID.profiles, paySource] where !known.contains(id) {
            errors.append(ImportError(file: "Content/sources", line: 1, "no source '\(id)'; add it to Content/sources/national-data.yaml"))
        }
        if datasets.standards.contains(where: { $0.isOffered && $0.isFoundation }) && !known.contains(SourceID.foundationAges) {
            errors.append(ImportError(file: "Content/sources", line: 1,
                                      "no source '\(SourceID.foundationAges)' for the ages of foundation apprenticeships; add it to Content/sources/funding-rules.yaml"))
        }

        // Standards: offered ones become steps unless a curated step stands for them.
        let curatedByCode = Dictionary(curated.steps.filter { $0.kind == .apprenticeship && $0.code != nil }.map { ($0.code!.uppercased(), $0) },
                                       uniquingKeysWith: { first, _ in first })
        let offered = datasets.standards.filter(\.isOffered)
        var stepID: [String: String] = [:]     // reference -> step ID (imported or curated)
        var stepLevel: [String: Level] = [:]   // step ID -> level
        var importedRefs: [String] = []
        for s in offered {
            if let c = curatedByCode[s.reference] {
                stepID[s.reference] = c.id
                stepLevel[c.id] = c.level
            } else {
                let id = s.reference.lowercased()
                stepID[s.reference] = id
                stepLevel[id] = Level(parsing: String(s.level ?? 2)) ?? .level2
                importedRefs.append(s.reference)
            }
        }
        let standardsByRef = Dictionary(offered.map { ($0.reference, $0) }, uniquingKeysWith: { a, _ in a })

        // Jobs: NCS profiles, then unit groups nobody covers. A curated job stands for a profile
        // with its ID or one the curation names.
        let curatedJobs = Dictionary(curated.jobs.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for (imported, job) in curation.standsFor.sorted(by: { $0.key < $1.key }) where curatedJobs[job] == nil {
            errors.append(ImportError(file: curationFile, line: 1, "'standsFor' of unknown curated job '\(job)' (for '\(imported)')"))
        }
        struct Draft {
            var id: String
            var title: String
            var soc: String
            var sources: [String]
            var curated: Bool
        }
        var drafts: [String: Draft] = [:]      // job node ID -> draft (curated drafts carry the curated ID)
        var profileNode: [String: String] = [:] // profile ID -> job node ID
        var curatedSOC: [String: String] = [:]
        var standIns: [(owner: String, soc: String)] = []   // imported jobs a curated job stands for, with their SOC
        for job in curated.jobs { if let soc = job.soc { curatedSOC[job.id] = soc } }
        for p in datasets.profiles {
            let pid = Clean.id(p.urlName)
            guard let soc = coding.bridge(title: p.title, soc2010: p.soc2010) else {
                errors.append(ImportError(file: datasets.files[4], line: p.line, "SOC 2010 code \(p.soc2010) is not in the coding index, so it cannot be bridged to SOC 2020"))
                continue
            }
            if let owner = curatedJobs[pid]?.id ?? curation.standsFor[pid] {
                profileNode[pid] = owner
                standIns.append((owner, soc))
                if curatedSOC[owner] == nil { curatedSOC[owner] = soc }
                continue
            }
            profileNode[pid] = pid
            drafts[pid] = Draft(id: pid, title: p.title, soc: soc, sources: [SourceID.profiles, SourceID.occupations], curated: false)
        }
        let covered = Set(drafts.values.map(\.soc)).union(curatedSOC.values)
        for unit in coding.unitGroups where !covered.contains(unit) {
            let id = "soc-\(unit)"
            if let owner = curation.standsFor[id] {
                standIns.append((owner, unit))
                if curatedSOC[owner] == nil { curatedSOC[owner] = unit }
                continue
            }
            drafts[id] = Draft(id: id, title: coding.titles[unit] ?? unit, soc: unit, sources: [SourceID.occupations], curated: false)
        }
        // Every job node (imported and curated) with its SOC code.
        var nodeSOC: [String: String] = [:]
        for d in drafts.values { nodeSOC[d.id] = d.soc }
        for (id, soc) in curatedSOC { nodeSOC[id] = soc }
        var jobsBySOC: [String: [String]] = [:]
        for (id, soc) in nodeSOC { jobsBySOC[soc, default: []].append(id) }
        // A curated job that stands for an imported one also takes the links made to its SOC group.
        for entry in standIns where !(jobsBySOC[entry.soc] ?? []).contains(entry.owner) {
            jobsBySOC[entry.soc, default: []].append(entry.owner)
        }
        for k in jobsBySOC.keys { jobsBySOC[k]!.sort() }
        var jobsByTitle: [String: [String]] = [:]
        for d in drafts.values { jobsByTitle[Clean.matchKey(d.title), default: []].append(d.id) }
        for j in curated.jobs { jobsByTitle[Clean.matchKey(j.title), default: []].append(j.id) }

        // Standards to jobs.
        var links: [Pair: ProgressionRule] = [:]
        func link(_ from: String, _ to: String, _ rule: ProgressionRule) {
            // A standard below the level a curated job asks for does not lead straight to it.
            if let job = curatedJobs[to], let level = stepLevel[from], level < job.minimumLevel { return }
            let key = Pair(from: from, to: to)
            if links[key] == nil { links[key] = rule }
        }
        var trains: [String: Set<String>] = [:]   // reference -> SOC unit groups it trains for
        for p in datasets.profiles {
            guard let node = profileNode[Clean.id(p.urlName)] else { continue }
            for ref in p.standards {
                guard let s = standardsByRef[ref] else { continue }
                if let soc = nodeSOC[node] { trains[s.reference, default: []].insert(soc) }
                link(stepID[ref]!, node, .ncsLink)
            }
        }
        for s in offered {
            for title in s.jobTitles {
                let key = Clean.matchKey(title)
                for job in jobsByTitle[key] ?? [] {
                    link(stepID[s.reference]!, job, .jobTitle)
                    if let soc = nodeSOC[job] { trains[s.reference, default: []].insert(soc) }
                }
                if let unit = coding.unitGroup(forTitle: title) {
                    trains[s.reference, default: []].insert(unit)
                    let jobs = jobsBySOC[unit] ?? []
                    if !jobs.isEmpty && jobs.count <= ProgressionRule.codingIndexJobLimit {
                        for job in jobs { link(stepID[s.reference]!, job, .codingIndex) }
                    }
                }
            }
        }
        // Standards no rule above links to a job: the jobs of the unit groups their name and job
        // titles (or their last words) are coded to, those sharing most words with them first.
        let linkedFrom = Set(links.keys.filter { nodeSOC[$0.to] != nil }.map(\.from))
        for s in offered where !linkedFrom.contains(stepID[s.reference]!) {
            for title in [s.name] + s.jobTitles {
                if let unit = coding.unitGroup(forTitleOrItsEnd: title) { trains[s.reference, default: []].insert(unit) }
            }
            let words = Set(([s.name] + s.jobTitles).flatMap { Clean.matchKey($0).split(separator: " ").map(String.init) })
            let candidates = Set((trains[s.reference] ?? []).flatMap { jobsBySOC[$0] ?? [] })
            func overlap(_ job: String) -> Int {
                let title = drafts[job]?.title ?? curatedJobs[job]?.title ?? ""
                return Set(Clean.matchKey(title).split(separator: " ").map(String.init)).intersection(words).count
            }
            let ranked = candidates.sorted { (-overlap($0), $0) < (-overlap($1), $1) }
            for job in ranked.prefix(ProgressionRule.fallbackLimit) { link(stepID[s.reference]!, job, .trainedSOCGroup) }
        }

        // Jobs no rule reached from an imported step: the imported standards of the closest SOC
        // group (links from curated steps are the curated layer's to write).
        let importedSet = Set(importedRefs)
        let importedStepIDs = Set(importedRefs.map { stepID[$0]! })
        // Routes never start a standard paused for starts, so only open ones count for reaching.
        let openSet = Set(importedRefs.filter { standardsByRef[$0]!.status == .approved })
        let openStepIDs = Set(openSet.map { stepID[$0]! })
        let reachedJobs = Set(links.keys.filter { openStepIDs.contains($0.from) }.map(\.to))
        let curatedReached = Set(curated.progressions.map(\.to))
        for (job, soc) in nodeSOC.sorted(by: { $0.key < $1.key }) where !reachedJobs.contains(job) && !curatedReached.contains(job) {
            for digits in stride(from: 4, through: 1, by: -1) {
                let prefix = String(soc.prefix(digits))
                let related = offered.filter { s in
                    openSet.contains(s.reference) && (trains[s.reference]?.contains { $0.hasPrefix(prefix) } ?? false)
                }
                // At or above the level the job asks for, when any is.
                let needed = curatedJobs[job]?.minimumLevel ?? NationalImport.skillLevel(ofSOC: soc)
                let atLevel = related.filter { stepLevel[stepID[$0.reference]!]! >= needed }
                let candidates = atLevel.isEmpty ? related : atLevel
                    .sorted { (stepLevel[stepID[$0.reference]!]!, $0.reference) < (stepLevel[stepID[$1.reference]!]!, $1.reference) }
                if candidates.isEmpty { continue }
                for s in candidates.prefix(ProgressionRule.fallbackLimit) { link(stepID[s.reference]!, job, .relatedSOCGroup) }
                break
            }
        }

        // Standards to standards: only from imported steps (a curated step's links are curated).
        func minors(_ ref: String) -> Set<String> { Set((trains[ref] ?? []).map { String($0.prefix(3)) }) }
        func closeness(_ a: String, _ b: String) -> Int {
            var best = 0
            for x in trains[a] ?? [] { for y in trains[b] ?? [] { best = max(best, zip(x, y).prefix { $0 == $1 }.count) } }
            return best
        }
        for a in offered where importedSet.contains(a.reference) {
            let la = stepLevel[stepID[a.reference]!]!
            for b in offered where b.reference != a.reference {
                let lb = stepLevel[stepID[b.reference]!]!
                guard lb.rawValue == la.rawValue + 1, !Set(a.routes).isDisjoint(with: b.routes),
                      !minors(a.reference).isDisjoint(with: minors(b.reference)) else { continue }
                link(stepID[a.reference]!, stepID[b.reference]!, .sameRouteNextLevel)
            }
        }
        let reachedSteps = Set(links.keys.filter { openStepIDs.contains($0.from) }.map(\.to)).union(curated.progressions.map(\.to))
        for b in offered where importedSet.contains(b.reference) {
            let lb = stepLevel[stepID[b.reference]!]!
            guard lb >= .level4, !reachedSteps.contains(stepID[b.reference]!) else { continue }
            let lower = offered.filter { a in
                openSet.contains(a.reference) && stepLevel[stepID[a.reference]!]! < lb && !Set(a.routes).isDisjoint(with: b.routes)
            }
            guard let nearest = lower.map({ stepLevel[stepID[$0.reference]!]! }).max() else { continue }
            let chosen = lower.filter { stepLevel[stepID[$0.reference]!]! == nearest }
                .sorted { (-closeness($0.reference, b.reference), $0.reference) < (-closeness($1.reference, b.reference), $1.reference) }
            for a in chosen.prefix(ProgressionRule.fallbackLimit) { link(stepID[a.reference]!, stepID[b.reference]!, .sameRouteNearestLevel) }
        }

        // Curated changes.
        for r in curation.remove {
            if links.removeValue(forKey: Pair(from: r.from, to: r.to)) == nil {
                errors.append(ImportError(file: curationFile, line: 1, "'remove' names a link \(r.from) → \(r.to) that no rule makes"))
            }
        }
        for a in curation.add {
            guard importedStepIDs.contains(a.from) else {
                errors.append(ImportError(file: curationFile, line: 1, "'add' starts at '\(a.from)', which is not an imported step; curated steps list their own 'next'"))
                continue
            }
            links[Pair(from: a.from, to: a.to)] = .curated
        }
        if !errors.isEmpty { throw ImportFailure(errors) }

        // Records.
        var steps: [Step] = []
        for ref in importedRefs {
            let s = standardsByRef[ref]!
            steps.append(NationalImport.step(for: s, id: stepID[ref]!, level: stepLevel[stepID[ref]!]!, curation: curation))
        }
        var minimumLevel: [String: Level] = [:]
        for (pair, rule) in links where [.ncsLink, .jobTitle, .codingIndex].contains(rule) {
            if let level = stepLevel[pair.from] { minimumLevel[pair.to] = min(minimumLevel[pair.to] ?? level, level) }
        }
        var routesOfJob: [String: Set<String>] = [:]
        for (pair, rule) in links where [.ncsLink, .jobTitle, .codingIndex].contains(rule) {
            if let ref = offered.first(where: { stepID[$0.reference] == pair.from })?.reference {
                routesOfJob[pair.to, default: []].formUnion(standardsByRef[ref]!.routes)
            }
        }
        var jobs: [Job] = []
        for d in drafts.values.sorted(by: { $0.id < $1.id }) {
            var job = Job(id: d.id, title: d.title, soc: d.soc, clusters: [],
                          minimumLevel: minimumLevel[d.id] ?? NationalImport.skillLevel(ofSOC: d.soc),
                          summary: NationalImport.jobSummary(soc: d.soc, title: coding.titles[d.soc]), sources: d.sources)
            (job.pay, job.payWithheld) = NationalImport.pay(for: d.soc, in: pay, source: paySource)
            if job.pay != nil || job.payWithheld != nil { job.sources.append(paySource) }
            job.clusters = curated.clusters.filter { c in
                c.socCodes.contains { d.soc.hasPrefix($0) } || !(routesOfJob[d.id] ?? []).isDisjoint(with: c.routes)
            }.map(\.id).sorted()
            jobs.append(job)
        }
        let progressions = links.filter { importedStepIDs.contains($0.key.from) }
            .map { pair, rule in
                var p = Progression(from: pair.from, to: pair.to)
                p.rule = rule.rawValue
                return p
            }
            .sorted { ($0.from, $0.to) < ($1.from, $1.to) }
        var curatedFacts: [String: NationalContent.CuratedJobFacts] = [:]
        for job in curated.jobs {
            let soc = job.soc ?? curatedSOC[job.id] ?? coding.unitGroup(forTitle: job.title)
            var facts = NationalContent.CuratedJobFacts(soc: soc)
            if let soc { (facts.pay, facts.payWithheld) = NationalImport.pay(for: soc, in: pay, source: paySource) }
            curatedFacts[job.id] = facts
        }
        var closed: [String: ApprenticeshipStandard.Status] = [:]
        for s in datasets.standards { if let st = s.status.recorded, !st.isOffered { closed[s.reference] = st } }
        return NationalContent(steps: steps.sorted { $0.id < $1.id }, jobs: jobs, progressions: progressions,
                               closedStandards: closed, curatedJobFacts: curatedFacts, payYear: pay.year, payEdition: pay.edition)
    }

    /// A link's ends.
    struct Pair: Hashable {
        var from: String
        var to: String
    }
}
