import PathwaysGraph

extension ApprenticeshipStandard: StoreRecord {
    init(from r: inout StoreReader) throws {
        self.init(version: try r.string(), lars: try r.optionalString(), routes: try r.strings(),
                  maximumFunding: try r.optionalInt(), months: try r.optionalInt(), status: try r.name(),
                  approvedOn: try r.optionalString(), jobTitles: try r.strings())
    }

    func write(to w: inout StoreWriter) {
        w.string(version)
        w.string(lars)
        w.strings(routes)
        w.int(maximumFunding)
        w.int(months)
        w.name(status)
        w.string(approvedOn)
        w.strings(jobTitles)
    }
}

extension Step: StoreRecord {
    init(from r: inout StoreReader) throws {
        self.init(id: try r.string(), title: try r.string(), kind: try r.name(), level: try r.level(),
                  code: try r.optionalString(), weeks: try r.int(), modes: try r.names(), cost: try r.int(),
                  funding: try r.strings(), providers: try r.strings(), entry: try r.record(),
                  grantsEnglishMaths: try r.optionalLevel(), summary: try r.string(), sources: try r.strings(),
                  illustrative: try r.bool(), feeEstimate: try r.bool(), esol: try r.bool(), grants: try r.strings(),
                  asJob: try r.optionalString())
        standard = try r.optional { try $0.record() }
    }

    func write(to w: inout StoreWriter) {
        w.string(id)
        w.string(title)
        w.name(kind)
        w.level(level)
        w.string(code)
        w.int(weeks)
        w.names(modes)
        w.int(cost)
        w.strings(funding)
        w.strings(providers)
        w.record(entry)
        w.level(grantsEnglishMaths)
        w.string(summary)
        w.strings(sources)
        w.bool(illustrative)
        w.bool(feeEstimate)
        w.bool(esol)
        w.strings(grants)
        w.string(asJob)
        w.optional(standard) { $0.record($1) }
    }
}
