import PathwaysGraph

extension FundingConditions: StoreRecord {
    init(from r: inout StoreReader) throws {
        self.init(minimumAge: try r.optionalInt(), maximumAge: try r.optionalInt(), ageMeasure: try r.name(),
                  heldBelow: try r.optionalLevel(), englishMathsBelow: try r.optionalLevel(), anyOf: try r.names(),
                  earningsBelow: try r.optionalInt(), residence: try r.names())
    }

    func write(to w: inout StoreWriter) {
        w.int(minimumAge)
        w.int(maximumAge)
        w.name(ageMeasure)
        w.level(heldBelow)
        w.level(englishMathsBelow)
        w.names(anyOf)
        w.int(earningsBelow)
        w.names(residence)
    }
}

extension FundingScope: StoreRecord {
    init(from r: inout StoreReader) throws {
        self.init(kinds: try r.names(), minimumLevel: try r.optionalLevel(), maximumLevel: try r.optionalLevel(),
                  listed: try r.bool())
    }

    func write(to w: inout StoreWriter) {
        w.names(kinds)
        w.level(minimumLevel)
        w.level(maximumLevel)
        w.bool(listed)
    }
}

extension FundingRule: StoreRecord {
    init(from r: inout StoreReader) throws {
        self.init(id: try r.string(), title: try r.string(), summary: try r.string(), outcome: try r.name(),
                  conditions: try r.record(), appliesTo: try r.record(), reason: try r.string(), sources: try r.strings(),
                  from: try r.optional { Day(ordinal: try $0.int()) }, until: try r.optional { Day(ordinal: try $0.int()) },
                  illustrative: try r.bool())
    }

    func write(to w: inout StoreWriter) {
        w.string(id)
        w.string(title)
        w.string(summary)
        w.name(outcome)
        w.record(conditions)
        w.record(appliesTo)
        w.string(reason)
        w.strings(sources)
        w.optional(from) { $0.int($1.ordinal) }
        w.optional(until) { $0.int($1.ordinal) }
        w.bool(illustrative)
    }
}
