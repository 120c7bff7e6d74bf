import PathwaysGraph

extension CatalogueBuilder {
    static let stepKeys: KnownKeys = [
        "id", "title", "kind", "level", "code", "weeks", "modes", "cost", "funding", "providers", "entry",
        "grantsEnglishMaths", "summary", "sources", "illustrative", "next",
        // Issue #10: fee estimates, ESOL, what a step grants, time in work as a job.
        "feeEstimate", "esol", "grants", "asJob",
        "standard",
    ]
    /// Keys of a step's `standard` mapping (facts of an imported apprenticeship standard).
    static let standardKeys: KnownKeys = ["version", "lars", "routes", "maximumFunding", "months", "status", "approved", "jobTitles"]
    static let requirementKeys: KnownKeys = ["text", "level", "englishMaths", "age", "maxAge", "extendedAge"]
    /// Keys of a requirement's `extendedAge`: a higher `maxAge` for residents in any of `anyOf`.
    static let extendedAgeKeys: KnownKeys = ["maxAge", "anyOf"]
    static let progressionKeys: KnownKeys = ["to", "requires", "sideways", "rule"]

    mutating func readStep(_ mapping: YAMLMapping, at mark: YAMLMark, file: String) {
        var (f, id) = begin(mapping, at: mark, kind: .step, known: CatalogueBuilder.stepKeys, file: file)
        let title = f.text("title")
        let kind: StepKind? = f.choice("kind")
        let level = f.level("level")
        let code = f.text("code", required: false)
        let weeks = f.count("weeks")
        let modes: [StudyMode] = recent.shared(f.choices("modes", required: true))
        let cost = f.count("cost")
        let funding = recent.shared(f.list("funding"))
        let providers = recent.shared(f.list("providers"))
        var entry = EntryRequirement.none
        if var e = f.nested("entry", known: CatalogueBuilder.requirementKeys) {
            entry = requirement(&e)
            f.absorb(e)
        }
        let grantsEM = f.level("grantsEnglishMaths", required: false)
        let summary = recent.shared(f.text("summary", multiline: true))
        let (sources, illustrative) = citations(&f)
        let feeEstimate = f.flag("feeEstimate"), esol = f.flag("esol")
        let grants = recent.shared(f.list("grants"))
        let asJob = f.text("asJob", required: false)
        if let items = f.sequence("next") {
            for item in items { readProgression(item, from: id, fields: &f, file: file) }
        }
        let standard = readStandard(&f)
        if let id {
            var step = Step(
                id: id, title: title ?? id, kind: kind ?? .course, level: level ?? .entry1, code: code,
                weeks: weeks ?? 0, modes: modes, cost: cost ?? 0, funding: funding, providers: providers,
                entry: entry, grantsEnglishMaths: grantsEM, summary: summary ?? "", sources: sources,
                illustrative: illustrative, feeEstimate: feeEstimate, esol: esol, grants: grants, asJob: asJob)
            step.standard = standard
            catalogue.steps.append(step)
        } else {
            graphIsIncomplete = true
        }
        if f.isDamaged { graphIsIncomplete = true }
        finish(f, kind: .step, id: id)
    }

    /// One `next` entry: a step or job ID, or a mapping `{to, requires, sideways}`.
    private mutating func readProgression(_ item: YAMLNode, from: String?, fields f: inout RecordFields, file: String) {
        let here = SourcePlace(file: places.number(of: file), mark: item.mark)
        if let scalar = item.scalar {
            let before = f.problems.count
            guard let to = f.text(forItem: scalar, key: "next", mark: item.mark), f.problems.count == before else { return }
            if let from { add(Progression(from: from, to: to), at: here) }
            return
        }
        guard let mapping = item.mapping else {
            f.report(item.mark, "each item of 'next' must be a step or job ID, or a mapping with 'to', not \(RecordFields.describe(item))")
            return
        }
        var p = RecordFields(mapping, at: item.mark, name: f.recordName, context: "next", known: CatalogueBuilder.progressionKeys, file: file)
        let to = p.text("to")
        var needs = EntryRequirement.none
        if var r = p.nested("requires", known: CatalogueBuilder.requirementKeys) {
            needs = requirement(&r)
            p.absorb(r)
        }
        let sideways = p.flag("sideways")
        let rule = p.text("rule", required: false)
        f.absorb(p)
        if let from, let to, !p.isDamaged {
            var progression = Progression(from: from, to: to, requirement: needs, sideways: sideways)
            progression.rule = rule
            add(progression, at: here)
        }
    }

    /// A step's `standard` mapping: the published facts of an apprenticeship standard.
    private func readStandard(_ f: inout RecordFields) -> ApprenticeshipStandard? {
        guard var s = f.nested("standard", known: CatalogueBuilder.standardKeys) else { return nil }
        let version = s.text("version")
        let lars = s.text("lars", required: false)
        let routes = s.list("routes", required: true)
        let funding = s.count("maximumFunding", required: false)
        let months = s.count("months", required: false)
        let status: ApprenticeshipStandard.Status? = s.choice("status")
        let approved = s.text("approved", required: false)
        let titles = s.list("jobTitles")
        f.absorb(s)
        guard let version, let status else { return nil }
        return ApprenticeshipStandard(version: version, lars: lars, routes: routes, maximumFunding: funding, months: months,
                                      status: status, approvedOn: approved, jobTitles: titles)
    }

    private mutating func add(_ progression: Progression, at place: SourcePlace) {
        catalogue.progressions.append(progression)
        places.addProgression(at: place)
    }

    /// An `entry` or `requires` mapping.
    func requirement(_ r: inout RecordFields) -> EntryRequirement {
        let text = r.text("text", required: false, multiline: true)
        let level = r.level("level", required: false)
        let englishMaths = r.level("englishMaths", required: false)
        let age = r.count("age", required: false)
        let maxAge = r.count("maxAge", required: false)
        if let age, let maxAge, maxAge < age {
            r.report(r.position(of: "maxAge"), "\(r.quoted("maxAge")) (\(maxAge)) is below \(r.quoted("age")) (\(age))")
        }
        return EntryRequirement(text: text ?? "", minimumLevel: level, englishMaths: englishMaths, minimumAge: age, maximumAge: maxAge,
                                extendedAge: extendedAge(&r, above: maxAge))
    }

    /// A requirement's `extendedAge: {maxAge, anyOf}`: a higher upper age limit for residents in
    /// one of the listed circumstances (a foundation apprenticeship is to 24 with an EHC plan).
    /// It raises the requirement's own `maxAge`, so that must be written and lower.
    private func extendedAge(_ r: inout RecordFields, above maxAge: Int?) -> EntryRequirement.AgeExtension? {
        guard var e = r.nested("extendedAge", known: CatalogueBuilder.extendedAgeKeys) else { return nil }
        let higher = e.count("maxAge")
        let before = e.problems.count
        let anyOf: [Circumstance] = e.choices("anyOf", required: true)
        if anyOf.isEmpty, e.problems.count == before {
            e.report(e.position(of: "anyOf"), "\(e.quoted("anyOf")) must name at least one circumstance")
        }
        if maxAge == nil, !r.has("maxAge") {
            e.report(r.position(of: "extendedAge"), "\(r.quoted("extendedAge")) raises 'maxAge', so \(r.quoted("maxAge")) must be given too")
        }
        if let higher, let maxAge, higher <= maxAge {
            e.report(e.position(of: "maxAge"), "\(e.quoted("maxAge")) (\(higher)) must be above \(r.quoted("maxAge")) (\(maxAge))")
        }
        r.absorb(e)
        guard let higher, !anyOf.isEmpty, !e.isDamaged else { return nil }
        return EntryRequirement.AgeExtension(maximumAge: higher, anyOf: anyOf)
    }
}
