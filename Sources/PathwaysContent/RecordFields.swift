import PathwaysGraph

/// The keys and values of one record mapping (or a mapping nested in one, such as `pay`), read
/// with typed accessors that report every problem against the record's name and the key.
///
/// Each accessor records a `Diagnostic` when a value is missing or has the wrong shape, and
/// returns `nil` (or a neutral default), so one pass over a record finds all its problems.
struct RecordFields {
    /// How the record is named in messages: `job 'hgv-driver'`, or `job` before its ID is known.
    var name: String { recordName.description }
    /// The record's kind and ID, put into words only when a message needs them.
    private(set) var recordName: Name
    /// The nested mapping's key (`pay`, `entry`), named in messages about its keys.
    let context: String?
    let file: String
    let mark: YAMLMark
    /// The mapping's keys and values, in file order: records have a dozen or so keys, so a
    /// short array scanned in place is quicker than hashing.
    private let pairs: YAMLMapping
    /// True when every key is a known word, so `pairs` is looked through as it is; otherwise
    /// the known keys are set aside in `values`.
    private let allKnown: Bool
    /// The keys' `YAMLDocument.keyBit`s: a key whose bit is not here is not in the mapping.
    private let keyBits: UInt64
    private var values: [(key: String, value: YAMLNode)] = []
    private(set) var problems: [Diagnostic] = []
    /// Where each item of a list that findings can name was written, in reading order (so a
    /// "listed twice" finding can point at the repeat); only items that were kept.
    private(set) var itemPlaces: [Item] = []
    /// True when the record has other list items: of lists no finding names, or left out.
    private(set) var hasOtherItems = false

    /// A list item (or single reference) that a finding can name, and where it was written; the
    /// n-th item of a field is the n-th value of the record's list.
    struct Item: Sendable, Equatable {
        var field: ItemField
        var mark: YAMLMark
    }

    /// The fields whose items findings name (`Finding.Item.field`).
    enum ItemField: UInt8, Sendable {
        case sources, clusters, providers, funding, requires, paySource, startingPaySource
        /// A marker: the record has items, none of them of the fields above.
        case other

        /// The field a finding names: a list's key, or `pay.source` and `startingPay.source`.
        init?(named name: String) {
            switch name {
            case "sources": self = .sources
            case "clusters": self = .clusters
            case "providers": self = .providers
            case "funding": self = .funding
            case "requires": self = .requires
            case "pay.source": self = .paySource
            case "startingPay.source": self = .startingPaySource
            default: return nil
            }
        }
    }

    /// Reads a mapping's keys, setting aside any not in `known` to report (duplicate keys are
    /// refused earlier, by the YAML parser).
    init(_ mapping: YAMLMapping, at mark: YAMLMark, name: Name, context: String? = nil, known: KnownKeys, file: String) {
        recordName = name
        self.context = context
        self.file = file
        self.mark = mark
        pairs = mapping
        let document = mapping.document
        var bits: UInt64 = 0
        var allKnown = true
        for k in 0..<mapping.count {
            let key = document.entry(mapping.keyIndex(k))
            guard key.kind == .scalar else {
                allKnown = false
                continue
            }
            bits |= document.keyBit(key)
            if allKnown && !known.contains(key, in: document) { allKnown = false }
        }
        self.allKnown = allKnown
        keyBits = bits
        self.known = known
        guard !allKnown else { return }
        var unknown: [(String, YAMLNode)] = []
        for pair in mapping {
            let key = pair.key, value = pair.value
            guard let text = key.scalar?.text else {
                report(key.mark, "keys must be plain words, not lists or mappings")
                continue
            }
            if known.contains(text) {
                values.append((text, value))
            } else {
                unknown.append((text, key))
            }
        }
        unknownKeys = unknown
        if context != nil { reportUnknownKeys() }
    }

    /// A record's kind (or the file's name) and, once read, its ID as it may be printed.
    struct Name: Sendable, CustomStringConvertible {
        var kind: String
        var id: String? = nil

        var description: String { id.map { "\(kind) '\($0)'" } ?? kind }
    }

    private var unknownKeys: [(String, YAMLNode)] = []
    private var known: KnownKeys = []

    /// Reports keys that are not in the schema, each with the nearest known key when one is
    /// close. A record calls this once its ID is known, so the messages name it.
    mutating func reportUnknownKeys() {
        for (text, key) in unknownKeys {
            let suggestion = ContentText.nearest(to: text, among: known.words).map { " (did you mean '\($0)'?)" } ?? ""
            report(key.mark, "unknown key '\(ContentText.printable(text))'\(place)\(suggestion)")
        }
        unknownKeys = []
    }

    /// Names the record by its ID (as it may be printed) once known, so later messages name it.
    mutating func rename(id: String) { recordName.id = id }

    /// True once any problem was found in this record.
    var isDamaged: Bool { !problems.isEmpty }

    /// Adds another record's problems (a nested mapping's) to this one.
    mutating func absorb(_ other: RecordFields) {
        problems += other.problems
        itemPlaces += other.itemPlaces
        hasOtherItems = hasOtherItems || other.hasOtherItems
    }

    mutating func report(_ mark: YAMLMark?, _ message: String) {
        let at = mark ?? self.mark
        let location = SourceLocation(file: file, line: at.line, column: at.column)
        problems.append(Diagnostic(location, "\(name): \(message)"))
    }

    private var place: String { context.map { " in '\($0)'" } ?? "" }
    /// A key as messages name it: `'maxAge' in 'extendedAge'`.
    func quoted(_ key: String) -> String { "'\(key)'\(place)" }

    /// True when the key is present (even with an empty value). The keys are compared in the
    /// document, byte for byte: no text is made to look a key up.
    private func value(_ key: String) -> YAMLNode? {
        if allKnown {
            guard keyBits & YAMLDocument.keyBit(key) != 0 else { return nil }
            let document = pairs.document
            for k in 0..<pairs.count where document.spells(document.entry(pairs.keyIndex(k)), key) {
                return YAMLNode(document: document, index: pairs.valueIndex(k))
            }
            return nil
        }
        for entry in values where entry.key == key { return entry.value }
        return nil
    }

    func has(_ key: String) -> Bool { value(key) != nil }

    /// Where a key's value starts, or the mapping when the key is absent.
    func position(of key: String) -> YAMLMark { value(key)?.mark ?? mark }

    /// The raw node of a key, when present.
    func node(_ key: String) -> YAMLNode? { value(key) }

    private mutating func present(_ key: String, required: Bool) -> YAMLNode? {
        guard let found = value(key) else {
            if required { report(mark, "missing required key '\(key)'\(place)") }
            return nil
        }
        if found.meansNothing {
            if required { report(found.mark, "\(quoted(key)) is empty") }
            return nil
        }
        return found
    }

    // MARK: Typed values

    /// A single line of text (or several lines where `multiline`).
    mutating func text(_ key: String, required: Bool = true, multiline: Bool = false) -> String? {
        guard let node = present(key, required: required) else { return nil }
        guard let scalar = node.scalar else {
            report(node.mark, "\(quoted(key)) must be text, not a \(RecordFields.shape(of: node))")
            return nil
        }
        return checked(scalar.text, key: key, mark: node.mark, multiline: multiline)
    }

    private mutating func checked(_ text: String, key: String, mark: YAMLMark?, multiline: Bool) -> String? {
        if let bad = ContentText.forbiddenScalar(in: text, allowNewline: multiline) {
            report(mark, "\(quoted(key)) contains \(ContentText.describe(bad)); text may not contain control characters or escape sequences")
            return nil
        }
        return text
    }

    /// A text item of a list (already known to be a scalar), checked like any other text.
    mutating func text(forItem scalar: YAMLScalar, key: String, mark: YAMLMark?) -> String? {
        checked(scalar.text, key: key, mark: mark, multiline: false)
    }

    /// A whole number within the range `ContentLimits.range(for:)` gives the key (so sums
    /// of them, such as a plan's weeks and fees, cannot overflow).
    mutating func count(_ key: String, required: Bool = true) -> Int? {
        guard let node = present(key, required: required) else { return nil }
        let range = ContentLimits.range(for: key)
        let digits = node.scalar?.text ?? ""
        let unsigned = digits.utf8.dropFirst(digits.hasPrefix("-") || digits.hasPrefix("+") ? 1 : 0)
        let isNumeral = !unsigned.isEmpty && unsigned.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        guard isNumeral else {
            report(node.mark, "\(quoted(key)) must be a whole number, not \(RecordFields.describe(node))")
            return nil
        }
        guard let n = Int(digits), range.contains(n) else {
            if digits.hasPrefix("-") && range.lowerBound == 0 {
                report(node.mark, "\(quoted(key)) must not be negative")
            } else {
                let bound = range.lowerBound == 0 ? "at most \(range.upperBound)" : "from \(range.lowerBound) to \(range.upperBound)"
                report(node.mark, "\(quoted(key)) must be \(bound), not \(RecordFields.describe(node))")
            }
            return nil
        }
        return n
    }

    /// `true` or `false`; absent means `false`.
    mutating func flag(_ key: String) -> Bool {
        guard let node = present(key, required: false) else { return false }
        switch node.scalar?.text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default:
            report(node.mark, "\(quoted(key)) must be true or false, not \(RecordFields.describe(node))")
            return false
        }
    }

    /// A level written `E1`–`E3` or `1`–`8`.
    mutating func level(_ key: String, required: Bool = true) -> Level? {
        guard let node = present(key, required: required) else { return nil }
        guard let scalar = node.scalar, let level = Level(parsing: scalar.text) else {
            report(node.mark, "\(quoted(key)) must be a level (E1, E2, E3 or 1 to 8), not \(RecordFields.describe(node))")
            return nil
        }
        return level
    }

    /// One of a fixed set of words.
    mutating func choice<T: RawRepresentable & CaseIterable>(_ key: String, required: Bool = true) -> T?
    where T.RawValue == String {
        guard let node = present(key, required: required) else { return nil }
        return word(node, key: key)
    }

    private mutating func word<T: RawRepresentable & CaseIterable>(_ node: YAMLNode, key: String) -> T?
    where T.RawValue == String {
        if let text = node.scalar?.text, let value = T(rawValue: text) { return value }
        let options = T.allCases.map(\.rawValue).joined(separator: ", ")
        report(node.mark, "\(quoted(key)) must be one of \(options), not \(RecordFields.describe(node))")
        return nil
    }

    /// A list of text items (usually IDs). Absent means empty unless `required`.
    mutating func list(_ key: String, required: Bool = false) -> [String] {
        guard let items = sequence(key, required: required) else { return [] }
        let field = ItemField(named: key)
        return items.compactMap { item in
            guard let scalar = item.scalar else {
                report(item.mark, "each item of \(quoted(key)) must be text, not a \(RecordFields.shape(of: item))")
                return nil
            }
            let text = checked(scalar.text, key: key, mark: item.mark, multiline: false)
            if let field, text != nil {
                itemPlaces.append(Item(field: field, mark: item.mark))
            } else {
                hasOtherItems = true
            }
            return text
        }
    }

    /// Records where a single reference value (such as `pay: source:`) was written, under the
    /// field validation names it by.
    mutating func noteItem(_ field: ItemField, at key: String) {
        itemPlaces.append(Item(field: field, mark: position(of: key)))
    }

    /// A list of words from a fixed set.
    mutating func choices<T: RawRepresentable & CaseIterable>(_ key: String, required: Bool = false) -> [T]
    where T.RawValue == String {
        guard let items = sequence(key, required: required) else { return [] }
        return items.compactMap { word($0, key: key) }
    }

    /// A YAML sequence's items.
    mutating func sequence(_ key: String, required: Bool = false) -> YAMLList? {
        guard let node = present(key, required: required) else { return nil }
        guard let items = node.sequence else {
            report(node.mark, "\(quoted(key)) must be a list, not \(RecordFields.describe(node))")
            return nil
        }
        return items
    }

    /// A nested mapping's fields, named in messages by their key.
    mutating func nested(_ key: String, known: KnownKeys, required: Bool = false) -> RecordFields? {
        guard let node = present(key, required: required) else { return nil }
        guard let mapping = node.mapping else {
            report(node.mark, "\(quoted(key)) must be a mapping of keys to values, not \(RecordFields.describe(node))")
            return nil
        }
        return RecordFields(mapping, at: node.mark, name: recordName, context: key, known: known, file: file)
    }

    // MARK: Describing values

    static func shape(of node: YAMLNode) -> String {
        switch node.entry.kind {
        case .scalar: "text"
        case .sequence: "list"
        case .mapping: "mapping"
        }
    }

    /// A short description of a value for messages: `'nine'`, `a list`.
    static func describe(_ node: YAMLNode) -> String {
        switch node.entry.kind {
        case .scalar: "'\(ContentText.printable(node.scalar?.text ?? ""))'"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }
}
