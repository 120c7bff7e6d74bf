import PathwaysGraph

extension RouteExport {
    /// The JSON view of a resolved document.
    init(_ m: ExportModel) {
        let graph = m.document.graph
        schema = RouteExport.schemaID
        version = RouteExport.currentVersion
        generatedAt = m.document.generatedAt
        content = Content(title: m.info.title, version: m.info.version, date: m.info.date,
                          licence: Attribution.openGovernmentLicence)
        startingPoint = m.document.startingPoint
        profileApplied = m.hasProfile
        illustrativeNote = ExportModel.illustrativeNote
        notes = m.document.notes
        nextActions = m.nextActions

        var providerList: [Provider] = []
        var schemeList: [FundingScheme] = []
        steps = m.steps.map { s in
            for p in s.providers where !providerList.contains(where: { $0.id == p.id }) {
                let record = graph.provider(p.id)
                providerList.append(Provider(
                    id: p.id, title: p.title, kind: record?.kind.rawValue, borough: record?.borough.rawValue,
                    boroughLabel: record?.placeLabel, url: record?.url, illustrative: p.illustrative))
            }
            let used = s.costing?.ruleID.flatMap(graph.fundingRule).map { [$0] } ?? []
            for scheme in s.schemes + used where !schemeList.contains(where: { $0.id == scheme.id }) {
                schemeList.append(FundingScheme(
                    id: scheme.id, title: scheme.title, outcome: scheme.outcome.rawValue, reason: scheme.reason,
                    from: scheme.from?.description, until: scheme.until?.description, illustrative: scheme.illustrative))
            }
            let step = s.step
            return Step(
                order: s.order, id: step.id, title: step.title, kind: step.kind.rawValue, level: step.level.code,
                levelLabel: step.level.label, code: step.code, weeks: step.weeks, modes: step.modes.map(\.rawValue),
                typicalFee: step.cost,
                costing: s.costing.map {
                    Costing(costToLearner: $0.costToLearner, schemeId: $0.ruleID, reason: $0.reason,
                            sourceId: $0.sourceID, ruleDates: $0.ruleDates, open: $0.isOpen, whyClosed: $0.whyClosed)
                },
                fundingText: s.funding, fundingSchemes: step.funding, providers: s.providers.map(\.id),
                entry: Entry(text: s.entry, minimumLevel: step.entry.minimumLevel?.code,
                             englishMaths: step.entry.englishMaths?.code, minimumAge: step.entry.minimumAge,
                             maximumAge: step.entry.maximumAge, maximumAgeExtended: step.entry.extendedAge?.maximumAge,
                             maximumAgeExtendedFor: step.entry.extendedAge?.anyOf.map(\.rawValue)),
                moveRequirement: s.moveRequirement, summary: step.summary, sources: step.sources,
                illustrative: s.illustrative)
        }
        providers = providerList
        fundingSchemes = schemeList

        let j = m.job
        job = Job(
            id: j.id, title: j.title, soc: j.soc, minimumLevel: j.minimumLevel.code,
            clusters: j.clusters.map { Cluster(id: $0, title: graph.cluster($0)?.title ?? $0) },
            pay: j.pay.map { Pay(median: $0.median, year: $0.year, sourceId: $0.source, lessPrecise: $0.lessPrecise,
                                 label: $0.label) },
            summary: j.summary, sources: j.sources, illustrative: j.illustrative)
        totals = Totals(steps: m.steps.count, weeks: m.totalWeeks, typicalFees: m.totalTypicalFees,
                        costToLearner: m.totalCostToLearner)
        sources = m.sources.map { s in
            Source(number: s.number, id: s.id, title: s.source?.title ?? s.id, publisher: s.source?.publisher ?? "",
                   url: s.source?.url ?? "", date: s.source?.date ?? "", note: s.source?.note, known: s.source != nil)
        }
    }
}
