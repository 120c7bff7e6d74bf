/// The JSON export of a pathway, version 1: what `Exporter.render(_:as: .json)` writes and
/// what other tools decode with `JSONDecoder`.
///
/// The shape is fixed by `route-export.schema.json` (`$id` = `RouteExport.schemaID`). Every
/// step, job, provider, funding scheme and source carries its stable content ID; steps refer
/// to providers, schemes and sources by ID. Optional fields are left out when not known. Money
/// is whole pounds; levels are RQF codes (`E1`–`E3`, `1`–`8`).
public struct RouteExport: Codable, Sendable, Hashable {
    /// The schema this document follows.
    public static let schemaID = "https://pathways.example/route-export/v1"
    /// The format version; a change that breaks readers bumps it (and the schema ID).
    public static let currentVersion = 1

    /// The content set the route came from.
    public struct Content: Codable, Sendable, Hashable {
        public var title: String
        public var version: String
        public var date: String
        /// The attribution the Open Government Licence v3.0 asks for; absent in older files.
        public var licence: String?
    }

    /// What a learner needs to start a step, in words and as typed conditions.
    public struct Entry: Codable, Sendable, Hashable {
        /// In words; "None stated" when there is no requirement.
        public var text: String
        public var minimumLevel: String?
        public var englishMaths: String?
        public var minimumAge: Int?
        public var maximumAge: Int?
        /// A higher maximum age for residents in any of `maximumAgeExtendedFor` (a foundation
        /// apprenticeship: 24 with an EHC plan or for care leavers).
        public var maximumAgeExtended: Int?
        /// The circumstances that raise the limit: `ehc-plan`, `care-leaver`.
        public var maximumAgeExtendedFor: [String]?
    }

    /// What a step costs this resident and why; present only when a profile was set.
    public struct Costing: Codable, Sendable, Hashable {
        public var costToLearner: Int
        public var schemeId: String?
        public var reason: String
        public var sourceId: String?
        /// The deciding rule's dates of effect in words ("in force from 1 August 2026").
        public var ruleDates: String?
        public var open: Bool
        public var whyClosed: String?
    }

    /// One step of the route.
    public struct Step: Codable, Sendable, Hashable {
        /// 1 for the first step.
        public var order: Int
        public var id: String
        public var title: String
        /// `qualification`, `course`, `apprenticeship`, `bootcamp`, `programme` or `degree`.
        public var kind: String
        /// RQF level code: `E1`–`E3`, `1`–`8`.
        public var level: String
        /// "Entry 3", "Level 2".
        public var levelLabel: String
        /// Official reference such as an apprenticeship standard.
        public var code: String?
        public var weeks: Int
        /// `full-time`, `part-time`, `evening`, `online`, `work-based`.
        public var modes: [String]
        /// Typical fee before funding, whole pounds.
        public var typicalFee: Int
        public var costing: Costing?
        /// The funding in words: the costing's reason, or the schemes that might apply.
        public var fundingText: String
        /// IDs into `fundingSchemes`.
        public var fundingSchemes: [String]
        /// IDs into `providers`.
        public var providers: [String]
        public var entry: Entry
        /// What is needed to move on to this step from the one before, if anything.
        public var moveRequirement: String?
        public var summary: String
        /// IDs into `sources`.
        public var sources: [String]
        /// True when no source confirms the step (or a provider or scheme it relies on).
        public var illustrative: Bool
    }

    /// Median gross annual pay.
    public struct Pay: Codable, Sendable, Hashable {
        public var median: Int
        public var year: Int
        public var sourceId: String
        public var lessPrecise: Bool
        /// "£56,914 (2025)".
        public var label: String
    }

    /// A growth cluster the job belongs to.
    public struct Cluster: Codable, Sendable, Hashable {
        public var id: String
        public var title: String
    }

    /// The job at the end of the route.
    public struct Job: Codable, Sendable, Hashable {
        public var id: String
        public var title: String
        /// SOC 2020 unit group; absent when not known.
        public var soc: String?
        public var minimumLevel: String
        public var clusters: [Cluster]
        /// Absent when not known.
        public var pay: Pay?
        public var summary: String
        public var sources: [String]
        public var illustrative: Bool
    }

    /// Totals over the steps.
    public struct Totals: Codable, Sendable, Hashable {
        public var steps: Int
        public var weeks: Int
        public var typicalFees: Int
        /// Sum of the costings; absent when no profile was set.
        public var costToLearner: Int?
    }

    /// A provider any step names.
    public struct Provider: Codable, Sendable, Hashable {
        public var id: String
        public var title: String
        /// Absent when the ID is not in the content (then `title` is the ID).
        public var kind: String?
        public var borough: String?
        public var boroughLabel: String?
        public var url: String?
        public var illustrative: Bool
    }

    /// A funding scheme any step names.
    public struct FundingScheme: Codable, Sendable, Hashable {
        public var id: String
        public var title: String
        /// `free`, `paid-training`, `loan` or `bursary`.
        public var outcome: String
        public var reason: String
        /// First and last day of effect (YYYY-MM-DD), when the rule states them.
        public var from: String?
        public var until: String?
        public var illustrative: Bool
    }

    /// A source the document cites, numbered as in the other formats' footnotes.
    public struct Source: Codable, Sendable, Hashable {
        public var number: Int
        public var id: String
        public var title: String
        public var publisher: String
        public var url: String
        public var date: String
        public var note: String?
        /// False when the ID is not in the content (then `title` is the ID).
        public var known: Bool
    }

    public var schema: String
    public var version: Int
    public var generatedAt: String
    public var content: Content
    public var startingPoint: String?
    /// True when costings for a resident were applied.
    public var profileApplied: Bool
    public var steps: [Step]
    public var job: Job
    public var totals: Totals
    public var providers: [Provider]
    public var fundingSchemes: [FundingScheme]
    public var sources: [Source]
    public var notes: [String]
    public var nextActions: [String]
    /// The wording the other formats use beside illustrative records.
    public var illustrativeNote: String
}
