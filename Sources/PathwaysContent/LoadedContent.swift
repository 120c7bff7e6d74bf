import PathwaysGraph

/// What `ContentLoader.load` read: the catalogue, its pathway graph, every problem found, and
/// where each record was written.
public struct LoadedContent: Sendable {
    /// Every record that could be read (records with problems are kept where they have an ID,
    /// so one mistake does not cascade into unknown-reference errors elsewhere).
    public var catalogue: Catalogue
    /// Every problem, sorted by file, line and column.
    public var diagnostics: [Diagnostic]
    /// The pathway graph of `catalogue`, built once at load time.
    public let graph: PathwayGraph
    /// Where each record was written, parallel to the catalogue as read.
    private let places: SourcePlaces
    /// The catalogue as read, to find a record's place by ID (it shares `catalogue`'s storage).
    private let read: Catalogue

    /// True when nothing is wrong with the content.
    public var isClean: Bool { diagnostics.isEmpty }

    /// `graph` must be the graph of `builder.catalogue`; without one it is built here.
    init(_ builder: CatalogueBuilder, graph: PathwayGraph? = nil) {
        catalogue = builder.catalogue
        diagnostics = builder.diagnostics.sorted()
        self.graph = graph ?? PathwayGraph(builder.catalogue)
        places = builder.places
        read = builder.catalogue
    }

    /// Content read from a compiled store: validated when the store was written, so clean, and
    /// without record locations (those matter only for findings, and clean content has none).
    init(validated catalogue: Catalogue) {
        self.catalogue = catalogue
        diagnostics = []
        graph = PathwayGraph(catalogue)
        places = SourcePlaces()
        read = Catalogue()
    }

    /// Where a record's ID is written (the first such record when the ID is repeated).
    /// O(records of the kind).
    public func location(of kind: RecordKind, id: String) -> SourceLocation? {
        var index: Int? = nil
        read.forEachID(of: kind) { i, other in
            if index == nil && other == id { index = i }
        }
        return index.flatMap { places.record(kind, $0) }.map(places.location)
    }
}
