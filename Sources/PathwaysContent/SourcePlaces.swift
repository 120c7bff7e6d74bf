import PathwaysGraph

/// Where a loader's records, their list items and their progressions were written, held as
/// compact `SourcePlace`s (a file number, a line and a column) in arrays that run parallel to the
/// catalogue's own, and turned into `SourceLocation`s only when a finding is placed.
///
/// At national scale there are hundreds of thousands of records and a progression for every
/// few lines of YAML, so a `SourceLocation` (with its file path) per place, or a dictionary of
/// item locations per record, would hold more memory than the records themselves.
struct SourcePlaces: Sendable {
    /// The files places point into, by number.
    private(set) var files: [String] = []
    /// Where each record's ID is written, per kind: parallel to that kind's catalogue array.
    private var records: [[SourcePlace]] = Array(repeating: [], count: RecordKind.allCases.count)
    /// Where each progression is written: parallel to `Catalogue.progressions`.
    private(set) var progressions: [SourcePlace] = []
    /// The list items (and single references) of each record, per kind.
    private var items: [ItemPlaces] = Array(repeating: ItemPlaces(), count: RecordKind.allCases.count)

    /// The number of a file, added when new (a builder reads one file at a time, so the last
    /// one is checked first).
    mutating func number(of file: String) -> Int32 {
        if let last = files.last, last == file { return Int32(files.count - 1) }
        if let found = files.lastIndex(of: file) { return Int32(found) }
        files.append(file)
        return Int32(files.count - 1)
    }

    /// The location of a place, with its file's path.
    func location(_ place: SourcePlace) -> SourceLocation {
        SourceLocation(file: files[Int(place.file)], line: place.mark.line, column: place.mark.column)
    }

    /// Notes where the next record of `kind` has its ID.
    mutating func addRecord(_ kind: RecordKind, at place: SourcePlace) {
        records[kind.ordinal].append(place)
    }

    /// Notes the items of the last record of `kind` (see `RecordFields.items`).
    mutating func addItems(_ kind: RecordKind, _ found: [RecordFields.Item], hasOthers: Bool, file: Int32) {
        items[kind.ordinal].add(found, hasOthers: hasOthers, file: file)
    }

    mutating func addProgression(at place: SourcePlace) { progressions.append(place) }

    /// Where record `index` of `kind` (in catalogue order) has its ID.
    func record(_ kind: RecordKind, _ index: Int) -> SourcePlace? {
        records[kind.ordinal].indices.contains(index) ? records[kind.ordinal][index] : nil
    }

    /// Record `index` of `kind`'s items: each field and place, in the order they were read.
    func items(of kind: RecordKind, _ index: Int) -> ArraySlice<RecordFields.Item>.SubSequence {
        items[kind.ordinal].of(index)
    }

    /// The file of record `index` of `kind`, for its items' places.
    func itemFile(_ kind: RecordKind, _ index: Int) -> Int32 { items[kind.ordinal].files[index] }

    /// Adds another builder's places (from a later file) after these.
    mutating func append(_ other: SourcePlaces) {
        let offset = Int32(files.count)
        files += other.files
        func shifted(_ p: SourcePlace) -> SourcePlace { SourcePlace(file: p.file + offset, mark: p.mark) }
        for k in records.indices { records[k] += other.records[k].lazy.map(shifted) }
        progressions += other.progressions.lazy.map(shifted)
        for k in items.indices { items[k].append(other.items[k], fileOffset: offset) }
    }
}

/// A place in a content file in 12 bytes: the file's number in its `SourcePlaces`, and the
/// line and column as the parser marked them.
struct SourcePlace: Sendable, Hashable {
    var file: Int32
    var mark: YAMLMark
}

/// The list items of every record of one kind: record `i`'s are `entries[start[i]..<start[i+1]]`,
/// all in the file `files[i]`.
struct ItemPlaces: Sendable {
    private var start: [Int32] = [0]
    private var entries: [RecordFields.Item] = []
    private(set) var files: [Int32] = []

    mutating func add(_ found: [RecordFields.Item], hasOthers: Bool, file: Int32) {
        entries += found
        // A record whose only items are of lists no finding names still counts as having
        // items (the record whose item places are looked up is the first such of its ID).
        if found.isEmpty && hasOthers { entries.append(RecordFields.Item(field: .other, mark: YAMLMark(line: 0, column: 0))) }
        start.append(Int32(entries.count))
        files.append(file)
    }

    func of(_ index: Int) -> ArraySlice<RecordFields.Item> {
        guard index + 1 < start.count else { return [] }
        return entries[Int(start[index])..<Int(start[index + 1])]
    }

    mutating func append(_ other: ItemPlaces, fileOffset: Int32) {
        let base = Int32(entries.count)
        entries += other.entries
        start += other.start.dropFirst().lazy.map { $0 + base }
        files += other.files.lazy.map { $0 + fileOffset }
    }
}

extension RecordKind {
    /// The kind's position in `allCases`, for arrays indexed by kind.
    var ordinal: Int {
        switch self {
        case .source: 0
        case .cluster: 1
        case .job: 2
        case .step: 3
        case .provider: 4
        case .funding: 5
        }
    }
}
