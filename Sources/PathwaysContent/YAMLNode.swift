/// One value of a content file as the loader reads it: text (a scalar), a list (a sequence) or
/// a mapping of keys to values, each with the line and column where it was written.
///
/// `YAMLReader` builds these for the plain YAML content files are written in; any other file is
/// composed by Yams and converted (`YAMLNode(composed:)`), so the catalogue builder reads one
/// shape whichever way a file was parsed.
enum YAMLNode: Equatable, Sendable {
    case scalar(YAMLScalar)
    case sequence([YAMLNode], YAMLMark)
    case mapping([YAMLPair], YAMLMark)

    /// Where the value starts: a scalar's first character (its opening quote), a list's first
    /// `-` or `[`, a mapping's first key or `{`.
    var mark: YAMLMark {
        switch self {
        case .scalar(let s): s.mark
        case .sequence(_, let mark), .mapping(_, let mark): mark
        }
    }

    var scalar: YAMLScalar? {
        if case .scalar(let s) = self { return s }
        return nil
    }

    var sequence: [YAMLNode]? {
        if case .sequence(let items, _) = self { return items }
        return nil
    }

    var mapping: [YAMLPair]? {
        if case .mapping(let pairs, _) = self { return pairs }
        return nil
    }
}

/// A key and its value in a mapping, in file order.
struct YAMLPair: Equatable, Sendable {
    var key: YAMLNode
    var value: YAMLNode
}

/// A scalar's text after quoting and line folding, how it was written, and where.
struct YAMLScalar: Equatable, Sendable {
    /// How a scalar was written; only `plain` scalars can mean "no value" (`~`, `null`, nothing).
    enum Style: UInt8, Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    var text: String
    var style: Style
    var mark: YAMLMark
}

/// A 1-based line and column (counted in Unicode scalars), as the YAML parser counts them.
struct YAMLMark: Hashable, Sendable {
    private var storedLine: UInt32
    private var storedColumn: UInt32

    init(line: Int, column: Int) {
        storedLine = UInt32(clamping: line)
        storedColumn = UInt32(clamping: column)
    }

    var line: Int { Int(storedLine) }
    var column: Int { Int(storedColumn) }
}
