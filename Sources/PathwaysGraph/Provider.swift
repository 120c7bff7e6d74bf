/// A college, university, training provider or service that runs steps.
public struct Provider: Sendable, Codable, Hashable, Identifiable {
    /// What sort of organisation a provider is.
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        case college, university
        case trainingProvider = "training-provider"
        case employer
        case publicService = "public-service"
    }

    public var id: String
    public var title: String
    public var kind: Kind
    public var borough: Borough
    public var url: String?
    public var sources: [String]
    public var illustrative: Bool
    /// A service for the whole country (Find an apprenticeship), not a place in or out of the region.
    public var national: Bool

    public init(
        id: String, title: String, kind: Kind, borough: Borough, url: String? = nil,
        sources: [String] = [], illustrative: Bool = false, national: Bool = false
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.borough = borough
        self.url = url
        self.sources = sources
        self.illustrative = illustrative
        self.national = national
    }

    /// Where it is, as a resident reads it: a borough, "outside WMCA", or "national service".
    public var placeLabel: String { national ? "national service" : borough.label }

    /// How near it is to a resident in `home`: their own borough first (0), then the rest of
    /// the WMCA area (1), then national services (2), then providers outside the area (3).
    /// Pathways holds no distances, so "nearest" means this order, content order within it.
    public func distanceRank(from home: Borough?) -> Int {
        if national { return 2 }
        if let home, borough == home, home != .outside { return 0 }
        return borough == .outside ? 3 : 1
    }
}

extension PathwayGraph {
    /// A step's providers, nearest the resident's borough first (see `Provider.distanceRank`);
    /// unknown IDs are left out. O(p log p) for p providers.
    public func providers(for step: Step, near home: Borough?) -> [Provider] {
        step.providers.compactMap(provider).enumerated()
            .sorted { ($0.element.distanceRank(from: home), $0.offset) < ($1.element.distanceRank(from: home), $1.offset) }
            .map(\.element)
    }
}
