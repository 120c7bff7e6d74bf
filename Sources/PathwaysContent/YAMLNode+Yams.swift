import Yams

extension YAMLNode {
    /// The same tree as a node Yams composed: texts, styles and marks carried over, so a file
    /// Yams parsed reads exactly as one `YAMLReader` parsed. Nil when the tree holds an alias
    /// (the screen refuses anchors, so a composed content file never does).
    init?(composed node: Yams.Node) {
        switch node {
        case .scalar(let s):
            self = .scalar(YAMLScalar(text: s.string, style: YAMLScalar.Style(s.style), mark: YAMLMark(s.mark)))
        case .sequence(let items):
            var converted: [YAMLNode] = []
            converted.reserveCapacity(items.count)
            for item in items {
                guard let value = YAMLNode(composed: item) else { return nil }
                converted.append(value)
            }
            self = .sequence(converted, YAMLMark(items.mark))
        case .mapping(let pairs):
            var converted: [YAMLPair] = []
            converted.reserveCapacity(pairs.count)
            for (key, value) in pairs {
                guard let k = YAMLNode(composed: key), let v = YAMLNode(composed: value) else { return nil }
                converted.append(YAMLPair(key: k, value: v))
            }
            self = .mapping(converted, YAMLMark(pairs.mark))
        case .alias:
            return nil
        }
    }
}

extension YAMLScalar.Style {
    init(_ style: Yams.Node.Scalar.Style) {
        switch style {
        case .any, .plain: self = .plain
        case .singleQuoted: self = .singleQuoted
        case .doubleQuoted: self = .doubleQuoted
        case .literal: self = .literal
        case .folded: self = .folded
        }
    }
}

extension YAMLMark {
    /// A composed node always has a mark; a node built by hand may not, and is placed at the
    /// file's start.
    init(_ mark: Yams.Mark?) {
        self.init(line: mark?.line ?? 1, column: mark?.column ?? 1)
    }
}
