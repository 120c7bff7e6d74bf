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

    public init(
        id: String, title: String, kind: Kind, borough: Borough, url: String? = nil,
        sources: [String] = [], illustrative: Bool = false
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.borough = borough
        self.url = url
        self.sources = sources
        self.illustrative = illustrative
    }
}
