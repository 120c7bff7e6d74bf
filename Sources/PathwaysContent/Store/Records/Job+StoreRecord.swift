import PathwaysGraph

extension Pay: StoreRecord {
    init(from r: inout StoreReader) throws {
        self.init(median: try r.int(), year: try r.int(), source: try r.string(), lessPrecise: try r.bool(),
                  basis: try r.optional { try $0.name() })
    }

    func write(to w: inout StoreWriter) {
        w.int(median)
        w.int(year)
        w.string(source)
        w.bool(lessPrecise)
        w.optional(basis) { $0.name($1) }
    }
}

extension PayWithheld: StoreRecord {
    init(from r: inout StoreReader) throws {
        self.init(year: try r.int(), source: try r.string(), basis: try r.optional { try $0.name() })
    }

    func write(to w: inout StoreWriter) {
        w.int(year)
        w.string(source)
        w.optional(basis) { $0.name($1) }
    }
}

extension StartingPay: StoreRecord {
    init(from r: inout StoreReader) throws {
        self.init(amount: try r.int(), period: try r.name(), basis: try r.string(), source: try r.string())
    }

    func write(to w: inout StoreWriter) {
        w.int(amount)
        w.name(period)
        w.string(basis)
        w.string(source)
    }
}

extension Job: StoreRecord {
    init(from r: inout StoreReader) throws {
        self.init(id: try r.string(), title: try r.string(), soc: try r.optionalString(), clusters: try r.strings(),
                  minimumLevel: try r.level(), pay: try r.optional { try $0.record() }, summary: try r.string(),
                  sources: try r.strings(), illustrative: try r.bool(), requires: try r.strings(),
                  requirementText: try r.optionalString(), startingPay: try r.optional { try $0.record() })
        payWithheld = try r.optional { try $0.record() }
    }

    func write(to w: inout StoreWriter) {
        w.string(id)
        w.string(title)
        w.string(soc)
        w.strings(clusters)
        w.level(minimumLevel)
        w.optional(pay) { $0.record($1) }
        w.string(summary)
        w.strings(sources)
        w.bool(illustrative)
        w.strings(requires)
        w.string(requirementText)
        w.optional(startingPay) { $0.record($1) }
        w.optional(payWithheld) { $0.record($1) }
    }
}
