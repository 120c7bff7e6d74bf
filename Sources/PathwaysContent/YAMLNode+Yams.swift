import Yams

extension YAMLDocument {
    /// The same document as a node Yams composed: texts, styles and marks carried over, so a
    /// file Yams parsed reads exactly as one `YAMLReader` parsed. Nil when the tree holds an
    /// alias (the screen refuses anchors, so a composed content file never does).
    static func composed(_ node: Yams.Node) -> YAMLDocument? {
        var built = YAMLDocumentBuilder(source: [])
        guard let root = add(node, to: &built) else { return nil }
        return built.finish(root: root)
    }

    private static func add(_ node: Yams.Node, to built: inout YAMLDocumentBuilder) -> Int? {
        switch node {
        case .scalar(let s):
            return built.scalar(decoding: Array(s.string.utf8), style: YAMLScalar.Style(s.style), mark: YAMLMark(s.mark))
        case .sequence(let items):
            let (entry, base) = built.open(.sequence, mark: YAMLMark(items.mark))
            for item in items {
                guard let value = add(item, to: &built) else { return nil }
                built.add(value)
            }
            built.close(entry, base: base)
            return entry
        case .mapping(let pairs):
            let (entry, base) = built.open(.mapping, mark: YAMLMark(pairs.mark))
            for (key, value) in pairs {
                guard let k = add(key, to: &built) else { return nil }
                built.add(k)
                guard let v = add(value, to: &built) else { return nil }
                built.add(v)
            }
            built.close(entry, base: base)
            return entry
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
