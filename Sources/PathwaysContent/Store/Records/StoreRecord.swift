import PathwaysGraph

/// A record kept in the compiled store, written and read field by field.
///
/// By hand rather than through `Codable`: reading a national-size catalogue through a generic
/// decoder spent most of start-up looking up keys and type metadata. Each conformance writes
/// every stored property in declaration order and reads them back in the same order; the
/// store's round-trip tests compare whole catalogues, so a property left out fails them.
protocol StoreRecord {
    init(from reader: inout StoreReader) throws
    func write(to writer: inout StoreWriter)
}

extension StoreWriter {
    mutating func level(_ value: Level) { int(value.rawValue) }
    mutating func level(_ value: Level?) { optional(value) { $0.level($1) } }
    mutating func int(_ value: Int?) { optional(value) { $0.int($1) } }
    mutating func string(_ value: String?) { optional(value) { $0.string($1) } }
}

extension StoreReader {
    mutating func level() throws -> Level {
        let raw = try int()
        guard let level = Level(rawValue: raw) else { throw damaged("unknown level \(raw)") }
        return level
    }
    mutating func optionalLevel() throws -> Level? { try optional { try $0.level() } }
    mutating func optionalInt() throws -> Int? { try optional { try $0.int() } }
    mutating func optionalString() throws -> String? { try optional { try $0.string() } }
}

extension ContentInfo: StoreRecord {
    init(from r: inout StoreReader) throws {
        self.init(title: try r.string(), version: try r.string(), date: try r.string())
    }

    func write(to w: inout StoreWriter) {
        w.string(title)
        w.string(version)
        w.string(date)
    }
}

extension Source: StoreRecord {
    init(from r: inout StoreReader) throws {
        self.init(id: try r.string(), title: try r.string(), publisher: try r.string(), url: try r.string(),
                  date: try r.string(), note: try r.optionalString())
    }

    func write(to w: inout StoreWriter) {
        w.string(id)
        w.string(title)
        w.string(publisher)
        w.string(url)
        w.string(date)
        w.string(note)
    }
}

extension Cluster: StoreRecord {
    init(from r: inout StoreReader) throws {
        self.init(id: try r.string(), title: try r.string(), plainTitle: try r.optionalString(), summary: try r.string(),
                  growth: try r.optionalString(), bodies: try r.strings(), sources: try r.strings(), illustrative: try r.bool())
        socCodes = try r.strings()
        routes = try r.strings()
    }

    func write(to w: inout StoreWriter) {
        w.string(id)
        w.string(title)
        w.string(plainTitle)
        w.string(summary)
        w.string(growth)
        w.strings(bodies)
        w.strings(sources)
        w.bool(illustrative)
        w.strings(socCodes)
        w.strings(routes)
    }
}

extension Provider: StoreRecord {
    init(from r: inout StoreReader) throws {
        self.init(id: try r.string(), title: try r.string(), kind: try r.name(), borough: try r.name(),
                  url: try r.optionalString(), sources: try r.strings(), illustrative: try r.bool(), national: try r.bool())
    }

    func write(to w: inout StoreWriter) {
        w.string(id)
        w.string(title)
        w.name(kind)
        w.name(borough)
        w.string(url)
        w.strings(sources)
        w.bool(illustrative)
        w.bool(national)
    }
}

extension EntryRequirement: StoreRecord {
    init(from r: inout StoreReader) throws {
        self.init(text: try r.string(), minimumLevel: try r.optionalLevel(), englishMaths: try r.optionalLevel(),
                  minimumAge: try r.optionalInt(), maximumAge: try r.optionalInt(),
                  extendedAge: try r.optional { try $0.record() })
    }

    func write(to w: inout StoreWriter) {
        w.string(text)
        w.level(minimumLevel)
        w.level(englishMaths)
        w.int(minimumAge)
        w.int(maximumAge)
        w.optional(extendedAge) { $0.record($1) }
    }
}

extension EntryRequirement.AgeExtension: StoreRecord {
    init(from r: inout StoreReader) throws {
        self.init(maximumAge: try r.int(), anyOf: try r.names())
    }

    func write(to w: inout StoreWriter) {
        w.int(maximumAge)
        w.names(anyOf)
    }
}

extension Progression: StoreRecord {
    init(from r: inout StoreReader) throws {
        self.init(from: try r.string(), to: try r.string(), requirement: try r.record(), sideways: try r.bool())
        rule = try r.optionalString()
    }

    func write(to w: inout StoreWriter) {
        w.string(from)
        w.string(to)
        w.record(requirement)
        w.bool(sideways)
        w.string(rule)
    }
}
