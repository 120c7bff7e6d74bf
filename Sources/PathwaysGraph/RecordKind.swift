/// The kinds of record a content set holds; each has its own folder under `Content/`.
public enum RecordKind: String, Sendable, Hashable, CaseIterable {
    case source, cluster, job, step, provider, funding

    /// The folder under `Content/` that holds records of this kind.
    public var folder: String {
        switch self {
        case .source: "sources"
        case .cluster: "clusters"
        case .job: "jobs"
        case .step: "steps"
        case .provider: "providers"
        case .funding: "funding"
        }
    }
}

/// Names one record (or one progression edge) that a finding is about.
public struct RecordReference: Sendable, Hashable, CustomStringConvertible {
    public var kind: RecordKind
    public var id: String
    /// When the finding is about a progression, the ID of the node it leads to.
    public var progressionTo: String?

    public init(_ kind: RecordKind, _ id: String, progressionTo: String? = nil) {
        self.kind = kind
        self.id = id
        self.progressionTo = progressionTo
    }

    public var description: String {
        if let to = progressionTo { return "\(kind.rawValue) '\(id)' progression to '\(to)'" }
        return "\(kind.rawValue) '\(id)'"
    }
}
