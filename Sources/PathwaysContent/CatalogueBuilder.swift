import PathwaysGraph

/// Turns the composed YAML of each content file into engine records, collecting every problem
/// and remembering where each record (and each progression) was written.
struct CatalogueBuilder: Sendable {
    /// A record named by kind and ID, for the location map.
    struct RecordKey: Hashable, Sendable {
        var kind: RecordKind
        var id: String
    }

    var catalogue = Catalogue()
    var diagnostics: [Diagnostic] = []
    /// Where each record, list item and progression was written, parallel to the catalogue.
    var places = SourcePlaces()
    /// Records with a problem of their own: findings about them from validation would only repeat it.
    var damaged: Set<RecordKey> = []
    /// True when a step or a progression could not be read, so reachability findings are unreliable.
    var graphIsIncomplete = false
    /// Lists and texts read lately, for records that repeat them to share.
    var recent = RecentValues()

    // MARK: Files

    /// Adds what another builder read (from a later file) to this one, moving its many steps,
    /// jobs and progressions rather than copying them.
    mutating func merge(_ other: inout CatalogueBuilder) {
        catalogue.sources += other.catalogue.sources
        catalogue.clusters += other.catalogue.clusters
        catalogue.jobs.appendMoving(&other.catalogue.jobs, vacant: CatalogueBuilder.vacantJob)
        catalogue.steps.appendMoving(&other.catalogue.steps, vacant: CatalogueBuilder.vacantStep)
        catalogue.providers += other.catalogue.providers
        catalogue.funding += other.catalogue.funding
        catalogue.progressions.appendMoving(&other.catalogue.progressions, vacant: CatalogueBuilder.vacantProgression)
        places.append(other.places)
        diagnostics += other.diagnostics
        damaged.formUnion(other.damaged)
        graphIsIncomplete = graphIsIncomplete || other.graphIsIncomplete
    }

    /// Makes room, where there is too little, for `times` more parts the size of `part`: files
    /// of a kind are usually alike in size, and growing a catalogue of a hundred thousand
    /// steps by doubling would copy it (and fault in fresh memory) over and over. A guess
    /// that falls short only means growing as usual; untouched room costs no memory.
    mutating func reserve(like part: CatalogueBuilder, times: Int) {
        func room<T>(_ array: inout [T], _ more: Int) {
            if array.capacity < array.count + more { array.reserveCapacity(array.count + more * max(1, times)) }
        }
        room(&catalogue.steps, part.catalogue.steps.count)
        room(&catalogue.jobs, part.catalogue.jobs.count)
        room(&catalogue.progressions, part.catalogue.progressions.count)
    }

    /// Records that hold no storage, left where moved records were (see `appendMoving`).
    private static let vacantStep = Step(id: "", title: "", kind: .course, level: .entry1, weeks: 0, modes: [])
    private static let vacantJob = Job(id: "", title: "", clusters: [], minimumLevel: .entry1)
    private static let vacantProgression = Progression(from: "", to: "")

    /// Reads `content.yaml`: a mapping of title, version and date.
    mutating func readInfo(_ document: YAMLDocument, file: String) {
        let root = document.root
        guard let mapping = root.mapping else {
            diagnostics.append(Diagnostic(location(root.mark, file),
                "content.yaml must be a mapping of title, version and date, not \(RecordFields.describe(root))"))
            return
        }
        var fields = RecordFields(mapping, at: root.mark, name: .init(kind: "content.yaml"), known: ["title", "version", "date"], file: file)
        fields.reportUnknownKeys()
        let title = fields.text("title")
        let version = fields.text("version")
        let date = fields.text("date")
        catalogue.info = ContentInfo(title: title ?? "", version: version ?? "", date: date ?? "")
        diagnostics += fields.problems
    }

    /// Reads one record file: a sequence of record mappings of one kind.
    mutating func readRecords(_ document: YAMLDocument, kind: RecordKind, file: String) {
        let root = document.root
        guard let items = root.sequence else {
            diagnostics.append(Diagnostic(location(root.mark, file),
                "a file in \(kind.folder)/ must be a list of \(kind.folder) (each record starting with '- '), not \(RecordFields.describe(root))"))
            return
        }
        for item in items {
            guard let mapping = item.mapping else {
                diagnostics.append(Diagnostic(location(item.mark, file),
                    "each \(kind.rawValue) must be a mapping of keys to values (id: ..., title: ...), not \(RecordFields.describe(item))"))
                continue
            }
            switch kind {
            case .source: readSource(mapping, at: item.mark, file: file)
            case .cluster: readCluster(mapping, at: item.mark, file: file)
            case .job: readJob(mapping, at: item.mark, file: file)
            case .step: readStep(mapping, at: item.mark, file: file)
            case .provider: readProvider(mapping, at: item.mark, file: file)
            case .funding: readFunding(mapping, at: item.mark, file: file)
            }
        }
    }

    func location(_ mark: YAMLMark, _ file: String) -> SourceLocation {
        SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    // MARK: Record helpers

    /// Reads a record's ID first, so every later message names the record.
    mutating func begin(_ mapping: YAMLMapping, at mark: YAMLMark, kind: RecordKind, known: KnownKeys, file: String) -> (RecordFields, String?) {
        var fields = RecordFields(mapping, at: mark, name: .init(kind: kind.rawValue), known: known, file: file)
        guard let id = fields.text("id") else {
            fields.reportUnknownKeys()
            return (fields, nil)
        }
        let idMark = fields.position(of: "id")
        if ContentText.isValidID(id) {
            fields.rename(id: id)
        } else {
            fields.rename(id: ContentText.printable(id))
            fields.report(idMark, "invalid ID '\(ContentText.printable(id))'; IDs are lowercase words and digits joined by hyphens, like 'hgv-driver'")
        }
        fields.reportUnknownKeys()
        places.addRecord(kind, at: SourcePlace(file: places.number(of: file), mark: idMark))
        return (fields, id)
    }

    /// Records a finished record's problems; `id` is nil when the record could not be named.
    mutating func finish(_ fields: RecordFields, kind: RecordKind, id: String?) {
        diagnostics += fields.problems
        if let id, fields.isDamaged { damaged.insert(RecordKey(kind: kind, id: id)) }
        if id != nil {
            places.addItems(kind, fields.itemPlaces, hasOthers: fields.hasOtherItems, file: places.number(of: fields.file))
        }
    }

    /// Every record but a source cites a source, or says it is illustrative.
    mutating func citations(_ fields: inout RecordFields) -> (sources: [String], illustrative: Bool) {
        let sources = recent.shared(fields.list("sources"))
        let illustrative = fields.flag("illustrative")
        if sources.isEmpty && !illustrative {
            let problem = fields.has("sources") ? "'sources' is empty" : "missing required key 'sources'"
            fields.report(fields.position(of: "sources"),
                "\(problem); cite at least one source, or say 'illustrative: true' when no source confirms it")
        }
        return (sources, illustrative)
    }

    // MARK: Kinds

    static let sourceKeys: KnownKeys = ["id", "title", "publisher", "url", "date", "note"]
    static let clusterKeys: KnownKeys = ["id", "title", "plainTitle", "summary", "growth", "bodies", "sources", "illustrative", "soc", "routes"]
    static let providerKeys: KnownKeys = ["id", "title", "kind", "borough", "url", "sources", "illustrative",
                               // Issue #10: a national service rather than a place.
                               "national"]
    static let jobKeys: KnownKeys = ["id", "title", "soc", "clusters", "level", "pay", "summary", "sources", "illustrative",
                          // Issue #10: what the job really asks, and a starting wage.
                          "requires", "requirement", "startingPay"]
    static let payKeys: KnownKeys = ["median", "year", "source", "estimate", "basis", "withheld"]

    mutating func readSource(_ mapping: YAMLMapping, at mark: YAMLMark, file: String) {
        var (f, id) = begin(mapping, at: mark, kind: .source, known: CatalogueBuilder.sourceKeys, file: file)
        let title = f.text("title"), publisher = f.text("publisher"), url = f.text("url"), date = f.text("date")
        let note = f.text("note", required: false, multiline: true)
        if let id {
            catalogue.sources.append(Source(id: id, title: title ?? id, publisher: publisher ?? "", url: url ?? "",
                                            date: date ?? "", note: note))
        }
        finish(f, kind: .source, id: id)
    }

    mutating func readCluster(_ mapping: YAMLMapping, at mark: YAMLMark, file: String) {
        var (f, id) = begin(mapping, at: mark, kind: .cluster, known: CatalogueBuilder.clusterKeys, file: file)
        let title = f.text("title"), summary = f.text("summary", multiline: true)
        let plainTitle = f.text("plainTitle", required: false)
        let growth = f.text("growth", required: false, multiline: true)
        let bodies = f.list("bodies")
        let (sources, illustrative) = citations(&f)
        let socCodes = f.list("soc"), routes = f.list("routes")
        if let id {
            var cluster = Cluster(id: id, title: title ?? id, plainTitle: plainTitle, summary: summary ?? "", growth: growth,
                                  bodies: bodies, sources: sources, illustrative: illustrative)
            cluster.socCodes = socCodes
            cluster.routes = routes
            catalogue.clusters.append(cluster)
        }
        finish(f, kind: .cluster, id: id)
    }

    mutating func readProvider(_ mapping: YAMLMapping, at mark: YAMLMark, file: String) {
        var (f, id) = begin(mapping, at: mark, kind: .provider, known: CatalogueBuilder.providerKeys, file: file)
        let title = f.text("title")
        let kind: Provider.Kind? = f.choice("kind")
        let borough: Borough? = f.choice("borough")
        let url = f.text("url", required: false)
        let (sources, illustrative) = citations(&f)
        let national = f.flag("national")
        if let id {
            catalogue.providers.append(Provider(id: id, title: title ?? id, kind: kind ?? .college,
                                                borough: borough ?? .outside, url: url, sources: sources,
                                                illustrative: illustrative, national: national))
        }
        finish(f, kind: .provider, id: id)
    }

    mutating func readJob(_ mapping: YAMLMapping, at mark: YAMLMark, file: String) {
        var (f, id) = begin(mapping, at: mark, kind: .job, known: CatalogueBuilder.jobKeys, file: file)
        let title = f.text("title")
        let soc = f.text("soc", required: false)
        let clusters = recent.shared(f.list("clusters", required: true))
        let level = f.level("level")
        var pay: Pay? = nil
        var withheld: PayWithheld? = nil
        if var p = f.nested("pay", known: CatalogueBuilder.payKeys) {
            let isWithheld = p.flag("withheld")
            let median = p.count("median", required: !isWithheld), year = p.count("year"), source = p.text("source")
            let estimate = p.flag("estimate")
            let basis: Pay.Basis? = p.choice("basis", required: false)
            if isWithheld, median != nil {
                p.report(p.position(of: "median"), "'median' in 'pay' cannot be given when 'withheld' is true")
            }
            if let year, let source {
                if isWithheld {
                    withheld = PayWithheld(year: year, source: source, basis: basis)
                } else if let median {
                    pay = Pay(median: median, year: year, source: source, lessPrecise: estimate, basis: basis)
                }
                p.noteItem(.paySource, at: "source")
            }
            f.absorb(p)
        }
        let summary = recent.shared(f.text("summary", multiline: true))
        let (sources, illustrative) = citations(&f)
        let requires = recent.shared(f.list("requires"))
        let requirement = f.text("requirement", required: false, multiline: true)
        let startingPay = readStartingPay(&f)
        if let id {
            var job = Job(id: id, title: title ?? id, soc: soc, clusters: clusters,
                          minimumLevel: level ?? .entry1, pay: pay, summary: summary ?? "",
                          sources: sources, illustrative: illustrative, requires: requires,
                          requirementText: requirement, startingPay: startingPay)
            job.payWithheld = withheld
            catalogue.jobs.append(job)
        }
        finish(f, kind: .job, id: id)
    }
}
