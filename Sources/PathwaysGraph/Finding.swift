/// A problem `validate()` found in a content set: what kind of problem, the records involved,
/// and the field of the first record it concerns.
///
/// The first record is the one the problem is reported against; the content loader turns it
/// (and `item`, when there is one) into a `FILE:LINE:COLUMN` position, choosing by `kind`,
/// never by the words of `message`.
public struct Finding: Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem it is.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Two records share an ID (the records are the duplicate, then the first holder).
        case duplicateID
        /// A record refers to a source, cluster, provider, funding scheme, step or job that does not exist.
        case unknownReference
        /// A record lists the same reference twice.
        case repeatedReference
        /// The same progression is given twice.
        case repeatedProgression
        /// A progression starts at a job.
        case progressionFromJob
        /// A progression goes down a level without being marked sideways.
        case progressionDownwards
        /// A progression asks for a level above the step it leaves.
        case requirementAboveStep
        /// Progressions form a cycle (the records are every step and job on it).
        case cycle
        /// No route from Entry level reaches a job.
        case unreachableJob
        /// A cluster has no jobs.
        case emptyCluster
        /// Time in work names no job, an unknown job, or a step that is not time in work names one.
        case timeInWork
        /// A job's entry requirement is granted by no step, or a step leads into the job without granting it.
        case unmetRequirement

        /// True for problems of how records fit together as a graph (reachability, empty
        /// clusters), which only repeat another problem when records were lost.
        public var isAboutTheGraph: Bool { self == .unreachableJob || self == .emptyCluster }
    }

    /// A value inside the first record that the finding is about: the list (`providers`) and
    /// the item (`bmett`), so a loader can point at that item rather than the whole record.
    public struct Item: Sendable, Hashable {
        public var field: String
        public var value: String

        public init(field: String, value: String) {
            self.field = field
            self.value = value
        }
    }

    public var kind: Kind
    /// What is wrong, in words for the content author.
    public var message: String
    /// The records involved, the one reported against first.
    public var records: [RecordReference]
    /// The field and value of the first record concerned, when it is one item of a list.
    public var item: Item?

    public init(_ kind: Kind, _ message: String, records: [RecordReference], item: Item? = nil) {
        self.kind = kind
        self.message = message
        self.records = records
        self.item = item
    }

    /// The record the finding is reported against.
    public var record: RecordReference? { records.first }

    public var description: String { message }
}
